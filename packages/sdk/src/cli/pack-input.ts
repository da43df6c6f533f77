/** Packs named on the command line: a JSON file (validated) or a TypeScript entry (built). */
import { type Pack, parsePack } from '@tutorkit/core';
import type { SourceLocation, TemplateSummary } from '../index.js';
import { isScriptEntry, readText, requireFile } from './files.js';
import { EXIT, type Terminal } from './io.js';
import { pointerLocator } from './json-locate.js';
import { countLine, displayPath, type Finding, formatGrouped } from './report.js';

/** One pack ready to inspect, and how to find a JSON Pointer in the file it came from. */
export interface LoadedPack {
  readonly file: string;
  readonly pack: Pack;
  /** Where a pointer is in the JSON text; only for JSON files. */
  readonly locate: (pointer: string) => { line: number; column: number } | undefined;
  /** For a TypeScript entry: where the part a pointer names was declared. */
  readonly origin?: ((pointer: string) => SourceLocation | undefined) | undefined;
  /** For a TypeScript entry: which problems are variants of which template. */
  readonly templates?: readonly TemplateSummary[] | undefined;
  /** Findings of building or reading it (warnings only: errors stop loading). */
  readonly findings: readonly Finding[];
}

/** Loaded packs, or the exit code after the errors were printed. */
export type PackInputs =
  | { readonly ok: true; readonly packs: LoadedPack[] }
  | { readonly ok: false; readonly code: number };

/** Reads a JSON pack or builds a TypeScript entry. Errors are printed; warnings are returned. */
export async function loadPacks(path: string, term: Terminal): Promise<PackInputs> {
  const file = requireFile(path, isScriptEntry(path) ? 'entry' : 'pack file');
  if (isScriptEntry(file)) {
    const [{ buildEntry }, { originLocator }] = await Promise.all([import('./build.js'), import('./origins.js')]);
    const built = await buildEntry(file, { verify: true, progress: true }, term);
    if (!built.ok) {
      printFailure(file, built.findings, term);
      return { ok: false, code: EXIT.problems };
    }
    return {
      ok: true,
      packs: built.packs.map((b) => ({
        file,
        pack: b.pack,
        locate: () => undefined,
        origin: originLocator(b.definition, b.pack, b.templates),
        templates: b.templates,
        findings: b.findings,
      })),
    };
  }
  const text = readText(file);
  const result = parsePack(text);
  if (!result.ok) {
    printFailure(
      file,
      [...result.errors, ...result.warnings].map((i) => ({ ...i, file })),
      term,
    );
    return { ok: false, code: EXIT.problems };
  }
  return {
    ok: true,
    packs: [
      {
        file,
        pack: result.pack,
        locate: pointerLocator(text),
        findings: result.warnings.map((i) => ({ ...i, file })),
      },
    ],
  };
}

/** Prints why a pack could not be loaded, to stderr. */
export function printFailure(file: string, findings: readonly Finding[], term: Terminal): void {
  const c = term.err;
  term.error(`${c.red('✖')} ${c.bold(displayPath(file))}: ${c.red(countLine(findings))}`);
  for (const line of formatGrouped(findings, c)) term.error(`  ${line}`);
}
