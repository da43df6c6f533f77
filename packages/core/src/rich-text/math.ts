/**
 * `$…$` and `$$…$$` TeX, following Pandoc's rule so that prices need an escape only where they
 * would be misread: the opening `$` must be followed by a non-space, the closing `$` must follow a
 * non-space and must not be followed by a digit. `\$` inside math stays as written for TeX.
 */
import type { RichTextProblem } from './tree.js';

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

function excerpt(src: string, start: number): string {
  const text = src.slice(start, start + 24);
  return start + 24 < src.length ? `${text}…` : text;
}

/** The math starting at `start` (a `$`), or undefined when it is not math (a problem is recorded when it never closes). */
export function scanMath(
  src: string,
  start: number,
  problems: RichTextProblem[],
): { tex: string; display: boolean; end: number } | undefined {
  const display = src[start + 1] === '$';
  const open = display ? 2 : 1;
  const contentStart = start + open;
  if (contentStart >= src.length || (!display && isSpace(src[contentStart]))) return undefined;
  let end = -1;
  for (let i = contentStart; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch !== '$') continue;
    if (display) {
      if (src[i + 1] === '$') {
        end = i;
        break;
      }
      continue;
    }
    if (!isSpace(src[i - 1]) && !isDigit(src[i + 1])) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    const price = isDigit(src[contentStart]);
    problems.push({
      rule: 'rich-text/unclosed-math',
      message: price
        ? 'a $ before a number reads as the start of math; write \\$ for a dollar sign'
        : `math that starts with ${display ? '$$' : '$'} never closes; close it, or write \\$ for a dollar sign`,
      found: excerpt(src, start),
    });
    return undefined;
  }
  const tex = src.slice(contentStart, end).trim();
  if (tex === '')
    problems.push({
      rule: 'rich-text/empty-math',
      message: 'math delimiters hold nothing',
      found: excerpt(src, start),
    });
  return { tex, display, end: end + open };
}
