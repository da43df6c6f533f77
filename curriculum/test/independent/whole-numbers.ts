/** Independent solvers for the whole-numbers strand, by template id. */
import { add, div, mul, parseRational, rational, show, sub } from './rational.js';
import { num, type Solvers, str } from './types.js';

/** The smallest whole x in [0, limit] with pred(x): solving an equation by search, not by the inverse operation. */
function search(pred: (x: number) => boolean, limit = 100_000): number {
  for (let x = 0; x <= limit; x++) if (pred(x)) return x;
  throw new Error('no solution found');
}

/** a × b by repeated addition. */
function times(a: number, b: number): number {
  let total = 0;
  for (let i = 0; i < b; i++) total += a;
  return total;
}

export const solvers: Solvers = {
  // a groups of b: the total by repeated addition, a missing part by searching the groups.
  'g3-oa-a-equal-groups-word': (p) => {
    const [a, b] = [num(p, 'a'), num(p, 'b')];
    const total = times(b, a);
    switch (str(p, 'shape')) {
      case 'product':
        return String(total);
      case 'share':
        return String(search((x) => times(x, a) === total));
      default:
        return String(search((x) => times(b, x) === total));
    }
  },
  // Search for the number that makes the equation true.
  'g3-oa-a-unknown-factor-equation': (p) => {
    const [a, b] = [num(p, 'a'), num(p, 'b')];
    const c = times(a, b);
    switch (str(p, 'shape')) {
      case 'a?c':
      case 'c=a?':
        return String(search((x) => times(a, x) === c));
      case '?bc':
        return String(search((x) => times(x, b) === c));
      case 'c?a':
        return String(search((x) => x > 0 && c / x === a));
      default:
        return String(search((x) => x / b === a));
    }
  },
  // Distributive and associative: expand both sides and search for the number that balances them.
  'g3-oa-b-properties-missing': (p) => {
    const a = num(p, 'a');
    switch (str(p, 'shape')) {
      case 'partial': {
        const b = num(p, 'b');
        return String(search((x) => times(a, 5) + x === times(a, 5 + b)));
      }
      case 'join': {
        const b = num(p, 'b');
        return String(search((x) => times(a, x) === times(a, 5) + times(a, b)));
      }
      default:
        return String(times(times(a, num(p, 'p')), num(p, 'q')));
    }
  },
  // The other members of the fact family, by repeated addition and search.
  'g3-oa-b-fact-family': (p) => {
    const [a, b] = [num(p, 'a'), num(p, 'b')];
    const c = times(b, a);
    return str(p, 'shape') === 'toDiv' ? String(search((x) => times(a, x) === c)) : String(c);
  },
  // Facts: products by repeated addition, missing numbers by search.
  'g3-oa-c-multiply-fact': (p) => {
    const [a, b] = [num(p, 'a'), num(p, 'b')];
    return str(p, 'shape') === 'mul' ? String(times(b, a)) : String(search((x) => times(a, x) === a * b));
  },
  'g3-oa-c-divide-fact': (p) => {
    const [a, b] = [num(p, 'a'), num(p, 'b')];
    const c = times(a, b);
    return str(p, 'shape') === 'div' ? String(search((x) => times(b, x) === c)) : String(c);
  },
  // Two steps, acted out one item at a time.
  'g3-oa-d-two-step-word': (p) => {
    const [a, b, e] = [num(p, 'a'), num(p, 'b'), num(p, 'e')];
    switch (str(p, 'shape')) {
      case 'mulSub':
        return String(times(a, b) - e);
      case 'mulAdd':
        return String(e + times(b, a));
      default: {
        // Deal a·b items one at a time to a friends, then give each e more.
        const each = new Array<number>(a).fill(0);
        for (let i = 0; i < a * b; i++) each[i % a] = (each[i % a] ?? 0) + 1;
        return String((each[0] ?? 0) + e);
      }
    }
  },
  // The fifth term of an arithmetic sequence: first term plus four steps.
  'g3-oa-d-pattern-next': (p) => {
    const [s, d] = [num(p, 's'), num(p, 'd')];
    return String(num(p, 'down') === 1 ? s - 4 * d : s + 4 * d);
  },
  // Comparison: the larger amount by repeated addition, the smaller by search.
  'g4-oa-a-times-as-many-word': (p) => {
    const [k, s] = [num(p, 'k'), num(p, 's')];
    return str(p, 'shape') === 'bigger' ? String(times(s, k)) : String(search((x) => times(x, k) === times(s, k)));
  },
  // Remainders: make groups one at a time and look at what the question needs.
  'g4-oa-a-remainder-word': (p) => {
    const [n, k] = [num(p, 'n'), num(p, 'k')];
    let left = n;
    let groups = 0;
    while (left >= k) {
      left -= k;
      groups++;
    }
    const shape = str(p, 'shape');
    if (shape === 'remainder') return String(left);
    return String(shape === 'roundUp' && left > 0 ? groups + 1 : groups);
  },
  'g4-oa-a-multi-step-word': (p) => {
    const [a, b, e, d] = [num(p, 'a'), num(p, 'b'), num(p, 'e'), num(p, 'd')];
    if (str(p, 'shape') === 'change') return String(e - times(b, a));
    return String(search((x) => times(x, d) === times(a, b) + e));
  },
  // Place value by reading digits as text.
  'g4-nbt-a-digit-value-place': (p) => {
    const digits = String(num(p, 'n'));
    if (str(p, 'shape') === 'tenTimes') return `${digits}0`;
    const place = num(p, 'p');
    return `${digits[digits.length - 1 - place]}${'0'.repeat(place)}`;
  },
  'g4-nbt-a-expanded-to-standard': (p) =>
    String(
      str(p, 'terms')
        .split('+')
        .reduce((sum, t) => sum + Number(t), 0),
    ),
  // The greatest: most digits, then the larger string of digits.
  'g4-nbt-a-compare-greatest': (p) =>
    [num(p, 'a'), num(p, 'b'), num(p, 'c')].map(String).sort((x, y) => y.length - x.length || (y > x ? 1 : -1))[0] ??
    '',
  // Rounding: the nearer multiple by distance, halfway going up.
  'g4-nbt-a-round-place': (p) => {
    const [n, to] = [num(p, 'n'), num(p, 'to')];
    let below = n;
    while (below % to !== 0) below--;
    const above = below + to;
    return String(above - n <= n - below ? above : below);
  },
  // Exact BigInt arithmetic on the published numbers.
  'g4-nbt-b-add-subtract-column': (p) => {
    const [a, b] = [BigInt(num(p, 'a')), BigInt(num(p, 'b'))];
    return String(str(p, 'op') === 'add' ? a + b : a - b);
  },
  // Lattice-style: every digit of one factor times every digit of the other, at its place.
  'g4-nbt-b-multiply-partial': (p) => {
    const [n, m] = [String(num(p, 'n')), String(num(p, 'm'))];
    let total = 0n;
    for (let i = 0; i < n.length; i++) {
      for (let j = 0; j < m.length; j++) {
        total += BigInt(Number(n[i]) * Number(m[j])) * 10n ** BigInt(n.length - 1 - i + m.length - 1 - j);
      }
    }
    return String(total);
  },
  // Long division, one digit of the dividend at a time.
  'g4-nbt-b-divide-zero-quotient': (p) => {
    const d = num(p, 'd');
    let rest = 0;
    let quotient = '';
    for (const c of String(num(p, 'n'))) {
      rest = rest * 10 + Number(c);
      quotient += String(Math.floor(rest / d));
      rest %= d;
    }
    if (rest !== 0) throw new Error('not exact');
    return String(Number(quotient));
  },
  // Powers of ten with exact rationals.
  'g5-nbt-a-powers-of-ten-shift': (p) => {
    const x = parseRational(str(p, 'x'));
    const power = rational(10n ** BigInt(num(p, 'k')));
    return show(str(p, 'op') === 'mul' ? mul(x, power) : div(x, power));
  },
  // Build the three numbers as rationals and pick the greatest or least by comparing cross-products.
  'g5-nbt-a-compare-three-decimals': (p) => {
    const [w, a, b, c] = [num(p, 'w'), num(p, 'a'), num(p, 'b'), num(p, 'c')];
    const greatest = str(p, 'shape') === 'greatest';
    const whole = rational(w);
    const candidates = greatest
      ? [
          add(whole, rational(a, 10)),
          add(whole, rational(10 * a + b, 100)),
          add(whole, rational(100 * a + 10 * (b - 1) + c, 1000)),
        ]
      : [
          add(whole, rational(a + 1, 10)),
          add(whole, rational(10 * a + b, 100)),
          add(whole, rational(100 * a + 10 * (b + 1) + c, 1000)),
        ];
    const less = (x: { n: bigint; d: bigint }, y: { n: bigint; d: bigint }) => x.n * y.d < y.n * x.d;
    let best = candidates[0] ?? whole;
    for (const x of candidates) if (greatest ? less(best, x) : less(x, best)) best = x;
    return show(best);
  },
  // Rounding: compare the distances to the two neighbours exactly.
  'g5-nbt-a-round-decimal-place': (p) => {
    const [x, to] = [parseRational(str(p, 'x')), parseRational(str(p, 'to'))];
    const q = div(x, to);
    const below = rational(q.n / q.d);
    const lower = mul(below, to);
    const upper = add(lower, to);
    const up = sub(upper, x);
    const down = sub(x, lower);
    return show(up.n * down.d <= down.n * up.d ? upper : lower);
  },
  // Lattice multiplication, as for 4.NBT.B.
  'g5-nbt-b-multiply-standard': (p) => String(BigInt(num(p, 'n')) * BigInt(num(p, 'm'))),
  // Partial quotients: take away 10 groups, then single groups.
  'g5-nbt-b-divide-two-digit-exact': (p) => {
    const d = num(p, 'd');
    let left = num(p, 'n');
    let groups = 0;
    while (left >= 10 * d) {
      left -= 10 * d;
      groups += 10;
    }
    while (left >= d) {
      left -= d;
      groups += 1;
    }
    if (left !== 0) throw new Error('not exact');
    return String(groups);
  },
  'g5-nbt-b-add-subtract-decimal': (p) => {
    const [a, b] = [parseRational(str(p, 'a')), parseRational(str(p, 'b'))];
    return show(str(p, 'op') === 'add' ? add(a, b) : sub(a, b));
  },
  'g5-nbt-b-multiply-decimal': (p) => show(mul(parseRational(str(p, 'a')), parseRational(str(p, 'b')))),
};
