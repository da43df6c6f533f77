import type MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type { RichTextProblem } from '../tree.js';

const DOLLAR = 0x24;
const BACKSLASH = 0x5c;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Problems found while tokenising are collected in the parser's `env`. */
export interface MathEnv {
  problems: RichTextProblem[];
}

function excerpt(src: string, start: number): string {
  const text = src.slice(start, start + 24);
  return start + 24 < src.length ? `${text}…` : text;
}

/**
 * `$…$` and `$$…$$` TeX, following Pandoc's rule so that prices read naturally inside math-free
 * text only when escaped: the opening `$` must be followed by a non-space, the closing `$` must
 * follow a non-space and must not be followed by a digit. `\$` is a literal dollar sign.
 */
function mathInline(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== DOLLAR) return false;
  const display = src.charCodeAt(start + 1) === DOLLAR;
  const open = display ? 2 : 1;
  const contentStart = start + open;
  if (contentStart >= state.posMax || (!display && isSpace(src.charCodeAt(contentStart)))) return false;

  let end = -1;
  for (let i = contentStart; i < state.posMax; i++) {
    const code = src.charCodeAt(i);
    if (code === BACKSLASH) {
      i++;
      continue;
    }
    if (code !== DOLLAR) continue;
    if (display) {
      if (src.charCodeAt(i + 1) === DOLLAR) {
        end = i;
        break;
      }
      continue;
    }
    if (!isSpace(src.charCodeAt(i - 1)) && !isDigit(src.charCodeAt(i + 1))) {
      end = i;
      break;
    }
  }

  const env = state.env as MathEnv;
  if (end < 0) {
    if (!silent) {
      const price = isDigit(src.charCodeAt(contentStart));
      env.problems.push({
        rule: 'rich-text/unclosed-math',
        message: price
          ? 'a $ before a number reads as the start of math; write \\$ for a dollar sign'
          : `math that starts with ${display ? '$$' : '$'} never closes; close it, or write \\$ for a dollar sign`,
        found: excerpt(src, start),
      });
    }
    return false;
  }
  const tex = src.slice(contentStart, end).trim();
  if (!silent) {
    if (tex === '') {
      env.problems.push({
        rule: 'rich-text/empty-math',
        message: 'math delimiters hold nothing',
        found: excerpt(src, start),
      });
    }
    const token = state.push('math_inline', 'math', 0);
    token.content = tex;
    token.markup = display ? '$$' : '$';
  }
  state.pos = end + open;
  return true;
}

export function mathPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('escape', 'math_inline', mathInline);
}
