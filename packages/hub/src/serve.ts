/**
 * `tutorkit serve`: starts the hub with the packs (the built-in curriculum by default) and prints
 * where students, tutors and the program lead go, and how to sign in the first time.
 */
import { networkInterfaces } from 'node:os';
import { ConfigError, HELP, loadConfig } from './config.js';
import { startHub } from './server.js';
import { closeOnSignals } from './shutdown.js';

/** LAN addresses of this machine (IPv4, not loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => (i as { address: string }).address);
}

/** Runs the hub until SIGINT/SIGTERM. Returns an exit code for bad configuration. */
export async function serve(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`Usage: tutorkit serve [options]\n\nStarts the hub.\n\n${HELP}\n`);
    return 0;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`tutorkit serve: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const hub = await startHub(config, { logStream: process.stderr });
  const say = (line = '') => process.stdout.write(`${line}\n`);
  const bases =
    config.host === '0.0.0.0' ? [hub.url, ...lanAddresses().map((a) => `http://${a}:${hub.port}`)] : [hub.url];
  say('');
  say(`Tutorkit hub is running (data in ${config.dataDir}; packs: ${[...hub.ctx.packs.keys()].join(', ')})`);
  for (const base of bases) say(`  ${base}`);
  const lan = bases.at(-1);
  say('');
  say(`  Students:     ${lan}/join/`);
  say(`  Tutors:       ${lan}/tutor/`);
  say(`  Program lead: ${lan}/admin/`);
  if (hub.setupCode) {
    say('');
    say('First run: there is no account yet. Open the admin page and create the first admin with this');
    say(`one-time setup code (valid 24 h, shown only now; restart for a new one):  ${hub.setupCode}`);
    say(`  or open: ${lan}/admin/#setup=${hub.setupCode}`);
  }
  if (!hub.appBuilt) say('\n(the pages are not built yet: pnpm --filter @tutorkit/hub build:app)');
  say('\nStop with Ctrl+C. Logs (JSON lines) go to stderr.');
  closeOnSignals(
    () => hub.close(),
    (message) => hub.app.log.info(message),
  );
  return 0;
}
