/**
 * `definePack`: the root of a pack. Its `locales` are a `const` type parameter, so every text of
 * the pack and of every part listed in it must be a string or a map with exactly those locales.
 *
 * Parts reachable from the lists (a problem's skill, a skill's prerequisites, a wrong answer's
 * misconception, a plan's assignments and their problems) are included even when not listed.
 */
import type { Author } from '@tutorkit/core';
import type { TemplateHandle, TemplateRef } from '../templates/template.js';
import type { AssignmentHandle, AssignmentRef } from './assignments.js';
import type { MisconceptionHandle, MisconceptionRef } from './feedback.js';
import type { Text } from './locales.js';
import type { PlanHandle, PlanRef } from './plans.js';
import type { ProblemHandle, ProblemRef } from './problems.js';
import type { RawText } from './raw.js';
import type { SkillHandle, SkillRef } from './skills.js';
import { callSite, type SourceLocation } from './source.js';

export interface PackOptions<Locales extends readonly [string, ...string[]]> {
  /** Lowercase, e.g. `'tutorkit.fractions-grade-5'`. */
  readonly id: string;
  /** Semantic version, e.g. `'1.0.0'`. */
  readonly version: string;
  readonly title: Text<Locales[number]>;
  readonly description?: Text<Locales[number]>;
  /** SPDX expression, e.g. `'CC-BY-4.0'`. */
  readonly license: string;
  readonly authors: readonly [Author, ...Author[]];
  /** Language tags, default first: `['en', 'es']`. */
  readonly locales: Locales;
  readonly skills?: readonly SkillRef<Locales[number]>[];
  readonly misconceptions?: readonly MisconceptionRef<Locales[number]>[];
  /** Problems and templates (each template adds its variants). */
  readonly problems?: readonly (ProblemRef<Locales[number]> | TemplateRef<Locales[number]>)[];
  readonly assignments?: readonly AssignmentRef<Locales[number]>[];
  readonly plans?: readonly PlanRef<Locales[number]>[];
}

/** A pack as written in TypeScript, ready for `buildPack`. */
export interface PackDefinition<L extends string = string> {
  readonly kind: 'pack';
  /** Type-level only: the pack's locales. */
  readonly '~packLocales'?: L;
  /** @internal what the build reads */
  readonly spec: {
    readonly id: string;
    readonly version: string;
    readonly title: RawText;
    readonly description?: RawText;
    readonly license: string;
    readonly authors: readonly Author[];
    readonly locales: readonly string[];
    readonly skills: readonly SkillHandle[];
    readonly misconceptions: readonly MisconceptionHandle[];
    readonly problems: readonly (ProblemHandle | TemplateHandle)[];
    readonly assignments: readonly AssignmentHandle[];
    readonly plans: readonly PlanHandle[];
  };
  readonly source: SourceLocation | undefined;
}

export function definePack<const Locales extends readonly [string, ...string[]]>(
  options: PackOptions<Locales>,
): PackDefinition<Locales[number]> {
  const { skills = [], misconceptions = [], problems = [], assignments = [], plans = [], ...rest } = options;
  return {
    kind: 'pack',
    spec: {
      ...rest,
      skills: skills as unknown as readonly SkillHandle[],
      misconceptions: misconceptions as unknown as readonly MisconceptionHandle[],
      problems: problems as unknown as readonly (ProblemHandle | TemplateHandle)[],
      assignments: assignments as unknown as readonly AssignmentHandle[],
      plans: plans as unknown as readonly PlanHandle[],
    },
    source: callSite(definePack),
  };
}
