/**
 * Tutorkit's pure engine. No DOM, no network, no clock or randomness of its own: everything
 * runs the same in a browser, in Node and in tests. Time and seeds are passed in; everything a
 * student or tutor sees is a projection (a pure fold) of events.
 *
 * @packageDocumentation
 */

export {
  type AnswerResponse,
  type CheckOptions,
  type CheckResult,
  type ChoiceInterpretation,
  checkResponse,
  checkWork,
  type ExpressionEngine,
  type ExpressionInterpretation,
  loadExpressionEngine,
  type NumericInterpretation,
  type TextInterpretation,
  type Verdict,
} from './answers/check.js';
export type { ExpressionCheckOptions } from './answers/expression.js';
export { usesDecimalComma } from './answers/number-locale.js';
export {
  type NumberProblem,
  type NumberReading,
  readStudentNumber,
  type StudentNumber,
} from './answers/numeric-input.js';
export { type ReadNumber, readNumber } from './answers/numeric-read.js';
export type { Rational } from './answers/rational.js';
export * from './events/types.js';
export { checkEvent, EVENT_TYPES, type EventCheck } from './events/validate.js';
export * from './exports/index.js';
export * from './format/index.js';
export * from './group/index.js';
export * from './mastery/index.js';
export { type RandomSource, seededRandom } from './random/seeded.js';
export {
  parseRichText,
  type RichBlock,
  type RichInline,
  type RichTextProblem,
  type RichTextResult,
} from './rich-text/index.js';
export * from './session/index.js';
export { allStandards, type Emphasis, findStandard, type Standard } from './standards/ccss.js';
