/**
 * Exact rationals on BigInt, written for the independent answer check: a different route from the
 * SDK's fraction helpers and the engine's number reader, so that a bug in either cannot hide.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(n: bigint | number, d: bigint | number = 1n): Rational {
  let [nn, dd] = [BigInt(n), BigInt(d)];
  if (dd === 0n) throw new Error('division by zero');
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  const g = gcd(nn, dd) || 1n;
  return { n: nn / g, d: dd / g };
}

export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);
export const eq = (a: Rational, b: Rational) => a.n === b.n && a.d === b.d;
export const show = (a: Rational) => (a.d === 1n ? `${a.n}` : `${a.n}/${a.d}`);

/**
 * Reads "12", "-3", "0.25", "-1.5", "3/4", "-3/4", "2 1/2", "-2 1/2", "40%" (as 2/5), with an
 * optional thousands comma ("1,250"). Anything else throws.
 */
export function parseRational(text: string | number): Rational {
  const s = String(text)
    .trim()
    .replaceAll(/(\d),(?=\d{3}\b)/g, '$1');
  let m = /^(-?)(\d+)\s+(\d+)\/(\d+)$/.exec(s);
  if (m) {
    const whole = rational(BigInt(m[2] ?? '0'));
    const part = rational(BigInt(m[3] ?? '0'), BigInt(m[4] ?? '1'));
    const value = add(whole, part);
    return m[1] === '-' ? rational(-value.n, value.d) : value;
  }
  m = /^(-?\d+)\/(-?\d+)$/.exec(s);
  if (m) return rational(BigInt(m[1] ?? '0'), BigInt(m[2] ?? '1'));
  m = /^(-?)(\d*)\.(\d+)$/.exec(s);
  if (m) {
    const digits = m[3] ?? '';
    const value = rational(BigInt(`${m[2] || '0'}${digits}`), 10n ** BigInt(digits.length));
    return m[1] === '-' ? rational(-value.n, value.d) : value;
  }
  m = /^(-?\d+(?:\.\d+)?)%$/.exec(s);
  if (m) return div(parseRational(m[1] ?? '0'), rational(100));
  if (/^-?\d+$/.test(s)) return rational(BigInt(s));
  throw new Error(`not a number this check reads: ${JSON.stringify(text)}`);
}
