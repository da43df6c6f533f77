/** Independent solvers for the functions strand, by template id. */
import { div, mul, type Rational, rational, show, sub } from './rational.js';
import { num, type Solvers, str } from './types.js';

/** The line through two points, as exact slope and intercept. */
function line(x1: number, y1: number, x2: number, y2: number): { m: Rational; b: Rational } {
  const m = div(sub(rational(y2), rational(y1)), sub(rational(x2), rational(x1)));
  return { m, b: sub(rational(y1), mul(m, rational(x1))) };
}

/** The walk of the distance-time graph through (0, 0), (t1, d), (t2, d), (t3, 0), at time t. */
function walk(p: Readonly<Record<string, number | string>>, t: number): Rational {
  const [t1, t2, t3, d] = [num(p, 't1'), num(p, 't2'), num(p, 't3'), num(p, 'd')];
  if (t <= t1) return div(rational(d * t), rational(t1));
  if (t <= t2) return rational(d);
  return mul(rational(d), div(rational(t3 - t), rational(t3 - t2)));
}

/** Evaluates a listed equation (kind-p-q, as the linear-or-not options are named) at x. */
function evaluate(option: string, x: number): number {
  const [kind, ps, qs] = option.split('-');
  const [p, q] = [Number(ps), Number(qs)];
  switch (kind) {
    case 'std':
      return p * x + q;
    case 'fac':
      return p * (x + q);
    case 'sub':
      return q - p * x;
    case 'const':
      return q;
    case 'sq':
      return p * x * x + q;
    case 'inv':
      return q / x;
    case 'prod':
      return x * (x + q);
    default:
      throw new Error(`unknown equation ${option}`);
  }
}

export const solvers: Solvers = {
  'g8-f-a-is-function-relation': (p) => {
    const sig = str(p, 'pairs');
    const outputs = new Map<string, Set<string>>();
    for (const pair of sig.split('.')) {
      const [x, y] = pair.split('_') as [string, string];
      outputs.set(x, (outputs.get(x) ?? new Set()).add(y));
    }
    const ok = [...outputs.values()].every((ys) => ys.size === 1);
    return `${ok ? 'yes' : 'no-in'}-${sig}`;
  },
  // Rates: the changes in y over one unit of x, read at x = 10 and 11. Initial values: both read at x = 0.
  'g8-f-a-compare-rates-table': (p) => {
    const equation = (x: number) => num(p, 'me') * x + num(p, 'be');
    const tableRow = (x: number) => num(p, 'bt') + num(p, 'mt') * x;
    if (str(p, 'ask') === 'initial') return String(Math.max(equation(0), tableRow(0)));
    return String(Math.max(equation(11) - equation(10), tableRow(11) - tableRow(10)));
  },
  // Linear when the second differences at x = 1…5 are all zero.
  'g8-f-a-linear-or-not-select': (p) =>
    ['o1', 'o2', 'o3', 'o4']
      .map((k) => str(p, k))
      .filter((option) => {
        const ys = [1, 2, 3, 4, 5].map((x) => evaluate(option, x));
        return ys.slice(2).every((y, i) => Math.abs(y - 2 * (ys[i + 1] ?? 0) + (ys[i] ?? 0)) < 1e-9);
      })
      .join(','),
  'g8-f-b-rate-initial-story': (p) => {
    const { m, b } = line(num(p, 'x1'), num(p, 'y1'), num(p, 'x2'), num(p, 'y2'));
    return show(str(p, 'ask') === 'rate' ? m : b);
  },
  'g8-f-b-construct-linear-equation': (p) => {
    const { m, b } = line(num(p, 'x1'), num(p, 'y1'), num(p, 'x2'), num(p, 'y2'));
    return `(${show(m)})*x+(${show(b)})`;
  },
  'g8-f-b-read-graph-walk': (p) => {
    const ask = str(p, 'ask');
    if (ask === 'still') {
      // Count the whole minutes whose distance equals the next minute's.
      let still = 0;
      for (let t = 0; t < num(p, 't3'); t++) {
        const [a, c] = [walk(p, t), walk(p, t + 1)];
        if (a.n === c.n && a.d === c.d) still++;
      }
      return String(still);
    }
    const t = ask === 'away' ? 0 : num(p, 't2');
    const change = sub(walk(p, t + 1), walk(p, t));
    return show(ask === 'away' ? change : sub(rational(0), change));
  },
};
