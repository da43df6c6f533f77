/**
 * The block part of rich text: paragraphs separated by blank lines, bullet and ordered lists
 * (nested by indentation), display math on its own, and raw HTML blocks, found only to be refused.
 * Headings, quotes, code blocks, tables and links are not part of the subset: they stay text.
 */
import { HTML_BLOCK_START, HTML_BLOCK_TAG_LINE } from './html.js';
import { htmlProblem, parseInline } from './inline.js';
import type { RichBlock, RichTextProblem } from './tree.js';

const LIST_MARKER = /^( {0,3})([-+*]|(\d{1,9})([.)]))( +|$)/;

interface Marker {
  readonly ordered: boolean;
  /** `-`, `+`, `*`, `.` or `)`: a list goes on only with the same one. */
  readonly symbol: string;
  readonly start: number;
  /** Column where the item's content starts. */
  readonly contentColumn: number;
  /** The rest of the first line. */
  readonly first: string;
}

const isBlank = (line: string) => line.trim() === '';

/** Columns of a line's indentation (a tab goes to the next tab stop of 4). */
function indentOf(line: string, offset: number): number {
  let column = offset;
  for (const ch of line) {
    if (ch === ' ') column++;
    else if (ch === '\t') column += 4 - (column % 4);
    else break;
  }
  return column - offset;
}

/**
 * Tabs in a line's structure (its indentation, and the gaps after list markers at its start)
 * as spaces, counted from `column`, the line's absolute starting column: nested items measure
 * their indentation in columns, and a tab's width depends on where it starts.
 */
function expandStructure(text: string, column: number): string {
  let out = '';
  let i = 0;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t') {
      const width = text[i] === '\t' ? 4 - (column % 4) : 1;
      out += ' '.repeat(width);
      column += width;
      i++;
    }
    const marker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t])/.exec(text.slice(i));
    if (!marker) return out + text.slice(i);
    out += marker[0];
    column += marker[0].length;
    i += marker[0].length;
  }
}

/** The line without its first `columns` columns of indentation; a tab cut in two leaves spaces. */
function stripColumns(line: string, columns: number, offset: number): string {
  let column = offset;
  let i = 0;
  while (i < line.length && column - offset < columns) {
    const ch = line[i];
    if (ch === ' ') column++;
    else if (ch === '\t') column += 4 - (column % 4);
    else break;
    i++;
  }
  return ' '.repeat(Math.max(0, column - offset - columns)) + line.slice(i);
}

/** The first character after the line's indentation. */
const firstChar = (line: string) => line.trimStart()[0] ?? '';
const mayStartList = (line: string) => '-+*0123456789'.includes(firstChar(line)) && firstChar(line) !== '';
const mayBeHtml = (line: string) => firstChar(line) === '<';
const htmlBlockStart = (line: string) => mayBeHtml(line) && HTML_BLOCK_START.test(line);

function listMarker(raw: string, offset = 0): Marker | undefined {
  if (!mayStartList(raw)) return undefined;
  const line = expandStructure(raw, offset);
  const m = LIST_MARKER.exec(line);
  if (!m) return undefined;
  const [all, indent = '', bullet = '', digits, delimiter, spaces = ''] = m;
  const markerEnd = indent.length + bullet.length;
  const rest = line.slice(all.length);
  const width = spaces.length;
  // Five or more columns after the marker: the content starts after one (the rest is indented text).
  const gap = rest === '' || width >= 5 ? 1 : width;
  return {
    ordered: digits !== undefined,
    symbol: delimiter ?? bullet,
    start: digits === undefined ? 1 : Number(digits),
    contentColumn: markerEnd + gap,
    first: width >= 5 ? ' '.repeat(width - 1) + rest : rest,
  };
}

/** HTML blocks of CommonMark's start conditions 1–5 end at a marker; the others at a blank line. */
const HTML_BLOCK_ENDS: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

function htmlBlockEnd(line: string): RegExp | undefined {
  return HTML_BLOCK_ENDS.find(([start]) => start.test(line))?.[1];
}

/** Whether a line may end a paragraph that is going on (a list item or an HTML block). */
function interruptsParagraph(line: string, offset: number): boolean {
  const marker = listMarker(line, offset);
  if (marker && marker.first.trim() !== '' && (!marker.ordered || marker.start === 1)) return true;
  return htmlBlockStart(line);
}

