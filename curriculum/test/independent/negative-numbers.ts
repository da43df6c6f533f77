/** Independent solvers for the negative-numbers strand, by template id. */
import { add, mul, parseRational, type Rational, rational, show, sub } from './rational.js';
import { num, type Solvers, str } from './types.js';

const zero = rational(0);
const isNegative = (x: Rational) => x.n < 0n;
const size = (x: Rational) => (isNegative(x) ? sub(zero, x) : x);
const less = (x: Rational, y: Rational) => isNegative(sub(x, y));

export const solvers: Solvers = {
  // The opposite is 0 − a; absolute values are distances from 0.
  'g6-ns-c-absolute-value': (p) => {
    const a = rational(num(p, 'a'));
    const b = rational(num(p, 'b'));
    switch (str(p, 'shape')) {
      case 'opp':
        return show(sub(zero, a));
      case 'sum':
        return show(add(size(a), size(b)));
      default:
        return show(sub(size(a), size(b)));
    }
  },
  // The least is the one no other number is below; the greatest, the one no other is above.
  'g6-ns-c-order-numbers': (p) => {
    const ns = ['n1', 'n2', 'n3', 'n4'].map((k) => rational(num(p, k)));
    const least = str(p, 'ask') === 'least';
    const found = ns.find((x) => ns.every((y) => y === x || (least ? less(x, y) : less(y, x))));
    if (!found) throw new Error('no extreme');
    return show(found);
  },
  // Walk one unit at a time from u to v and count the steps.
  'g6-ns-c-distance': (p) => {
    let at = num(p, 'u');
    const to = num(p, 'v');
    let steps = 0;
    while (at !== to) {
      at += at < to ? 1 : -1;
      steps++;
    }
    return String(steps);
  },
  // Subtraction as adding the opposite.
  'g7-ns-a-add-subtract': (p) => {
    const a = rational(num(p, 'a'));
    const b = rational(num(p, 'b'));
    return show(add(a, str(p, 'shape') === 'add' ? b : sub(zero, b)));
  },
  // a · b, or the number that times b gives a · b (searched for).
  'g7-ns-a-multiply-divide': (p) => {
    const [a, b] = [num(p, 'a'), num(p, 'b')];
    if (str(p, 'shape') === 'mul') return show(mul(rational(a), rational(b)));
    const dividend = a * b;
    for (let q = -200; q <= 200; q++) if (q * b === dividend) return String(q);
    throw new Error('no quotient');
  },
  // Exact decimals from tenths.
  'g7-ns-a-rational-contexts': (p) => {
    const a = parseRational(`${num(p, 'a')}/10`);
    const b = parseRational(`${num(p, 'b')}/10`);
    switch (str(p, 'shape')) {
      case 'rise':
        return show(sub(b, a));
      case 'dive':
        return show(add(a, b));
      default:
        return show(sub(a, b));
    }
  },
};
