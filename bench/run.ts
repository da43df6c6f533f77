/**
 * Benchmarks. Prints a table and writes bench/results.json as
 * {"metric": {"value", "unit", "budget", "better"}}; `pnpm bench:check` fails on a missed budget.
 * Times are medians of several runs after a warm-up; ratios compare against a baseline measured
 * in the same run, so a slow or busy machine shifts both sides alike.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parsePack } from '@tutorkit/core';
import { generatePack } from './generate-pack.js';

interface Metric {
  value: number;
  unit: string;
  budget: number;
  better: 'lower' | 'higher';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(runs: number, task: () => unknown): number {
  task(); // warm-up: JIT and lazy initialisation are not what we measure
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const results: Record<string, Metric> = {};
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

const pack = generatePack(10_000);
const text = JSON.stringify(pack, null, 2);
const check = parsePack(text);
if (!check.ok) throw new Error(`benchmark pack is invalid: ${JSON.stringify(check.errors.slice(0, 3))}`);

const parseText = time(7, () => parsePack(text));
const parseValue = time(7, () => parsePack(pack));
const jsonParse = time(7, () => JSON.parse(text));

results['pack-10k-parse-validate-text'] = { value: round(parseText), unit: 'ms', budget: 1000, better: 'lower' };
results['pack-10k-parse-validate-value'] = { value: round(parseValue), unit: 'ms', budget: 1000, better: 'lower' };
results['pack-10k-vs-json-parse'] = { value: round(parseText / jsonParse, 2), unit: 'x', budget: 40, better: 'lower' };
results['pack-10k-size'] = {
  value: round(Buffer.byteLength(text) / 1024 / 1024, 2),
  unit: 'MiB',
  budget: 16,
  better: 'lower',
};
results['pack-10k-size-gzip'] = {
  value: round(gzipSync(text).length / 1024 / 1024, 2),
  unit: 'MiB',
  budget: 2,
  better: 'lower',
};

const rows = Object.entries(results).map(([name, m]) => {
  const ok = m.better === 'lower' ? m.value <= m.budget : m.value >= m.budget;
  return [
    name,
    `${m.value} ${m.unit}`,
    `${m.better === 'lower' ? '≤' : '≥'} ${m.budget} ${m.unit}`,
    ok ? 'ok' : 'OVER BUDGET',
  ];
});
const header = ['metric', 'value', 'budget', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
console.log(`JSON.parse baseline for the 10k pack: ${round(jsonParse)} ms\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row as string[]));
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');
