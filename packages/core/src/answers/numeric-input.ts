/**
 * Reads a number as a STUDENT types it, in their locale, keeping its exact value and the form
 * it was written in. Pack values are read with it too, in the `en` conventions (`readNumber`).
 *
 * What is read:
 * - integers `12`, decimals `0.5`, `.5`, `5.`; a sign `-`, `+`, or the Unicode minus `−`
 *   (and the hyphen/dash look-alikes a keyboard or autocorrect may produce);
 * - fractions `3/4` (spaces around the bar allowed, also the fraction slash `⁄`), mixed numbers
 *   `1 1/2`, Unicode vulgar fractions `½`, `1½`; percents `50%`, `12.5 %`;
 * - in a decimal-point locale (`en`): thousands grouped with commas, `1,000` and `12,345.5`.
 *   `0,5` is unreadable there, not 5 and not a half: the student is asked to retype it;
 * - in a decimal-comma locale (`es`, `fr`, `de`, `pt`, …; see `number-locale.ts`): `0,5`;
 *   thousands grouped with points or spaces, `1.000` and `1 000` are one thousand. A point that
 *   cannot be a thousands separator (`0.5`, `3.25`) is read as a decimal point, because nothing
 *   else can be meant; `1.500` stays one thousand five hundred, as the locale says.
 *
 * What is refused, on purpose:
 * - `1-1/2` (and `1 - 1/2`): one and a half, or one minus a half? Both are common, so it is
 *   reported as ambiguous (`ambiguous`) and the student is asked to write `1 1/2`;
 * - a zero denominator, letters, operators, exponents (`1e3`), more than 100 characters.
 */
import type { NumericForm } from '../format/schema.js';
import { usesDecimalComma } from './number-locale.js';
import { gcd, type Rational, rational } from './rational.js';
import { VULGAR_FRACTIONS } from './unicode-fractions.js';

/** A number read from a student's answer. */
export interface StudentNumber {
  /** The exact value. */
  readonly exact: Rational;
  readonly form: NumericForm;
  /**
   * Written in simplest form. Integers, decimals and percents always are; a fraction is when it
   * is in lowest terms and not a whole number in disguise (`4/2`, `3/1`, `0/5` are not); an
   * IMPROPER fraction in lowest terms (`3/2`) is, as the Common Core never asks for mixed
   * numbers (ask for them with `forms: ['mixed']`); a mixed number is when its whole part is
   * at least 1 and its fraction is proper and in lowest terms (`1 2/4`, `1 3/2`, `0 1/2` are not).
   */
  readonly simplest: boolean;
}

export type NumberProblem = 'empty' | 'unreadable' | 'ambiguous' | 'too-long';

export type NumberReading =
  | { readonly ok: true; readonly number: StudentNumber }
  | { readonly ok: false; readonly problem: NumberProblem };

/** Longest answer read at all: no number a student types is longer, and it bounds the work. */
export const MAX_NUMBER_LENGTH = 100;

const VULGAR = VULGAR_FRACTIONS;
const VULGAR_CHARS = new RegExp(`[${Object.keys(VULGAR).join('')}]`, 'g');

/**
 * Canonical spelling: vulgar fractions become ` n/d` (BEFORE NFKC, which would turn `1½` into
 * `11⁄2`), then NFKC folds full-width digits and odd spaces, look-alike minus signs become `-`,
 * fraction slashes `/`, and runs of spaces one space.
 */
