// Runs every package's tests in Node with mocha (the same framework @web/test-runner uses in the
// browser), then writes the counts for the root summary. Started with tsx and the
// `tutorkit-source` condition so workspace packages resolve to their TypeScript sources.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Mocha from 'mocha';
import { globSync } from 'tinyglobby';

const countsFile = process.env.TUTORKIT_NODE_COUNTS ?? 'node_modules/.cache/tutorkit-test/node.json';
const patterns =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ['packages/*/src/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'curriculum/test/**/*.test.ts'];
// *.browser.test.ts files need a DOM and run only in Chromium.
const files = globSync(patterns, { ignore: ['**/node_modules/**', '**/*.browser.test.ts'] }).sort();

const mocha = new Mocha({ reporter: 'spec', timeout: 60000 });
for (const file of files) mocha.addFile(file);
await mocha.loadFilesAsync();
const runner = mocha.run();
runner.on('end', () => {
  const { passes, failures, pending } = runner.stats;
  mkdirSync(dirname(countsFile), { recursive: true });
  writeFileSync(countsFile, JSON.stringify({ passed: passes, failed: failures, skipped: pending }));
  process.exitCode = failures > 0 ? 1 : 0;
});
