/**
 * `buildPack`: expands templates, assembles the pack, verifies every problem and variant with the
 * runtime's own checker and KaTeX, then validates the JSON with core's `parsePack`. Every issue
 * carries the JSON Pointer, the author's source location and, for variants, the template seed.
 */
import {
  type ExpressionEngine,
  forEachText,
  type Localizable,
  loadExpressionEngine,
  type Pack,
  type PackIssue,
  parsePack,
  type TextKind,
} from '@tutorkit/core';
import type { PackDefinition } from '../builders/pack.js';
import { type Assembled, assemble, type TemplateSummary } from './assemble.js';
import { type BuildIssue, describeVariant, type Origin } from './issues.js';
import { TexChecker } from './tex.js';
import { type Finding, type Verifier, verifyText, verifyWork } from './verify.js';

export interface BuildOptions {
  /** Called as problems are verified (`done` of `total`), and once at the end. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** Check answers, wrong answers and TeX with the engine (default true). */
  readonly verify?: boolean | undefined;
}

export type BuildResult =
  | {
      readonly ok: true;
      readonly pack: Pack;
      /** The pack as published: two-space JSON with a final newline. */
      readonly json: string;
      /** Warnings only. */
      readonly issues: readonly BuildIssue[];
      readonly templates: readonly TemplateSummary[];
    }
  | { readonly ok: false; readonly issues: readonly BuildIssue[]; readonly templates: readonly TemplateSummary[] };

let engine: Promise<ExpressionEngine> | undefined;

// Report progress (and let a spinner repaint) about every this many problems.
const PROGRESS_EVERY = 250;

const COLLECTIONS = new Set(['skills', 'misconceptions', 'problems', 'assignments', 'plans']);

function locate(assembled: Assembled, pointer: string): Origin {
  const [, collection = '', index = ''] = pointer.split('/');
  if (COLLECTIONS.has(collection) && /^\d+$/.test(index)) {
    const found = assembled.origins[collection as keyof Assembled['origins']][Number(index)];
    if (found) return found;
  }
  return assembled.packSource ? { source: assembled.packSource } : {};
}

function withOrigin(issue: Finding | PackIssue | BuildIssue, origin: Origin): BuildIssue {
  const { severity, rule, message, pointer, expected, found } = issue;
  const source = 'source' in issue && issue.source ? issue.source : origin.source;
  const variant = 'variant' in issue && issue.variant ? issue.variant : origin.variant;
  return {
    severity,
    rule,
    message:
      variant && !message.includes(`"${variant.template}"`) ? `${message} — ${describeVariant(variant)}` : message,
    pointer,
    ...(source ? { source } : {}),
    ...(variant ? { variant } : {}),
    ...(expected === undefined ? {} : { expected }),
    ...(found === undefined ? {} : { found }),
  };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function verifyPack(pack: Pack, onProgress: BuildOptions['onProgress']): Promise<Finding[]> {
  engine ??= loadExpressionEngine();
  const verifier: Verifier = { engine: await engine, tex: new TexChecker(), locales: pack.locales, rich: new Map() };
  const findings: Finding[] = [];
  // Texts by problem, so progress can be counted in problems.
  const byProblem: [string, Localizable, TextKind][][] = pack.problems.map(() => []);
  forEachText(pack, (pointer, value, kind) => {
    const match = /^\/problems\/(\d+)\//.exec(pointer);
    if (match) byProblem[Number(match[1])]?.push([pointer, value, kind]);
    else verifyText(pointer, value, kind, verifier, findings);
  });
  const total = pack.problems.length;
  for (const [i, problem] of pack.problems.entries()) {
    const at = `/problems/${i}`;
    verifyWork(problem, at, verifier, findings);
    for (const [j, step] of (problem.scaffold ?? []).entries())
      verifyWork(step, `${at}/scaffold/${j}`, verifier, findings);
    for (const [pointer, value, kind] of byProblem[i] ?? []) verifyText(pointer, value, kind, verifier, findings);
    if ((i + 1) % PROGRESS_EVERY === 0 && i + 1 < total) {
      onProgress?.(i + 1, total);
      await tick();
    }
  }
  return findings;
}

/** Builds a pack from its definition. Never throws for a bad pack: everything wrong is an issue. */
export async function buildPack(definition: PackDefinition, options: BuildOptions = {}): Promise<BuildResult> {
  const assembled = assemble(definition);
  const { pack, templates } = assembled;
  const findings: (Finding | BuildIssue)[] = [...assembled.issues];
  if (options.verify ?? true) findings.push(...(await verifyPack(pack, options.onProgress)));
  const json = `${JSON.stringify(pack, null, 2)}\n`;
  const parsed = parsePack(json, { maxIssues: 1000 });
  // Ours first: they name the variant; core's duplicates of the same rule at the same place go.
  const seen = new Set(findings.map((f) => `${f.rule}\u0000${f.pointer}`));
  for (const issue of parsed.ok ? parsed.warnings : [...parsed.errors, ...parsed.warnings]) {
    if (!seen.has(`${issue.rule}\u0000${issue.pointer}`)) findings.push(issue);
  }
  const issues = findings.map((f) => withOrigin(f, locate(assembled, f.pointer)));
  options.onProgress?.(pack.problems.length, pack.problems.length);
  if (parsed.ok && !issues.some((i) => i.severity === 'error')) {
    return { ok: true, pack: parsed.pack, json, issues, templates };
  }
  return { ok: false, issues, templates };
}