function paragraph(lines: readonly string[], problems: RichTextProblem[]): RichBlock | undefined {
  const children = parseInline(lines.join('\n').trim(), problems);
  const only = children.length === 1 ? children[0] : undefined;
  // A paragraph that is only $$…$$ is display math on its own line.
  if (only?.type === 'math' && only.display) return { type: 'math', tex: only.tex };
  return children.length > 0 ? { type: 'paragraph', children } : undefined;
}

/** Whether the item's lines so far end in an open paragraph, which a lazy (unindented) line may continue. */
function inParagraph(lines: readonly string[], offset: number): boolean {
  let last = parseBlocks(lines, [], offset).at(-1);
  while (last?.type === 'list') last = last.items.at(-1)?.at(-1);
  // Display math is a paragraph too, until it is read as math.
  return last?.type === 'paragraph' || last?.type === 'math';
}

/** The lines of one list item, de-indented, and the index after it. */
function itemLines(
  lines: readonly string[],
  from: number,
  marker: Marker,
  offset: number,
): { lines: string[]; next: number } {
  const inner = offset + marker.contentColumn;
  const out = [marker.first];
  let i = from + 1;
  let lastBlank = marker.first.trim() === '';
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (isBlank(line)) {
      // An item that starts blank ends at the first blank line.
      if (out.length === 1 && out[0]?.trim() === '') break;
      out.push('');
      lastBlank = true;
      continue;
    }
    if (indentOf(line, offset) >= marker.contentColumn) out.push(stripColumns(line, marker.contentColumn, offset));
    else if (!lastBlank && !listMarker(line, offset) && !htmlBlockStart(line) && inParagraph(out, inner))
      out.push(line.trimStart()); // a lazy continuation line
    else break;
    lastBlank = false;
  }
  while (out.length > 1 && isBlank(out[out.length - 1] as string)) out.pop();
  // Give back the trailing blank lines, so the caller sees where the item ended.
  while (i > from + 1 && isBlank(lines[i - 1] as string)) i--;
  return { lines: out, next: i };
}

/** Parses block content: a whole text, or the lines of a list item. */
export function parseBlocks(rawLines: readonly string[], problems: RichTextProblem[], offset = 0): RichBlock[] {
  const lines = rawLines;
  const blocks: RichBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (mayBeHtml(line) && (HTML_BLOCK_START.test(line) || HTML_BLOCK_TAG_LINE.test(line))) {
      const start = i;
      const end = htmlBlockEnd(line);
      if (end) {
        while (i < lines.length && !end.test(lines[i] as string)) i++;
        i = Math.min(i + 1, lines.length);
      } else {
        while (i < lines.length && !isBlank(lines[i] as string)) i++;
      }
      problems.push(htmlProblem(lines.slice(start, i).join('\n')));
      continue;
    }
    const marker = listMarker(line, offset);
    if (marker) {
      const items: RichBlock[][] = [];
      let next: Marker | undefined = marker;
      while (next) {
        const item = itemLines(lines, i, next, offset);
        items.push(parseBlocks(item.lines, problems, offset + next.contentColumn));
        i = item.next;
        // An empty item takes one blank line after it, and its list goes on only if an item follows at once.
        const emptyThenBlank = item.lines.length === 1 && isBlank(item.lines[0] as string) && isBlank(lines[i] ?? 'x');
        if (emptyThenBlank) i++;
        else while (i < lines.length && isBlank(lines[i] as string)) i++;
        const following = i < lines.length ? listMarker(lines[i] as string, offset) : undefined;
        next =
          following && following.ordered === marker.ordered && following.symbol === marker.symbol
            ? following
            : undefined;
        if (!next) {
          // Blank lines before something that is not an item end the list; give them back.
          while (i > 0 && isBlank(lines[i - 1] as string)) i--;
        }
      }
      blocks.push({ type: 'list', ordered: marker.ordered, start: marker.start, items });
      continue;
    }
    const start = i;
    i++;
    while (i < lines.length && !isBlank(lines[i] as string) && !interruptsParagraph(lines[i] as string, offset)) i++;
    const block = paragraph(lines.slice(start, i), problems);
    if (block) blocks.push(block);
  }
  return blocks;
}
