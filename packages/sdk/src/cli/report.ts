/** How the CLI prints findings: one line each, grouped by severity, coloured when allowed. */
import { relative } from 'node:path';
import { type Paint, plural } from './io.js';

/** Anything the CLI reports: a validation error, a lint finding, a build failure. */
export interface Finding {
  readonly severity: string;
  readonly rule: string;
  readonly message: string;
  /** JSON Pointer into the pack; `""` is the whole pack. */
  readonly pointer?: string | undefined;
  readonly expected?: string | undefined;
  readonly found?: string | undefined;
  /** The file the location is in: the JSON file, or the author's TypeScript source. */
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  /** Extra context, such as the template, variant and seed that failed. */
  readonly note?: string | undefined;
}

/** At most this many findings of one severity are printed; the rest are counted. */
export const MAX_PER_SEVERITY = 50;

/** Severities in the order they are printed. */
const ORDER = ['error', 'warning', 'info'];

/** `file:line:column` with the file relative to the working directory when it is inside it. */
export function formatLocation(file: string | undefined, line?: number, column?: number): string {
  let where = file === undefined ? '' : displayPath(file);
  if (line !== undefined) where += `${where ? ':' : ''}${line}${column === undefined ? '' : `:${column}`}`;
  return where;
}

/** A path as an author would type it: relative to the working directory when that is shorter. */
export function displayPath(file: string): string {
  if (file.startsWith('file://')) file = new URL(file).pathname;
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && rel.length < file.length ? rel : file;
}

function colourFor(severity: string, c: Paint): (text: string) => string {
  if (severity === 'error') return c.red;
  if (severity === 'warning') return c.yellow;
  return c.cyan;
}

/** `file:line:column  pointer  rule  message (expected …, found …)  [note]`. */
export function formatFinding(f: Finding, c: Paint): string {
  const paint = colourFor(f.severity, c);
  const parts: string[] = [];
  const where = formatLocation(f.file, f.line, f.column);
  if (where) parts.push(c.bold(where));
  // `""` is the whole pack: worth saying only when there is no line to point at.
  if (f.pointer !== undefined && (f.pointer !== '' || !where))
    parts.push(c.dim(f.pointer === '' ? '(whole pack)' : f.pointer));
  parts.push(paint(f.rule));
  // Core's messages often say what was expected and found already; never say it twice.
  const detail = [
    f.expected === undefined ? undefined : `expected ${f.expected}`,
    f.found === undefined ? undefined : `found ${f.found}`,
  ].filter((d) => d !== undefined && !f.message.includes(d));
  parts.push(f.message + (detail.length > 0 ? c.dim(` (${detail.join(', ')})`) : ''));
  if (f.note) parts.push(c.dim(`[${f.note}]`));
  return parts.join('  ');
}

/** Counts per severity, e.g. `2 errors, 1 warning`. */
export function countLine(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const severities = [...counts.keys()].sort((a, b) => rank(a) - rank(b));
  return severities.map((s) => plural(counts.get(s) ?? 0, s)).join(', ');
}

function rank(severity: string): number {
  const i = ORDER.indexOf(severity);
  return i < 0 ? ORDER.length : i;
}

/**
 * Findings grouped by severity, errors first. Each group gets a heading when `headings` is
 * `always`, or (`mixed`, the default) only when there is more than one severity. At most
 * {@link MAX_PER_SEVERITY} of each severity are printed.
 */
export function formatGrouped(
  findings: readonly Finding[],
  c: Paint,
  headings: 'always' | 'mixed' = 'mixed',
): string[] {
  const lines: string[] = [];
  const severities = [...new Set(findings.map((f) => f.severity))].sort((a, b) => rank(a) - rank(b));
  const withHeadings = headings === 'always' || severities.length > 1;
  const indent = withHeadings ? '  ' : '';
  for (const severity of severities) {
    const group = findings.filter((f) => f.severity === severity);
    if (withHeadings) lines.push(colourFor(severity, c)(c.bold(`${plural(group.length, severity)}:`)));
    for (const f of group.slice(0, MAX_PER_SEVERITY)) lines.push(`${indent}${formatFinding(f, c)}`);
    // A template with one systematic mistake fails in every variant: a screenful says it.
    if (group.length > MAX_PER_SEVERITY)
      lines.push(indent + c.dim(`… and ${plural(group.length - MAX_PER_SEVERITY, `more ${severity}`)}`));
  }
  return lines;
}
