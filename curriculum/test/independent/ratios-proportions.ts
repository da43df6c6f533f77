/** Independent solvers for the ratios-proportions strand, by template id. */
import { add, div, mul, rational, show, sub } from './rational.js';
import { num, type Solvers, str } from './types.js';

/** Small units in one big unit, in the order of the 6.RP.A conversion table. */
const FACTORS = [12, 3, 100, 1000, 60, 4, 16, 7];

export const solvers: Solvers = {
  // The total for n, scaled to m by cross-multiplying: total · m / n.
  'g6-rp-a-unit-rate-problems': (p) =>
    show(div(mul(rational(num(p, 'n') * num(p, 'u')), rational(num(p, 'm'))), rational(num(p, 'n')))),
  // a : b = x : y; cross-multiply the known pair with the scaled quantity.
  'g6-rp-a-ratio-missing-value': (p) => {
    const [a, b, k] = [num(p, 'a'), num(p, 'b'), num(p, 'k')];
    return str(p, 'side') === 'second'
      ? show(div(mul(rational(k * a), rational(b)), rational(a)))
      : show(div(mul(rational(k * b), rational(a)), rational(b)));
  },
  // Down: repeated addition of the factor; up: count how many factors fit.
  'g6-rp-a-unit-conversion': (p) => {
    const f = FACTORS[num(p, 'u')] ?? Number.NaN;
    const q = num(p, 'q');
    if (str(p, 'way') === 'down') {
      let total = rational(0);
      for (let i = 0; i < q; i++) total = add(total, rational(f));
      return show(total);
    }
    let rest = rational(q * f);
    let count = 0;
    while (rest.n > 0n) {
      rest = sub(rest, rational(f));
      count++;
    }
    return String(count);
  },
  // part = p/100 · n; whole = part ÷ (p/100); percent = part/n · 100.
  'g6-rp-a-percent-problems': (p) => {
    const rate = rational(num(p, 'p'), 100);
    const whole = rational(num(p, 'n'));
    const part = mul(rate, whole);
    switch (str(p, 'ask')) {
      case 'part':
        return show(part);
      case 'whole':
        return show(div(part, rate));
      default:
        return show(div(part, whole)); // a percent: 25% is 1/4
    }
  },
  // (a/b) ÷ (c/d), by the exact rationals.
  'g7-rp-a-fraction-rate': (p) => show(div(rational(num(p, 'a'), num(p, 'b')), rational(num(p, 'c'), num(p, 'd')))),
  // k is y ÷ x for the first pair; the missing y is k · x4.
  'g7-rp-a-constant-table': (p) => {
    const k = div(mul(rational(num(p, 'h'), 2), rational(num(p, 'x1'))), rational(num(p, 'x1')));
    return show(str(p, 'ask') === 'k' ? k : mul(k, rational(num(p, 'x4'))));
  },
  // price · (100 ± r) / 100; contexts 0, 1 and 3 raise the price, 2 and 4 lower it.
  'g7-rp-a-percent-price': (p) => {
    const up = [0, 1, 3].includes(num(p, 'c'));
    const factor = rational(100 + (up ? 1 : -1) * num(p, 'r'), 100);
    return show(mul(rational(num(p, 'd')), factor));
  },
  // (new − old) / old as a fraction of one (25% is 1/4).
  'g7-rp-a-percent-change': (p) => {
    const old = rational(num(p, 'a'));
    const change = mul(old, rational(num(p, 'p'), 100));
    const fresh = str(p, 'way') === 'increase' ? add(old, change) : sub(old, change);
    const diff = sub(fresh, old);
    const size = diff.n < 0n ? rational(-diff.n, diff.d) : diff;
    return show(div(size, old));
  },
};