function canonical(text: string): string {
  return text
    .replace(VULGAR_CHARS, (c) => ` ${VULGAR[c] ?? c}`)
    .normalize('NFKC')
    .replace(/[\u2212\u2010\u2011\u2012\u2013\ufe63]/g, '-')
    .replace(/[\u2044\u2215]/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Grammar {
  readonly integer: RegExp;
  readonly decimal: RegExp;
  /** Group separators to drop from the whole part. */
  readonly groups: RegExp;
  /** A decimal-point reading accepted in a decimal-comma locale when the point cannot group. */
  readonly lenientPoint?: RegExp;
}

// A leading group never starts with 0: `0,500` is not a grouped number in any locale.
const POINT_LOCALE: Grammar = {
  integer: /^(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)$/,
  decimal: /^([1-9]\d{0,2}(?:,\d{3})+|\d+)?\.(\d*)$/,
  groups: /,/g,
};
const COMMA_LOCALE: Grammar = {
  integer: /^(?:[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d{0,2}(?: \d{3})+|\d+)$/,
  decimal: /^([1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d{0,2}(?: \d{3})+|\d+)?,(\d*)$/,
  groups: /[. ]/g,
  lenientPoint: /^(\d+)?\.(\d+)$/,
};

const FRACTION = /^(\d+) ?\/ ?(\d+)$/;
const MIXED = /^(.+) (0|[1-9]\d*) ?\/ ?(\d+)$/;
const HYPHENATED_MIXED = /^\d+ ?- ?\d+ ?\/ ?\d+$/;

function decimalValue(whole: string, fraction: string): Rational {
  return rational(BigInt(`${whole}${fraction}` || '0'), 10n ** BigInt(fraction.length)) as Rational;
}

/** An integer or decimal (no sign, no percent). */
function readPlain(text: string, grammar: Grammar): StudentNumber | undefined {
  if (grammar.integer.test(text)) {
    return { exact: { n: BigInt(text.replace(grammar.groups, '')), d: 1n }, form: 'integer', simplest: true };
  }
  const decimal = grammar.decimal.exec(text) ?? (grammar.lenientPoint ? grammar.lenientPoint.exec(text) : null);
  if (!decimal) return undefined;
  const whole = (decimal[1] ?? '').replace(grammar.groups, '');
  const fraction = decimal[2] ?? '';
  if (whole === '' && fraction === '') return undefined; // a lone separator
  return { exact: decimalValue(whole, fraction), form: 'decimal', simplest: true };
}

function readUnsigned(text: string, grammar: Grammar): StudentNumber | 'ambiguous' | undefined {
  if (text.endsWith('%')) {
    const inner = readPlain(text.slice(0, -1).trimEnd(), grammar);
    if (!inner) return undefined;
    return { exact: rational(inner.exact.n, inner.exact.d * 100n) as Rational, form: 'percent', simplest: true };
  }
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const n = BigInt(fraction[1] ?? '');
    const d = BigInt(fraction[2] ?? '');
    const exact = rational(n, d);
    return exact && { exact, form: 'fraction', simplest: d !== 1n && gcd(n, d) === 1n };
  }
  if (HYPHENATED_MIXED.test(text)) return 'ambiguous';
  const mixed = MIXED.exec(text);
  if (mixed) {
    const whole = readPlain(mixed[1] ?? '', grammar);
    const n = BigInt(mixed[2] ?? '');
    const d = BigInt(mixed[3] ?? '');
    if (whole?.form !== 'integer' || d === 0n) return undefined;
    const w = whole.exact.n;
    const exact = rational(w * d + n, d) as Rational;
    return { exact, form: 'mixed', simplest: w >= 1n && n > 0n && n < d && gcd(n, d) === 1n };
  }
  return readPlain(text, grammar);
}

/** Reads a student's number; see the module comment for what is read and what is refused. */
export function readStudentNumber(input: string, locale?: string): NumberReading {
  if (input.length > MAX_NUMBER_LENGTH) return { ok: false, problem: 'too-long' };
  let text = canonical(input);
  if (text === '') return { ok: false, problem: 'empty' };
  let negative = false;
  const sign = /^([-+]) ?/.exec(text);
  if (sign) {
    negative = sign[1] === '-';
    text = text.slice(sign[0].length);
  }
  const read = readUnsigned(text, usesDecimalComma(locale) ? COMMA_LOCALE : POINT_LOCALE);
  if (read === 'ambiguous') return { ok: false, problem: 'ambiguous' };
  if (!read) return { ok: false, problem: 'unreadable' };
  const exact = negative ? { n: -read.exact.n, d: read.exact.d } : read.exact;
  return { ok: true, number: { ...read, exact } };
}
