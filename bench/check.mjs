// Fails when a metric in bench/results.json misses its budget. Run `pnpm bench` first.
import { existsSync, readFileSync } from 'node:fs';

const file = new URL('./results.json', import.meta.url);
if (!existsSync(file)) {
  console.error('bench/results.json is missing: run `pnpm bench` first.');
  process.exit(2);
}
const results = JSON.parse(readFileSync(file, 'utf8'));
let missed = 0;
for (const [name, { value, unit, budget, better }] of Object.entries(results)) {
  const ok = better === 'higher' ? value >= budget : value <= budget;
  if (!ok) missed++;
  console.log(
    `${ok ? '✔' : '✘'} ${name}: ${value} ${unit} (budget ${better === 'higher' ? '≥' : '≤'} ${budget} ${unit})`,
  );
}
console.log(missed ? `${missed} metric(s) over budget` : 'all metrics within budget');
process.exit(missed ? 1 : 0);
