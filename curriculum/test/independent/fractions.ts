/** Independent solvers for the fractions strand, grades 3–4, by template id. */
import { add, div, mul, parseRational, type Rational, rational, show, sub } from './rational.js';
import { num, type Params, type Solvers, str } from './types.js';

/** Positive difference of two rationals' order: -1, 0 or 1. */
function order(x: Rational, y: Rational): number {
  const diff = sub(x, y);
  return diff.n === 0n ? 0 : diff.n > 0n ? 1 : -1;
}

/** The id of the greater (or lesser) of two fraction options, or "same", by subtraction. */
function pickFraction(p: Params): string {
  const x = rational(num(p, 'a'), num(p, 'b'));
  const y = rational(num(p, 'c'), num(p, 'd'));
  const o = order(x, y);
  if (o === 0) return 'same';
  const firstWins = str(p, 'ask') === 'less' ? o < 0 : o > 0;
  return firstWins ? `f${num(p, 'a')}-${num(p, 'b')}` : `f${num(p, 'c')}-${num(p, 'd')}`;
}

/** The option id of a decimal below 1: "d" and its digits after the point. */
const decimalId = (text: string) => `d${text.split('.')[1] ?? ''}`;

/** A number of hundredths below 1 written with `places` places, by string padding. */
function hundredthsText(hundredths: number, places: 1 | 2): string {
  const digits = String(hundredths).padStart(2, '0');
  return `0.${places === 1 ? digits.slice(0, 1) : digits}`;
}

export const solvers: Solvers = {
  // a/b = ?/(kb): the missing numerator is a/b times kb. a/b = (ka)/?: the denominator is ka ÷ (a/b).
  'g3-equivalent-missing-part': (p) => {
    const value = rational(num(p, 'a'), num(p, 'b'));
    return str(p, 'missing') === 'numerator'
      ? show(mul(value, rational(num(p, 'k') * num(p, 'b'))))
      : show(div(rational(num(p, 'k') * num(p, 'a')), value));
  },
  // a of b equal parts: add the unit fraction 1/b to itself a times; or count copies of 1/b in a/b by division.
  'g3-nf-a-unit-fraction-count': (p) => {
    const unit = rational(1, num(p, 'b'));
    if (str(p, 'shape') === 'count') return show(div(rational(num(p, 'a'), num(p, 'b')), unit));
    let total = rational(0);
    for (let i = 0; i < num(p, 'a'); i++) total = add(total, unit);
    return show(total);
  },
  // a jumps (or a spaces) of 1/b from 0: walk the jumps one by one.
  'g3-nf-a-number-line-point': (p) => {
    let at = rational(0);
    for (let i = 0; i < num(p, 'a'); i++) at = add(at, rational(1, num(p, 'b')));
    return show(at);
  },
  'g3-nf-a-compare-same-part-pick': pickFraction,
  // a/b = ?/m: search the numerator n with n/m = a/b; a/b = m/?: search the denominator.
  'g4-nf-a-equivalent-up-down': (p) => {
    const target = rational(num(p, 'a'), num(p, 'b'));
    const m = num(p, 'm');
    for (let x = 1; x <= 1000; x++) {
      const candidate = str(p, 'missing') === 'numerator' ? rational(x, m) : rational(m, x);
      if (order(candidate, target) === 0) return String(x);
    }
    throw new Error('no whole-number answer');
  },
  'g4-nf-a-compare-pick': pickFraction,
  // Shapes: a/b + c/b, a/b − c/b (what is left), or the whole number a − c/b; exact rationals.
  'g4-nf-b-add-sub-like-pick': (p) => {
    const [a, b, c] = [num(p, 'a'), num(p, 'b'), num(p, 'c')];
    const second = rational(c, b);
    switch (str(p, 'shape')) {
      case 'add':
        return show(add(rational(a, b), second));
      case 'left':
        return show(sub(rational(a, b), second));
      default:
        return show(sub(rational(a), second));
    }
  },
  // Read both mixed numbers as text, then add or subtract.
  'g4-nf-b-mixed-regroup': (p) => {
    const d = num(p, 'd');
    const x = parseRational(`${num(p, 'w1')} ${num(p, 'n1')}/${d}`);
    const y = parseRational(`${num(p, 'w2')} ${num(p, 'n2')}/${d}`);
    return show(str(p, 'op') === '+' ? add(x, y) : sub(x, y));
  },
  // n groups of a/b: add a/b to itself n times.
  'g4-nf-b-multiply-whole-pick': (p) => {
    let total = rational(0);
    for (let i = 0; i < num(p, 'n'); i++) total = add(total, rational(num(p, 'a'), num(p, 'b')));
    return show(total);
  },
  // a tenths and c hundredths: a/10 + c/100 with exact rationals.
  'g4-nf-c-tenths-plus-hundredths': (p) => show(add(rational(num(p, 'a'), 10), rational(num(p, 'c'), 100))),
  // w and c/den as an exact rational; the answer is compared by value.
  'g4-nf-c-fraction-to-decimal': (p) => show(add(rational(num(p, 'w')), rational(num(p, 'c'), num(p, 'den')))),
  // Rebuild the three options, read them back as numbers and take the largest.
  'g4-nf-c-greatest-decimal': (p) => {
    const texts = [
      hundredthsText(num(p, 'tenth'), 1),
      hundredthsText(num(p, 'two'), 2),
      hundredthsText(num(p, 'small'), 2),
    ];
    let best = texts[0] ?? '';
    for (const x of texts) if (order(parseRational(x), parseRational(best)) > 0) best = x;
    return decimalId(best);
  },
};
