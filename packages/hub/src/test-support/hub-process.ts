/**
 * A hub in its own process, for tests that kill it: `node --import tsx hub-process.ts <dataDir> <port>`.
 * Prints one JSON line `{ url, port, setupCode }` once listening.
 */
import { startHub } from '../server.js';
import { closeOnSignals } from '../shutdown.js';
import { testConfig } from './hub.js';

const [dataDir, port] = process.argv.slice(2);
const hub = await startHub(testConfig(dataDir as string, { port: Number(port ?? 0) }), {
  limits: { authPerMinute: 10_000, ingestPerMinute: 100_000 },
});
process.stdout.write(`${JSON.stringify({ url: hub.url, port: hub.port, setupCode: hub.setupCode ?? null })}\n`);
closeOnSignals(
  () => hub.close(),
  () => undefined,
);
