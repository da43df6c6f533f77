/** Timing helpers and the results table shared by the benchmark suites. */
export interface Metric {
  value: number;
  unit: string;
  budget: number;
  better: 'lower' | 'higher';
}

export type Results = Record<string, Metric>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median wall time of `runs` runs after one warm-up run (JIT and lazy set-up are not measured). */
export function time(runs: number, task: () => unknown): number {
  task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Operations per second: the median of several batches of `batch` operations. */
export function rate(batches: number, batch: number, operation: (i: number) => unknown): number {
  const ms = time(batches, () => {
    for (let i = 0; i < batch; i++) operation(i);
  });
  return (batch / ms) * 1000;
}

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export function printTable(results: Results): void {
  const rows = Object.entries(results).map(([name, m]) => {
    const ok = m.better === 'lower' ? m.value <= m.budget : m.value >= m.budget;
    const budget = `${m.better === 'lower' ? '≤' : '≥'} ${m.budget.toLocaleString('en')} ${m.unit}`;
    return [name, `${m.value.toLocaleString('en')} ${m.unit}`, budget, ok ? 'ok' : 'OVER BUDGET'];
  });
  const header = ['metric', 'value', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
