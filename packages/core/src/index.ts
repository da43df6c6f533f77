/**
 * Tutorkit's pure engine. No DOM, no network, no clock or randomness of its own: everything
 * runs the same in a browser, in Node and in tests.
 *
 * @packageDocumentation
 */

export { type ReadNumber, readNumber } from './answers/numeric-read.js';
export * from './format/index.js';
export {
  parseRichText,
  type RichBlock,
  type RichInline,
  type RichTextProblem,
  type RichTextResult,
} from './rich-text/index.js';
export { allStandards, type Emphasis, findStandard, type Standard } from './standards/ccss.js';
