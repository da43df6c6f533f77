/**
 * Rich text: a small Markdown subset with TeX, parsed into a safe tree. The parser is Tutorkit's
 * own (the subset is), small enough for a student's seat; the tests compare it with markdown-it.
 */
import { parseBlocks } from './blocks.js';
import type { RichTextProblem, RichTextResult } from './tree.js';

/** Characters or line starts that could make a string more than one plain paragraph. */
const MARKUP = /[\\`*_<>$\n\r]|^\s*(?:[-+*]|\d{1,9}[.)])(?:\s|$)/;

function unique(problems: readonly RichTextProblem[]): RichTextProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.rule}\u0000${p.found}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether `source` could be refused: every problem the parser reports starts at a `$` (math) or
 * a `<` (raw HTML), so text with neither is well formed without being parsed. Checking a pack
 * uses this to skip parsing its many plain texts.
 */
export function mayHaveRichTextProblems(source: string): boolean {
  return source.includes('$') || source.includes('<');
}

/**
 * Parses rich text into a safe tree. Never throws: raw HTML and unclosed math are reported as
 * problems, and everything else that is not part of the subset stays literal text.
 */
export function parseRichText(source: string): RichTextResult {
  if (!MARKUP.test(source)) {
    const value = source.trim();
    return { ok: true, blocks: value ? [{ type: 'paragraph', children: [{ type: 'text', value }] }] : [] };
  }
  const problems: RichTextProblem[] = [];
  const blocks = parseBlocks(source.replace(/\r\n?/g, '\n').split('\n'), problems);
  return problems.length > 0 ? { ok: false, problems: unique(problems) } : { ok: true, blocks };
}
