/**
 * Expands a template into distinct variants. Each draw has its own seed, `${seed}#${draw}`, so a
 * reported variant can be regenerated from its seed and draw number alone. Rejected draws
 * (`require`) and duplicates (same stem and answer) are skipped and replaced by further draws.
 */
import { seededRandom } from '@tutorkit/core';
import type { RawBody } from '../builders/raw.js';
import { DrawRejected, templateRandom } from './random.js';
import type { TemplateHandle } from './template.js';

/** One concrete variant of a template. */
export interface Variant {
  /** 1-based: the variant's id is `${template.id}-${index}`. */
  readonly index: number;
  /** Which draw produced it: the random source was seeded with `${seed}#${draw}`. */
  readonly draw: number;
  readonly body: RawBody;
}

export type Expansion =
  | { readonly ok: true; readonly variants: readonly Variant[]; readonly draws: number; readonly duplicates: number }
  | { readonly ok: false; readonly message: string; readonly draw?: number; readonly variants: readonly Variant[] };

/** Give up after this many draws in a row that produced no new variant. */
export const MAX_FAILED_DRAWS_IN_A_ROW = 1000;

/** The draw's seed, as reported in build issues. */
export function drawSeed(seed: string, draw: number): string {
  return `${seed}#${draw}`;
}

function identity(body: RawBody): string {
  return JSON.stringify([body.stem, body.answer]);
}

function topReasons(reasons: Map<string, number>): string {
  return [...reasons.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([why, n]) => `"${why}" (${n}×)`)
    .join(', ');
}

export function expandTemplate(template: Pick<TemplateHandle<never>, 'id' | 'count' | 'seed' | 'generate'>): Expansion {
  const { id, count, seed, generate } = template;
  if (!Number.isInteger(count) || count < 1) {
    return { ok: false, message: `template "${id}": count must be a whole number ≥ 1, not ${count}`, variants: [] };
  }
  const variants: Variant[] = [];
  const seen = new Set<string>();
  const reasons = new Map<string, number>();
  let duplicates = 0;
  let failedInARow = 0;
  let draw = 0;
  while (variants.length < count) {
    draw++;
    if (failedInARow >= MAX_FAILED_DRAWS_IN_A_ROW) {
      const why = reasons.size > 0 ? `; rejected by ${topReasons(reasons)}` : '';
      return {
        ok: false,
        message:
          `template "${id}" (seed "${seed}") gave up after ${failedInARow} draws in a row without a new variant: ` +
          `found ${variants.length} of ${count} distinct variants (${duplicates} duplicates${why}). ` +
          'Lower `count`, widen the ranges, or relax `require`.',
        variants,
      };
    }
    let body: RawBody;
    try {
      body = generate(templateRandom(seededRandom(drawSeed(seed, draw))));
    } catch (error) {
      if (error instanceof DrawRejected) {
        reasons.set(error.why, (reasons.get(error.why) ?? 0) + 1);
        failedInARow++;
        continue;
      }
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        message: `template "${id}" threw on draw ${draw} (seed "${drawSeed(seed, draw)}"): ${message}`,
        draw,
        variants,
      };
    }
    const key = identity(body);
    if (seen.has(key)) {
      duplicates++;
      failedInARow++;
      continue;
    }
    seen.add(key);
    failedInARow = 0;
    variants.push({ index: variants.length + 1, draw, body });
  }
  return { ok: true, variants, draws: draw, duplicates };
}
