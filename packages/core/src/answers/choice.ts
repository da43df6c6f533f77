/**
 * Checks a choice answer by sets of option ids: order does not matter and a repeated id counts
 * once. A single-select answer needs exactly one id; an id the question does not have means
 * the response did not come from this question's options (`unreadable`), never a wrong answer.
 */
import type { ChoiceAnswer } from '../format/schema.js';
import type { CheckResult } from './verdict.js';

/** How a choice response was read: the chosen ids, in the order of the question's options. */
export interface ChoiceInterpretation {
  readonly selected: readonly string[];
}

export type ChoiceReading =
  | { readonly ok: true; readonly selected: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** More ids than any question has options (the schema allows 10): refuse before any work. */
const MAX_IDS = 50;

/** Reads a response into the set of chosen option ids, in option order. */
export function readChoice(spec: ChoiceAnswer, response: string | readonly string[]): ChoiceReading {
  const ids = typeof response === 'string' ? [response] : response;
  if (ids.length > MAX_IDS) return { ok: false, reason: 'choice/too-many' };
  const chosen = new Set(ids.map((id) => id.trim()).filter((id) => id !== ''));
  if (chosen.size === 0) return { ok: false, reason: 'choice/empty' };
  const known = new Set(spec.options.map((o) => o.id));
  for (const id of chosen) if (!known.has(id)) return { ok: false, reason: 'choice/unknown-option' };
  if (spec.select === 'single' && chosen.size !== 1) return { ok: false, reason: 'choice/one-expected' };
  return { ok: true, selected: spec.options.map((o) => o.id).filter((id) => chosen.has(id)) };
}

/** Set equality, ignoring order and repeats. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

export function checkChoice(spec: ChoiceAnswer, response: string | readonly string[]): CheckResult {
  const read = readChoice(spec, response);
  if (!read.ok) return { verdict: 'unreadable', reason: read.reason };
  const interpreted: ChoiceInterpretation = { selected: read.selected };
  return sameIds(read.selected, spec.correct)
    ? { verdict: 'correct', reason: 'choice/equal', interpreted }
    : { verdict: 'incorrect', reason: 'choice/not-equal', interpreted };
}
