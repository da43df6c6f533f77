/**
 * Matching a response to a problem's common wrong answers, with the same readers as the
 * checker, so a wrong answer matches everything a student could write for it:
 *
 * - numeric: equal VALUE, within the answer's tolerance, in the student's locale — wrong answer
 *   `2/5` matches `2/5`, `4/10`, `0.4`, `40%`. A wrong answer whose value is the CORRECT value
 *   (it exists for its form: `0.5` when a fraction is asked, `2/4` when simplest form is) also
 *   needs the same form, so `0.5` and `50%` get their own feedback;
 * - choice: the same set of option ids, in any order;
 * - text: equal after the answer's normalisation (case, accents, spaces);
 * - expression: equivalent at the sample points, whatever the form (`2x+6` matches `6+2x`).
 */
import type { AnswerSpec, NumericAnswer, WrongAnswer } from '../format/schema.js';
import { readChoice, sameIds } from './choice.js';
import type { ExpressionCheckOptions, ExpressionEngine } from './expression.js';
import { numericKey, readNumericResponse, valueMatch, withinTolerance } from './numeric.js';
import { normalizeText, readText } from './text.js';

export interface MatchOptions extends ExpressionCheckOptions {
  readonly expressions?: ExpressionEngine | undefined;
}

function matchesNumeric(answer: NumericAnswer, match: string, response: string, options: MatchOptions): boolean {
  const wrongKey = numericKey({ ...answer, value: match });
  const read = readNumericResponse(answer, response, options.locale);
  if (!wrongKey || !read.ok) return false;
  const matched = valueMatch(answer, wrongKey, read.number);
  if (!matched) return false;
  const correct = numericKey(answer);
  const sameAsCorrect = correct !== undefined && withinTolerance(answer, correct.exact, wrongKey.exact);
  return !sameAsCorrect || matched.form === wrongKey.form;
}

/** Whether `response` is the common wrong answer `wrong` of `answer`. */
export function matchesWrongAnswer(
  answer: AnswerSpec,
  wrong: WrongAnswer,
  response: string | readonly string[],
  options: MatchOptions = {},
): boolean {
  if (answer.kind === 'choice') {
    const read = readChoice(answer, response);
    return read.ok && sameIds(read.selected, typeof wrong.match === 'string' ? [wrong.match] : wrong.match);
  }
  if (typeof wrong.match !== 'string' || typeof response !== 'string') return false;
  switch (answer.kind) {
    case 'numeric':
      return matchesNumeric(answer, wrong.match, response, options);
    case 'text': {
      const read = readText(answer, response);
      return read.ok && normalizeText(wrong.match, answer.caseSensitive === true) === read.text;
    }
    case 'expression': {
      const { expressions, ...rest } = options;
      return expressions?.equivalent(answer, response, wrong.match, rest) ?? false;
    }
    case 'open':
      return false;
  }
}
