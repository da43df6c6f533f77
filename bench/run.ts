/**
 * Benchmarks. Prints a table and writes bench/results.json as
 * {"metric": {"value", "unit", "budget", "better"}}; `pnpm bench:check` fails on a missed budget.
 * Times are medians of several runs after a warm-up; ratios compare against a baseline measured
 * in the same run, so a slow or busy machine shifts both sides alike.
 */
import { writeFileSync } from 'node:fs';
import { benchConsole } from './console.js';
import { benchEngine } from './engine.js';
import { benchFormat } from './format.js';
import { benchHub } from './hub.js';
import { printTable, type Results } from './measure.js';
import { benchSdk } from './sdk.js';
import { benchSeat } from './seat.js';

const results: Results = {};
const suites: [string, (r: Results) => void | Promise<void>][] = [
  ['pack format', benchFormat],
  ['engine', benchEngine],
  ['sdk', benchSdk],
  ['seat (Chromium)', benchSeat],
  ['console', benchConsole],
  ['hub', benchHub],
];
// `pnpm bench seat hub` runs only the suites whose names start with those words.
const only = process.argv.slice(2);
for (const [name, suite] of suites) {
  if (only.length > 0 && !only.some((word) => name.startsWith(word))) continue;
  process.stdout.write(`running ${name}…\n`);
  await suite(results);
}
console.log('');
printTable(results);
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');
