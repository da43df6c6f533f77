/**
 * The inline part of rich text: TeX between `$…$` / `$$…$$`, backslash escapes, code spans,
 * `*`/`_` emphasis (CommonMark's delimiter rules), line breaks — and raw HTML, which is only
 * recognised so that it can be refused. Everything else is literal text.
 */
import { HTML_INLINE } from './html.js';
import { scanMath } from './math.js';
import type { RichInline, RichTextProblem } from './tree.js';

/** A run of `*` or `_` not yet matched; leftovers become literal text. */
interface Delimiter {
  readonly type: 'delimiter';
  readonly char: '*' | '_';
  /** Length of the run as written (CommonMark's "rule of 3" looks at it). */
  readonly length: number;
  count: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
}

type Item = RichInline | Delimiter;

/** Characters at which an inline rule may start. */
const SPECIAL = new Set(['$', '\\', '`', '<', '\n', '*', '_']);

const ESCAPABLE = '\\!"#$%&\'()*+,./:;<=>?@[]^_`{|}~-';
const PUNCTUATION = /[\p{P}\p{S}]/u;

function isWhitespace(ch: string): boolean {
  if (ch === '') return true; // the start and the end of the text count as whitespace
  const code = ch.charCodeAt(0);
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

const isPunctuation = (ch: string) => ch !== '' && PUNCTUATION.test(ch);

/** The code point before `pos` and the one at `pos`, as strings ('' at the ends). */
function charBefore(src: string, pos: number): string {
  if (pos === 0) return '';
  const code = src.codePointAt(pos - 1) ?? 0;
  if (code >= 0xdc00 && code <= 0xdfff && pos >= 2) return String.fromCodePoint(src.codePointAt(pos - 2) ?? 0xfffd);
  return String.fromCodePoint(code);
}

function charAt(src: string, pos: number): string {
  return pos < src.length ? String.fromCodePoint(src.codePointAt(pos) ?? 0xfffd) : '';
}

function delimiterRun(src: string, start: number): Delimiter {
  const char = src[start] as '*' | '_';
  let end = start;
  while (src[end] === char) end++;
  const before = charBefore(src, start);
  const after = charAt(src, end);
  const leftFlanking = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
  const rightFlanking =
    !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
  // `_` may not open or close inside a word: snake_case_names stay as written.
  const canOpen = char === '*' ? leftFlanking : leftFlanking && (!rightFlanking || isPunctuation(before));
  const canClose = char === '*' ? rightFlanking : rightFlanking && (!leftFlanking || isPunctuation(after));
  return { type: 'delimiter', char, length: end - start, count: end - start, canOpen, canClose };
}

function pushText(out: Item[], value: string): void {
  if (!value) return;
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + value };
  else out.push({ type: 'text', value });
}

/** Literal text for leftover delimiters, with neighbouring texts merged. */
function settle(items: readonly Item[]): RichInline[] {
  const out: Item[] = [];
  for (const item of items) {
    if (item.type === 'delimiter') pushText(out, item.char.repeat(item.count));
    else if (item.type === 'text') pushText(out, item.value);
    else out.push(item);
  }
  return out as RichInline[];
}

/** CommonMark's "process emphasis": match closers with the nearest eligible opener. */
function resolveEmphasis(items: Item[]): RichInline[] {
  const stack = items.filter((i): i is Delimiter => i.type === 'delimiter');
  let current = 0;
  while (current < stack.length) {
    const closer = stack[current] as Delimiter;
    if (!closer.canClose) {
      current++;
      continue;
    }
    let found = -1;
    for (let j = current - 1; j >= 0; j--) {
      const opener = stack[j] as Delimiter;
      if (opener.char !== closer.char || !opener.canOpen) continue;
      const oddMatch =
        (opener.canClose || closer.canOpen) &&
        (opener.length + closer.length) % 3 === 0 &&
        !(opener.length % 3 === 0 && closer.length % 3 === 0);
      if (!oddMatch) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      if (!closer.canOpen) stack.splice(current, 1);
      else current++;
      continue;
    }
    const opener = stack[found] as Delimiter;
    const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    const from = items.indexOf(opener);
    const to = items.indexOf(closer);
    const children = settle(items.slice(from + 1, to));
    items.splice(from + 1, to - from - 1, { type: use === 2 ? 'strong' : 'emphasis', children });
    stack.splice(found + 1, current - found - 1);
    current = found + 1;
    opener.count -= use;
    closer.count -= use;
    if (opener.count === 0) {
      items.splice(items.indexOf(opener), 1);
      stack.splice(found, 1);
      current--;
    }
    if (closer.count === 0) {
      items.splice(items.indexOf(closer), 1);
      stack.splice(current, 1);
    }
  }
  return settle(items);
}

