/**
 * Checks a text answer against the accepted strings, after normalising both sides the same way.
 *
 * Always: Unicode NFC, surrounding spaces trimmed, inner runs of spaces collapsed to one.
 * Unless `caseSensitive` (which means "compare exactly as written", e.g. a variable name):
 * - letter case is ignored (`toLowerCase`, not the runtime's locale, so every tier agrees);
 * - accents and other diacritics are ignored: young students often omit them when typing, so
 *   "denominador comun" is "denominador común" (and "ano" is "año": the tilde is folded too;
 *   no math vocabulary hangs on it);
 * - curly quotes and apostrophes count as straight ones (tablets type `’`);
 * - one trailing `.` or `!` is ignored ("Numerator." is "numerator").
 *
 * Which accepted strings: a plain list applies to every locale. With a locale map, the lists
 * for `options.locale` (exact tag, else its language: `es-MX` uses `es`); when the map has no
 * list for that locale, or no locale is given, the lists of ALL locales.
 */
import type { TextAnswer } from '../format/schema.js';
import type { CheckResult } from './verdict.js';

/** How a text response was read: normalised as it was compared. */
export interface TextInterpretation {
  readonly text: string;
}

/** Longer than any accepted string can be (the schema caps them at 200). */
const MAX_TEXT_LENGTH = 1000;

export function normalizeText(text: string, caseSensitive: boolean): string {
  const spaced = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (caseSensitive) return spaced;
  return spaced
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s*[.!]$/, '')
    .normalize('NFC');
}

function language(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The accepted strings for a locale; see the module comment. */
export function acceptedTexts(spec: TextAnswer, locale?: string): readonly string[] {
  if (Array.isArray(spec.accept)) return spec.accept;
  const map = spec.accept as Readonly<Record<string, readonly string[]>>;
  const entries = Object.entries(map);
  if (locale !== undefined) {
    const wanted = locale.toLowerCase();
    const exact = entries.find(([tag]) => tag.toLowerCase() === wanted);
    if (exact) return exact[1];
    const sameLanguage = entries.filter(([tag]) => language(tag) === language(locale));
    if (sameLanguage.length > 0) return sameLanguage.flatMap(([, list]) => list);
  }
  return entries.flatMap(([, list]) => list);
}

export type TextReading =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string };

export function readText(spec: TextAnswer, response: string): TextReading {
  if (response.length > MAX_TEXT_LENGTH) return { ok: false, reason: 'text/too-long' };
  const text = normalizeText(response, spec.caseSensitive === true);
  return text === '' ? { ok: false, reason: 'text/empty' } : { ok: true, text };
}

export interface TextCheckOptions {
  readonly locale?: string;
}

export function checkText(spec: TextAnswer, response: string, options: TextCheckOptions = {}): CheckResult {
  const read = readText(spec, response);
  if (!read.ok) return { verdict: 'unreadable', reason: read.reason };
  const caseSensitive = spec.caseSensitive === true;
  const interpreted: TextInterpretation = { text: read.text };
  const accepted = acceptedTexts(spec, options.locale).some((a) => normalizeText(a, caseSensitive) === read.text);
  return accepted
    ? { verdict: 'correct', reason: 'text/equal', interpreted }
    : { verdict: 'incorrect', reason: 'text/not-equal', interpreted };
}
