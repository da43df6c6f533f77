import type { NumericForm } from '../format/schema.js';

/** A number read from text, with the form it was written in. */
export interface ReadNumber {
  readonly value: number;
  readonly form: NumericForm;
}

const MINUS = /^[-\u2212\u2012\u2013]/;
const INTEGER = /^\d{1,3}(?:,\d{3})+$|^\d+$/;
const DECIMAL = /^(?:\d{1,3}(?:,\d{3})+|\d*)\.\d+$/;
const FRACTION = /^(\d+)\s*\/\s*(\d+)$/;
const MIXED = /^(\d+)\s+(\d+)\s*\/\s*(\d+)$/;

function unsigned(text: string): ReadNumber | undefined {
  if (INTEGER.test(text)) return { value: Number(text.replaceAll(',', '')), form: 'integer' };
  if (DECIMAL.test(text)) return { value: Number(text.replaceAll(',', '')), form: 'decimal' };
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const denominator = Number(fraction[2]);
    return denominator === 0 ? undefined : { value: Number(fraction[1]) / denominator, form: 'fraction' };
  }
  const mixed = MIXED.exec(text);
  if (mixed) {
    const denominator = Number(mixed[3]);
    if (denominator === 0) return undefined;
    return { value: Number(mixed[1]) + Number(mixed[2]) / denominator, form: 'mixed' };
  }
  if (text.endsWith('%')) {
    const inner = unsigned(text.slice(0, -1).trimEnd());
    if (inner && inner.form !== 'percent' && inner.form !== 'mixed')
      return { value: inner.value / 100, form: 'percent' };
  }
  return undefined;
}

/**
 * Reads a number written the way packs write values: `12`, `1,200`, `-0.5`, `5/6`, `1 1/2`,
 * `50%`, with an ASCII or Unicode minus. Returns `undefined` for anything else. (Student input,
 * with locales and decimal commas, goes through the answer checker instead.)
 */
export function readNumber(input: string | number): ReadNumber | undefined {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return undefined;
    return { value: input, form: Number.isInteger(input) ? 'integer' : 'decimal' };
  }
  let text = input.trim();
  let sign = 1;
  if (MINUS.test(text)) {
    sign = -1;
    text = text.slice(1).trimStart();
  }
  const read = unsigned(text);
  return read && { value: sign * read.value, form: read.form };
}

/** Equal within floating-point noise: `1/3` and `0.333…` computed two ways agree. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
