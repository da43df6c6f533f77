/** Shared parts of the functions strand: misconceptions used by both clusters, TeX helpers and session scripts. */
import { misconception } from '../../kit.js';

export const initialForRate = misconception({
  id: 'fn-initial-value-for-rate',
  title: 'Mixes up the rate of change and the initial value',
  description:
    'Reads the starting value (the y-intercept, $b$) as the rate of change, or the rate ($m$) as the starting value.',
});

export const ignoresXStep = misconception({
  id: 'fn-ignores-x-change',
  title: 'Uses the change in y without dividing by the change in x',
  description:
    'Takes the jump in y between two rows or points as the rate of change, even when x changed by more than 1.',
});

export const invertsRate = misconception({
  id: 'fn-inverts-rate',
  title: 'Divides the change in x by the change in y',
  description: 'Computes run over rise instead of rise over run.',
});

export const firstValueAsInitial = misconception({
  id: 'fn-first-value-as-initial',
  title: 'Takes the first value given as the initial value',
  description: 'Uses the first y-value in a table or story as the starting value, even when it is not at $x = 0$.',
});

/** A linear expression $mx + b$ as TeX and as ASCII math for the expression engine. */
export function linear(m: number, b: number): { tex: string; ascii: string } {
  const mx = m === 1 ? 'x' : m === -1 ? '-x' : `${m}x`;
  const tail = b === 0 ? '' : b > 0 ? ` + ${b}` : ` - ${-b}`;
  const ascii = `${m}*x${b === 0 ? '' : b > 0 ? `+${b}` : `-${-b}`}`;
  return { tex: `${mx}${tail}`, ascii };
}

/** A two-row table of x and y values in TeX. */
export function table(xs: readonly number[], ys: readonly number[]): string {
  const cols = 'c'.repeat(xs.length);
  return `$\\begin{array}{c|${cols}} x & ${xs.join(' & ')} \\\\ \\hline y & ${ys.join(' & ')} \\end{array}$`;
}

export const SCRIPTS = {
  warmUp: 'Two quick ones to warm up. Tell me what x and y stand for before you start.',
  practice: 'Work on your own; I will come around. Read the question twice, and use a hint before you guess.',
  check: 'Five problems, no hints from me. Show what you know.',
  exitTicket: 'One last problem, then tell me one thing you will remember.',
} as const;
