export { parseRichText } from './parse.js';
export type { RichBlock, RichInline, RichTextProblem, RichTextResult } from './tree.js';
