/**
 * Where a builder was called, so that a build error can point at the author's line rather than
 * at a JSON Pointer into generated output. Under tsx (and Node with source maps) the stack
 * already shows TypeScript lines.
 */
import { fileURLToPath } from 'node:url';

/** A position in an author's source file; line and column are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

// `at fn (file:///a/b.ts:3:7)`, `at file:///a/b.ts:3:7`, `at /a/b c.ts:3:7`, `at async fn (…)`.
const NAMED_FRAME = /\((.+):(\d+):(\d+)\)\s*$/;
const BARE_FRAME = /^\s*at (?:async )?(.+):(\d+):(\d+)\s*$/;

/** Reads the first frame of a V8 stack trace (the line after the message). */
export function parseFrame(stack: string | undefined): SourceLocation | undefined {
  const frame = stack?.split('\n').find((line) => line.trimStart().startsWith('at '));
  const match = frame ? (NAMED_FRAME.exec(frame) ?? BARE_FRAME.exec(frame)) : null;
  if (!match) return undefined;
  const [, where = '', line = '0', column = '0'] = match;
  let file = where;
  if (where.startsWith('file://')) {
    try {
      file = fileURLToPath(where);
    } catch {
      // keep the URL as written: a location is a courtesy
    }
  }
  return { file, line: Number(line), column: Number(column) };
}

/**
 * The location of the code that called `builder`. `Error.captureStackTrace` drops the builder's
 * own frame and everything above it, so the first frame left is the author's call.
 */
export function callSite(builder: (...args: never[]) => unknown): SourceLocation | undefined {
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, builder);
  return parseFrame(holder.stack);
}

/** `file:line:column`, as editors and terminals link it. */
export function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}
