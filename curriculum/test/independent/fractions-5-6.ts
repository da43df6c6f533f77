/** Independent solvers for the fractions strand, grades 5–6, by template id. */
import { add, div, mul, type Rational, rational, show, sub } from './rational.js';
import { num, type Params, type Solvers, str } from './types.js';

/** n/d from two params. */
const q = (p: Params, n: string, d: string) => rational(num(p, n), num(p, d));
/** A whole number and a fraction part: w + n/d. */
const mixed = (p: Params, w: string, n: string, d: string) => add(rational(num(p, w)), q(p, n, d));

/** A value as a student would write it: "3", "5/6" or "2 1/4". */
function asMixed(x: Rational): string {
  if (x.d === 1n || x.n < x.d) return show(x);
  const whole = x.n / x.d;
  return `${whole} ${x.n - whole * x.d}/${x.d}`;
}

/** Adds or subtracts by counting in pieces of size 1/(b·d), not with a least common denominator. */
function byPieces(a: number, b: number, c: number, d: number, op: string): Rational {
  const pieces = op === '+' ? a * d + c * b : a * d - c * b;
  return rational(pieces, b * d);
}

export const solvers: Solvers = {
  'g5-nf-a-add-unlike-fractions': (p) =>
    show(byPieces(num(p, 'a'), num(p, 'b'), num(p, 'c'), num(p, 'd'), str(p, 'op'))),
  'g5-nf-a-mixed-add-subtract': (p) => {
    const x = mixed(p, 'w1', 'a', 'b');
    const y = mixed(p, 'w2', 'c', 'd');
    return asMixed(str(p, 'op') === '+' ? add(x, y) : sub(x, y));
  },
  'g5-nf-a-word-add-subtract': (p) => {
    const joins = ['walk', 'recipe'].includes(str(p, 'shape'));
    return show(byPieces(num(p, 'a'), num(p, 'b'), num(p, 'c'), num(p, 'd'), joins ? '+' : '-'));
  },
  // m ÷ n, found as the number c with c × n = m.
  'g5-nf-b-fraction-as-division-share': (p) => show(div(rational(num(p, 'm')), rational(num(p, 'n')))),
  'g5-nf-b-multiply-compute': (p) =>
    str(p, 'shape') === 'fractions'
      ? show(mul(q(p, 'a', 'b'), q(p, 'c', 'd')))
      : // n groups of a/b, added up one group at a time.
        show(Array.from({ length: num(p, 'n') }, () => q(p, 'a', 'b')).reduce(add, rational(0))),
  'g5-nf-b-multiply-in-context': (p) => {
    switch (str(p, 'shape')) {
      case 'area':
        return show(mul(mixed(p, 'w', 'a', 'b'), q(p, 'c', 'd')));
      case 'part':
        // One part (amount ÷ b), then a of them.
        return show(mul(div(rational(num(p, 'w')), rational(num(p, 'b'))), rational(num(p, 'a'))));
      default:
        return show(mul(q(p, 'a', 'b'), q(p, 'c', 'd')));
    }
  },
  // The option whose product compares with N as asked, found by computing each product.
  'g5-nf-b-scaling-compare': (p) => {
    const N = rational(num(p, 'N'));
    const factors: [string, Rational][] = [
      [`f${num(p, 'p')}-${num(p, 'q')}`, q(p, 'p', 'q')],
      [`f${num(p, 'i')}-${num(p, 'j')}`, q(p, 'i', 'j')],
      [`f${num(p, 'k')}-${num(p, 'k')}`, q(p, 'k', 'k')],
    ];
    const wanted = str(p, 'ask') === 'greater' ? 1n : -1n;
    return factors
      .filter(([, f]) => {
        const diff = sub(mul(f, N), N);
        return (diff.n > 0n ? 1n : diff.n < 0n ? -1n : 0n) === wanted;
      })
      .map(([id]) => id)
      .join(',');
  },
  'g5-nf-b-divide-unit-compute': (p) => unitDivision(p),
  'g5-nf-b-divide-unit-stories': (p) => unitDivision(p),
  'g6-ns-a-divide-compute': (p) => fractionDivision(p),
  'g6-ns-a-divide-stories': (p) => fractionDivision(p),
};

/**
 * (w + a/b) ÷ (c/d) by a common denominator: both as numbers of 1/(b·d) pieces, then pieces ÷
 * pieces, with no reciprocal.
 */
function fractionDivision(p: Params): string {
  const [b, d] = [num(p, 'b'), num(p, 'd')];
  const dividendPieces = (num(p, 'w') * b + num(p, 'a')) * d;
  const divisorPieces = num(p, 'c') * b;
  return show(rational(dividendPieces, divisorPieces));
}

/** 1/a ÷ n or n ÷ 1/a, by the shape of the problem, as a division of exact rationals. */
function unitDivision(p: Params): string {
  const unit = rational(1, num(p, 'a'));
  const whole = rational(num(p, 'n'));
  const wholeFirst = ['whole-by-unit', 'bags', 'laps'].includes(str(p, 'shape'));
  return show(wholeFirst ? div(whole, unit) : div(unit, whole));
}
