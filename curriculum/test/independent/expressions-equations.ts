/** Independent solvers for the expressions-equations strand, by template id. */
import { add, div, mul, rational, show, sub } from './rational.js';
import { num, type Solvers, str } from './types.js';

/** b^e by repeated multiplication on BigInt. */
function power(b: number, e: number): bigint {
  let out = 1n;
  for (let i = 0; i < e; i++) out *= BigInt(b);
  return out;
}

export const solvers: Solvers = {
  // Powers as repeated multiplication; the rest of the expression on exact rationals.
  'g6-ee-a-powers': (p) => {
    const pw = rational(power(num(p, 'b'), num(p, 'e')));
    const c = rational(num(p, 'c'));
    const shape = str(p, 'shape');
    return show(shape === 'power' ? pw : shape === 'scaled' ? mul(c, pw) : add(c, pw));
  },
  // Substitute into the expression written out as repeated addition.
  'g6-ee-a-evaluate-expression': (p) => {
    const [a, x, b] = [num(p, 'a'), num(p, 'x'), num(p, 'b')];
    const shape = str(p, 'shape');
    let total = rational(b);
    const groups = shape === 'x^2+b' ? x : a;
    const each = shape === 'a(x+b)' ? x + b : x;
    if (shape === 'a(x+b)') total = rational(0);
    for (let i = 0; i < groups; i++) total = add(total, rational(each));
    return show(total);
  },
  // The same expressions, written another way (expanded or as a product with a fraction).
  'g6-ee-a-write-expression': (p) => {
    const [v, a, b] = [str(p, 'v'), num(p, 'a'), num(p, 'b')];
    const shape = str(p, 'shape');
    if (shape === 'less-than-times') return `-${b}+${v}*${a}`;
    if (shape === 'more-than-quotient') return `${b}+(1/${a})*${v}`;
    return `${a}*${v}-${a * b}`;
  },
  // Expand: the distributed form; factor: the expression before factoring (equivalent).
  'g6-ee-a-distribute-factor': (p) => {
    const [v, a, c, b, sign] = [str(p, 'v'), num(p, 'a'), num(p, 'c'), num(p, 'b'), num(p, 'sign')];
    return `${v}*${a * c}+(${sign * a * b})`;
  },
  // Try every whole number until the equation balances.
  'g6-ee-b-one-step': (p) => {
    const [shape, pp, x] = [str(p, 'shape'), num(p, 'p'), num(p, 'x')];
    const lhs = (t: number) =>
      shape === 'x+p' || shape === 'p+x' ? t + pp : shape === 'x-p' ? t - pp : shape === 'px' ? pp * t : t / pp;
    const q = lhs(x);
    for (let t = 0; t <= 10_000; t++) if (lhs(t) === q) return String(t);
    throw new Error('no solution found');
  },
  // Test values just below, at and above c against the meaning of the words.
  'g6-ee-b-inequality': (p) => {
    const [rel, c, subject] = [str(p, 'rel'), num(p, 'c'), num(p, 'subject')];
    const v = ['s', 'h', 'w', 't', 'm', 'p'][subject];
    const allowed = (t: number) =>
      rel === 'ge' ? t - c >= 0 : rel === 'le' ? c - t >= 0 : rel === 'gt' ? t - c > 0 : c - t > 0;
    const code = allowed(c + 1) ? (allowed(c) ? 'ge' : 'gt') : allowed(c) ? 'le' : 'lt';
    return `${v}-${code}-${c}`;
  },
  // The line through the first and last rows of the table.
  'g6-ee-c-table-rule': (p) => {
    const [shape, k, s, step] = [str(p, 'shape'), num(p, 'k'), num(p, 's'), num(p, 'step')];
    const f = (x: number) => (shape === 'times' ? rational(k * x) : add(rational(x), rational(k)));
    const [x1, x2] = [s, s + 3 * step];
    const m = div(sub(f(x2), f(x1)), rational(x2 - x1));
    const b = sub(f(x1), mul(m, rational(x1)));
    return `(${show(m)})*x+(${show(b)})`;
  },
  // Forward: repeated addition; backward: count groups of k.
  'g6-ee-c-use-equation-values': (p) => {
    const [k, n, ask] = [num(p, 'k'), num(p, 'n'), str(p, 'ask')];
    let total = 0;
    for (let i = 0; i < n; i++) total += k;
    if (ask === 'dependent') return String(total);
    let groups = 0;
    for (let left = total; left > 0; left -= k) groups++;
    return String(groups);
  },
  // Evaluate the starting expression at two points and rebuild the line through them.
  'g7-ee-a-combine': (p) => {
    const [scale, a, b, c, d] = [num(p, 'scale'), num(p, 'a'), num(p, 'b'), num(p, 'c'), num(p, 'd')];
    const at = (x: number) => rational(a * x + b + c * x + d, scale);
    const m = sub(at(1), at(0));
    return `(${show(m)})*${str(p, 'v')}+(${show(at(0))})`;
  },
  // Slope and intercept of the starting expression, found by evaluating it at 0 and 1.
  'g7-ee-a-expand-factor-rational': (p) => {
    const [shape, v, g, m, n, sign] = [
      str(p, 'shape'),
      str(p, 'v'),
      num(p, 'g'),
      num(p, 'm'),
      num(p, 'n'),
      num(p, 'sign'),
    ];
    const f = (x: number) =>
      shape === 'factor'
        ? rational(-g * m * x + sign * g * n)
        : shape === 'negative'
          ? mul(rational(-g), rational(m * x + sign * n))
          : mul(rational(1, g), rational(g * m * x + sign * g * n));
    return `(${show(sub(f(1), f(0)))})*${v}+(${show(f(0))})`;
  },
  'g7-ee-a-subtract': (p) => {
    const [v, a, b, c, d] = [str(p, 'v'), num(p, 'a'), num(p, 'b'), num(p, 'c'), num(p, 'd')];
    const f = (x: number) => sub(rational(a * x + b), rational(c * x + d));
    return `(${show(sub(f(1), f(0)))})*${v}+(${show(f(0))})`;
  },
  // Two-step equations: search the integers for the value that balances.
  'g7-ee-b-px-q': (p) => {
    const [pp, q, x] = [num(p, 'p'), num(p, 'q'), num(p, 'x')];
    const r = pp * x + q;
    return String(search((t) => pp * t + q === r));
  },
  'g7-ee-b-p-x-q': (p) => {
    const [pp, q, x] = [num(p, 'p'), num(p, 'q'), num(p, 'x')];
    const r = pp * (x + q);
    return String(search((t) => pp * t + pp * q === r));
  },
  // Work the story forward one unit at a time until the total is reached.
  'g7-ee-b-word': (p) => {
    const [pp, q, x] = [num(p, 'p'), num(p, 'q'), num(p, 'x')];
    const total = pp * x + q;
    let units = 0;
    for (let paid = q; paid < total; paid += pp) units++;
    return String(units);
  },
  // Exponents: count factors of b as a signed tally; the value of b^-m as 1 over a product.
  'g8-ee-a-exponents': (p) => {
    const [shape, b, m, k] = [str(p, 'shape'), num(p, 'b'), num(p, 'm'), num(p, 'k')];
    if (shape === 'negative') return show(div(rational(1), rational(power(b, m))));
    let tally = 0;
    if (shape === 'product') tally = m + k;
    else if (shape === 'quotient') tally = m + -k;
    else for (let i = 0; i < Math.abs(k); i++) tally += Math.sign(k) * m;
    return String(tally);
  },
  // Roots: search the integers for the base.
  'g8-ee-a-roots-find': (p) => {
    const [shape, n] = [str(p, 'shape'), num(p, 'n')];
    const square = shape === 'sqrt' || shape === 'square-eq';
    const value = square ? n * n : n * n * n;
    return String(search((t) => (square ? t > 0 && t * t === value : t * t * t === value)));
  },
  // Scientific notation: the mantissa times a power of ten, exactly.
  'g8-ee-a-scientific': (p) => {
    const [shape, d, e] = [str(p, 'shape'), num(p, 'd'), num(p, 'e')];
    if (shape === 'exp-big') return String(String(d * 10 ** (e - 1)).length - 1);
    if (shape === 'exp-small') return String(-e);
    const mant = rational(d, 10);
    return show(shape === 'standard-big' ? mul(mant, rational(power(10, e))) : div(mant, rational(power(10, e))));
  },
  // Slope: rise over run on exact rationals, run taken from the second point back to the first.
  'g8-ee-b-slope-find': (p) => {
    const [x1, y1, x2, y2] = [num(p, 'x1'), num(p, 'y1'), num(p, 'x2'), num(p, 'y2')];
    return show(div(rational(y1 - y2), rational(x1 - x2)));
  },
  // The line: slope from the two points, intercept by walking back from the first point to x = 0.
  'g8-ee-b-line': (p) => {
    const [m, b, x1, run] = [num(p, 'm'), num(p, 'b'), num(p, 'x1'), num(p, 'run')];
    const y = (x: number) => m * x + b;
    const slope = div(rational(y(x1 + run) - y(x1)), rational(run));
    const intercept = sub(rational(y(x1)), mul(slope, rational(x1)));
    return `(${show(slope)})*x+(${show(intercept)})`;
  },
  'g8-ee-c-both-sides-solve': (p) => {
    const [a, b, c, x] = [num(p, 'a'), num(p, 'b'), num(p, 'c'), num(p, 'x')];
    const d = a * x + b - c * x;
    return String(search((t) => a * t + b === c * t + d));
  },
  // Count the whole numbers in -50…50 that satisfy each equation: all, none, or one.
  'g8-ee-c-how-many': (p) => {
    const [target, pp, k, q, e] = [str(p, 'target'), num(p, 'p'), num(p, 'k'), num(p, 'q'), num(p, 'e')];
    const rights: [number, number][] = [
      [pp, pp * k],
      [pp, e],
      [q, pp * k],
    ];
    for (const [mx, c] of rights) {
      let count = 0;
      for (let t = -50; t <= 50; t++) if (pp * (t + k) === mx * t + c) count++;
      const kind = count === 101 ? 'many' : count === 0 ? 'none' : 'one';
      if (kind === target) return `r-${mx}x-${c < 0 ? `m${-c}` : c}`;
    }
    throw new Error('no option of the target kind');
  },
  // Walk x until the two lines meet.
  'g8-ee-c-systems-solve': (p) => {
    const [ask, m1, b1, m2, x] = [str(p, 'ask'), num(p, 'm1'), num(p, 'b1'), num(p, 'm2'), num(p, 'x')];
    const b2 = m1 * x + b1 - m2 * x;
    const meet = search((t) => m1 * t + b1 === m2 * t + b2);
    return String(ask === 'x' ? meet : m2 * meet + b2);
  },
};

/** The integer in -1000…1000 that makes `holds` true. */
function search(holds: (t: number) => boolean): number {
  for (let t = -1000; t <= 1000; t++) if (holds(t)) return t;
  throw new Error('no integer solution');
}
