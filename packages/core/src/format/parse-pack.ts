import { Value } from '@sinclair/typebox/value';
import { checkStructure, type StandardAlias } from './check-structure.js';
import { checkTexts } from './check-texts.js';
import { IssueList, type PackIssue } from './issues.js';
import { locateIssues, reportDuplicateKeys, reportSyntaxErrors } from './json-text.js';
import { BUILT_IN_MIGRATIONS, type PackMigration } from './migrations.js';
import { PACK_FORMAT, type Pack, PackSchema } from './schema.js';
import { explain } from './schema-errors.js';

export interface ParsePackOptions {
  /** Extra migrations, keyed by the format they upgrade from; they take precedence over built-ins. */
  readonly migrations?: Readonly<Record<string, PackMigration>>;
  /** Stop collecting after this many issues (default 100). */
  readonly maxIssues?: number;
  /** Refuse texts longer than this many characters (default 64 MiB). */
  readonly maxLength?: number;
}

export type ParsePackResult =
  | { readonly ok: true; readonly pack: Pack; readonly warnings: readonly PackIssue[] }
  | { readonly ok: false; readonly errors: readonly PackIssue[]; readonly warnings: readonly PackIssue[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readText(input: string, maxLength: number, out: IssueList): unknown {
  if (input.length > maxLength) {
    out.error('', 'json/too-large', `the pack is ${input.length} characters long; the limit is ${maxLength}`, {
      expected: `at most ${maxLength} characters`,
      found: `${input.length} characters`,
    });
    return undefined;
  }
  try {
    return JSON.parse(input);
  } catch (error) {
    if (error instanceof RangeError) out.error('', 'json/too-deep', 'the JSON is nested too deeply to read');
    else reportSyntaxErrors(input, out);
    return undefined;
  }
}

/** Brings an older document up to `tutorkit.pack/1`, or explains why it cannot. */
function migrate(
  document: Record<string, unknown>,
  options: ParsePackOptions,
  out: IssueList,
): Record<string, unknown> | undefined {
  const migrations = { ...BUILT_IN_MIGRATIONS, ...options.migrations };
  const seen = new Set<string>();
  let current = document;
  while (current.format !== PACK_FORMAT) {
    const format = current.format;
    if (format === undefined) {
      out.error('/format', 'format/missing', `a pack starts with "format": "${PACK_FORMAT}"`, {
        expected: JSON.stringify(PACK_FORMAT),
        found: 'nothing',
      });
      return undefined;
    }
    const step = typeof format === 'string' && Object.hasOwn(migrations, format) ? migrations[format] : undefined;
    if (!step || seen.has(format as string)) {
      out.error(
        '/format',
        'format/unsupported',
        `this version of Tutorkit reads ${PACK_FORMAT}, not ${JSON.stringify(format)}`,
        {
          expected: JSON.stringify(PACK_FORMAT),
          found: JSON.stringify(format),
        },
      );
      return undefined;
    }
    seen.add(format as string);
    try {
      const next: unknown = step(JSON.parse(JSON.stringify(current)));
      if (!isPlainObject(next)) throw new TypeError('it did not return an object');
      current = next;
    } catch (error) {
      out.error(
        '/format',
        'format/migration-failed',
        `upgrading from ${format} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return undefined;
    }
  }
  return current;
}

function validate(document: unknown, options: ParsePackOptions, out: IssueList): { pack?: Pack; migrated: boolean } {
  if (!isPlainObject(document)) {
    out.error('', 'format/not-an-object', 'a pack is a JSON object', {
      expected: 'an object',
      found: Array.isArray(document) ? 'a list' : typeof document,
    });
    return { migrated: false };
  }
  const current = migrate(document, options, out);
  if (!current) return { migrated: false };
  const migrated = current !== document;
  if (!Value.Check(PackSchema, current)) {
    explain(PackSchema, current, '', out);
    return { migrated };
  }
  const aliases = checkStructure(current, out);
  checkTexts(current, out);
  return { pack: normaliseStandards(current, aliases), migrated };
}

/** Stores canonical codes, copying only the skills that change so the input stays as it was. */
function normaliseStandards(pack: Pack, aliases: readonly StandardAlias[]): Pack {
  if (aliases.length === 0) return pack;
  const skills = [...pack.skills];
  for (const { skill, standard, code } of aliases) {
    const original = skills[skill];
    if (!original) continue;
    const standards = [...original.standards];
    standards[standard] = code;
    skills[skill] = { ...original, standards };
  }
  return { ...pack, skills };
}

/**
 * Reads a pack from JSON text or from an already-parsed value. Never throws on bad input: the
 * result is either a typed pack (with warnings, for instance standards written in an older form
 * and normalised) or a list of errors, each with a JSON Pointer, the rule broken, expected versus
 * found, and — when the input was text — a 1-based line and column.
 *
 * The returned pack may share objects with a non-text input.
 */
export function parsePack(input: string | unknown, options: ParsePackOptions = {}): ParsePackResult {
  const out = new IssueList(options.maxIssues ?? 100);
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : undefined;
  let pack: Pack | undefined;
  let migrated = false;
  try {
    const document = text === undefined ? input : readText(text, options.maxLength ?? 64 * 1024 * 1024, out);
    if (out.errorCount === 0) {
      if (text !== undefined) reportDuplicateKeys(text, out);
      ({ pack, migrated } = validate(document, options, out));
    }
  } catch (error) {
    // A bug of ours must not become a crash for an author; tests assert this never happens.
    out.error(
      '',
      'internal/unexpected',
      `Tutorkit could not check this pack: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (out.dropped > 0)
    out.issues.push({
      severity: 'error',
      pointer: '',
      rule: 'issues/truncated',
      message: `${out.dropped} more issues not shown`,
    });
  const issues = text !== undefined && !migrated ? safeLocate(text, out.issues) : out.issues;
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (pack && errors.length === 0) return { ok: true, pack, warnings };
  return { ok: false, errors, warnings };
}

function safeLocate(text: string, issues: readonly PackIssue[]): readonly PackIssue[] {
  try {
    // Authors read errors top to bottom, like a compiler's.
    return locateIssues(text, issues).sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    );
  } catch {
    return issues; // positions are a courtesy; the issues themselves must get through
  }
}
