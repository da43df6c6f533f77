/** Builds every pack of the curriculum once per test run, the way `tutorkit build` does. */
import type { Pack } from '@tutorkit/core';
import { type BuildIssue, buildPack, type PackDefinition, type TemplateSummary } from '@tutorkit/sdk';
import { allClusters } from '../src/clusters.js';
import * as packs from '../src/packs.js';

export interface BuiltPack {
  readonly name: string;
  readonly pack: Pack;
  readonly json: string;
  readonly issues: readonly BuildIssue[];
  readonly templates: readonly TemplateSummary[];
}

let built: Promise<Map<string, BuiltPack>> | undefined;

function definitions(): [string, PackDefinition][] {
  const entries: [string, unknown][] = Object.entries(packs);
  return entries.filter((e): e is [string, PackDefinition] => (e[1] as { kind?: string }).kind === 'pack');
}

/**
 * The whole curriculum is built with verification (every variant's answer and wrong answers
 * checked by the engine, every formula by KaTeX); the strand and grade-band packs hold the same
 * parts, so they are assembled and validated without verifying again.
 */
export function buildAll(): Promise<Map<string, BuiltPack>> {
  built ??= (async () => {
    const out = new Map<string, BuiltPack>();
    for (const [name, definition] of definitions()) {
      const result = await buildPack(definition, { verify: name === 'default' });
      if (!result.ok) {
        const lines = result.issues.filter((i) => i.severity === 'error').slice(0, 20);
        throw new Error(
          `pack ${name} does not build:\n${lines.map((i) => `  ${i.pointer} ${i.rule} ${i.message}`).join('\n')}`,
        );
      }
      out.set(name, { name, pack: result.pack, json: result.json, issues: result.issues, templates: result.templates });
    }
    return out;
  })();
  return built;
}

export { allClusters };
