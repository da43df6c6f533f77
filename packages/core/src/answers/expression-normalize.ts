/**
 * Rewrites what students type, and what MathLive's `getValue('ascii-math')` emits, into the
 * ASCII syntax the parser reads. MathLive writes `\cdot` and `\times` as ` * `, `\div` as
 * AsciiMath's ` -: `, fractions as `(a)/(b)`, roots as `sqrt(x)`, `\left| x \right|` as `|x|`,
 * `\lbrack`… as brackets and `.` delimiters as `{:` `:}`; students type `×`, `÷`, `⋅`, `·`,
 * `−`, `²`, `π`, `√`, `½`, `[ ]` and, in decimal-comma locales, `0,5x`.
 *
 * Only spelling changes here; what is ALLOWED is decided on the parsed tree
 * (`expression-tree.ts`), so nothing in this file is a security boundary.
 */
import { VULGAR_FRACTIONS } from './unicode-fractions.js';

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
};

const VULGAR = VULGAR_FRACTIONS;
const VULGAR_CHARS = new RegExp(`[${Object.keys(VULGAR).join('')}]`, 'g');

/** Characters after which a `|` opens an absolute value rather than closing one. */
const OPENS_AFTER = new Set(['', '(', '+', '-', '*', '/', '^']);

/**
 * `|x - 3|` → `abs(x - 3)`. A bar opens when an operand is expected (start, after an operator
 * or an opening parenthesis) or when none is open; otherwise it closes the innermost one.
 * Unbalanced bars are left alone: the parser then refuses them.
 */
function absoluteBars(text: string): string {
  if (!text.includes('|')) return text;
  let out = '';
  let open = 0;
  let previous = '';
  for (const c of text) {
    if (c === '|') {
      if (open === 0 || OPENS_AFTER.has(previous)) {
        out += 'abs(';
        open++;
        previous = '(';
      } else {
        out += ')';
        open--;
        previous = ')';
      }
      continue;
    }
    out += c;
    if (c !== ' ') previous = c;
  }
  return open === 0 ? out : text;
}

/** `√x` → `sqrt(x)`, `√25` → `sqrt(25)`, `√(x+1)` → `sqrt(x+1)`. */
function radicals(text: string): string {
  return text.replace(/√\s*(\d+(?:\.\d+)?|[A-Za-z])/g, 'sqrt($1)').replace(/√\s*/g, 'sqrt');
}

/** Rewrites a response into the parser's ASCII syntax (see the module comment). */
export function normalizeExpression(text: string, decimalComma: boolean): string {
  let s = text
    .replace(/⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (m) => `^(${[...m].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('')})`)
    .replace(VULGAR_CHARS, (c) => `(${VULGAR[c] ?? c})`)
    .normalize('NFKC')
    .replace(/\\(?:cdot|times|ast)\b/g, '*')
    .replace(/\\div\b/g, '/')
    .replace(/\\pi\b/g, ' pi ')
    .replace(/\\(?:left|right)\b/g, '')
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/[×⋅·∙✕✖]/g, '*')
    .replace(/-:/g, '/')
    .replace(/[÷∕⁄]/g, '/')
    .replace(/[\u2212\u2010\u2011\u2012\u2013\u2014\ufe63]/g, '-')
    .replace(/π/g, ' pi ')
    .replace(/\{:|\[|\{/g, '(')
    .replace(/:\}|\]|\}/g, ')')
    .replace(/\s+/g, ' ');
  s = radicals(s);
  s = absoluteBars(s);
  // `0x`, `0b`, `0o` would be read as hexadecimal, binary or octal literals: a student means 0·x.
  s = s.replace(/(^|[^\w.])0([xbo])/gi, '$1 0 $2');
  if (decimalComma) s = s.replace(/(\d),(\d)/g, '$1.$2');
  return s.trim();
}
