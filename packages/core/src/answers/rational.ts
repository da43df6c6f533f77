/**
 * Exact rational numbers on bigint. Student answers are exact decimals or fractions, so keeping
 * them exact means `1/3` against `0.333` is decided by the answer's tolerance, never by
 * floating-point noise, and a huge numerator cannot silently lose digits.
 */

/** `n/d` with `d > 0`, always in lowest terms. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** A reduced rational; `undefined` when the denominator is zero. */
export function rational(n: bigint, d: bigint): Rational | undefined {
  if (d === 0n) return undefined;
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d + b.n * a.d, a.d * b.d) as Rational;
}

export function subtract(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d - b.n * a.d, a.d * b.d) as Rational;
}

export function equal(a: Rational, b: Rational): boolean {
  return a.n === b.n && a.d === b.d; // both reduced
}

export function abs(a: Rational): Rational {
  return a.n < 0n ? { n: -a.n, d: a.d } : a;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function bitLength(x: bigint): number {
  return (x < 0n ? -x : x).toString(2).length;
}

/**
 * The nearest double. Small parts divide directly (correctly rounded); past 2^53 the quotient is
 * first taken with 64 significant bits in bigint, so huge numerators keep their leading digits.
 */
export function toNumber(a: Rational): number {
  const { n, d } = a;
  if (n <= SAFE && n >= -SAFE && d <= SAFE) return Number(n) / Number(d);
  const k = 64 - (bitLength(n) - bitLength(d));
  const q = k >= 0 ? (n << BigInt(k)) / d : n / (d << BigInt(-k));
  return Number(q) * 2 ** -k;
}

/** `"n/d"`, e.g. `"5/6"`, `"-3/2"`, `"4/1"`. */
export function toText(a: Rational): string {
  return `${a.n}/${a.d}`;
}

const DECIMAL_TEXT = /^(-?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * The exact value of a plain decimal such as `"-12.50"` or `"1.5e-7"`.
 */
export function fromDecimalText(text: string): Rational | undefined {
  const m = DECIMAL_TEXT.exec(text);
  if (!m) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = m;
  if (whole === '' && fraction === '') return undefined;
  const e = Number(exponent) - fraction.length;
  if (Math.abs(e) > 400) return undefined; // far outside what a double (or a student) writes
  let n = BigInt(`${whole}${fraction}` || '0');
  let d = 1n;
  if (e >= 0) n *= 10n ** BigInt(e);
  else d = 10n ** BigInt(-e);
  if (sign === '-') n = -n;
  return rational(n, d);
}

/**
 * The exact value an author MEANT by a JS number in a pack: its 15 significant digits, so the
 * float noise of a computed value (`0.1 + 0.2` is `0.30000000000000004`) is dropped and the
 * answer is exactly 3/10. (Doubles carry 15–17 digits; no pack value needs the last two.)
 */
export function fromNumber(value: number): Rational | undefined {
  return Number.isFinite(value) ? fromDecimalText(value.toPrecision(15)) : undefined;
}
