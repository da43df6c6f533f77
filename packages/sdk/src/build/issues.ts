/** What a build reports: core's issue shape plus where in the author's TypeScript it came from. */
import type { SourceLocation } from '../builders/source.js';

/** The template variant an issue is about: enough to regenerate it. */
export interface VariantOrigin {
  readonly template: string;
  /** 1-based; the variant's id is `${template}-${index}`. */
  readonly index: number;
  /** The template's seed. */
  readonly seed: string;
  /** The draw that produced the variant: its random source was seeded with `${seed}#${draw}`. */
  readonly draw: number;
}

export interface BuildIssue {
  readonly severity: 'error' | 'warning';
  /** Stable rule name, e.g. `wrong-answer/equals-correct` or `tex/invalid`. */
  readonly rule: string;
  /** One plain sentence; names the template variant and seed when there is one. */
  readonly message: string;
  /** RFC 6901 JSON Pointer into the built pack, `""` for the whole pack. */
  readonly pointer: string;
  /** The builder call (`problem(…)`, `template(…)`, `skill(…)`, …) that defined the part, when known. */
  readonly source?: SourceLocation;
  readonly variant?: VariantOrigin;
  readonly expected?: string;
  readonly found?: string;
}

/** Where a part of the built pack came from. */
export interface Origin {
  readonly source?: SourceLocation | undefined;
  readonly variant?: VariantOrigin;
}

export function describeVariant(v: VariantOrigin): string {
  return `template "${v.template}", variant ${v.index} (id ${v.template}-${v.index}), seed "${v.seed}", draw ${v.draw}`;
}
