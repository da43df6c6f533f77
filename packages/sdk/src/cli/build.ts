/** `tutorkit build [entry] [--out dir]`: bundles the author's entry, builds its packs, writes JSON. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Pack } from '@tutorkit/core';
import type { BuildIssue, TemplateSummary } from '../index.js';
import { authorFrame, loadEntry, type SharedModules, stackBody } from './bundle.js';
import { requireFile } from './files.js';
import { EXIT, plural, type Terminal, UsageError } from './io.js';
import { printFailure } from './pack-input.js';
import { createProgress } from './progress.js';
import { displayPath, type Finding, formatGrouped } from './report.js';

/** Options of `tutorkit build`. */
export interface BuildOptions {
  readonly out: string;
  /** Check every variant with the answer engine (default true). */
  readonly verify: boolean;
  /** Show progress on long builds (default true). */
  readonly progress: boolean;
}

/** One pack built from an entry. */
export interface BuiltPack {
  /** The export it came from: `default` or a name. */
  readonly exportName: string;
  /** The pack definition the entry exported. */
  readonly definition: unknown;
  readonly pack: Pack;
  readonly json: string;
  /** What each template became (its variants' ids), for lint and the summary. */
  readonly templates: readonly TemplateSummary[];
  /** Warnings of the build. */
  readonly findings: readonly Finding[];
}

/** The packs of an entry, or why it could not be built. */
export type EntryBuild =
  | { readonly ok: true; readonly packs: readonly BuiltPack[] }
  | { readonly ok: false; readonly findings: readonly Finding[] };

type Sdk = typeof import('../index.js');

/** A build issue as the CLI prints it: at the author's TypeScript line when the SDK knows it. */
export function issueFinding(issue: BuildIssue): Finding {
  return {
    severity: issue.severity,
    rule: issue.rule,
    message: issue.message,
    pointer: issue.pointer,
    expected: issue.expected,
    found: issue.found,
    file: issue.source?.file,
    line: issue.source?.line,
    column: issue.source?.column,
  };
}

function isPackDefinition(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'pack';
}

/** Bundles, imports and builds every pack `entry` exports. Prints nothing but progress. */
export async function buildEntry(
  entry: string,
  options: Pick<BuildOptions, 'verify' | 'progress'>,
  term: Terminal,
): Promise<EntryBuild> {
  const [sdk, core] = await Promise.all([import('../index.js'), import('@tutorkit/core')]);
  const shared: SharedModules = {
    '@tutorkit/sdk': sdk as unknown as Record<string, unknown>,
    '@tutorkit/core': core as unknown as Record<string, unknown>,
  };
  const loaded = await loadEntry(entry, shared);
  if (!loaded.ok) return loaded;

  // `export default pack` plus `export { pack }` is one pack, not two; the default comes first.
  const unique: [string, unknown][] = [];
  const entries = Object.entries(loaded.exports).sort(([a], [b]) => Number(b === 'default') - Number(a === 'default'));
  for (const [name, value] of entries)
    if (isPackDefinition(value) && !unique.some(([, seen]) => seen === value)) unique.push([name, value]);
  if (unique.length === 0)
    return {
      ok: false,
      findings: [
        {
          severity: 'error',
          rule: 'build/no-pack',
          message:
            'the entry exports no pack: write `export default definePack({ … })` (or export several packs by name)',
          file: entry,
        },
      ],
    };

  const packs: BuiltPack[] = [];
  const failures: Finding[] = [];
  for (const [exportName, definition] of unique) {
    const label = unique.length > 1 ? exportName : displayPath(entry);
    const progress = createProgress(label, term, options.progress);
    let result: Awaited<ReturnType<Sdk['buildPack']>>;
    try {
      result = await sdk.buildPack(definition as Parameters<Sdk['buildPack']>[0], {
        verify: options.verify,
        onProgress: (done: number, total: number) => progress.update(done, total),
      });
    } catch (error) {
      failures.push({
        severity: 'error',
        rule: 'build/threw',
        message: `building ${exportName} threw: ${error instanceof Error ? error.message : String(error)}`,
        ...(authorFrame(error, loaded.authorFiles) ?? { file: entry }),
        note: error instanceof Error ? stackBody(error) : undefined,
      });
      continue;
    } finally {
      progress.stop();
    }
    const findings = result.issues.map(issueFinding);
    if (result.ok)
      packs.push({
        exportName,
        definition,
        pack: result.pack,
        json: result.json,
        templates: result.templates,
        findings,
      });
    else failures.push(...findings);
  }
  return failures.length > 0 ? { ok: false, findings: failures } : { ok: true, packs };
}

/** Builds the entry and writes `<out>/<pack-id>.pack.json` for each pack. */
export async function buildCommand(entryArg: string, options: BuildOptions, term: Terminal): Promise<number> {
  if (!existsSync(entryArg))
    throw new UsageError(
      `entry not found: ${entryArg} (run this in a pack project made by \`tutorkit init\`, or name the entry: tutorkit build path/to/pack.ts)`,
    );
  const entry = requireFile(entryArg, 'entry');
  const started = performance.now();
  const built = await buildEntry(entry, options, term);
  if (!built.ok) {
    printFailure(entry, built.findings, term);
    term.error(
      term.err.red(`build failed: ${plural(built.findings.filter((f) => f.severity === 'error').length, 'error')}`),
    );
    return EXIT.problems;
  }
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const c = term.out;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const { pack, json, templates, findings } of built.packs) {
    const file = join(out, `${pack.id}.pack.json`);
    writeFileSync(file, json.endsWith('\n') ? json : `${json}\n`);
    const variants = templates.reduce((n, t) => n + t.problems.length, 0);
    term.print(`${c.green('✔')} built ${c.bold(pack.id)} ${pack.version} → ${displayPath(file)}`);
    term.print(
      `  ${plural(pack.skills.length, 'skill')}, ${plural(pack.problems.length, 'problem')} ` +
        `(${plural(variants, 'variant')} from ${plural(templates.length, 'template')}), ${plural(
          pack.problems.reduce((n, p) => n + p.hints.length, 0),
          'hint',
        )}` +
        c.dim(` in ${seconds} s`),
    );
    for (const line of formatGrouped(findings, c)) term.print(`  ${line}`);
  }
  return EXIT.ok;
}
