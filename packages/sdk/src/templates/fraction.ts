/**
 * Small exact fraction helpers for templates: the numbers a generator draws are whole numbers,
 * so the answer and the common wrong answers are computed exactly, never with floats.
 */

/** A fraction n/d with d > 0, as drawn or computed (not necessarily in lowest terms). */
export interface Fraction {
  readonly n: number;
  readonly d: number;
  /** `"3/4"`: how a student types it, and how a numeric answer's `value` is written. */
  readonly text: string;
  /** `"\\frac{3}{4}"`, for stems and hints. */
  readonly tex: string;
}

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

export function lcm(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : Math.abs(a * b) / gcd(a, b);
}

/** Makes a fraction; a negative denominator moves its sign to the numerator. */
export function frac(n: number, d: number): Fraction {
  if (!Number.isInteger(n) || !Number.isInteger(d) || d === 0) {
    throw new RangeError(`frac(${n}, ${d}): numerator and denominator must be whole numbers, denominator not 0`);
  }
  const [num, den] = d < 0 ? [-n, -d] : [n, d];
  const tex = num < 0 ? `-\\frac{${-num}}{${den}}` : `\\frac{${num}}{${den}}`;
  return { n: num, d: den, text: `${num}/${den}`, tex };
}

/** The same value in lowest terms. */
export function simplify(f: Fraction): Fraction {
  const g = gcd(f.n, f.d) || 1;
  return frac(f.n / g, f.d / g);
}

export function isSimplest(f: Fraction): boolean {
  return gcd(f.n, f.d) === 1;
}

/** a + b in lowest terms. */
export function addFractions(a: Fraction, b: Fraction): Fraction {
  return simplify(frac(a.n * b.d + b.n * a.d, a.d * b.d));
}

/** a − b in lowest terms. */
export function subtractFractions(a: Fraction, b: Fraction): Fraction {
  return simplify(frac(a.n * b.d - b.n * a.d, a.d * b.d));
}

/** a × b in lowest terms. */
export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  return simplify(frac(a.n * b.n, a.d * b.d));
}

/** Whether two fractions have the same value. */
export function sameValue(a: Fraction, b: Fraction): boolean {
  return a.n * b.d === b.n * a.d;
}

/** A whole number or a fraction as a student would type it in lowest terms: `"2"` or `"5/6"`. */
export function answerText(f: Fraction): string {
  const s = simplify(f);
  return s.d === 1 ? String(s.n) : s.text;
}
