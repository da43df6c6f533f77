/**
 * Checks a numeric answer. The order of the questions asked decides the verdict:
 *
 * 1. Can the response be read (in the student's locale)? Else `unreadable`.
 * 2. Is its value the correct value, exactly or within `spec.tolerance`? Else `incorrect`.
 * 3. Is it written in one of `spec.forms`? Else `wrong-form` (the value is right: say so).
 * 4. Is it in simplest form? `simplest: 'optional'` (default) does not ask; `required` answers
 *    `needs-simplifying` (right value, one more step: not a mistake); `enforced` answers
 *    `incorrect` with reason `numeric/not-simplest` (the task WAS to simplify).
 *
 * Comparisons are exact (bigint rationals): with no tolerance, `0.333` is not `1/3`; the gap to
 * the tolerance is compared exactly too, so `0.3` against `0.2` with tolerance `0.1` is inside.
 */
import type { NumericAnswer, NumericForm, PlainText } from '../format/schema.js';
import { MAX_NUMBER_LENGTH, type NumberProblem, readStudentNumber, type StudentNumber } from './numeric-input.js';
import { abs, fromNumber, type Rational, rational, subtract, toNumber, toText } from './rational.js';
import type { CheckResult } from './verdict.js';

/** How a numeric response was read (`CheckResult.interpreted` for numeric answers). */
export interface NumericInterpretation {
  readonly value: number;
  /** The exact value in lowest terms, `"n/d"`: `"3/2"`, `"-1/3"`, `"4/1"`. */
  readonly exact: string;
  readonly form: NumericForm;
}

/** The correct value of a spec, read once. */
export interface NumericKey {
  readonly exact: Rational;
  /** The pack wrote the value as a percent (`"75%"`): a bare `75` is read as 75%. */
  readonly percent: boolean;
  readonly form: NumericForm;
}

const keys = new WeakMap<NumericAnswer, NumericKey | null>();

/** Reads `spec.value`: a JS number, or exact text in the pack's (`en`) conventions. */
export function numericKey(spec: NumericAnswer): NumericKey | undefined {
  const cached = keys.get(spec);
  if (cached !== undefined) return cached ?? undefined;
  let key: NumericKey | undefined;
  if (typeof spec.value === 'number') {
    const exact = fromNumber(spec.value);
    key = exact && { exact, percent: false, form: exact.d === 1n ? 'integer' : 'decimal' };
  } else {
    const read = readStudentNumber(spec.value, 'en');
    key = read.ok
      ? { exact: read.number.exact, percent: read.number.form === 'percent', form: read.number.form }
      : undefined;
  }
  keys.set(spec, key ?? null);
  return key;
}

function atMost(a: Rational, b: Rational): boolean {
  return a.n * b.d <= b.n * a.d;
}

/** Equal exactly, or within the absolute or the relative tolerance (either one suffices). */
export function withinTolerance(spec: NumericAnswer, correct: Rational, value: Rational): boolean {
  const gap = abs(subtract(correct, value));
  if (gap.n === 0n) return true;
  const { absolute, relative } = spec.tolerance ?? {};
  const absoluteLimit = absolute === undefined ? undefined : fromNumber(absolute);
  if (absoluteLimit && atMost(gap, absoluteLimit)) return true;
  const relativeFactor = relative === undefined ? undefined : fromNumber(relative);
  if (relativeFactor) {
    const limit = abs(rational(relativeFactor.n * correct.n, relativeFactor.d * correct.d) as Rational);
    if (atMost(gap, limit)) return true;
  }
  return false;
}

/**
 * Whether a response written in `form` satisfies `forms`. A whole number written as an integer
 * also satisfies `decimal` and `mixed` (`8/4` as a mixed number is `2`; there is nothing after
 * the point), but not `fraction` ("write 2 as a fraction" is a real task) nor `percent`.
 */
export function formAccepted(forms: readonly NumericForm[] | undefined, form: NumericForm): boolean {
  if (!forms || forms.includes(form)) return true;
  return form === 'integer' && (forms.includes('decimal') || forms.includes('mixed'));
}

function plainTexts(text: PlainText | undefined): string[] {
  if (text === undefined) return [];
  return (typeof text === 'string' ? [text] : Object.values(text)).map((u) => u.trim()).filter((u) => u !== '');
}

/** `12 cm` → `12` and `$5` → `5` when the spec's unit is `cm` or `$`: the unit is not the answer. */
function withoutUnit(response: string, unit: PlainText | undefined): string {
  const text = response.trim();
  const lower = text.toLowerCase();
  for (const u of plainTexts(unit)) {
    const l = u.toLowerCase();
    if (lower.length > l.length && lower.endsWith(l)) return text.slice(0, -u.length);
    if (lower.length > l.length && lower.startsWith(l)) return text.slice(u.length);
  }
  return text;
}

export type NumericReading =
  | { readonly ok: true; readonly number: StudentNumber }
  | { readonly ok: false; readonly problem: NumberProblem };

/** Reads a response to a numeric spec (unit stripped, student's locale). */
export function readNumericResponse(spec: NumericAnswer, response: string, locale?: string): NumericReading {
  // Refuse a huge response before the unit is looked for in it.
  if (response.length > 2 * MAX_NUMBER_LENGTH) return { ok: false, problem: 'too-long' };
  return readStudentNumber(withoutUnit(response, spec.unit), locale);
}

export function interpretation(number: StudentNumber): NumericInterpretation {
  return { value: toNumber(number.exact), exact: toText(number.exact), form: number.form };
}

/**
 * Compares a read response with a key. When the key was written as a percent and the response
 * has no `%`, a bare `75` is read as `75%` if that (and not `75` itself) is the key's value.
 */
export function valueMatch(spec: NumericAnswer, key: NumericKey, number: StudentNumber): StudentNumber | undefined {
  if (withinTolerance(spec, key.exact, number.exact)) return number;
  if (key.percent && (number.form === 'integer' || number.form === 'decimal')) {
    const asPercent = rational(number.exact.n, number.exact.d * 100n) as Rational;
    if (withinTolerance(spec, key.exact, asPercent)) return { exact: asPercent, form: 'percent', simplest: true };
  }
  return undefined;
}

export interface NumericCheckOptions {
  readonly locale?: string;
}

/** Checks a student's response to a numeric answer; see the module comment for the order. */
export function checkNumeric(spec: NumericAnswer, response: string, options: NumericCheckOptions = {}): CheckResult {
  const key = numericKey(spec);
  if (!key) return { verdict: 'ungraded', reason: 'numeric/bad-spec' };
  const read = readNumericResponse(spec, response, options.locale);
  if (!read.ok) return { verdict: 'unreadable', reason: `numeric/${read.problem}` };
  const matched = valueMatch(spec, key, read.number);
  if (!matched) return { verdict: 'incorrect', reason: 'numeric/not-equal', interpreted: interpretation(read.number) };
  const interpreted = interpretation(matched);
  if (!formAccepted(spec.forms, matched.form))
    return { verdict: 'wrong-form', reason: 'numeric/wrong-form', interpreted };
  if (!matched.simplest && spec.simplest === 'required') {
    return { verdict: 'needs-simplifying', reason: 'numeric/not-simplest', interpreted };
  }
  if (!matched.simplest && spec.simplest === 'enforced') {
    return { verdict: 'incorrect', reason: 'numeric/not-simplest', interpreted };
  }
  return { verdict: 'correct', reason: 'numeric/equal', interpreted };
}
