/**
 * Templated problems: a function of a seeded random source, expanded at build time into `count`
 * concrete variants with ids `${id}-1` … `${id}-${count}`. The published pack holds only the
 * concrete problems, so the runtime needs no expression language and no `eval`.
 */
import type { AnswerShape } from '../builders/answers.js';
import type { Known, LocaleRef, Localized } from '../builders/locales.js';
import type { ProblemBody } from '../builders/problems.js';
import type { RawBody } from '../builders/raw.js';
import type { SkillRef } from '../builders/skills.js';
import { callSite, type SourceLocation } from '../builders/source.js';
import type { TemplateRandom } from './random.js';

export interface TemplateOptions<L extends string, A extends AnswerShape = AnswerShape> {
  /** Variant ids are `${id}-${k}`, k = 1 … count. */
  readonly id: string;
  readonly skill: SkillRef<L>;
  /** How many distinct variants to publish. */
  readonly count: number;
  /** Any string; the same seed always gives the same variants (default: the id). */
  readonly seed?: string;
  /** Builds one variant. Call `r.require(condition, why)` to reject a draw and draw again. */
  readonly generate: (r: TemplateRandom) => ProblemBody<L, A>;
}

/** A declared template, to list in a pack or a skill builder's pool like a problem. */
export interface TemplateHandle<L extends string = never> extends Localized<L> {
  readonly kind: 'template';
  readonly id: string;
  readonly skill: SkillRef<never>;
  readonly count: number;
  readonly seed: string;
  /** @internal what the build runs */
  readonly generate: (r: TemplateRandom) => RawBody;
  readonly source: SourceLocation | undefined;
}

export type TemplateRef<L extends string> = { readonly kind: 'template'; readonly id: string } & LocaleRef<L>;

export function template<L extends string = never, A extends AnswerShape = AnswerShape>(
  options: TemplateOptions<L, A>,
): TemplateHandle<Known<L>> {
  return {
    kind: 'template',
    id: options.id,
    skill: options.skill as SkillRef<never>,
    count: options.count,
    seed: options.seed ?? options.id,
    generate: options.generate as unknown as (r: TemplateRandom) => RawBody,
    source: callSite(template),
  };
}