function htmlProblem(content: string): RichTextProblem {
  const found = content.trim().slice(0, 40);
  return {
    rule: 'rich-text/raw-html',
    message: `raw HTML is not allowed (found ${JSON.stringify(found)}); use Markdown such as **bold** or *italic*`,
    found,
  };
}

export { htmlProblem };

/** Drops trailing spaces from the text just before a line break; reports whether there were two or more. */
function trimBeforeBreak(items: Item[]): boolean {
  const last = items[items.length - 1];
  if (last?.type !== 'text') return false;
  const trimmed = last.value.replace(/ +$/, '');
  const spaces = last.value.length - trimmed.length;
  if (trimmed) items[items.length - 1] = { type: 'text', value: trimmed };
  else items.pop();
  return spaces >= 2;
}

function skipSpaces(src: string, pos: number): number {
  while (src[pos] === ' ' || src[pos] === '\t') pos++;
  return pos;
}

/** Parses the inline content of one paragraph (lines joined with `\n`, already trimmed). */
export function parseInline(src: string, problems: RichTextProblem[]): RichInline[] {
  const items: Item[] = [];
  let pos = 0;
  while (pos < src.length) {
    const ch = src[pos] as string;
    if (ch === '$') {
      const math = scanMath(src, pos, problems);
      if (math) {
        items.push({ type: 'math', tex: math.tex, display: math.display });
        pos = math.end;
        continue;
      }
    } else if (ch === '\\') {
      const next = src[pos + 1];
      if (next === '\n') {
        items.push({ type: 'break' });
        pos = skipSpaces(src, pos + 2);
        continue;
      }
      if (next !== undefined && ESCAPABLE.includes(next)) {
        pushText(items, next);
        pos += 2;
        continue;
      }
    } else if (ch === '`') {
      let end = pos;
      while (src[end] === '`') end++;
      const run = end - pos;
      let close = -1;
      for (let search = src.indexOf('`', end); search >= 0; ) {
        let runEnd = search;
        while (src[runEnd] === '`') runEnd++;
        if (runEnd - search === run) {
          close = search;
          break;
        }
        search = src.indexOf('`', runEnd);
      }
      if (close >= 0) {
        const value = src
          .slice(end, close)
          .replace(/\n/g, ' ')
          .replace(/^ (.+) $/, '$1');
        items.push({ type: 'code', value });
        pos = close + run;
      } else {
        pushText(items, src.slice(pos, end));
        pos = end;
      }
      continue;
    } else if (ch === '<') {
      const html = HTML_INLINE.exec(src.slice(pos));
      if (html) {
        problems.push(htmlProblem(html[0]));
        pos += html[0].length;
        continue;
      }
    } else if (ch === '\n') {
      items.push(trimBeforeBreak(items) ? { type: 'break' } : { type: 'text', value: ' ' });
      if (items[items.length - 1]?.type === 'text') {
        // A soft break reads as a space: merge it with the text around it.
        const space = items.pop() as { value: string };
        pushText(items, space.value);
      }
      pos = skipSpaces(src, pos + 1);
      continue;
    } else if (ch === '*' || ch === '_') {
      const run = delimiterRun(src, pos);
      items.push(run);
      pos += run.length;
      continue;
    }
    // Plain text up to the next character that may start something: pushed as one run.
    let end = pos + 1;
    while (end < src.length && !SPECIAL.has(src[end] as string)) end++;
    pushText(items, src.slice(pos, end));
    pos = end;
  }
  return resolveEmphasis(items);
}
