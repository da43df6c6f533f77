/**
 * The public answer-checking API: one synchronous function per question, returning an
 * explainable `CheckResult` (verdict, stable reason code, how the response was read).
 *
 * Verdicts, in the order they are decided:
 * `unreadable` (could not read it: ask again, it is not a wrong answer) → `incorrect` →
 * `wrong-form` (right value, not the form asked for) → `needs-simplifying` (right value, simplify
 * it) → `correct`. `ungraded` when nothing can be concluded (open answers, an expression engine
 * not loaded yet, an expression undefined at almost every sample point, a broken answer spec).
 */
import type { AnswerSpec, WrongAnswer } from '../format/schema.js';
import { checkChoice } from './choice.js';
import { checkExpression, type ExpressionEngine } from './expression.js';
import { checkNumeric } from './numeric.js';
import { checkOpen } from './open.js';
import { checkText } from './text.js';
import type { CheckResult } from './verdict.js';
import { matchesWrongAnswer } from './wrong-answers.js';

export type { ChoiceInterpretation } from './choice.js';
export {
  type ExpressionEngine,
  type ExpressionInterpretation,
  loadExpressionEngine,
} from './expression.js';
export type { NumericInterpretation } from './numeric.js';
export type { TextInterpretation } from './text.js';
export type { CheckResult, Verdict } from './verdict.js';

export interface CheckOptions {
  /** The student's locale (BCP 47): decides the decimal separator and which text answers apply. */
  readonly locale?: string;
  /** A loaded expression engine (`await loadExpressionEngine()`); without it expressions are `ungraded`. */
  readonly expressions?: ExpressionEngine;
  /** Seed for expression sample points (default fixed): the same seed always gives the same verdict. */
  readonly seed?: string | number;
}

/** A response is text, or (for choice answers) the chosen option ids. */
export type AnswerResponse = string | readonly string[];

/** The text of a response; a one-element list is what a generic form field may send. */
function asText(response: AnswerResponse): string | undefined {
  return typeof response === 'string' ? response : response.length === 1 ? response[0] : undefined;
}

/** Verdicts after which a common wrong answer is looked for (never after `correct`). */
const MATCHABLE = new Set(['incorrect', 'wrong-form', 'needs-simplifying']);

/** Checks one response against an answer spec. Never throws on any response. */
export function checkResponse(answer: AnswerSpec, response: AnswerResponse, options: CheckOptions = {}): CheckResult {
  if (answer.kind === 'choice') return checkChoice(answer, response);
  if (answer.kind === 'open') return checkOpen(answer);
  const text = asText(response);
  if (text === undefined) return { verdict: 'unreadable', reason: 'response/not-text' };
  switch (answer.kind) {
    case 'numeric':
      return checkNumeric(answer, text, options);
    case 'text':
      return checkText(answer, text, options);
    case 'expression':
      return checkExpression(answer, text, options);
  }
}

/**
 * Checks a response to a problem (or scaffold step) and, when it is not correct, names the
 * first common wrong answer it matches (`wrongAnswer`: index, `misconception`).
 *
 * The verdict is kept as checked: a match explains a verdict, never changes it. A `correct`
 * response is never matched; a `wrong-form` or `needs-simplifying` one IS (a wrong answer such
 * as `2/4` or `2x+6` exists precisely to give that feedback), and stays `wrong-form` or
 * `needs-simplifying`: the value is right, which the student, the tutor's panel and the
 * mastery model must still be told.
 */
export function checkWork(
  work: { readonly answer: AnswerSpec; readonly wrongAnswers?: readonly WrongAnswer[] },
  response: AnswerResponse,
  options: CheckOptions = {},
): CheckResult {
  const result = checkResponse(work.answer, response, options);
  if (!MATCHABLE.has(result.verdict) || !work.wrongAnswers) return result;
  const matchable = work.answer.kind === 'choice' ? response : (asText(response) ?? response);
  const index = work.wrongAnswers.findIndex((w) => matchesWrongAnswer(work.answer, w, matchable, options));
  if (index < 0) return result;
  const misconception = work.wrongAnswers[index]?.misconception;
  return misconception === undefined
    ? { ...result, wrongAnswer: index }
    : { ...result, wrongAnswer: index, misconception };
}
