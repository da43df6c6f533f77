/**
 * Where things are in JSON text: syntax errors, duplicate keys and the line and column of a
 * JSON Pointer. Only used when a pack arrives as text, and positions are computed only when
 * there is something to report, so valid packs pay for `JSON.parse` alone.
 */
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode, visit } from 'jsonc-parser';
import { escapePointerToken, type IssueList, type PackIssue, pointerTokens } from './issues.js';

/** Plain words for jsonc-parser's error names (its codes are an ambient const enum). */
const SYNTAX_WORDS: Record<string, string> = {
  InvalidSymbol: 'a character that JSON does not allow here',
  InvalidNumberFormat: 'a badly written number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected after the property name',
  CommaExpected: 'a comma was expected between items',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the text goes on after the JSON document ends',
  InvalidCommentToken: 'JSON does not allow comments',
  UnexpectedEndOfComment: 'a comment never ends',
  UnexpectedEndOfString: 'a string never ends (missing closing ")',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a bad \\u escape',
  InvalidEscapeCharacter: 'a bad backslash escape in a string',
  InvalidCharacter: 'a control character inside a string (write \\n for a new line)',
};

/** Maps offsets in a text to 1-based lines and columns. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] as number) + 1 };
  }
}

/** Reports why `text` is not JSON, with positions. Call only after `JSON.parse` failed. */
export function reportSyntaxErrors(text: string, out: IssueList): void {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const lines = new LineIndex(text);
  if (errors.length === 0) {
    // jsonc-parser is more lenient than JSON.parse in a few corners (e.g. lone surrogates).
    out.error('', 'json/syntax', 'the text is not valid JSON');
    return;
  }
  for (const error of errors.slice(0, 5)) {
    const found = text.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 20)));
    out.add({
      severity: 'error',
      pointer: '',
      rule: 'json/syntax',
      message: `not valid JSON: ${SYNTAX_WORDS[printParseErrorCode(error.error)] ?? printParseErrorCode(error.error)}`,
      found: found === '' ? 'the end of the text' : JSON.stringify(found),
      ...lines.position(error.offset),
    });
  }
}

/** JSON.parse silently keeps the last of two equal keys; an author would lose the first. */
export function reportDuplicateKeys(text: string, out: IssueList): void {
  try {
    scanForDuplicateKeys(text, out);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // jsonc-parser recurses per nesting level; no pack is nested this deeply.
    out.error('', 'json/too-deep', 'the JSON is nested too deeply to check');
  }
}

function scanForDuplicateKeys(text: string, out: IssueList): void {
  const stack: Set<string>[] = [];
  visit(text, {
    onObjectBegin: () => {
      stack.push(new Set());
    },
    onObjectEnd: () => {
      stack.pop();
    },
    onObjectProperty: (property, _offset, _length, startLine, startCharacter, pathSupplier) => {
      const keys = stack[stack.length - 1];
      if (!keys) return;
      if (keys.has(property)) {
        const pointer = [...pathSupplier(), property].map((t) => `/${escapePointerToken(t)}`).join('');
        out.add({
          severity: 'error',
          pointer,
          rule: 'json/duplicate-key',
          message: `property "${property}" appears twice in the same object; the first one would be lost`,
          found: JSON.stringify(property),
          line: startLine + 1,
          column: startCharacter + 1,
        });
      }
      keys.add(property);
    },
  });
}

/** Adds line and column to issues that lack them, pointing at the nearest existing node. */
export function locateIssues(text: string, issues: readonly PackIssue[]): PackIssue[] {
  if (issues.every((i) => i.line !== undefined)) return [...issues];
  const root = parseTree(text);
  const lines = new LineIndex(text);
  return issues.map((issue) => {
    if (issue.line !== undefined || !root) return issue;
    const path: (string | number)[] = [];
    let node: Node | undefined = root;
    for (const token of pointerTokens(issue.pointer)) {
      const next: (string | number)[] = [...path, /^\d+$/.test(token) ? Number(token) : token];
      const child = findNodeAtLocation(root, next);
      if (!child) break;
      path.push(next[next.length - 1] as string | number);
      node = child;
    }
    // A property's value is reported at its key, where an author's eye goes first.
    const at = node?.parent?.type === 'property' ? node.parent : node;
    return { ...issue, ...lines.position(at?.offset ?? 0) };
  });
}
