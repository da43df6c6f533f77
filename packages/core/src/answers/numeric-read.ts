import type { NumericForm } from '../format/schema.js';
import { readStudentNumber } from './numeric-input.js';
import { toNumber } from './rational.js';

/** A number read from text, with the form it was written in. */
export interface ReadNumber {
  readonly value: number;
  readonly form: NumericForm;
}

/**
 * Reads a number written the way packs write values: `12`, `1,200`, `-0.5`, `5/6`, `1 1/2`,
 * `50%`, with an ASCII or Unicode minus. Returns `undefined` for anything else. Pack values are
 * read with the student reader in English conventions, so a pack and a student's answer are
 * never read two different ways.
 */
export function readNumber(input: string | number): ReadNumber | undefined {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return undefined;
    return { value: input, form: Number.isInteger(input) ? 'integer' : 'decimal' };
  }
  const read = readStudentNumber(input, 'en');
  return read.ok ? { value: toNumber(read.number.exact), form: read.number.form } : undefined;
}
