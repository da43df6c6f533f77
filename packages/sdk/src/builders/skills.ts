/** Skills: what a student practises, aligned to CCSS-M standards. */
import type { MasteryRule } from '@tutorkit/core';
import type { StandardCode } from '../standards/ccss-data.js';
import type { Known, LocaleRef, Localized, Text } from './locales.js';
import type { RawSkill } from './raw.js';
import { callSite, type SourceLocation } from './source.js';

export interface SkillOptions<L extends string> {
  readonly id: string;
  readonly title: Text<L>;
  readonly description?: Text<L>;
  /**
   * Canonical K–8 CCSS-M codes such as `'5.NF.A.1'`: a typo is a type error. Older forms
   * (`'5.NF.1'`, `'CCSS.Math.Content.5.NF.A.1'`) are accepted at run time (cast them) and stored
   * in canonical form, with a warning.
   */
  readonly standards: readonly [StandardCode, ...StandardCode[]];
  /** Skills learned before this one: handles, never ids, so a reference cannot dangle. */
  readonly prerequisites?: readonly SkillRef<L>[];
  readonly mastery?: MasteryRule;
  /** The tutor's guide to the skill: what it is, what mastery looks like, what to watch for and say. */
  readonly tutor?: SkillGuide<L>;
}

/** A worked example for a mini-lesson: the problem and its solution, step by step. */
export interface WorkedExample<L extends string> {
  readonly problem: Text<L>;
  readonly steps: readonly [Text<L>, ...Text<L>[]];
}

/** What a novice tutor needs to lead a skill. Every field is rich text. */
export interface SkillGuide<L extends string> {
  /** What the skill is, in a sentence or two. */
  readonly summary?: Text<L>;
  /** What mastery looks like: what a student who has it can do and say. */
  readonly mastery?: Text<L>;
  /** The misconceptions to watch for. */
  readonly watchFor?: readonly [Text<L>, ...Text<L>[]];
  /** Two or three questions the tutor can ask. */
  readonly talkMoves?: readonly [Text<L>, ...Text<L>[]];
  readonly workedExample?: WorkedExample<L>;
}

/** A declared skill, to pass wherever a skill is referred to. */
export interface SkillHandle<L extends string = never> extends Localized<L> {
  readonly kind: 'skill';
  readonly id: string;
  /** @internal what the build reads */
  readonly options: RawSkill['options'];
  readonly source: SourceLocation | undefined;
}

/** Any skill handle whose texts use the locales `L` (or only plain strings). */
export type SkillRef<L extends string> = { readonly kind: 'skill'; readonly id: string } & LocaleRef<L>;

/** Declares a skill and returns a handle that problems, templates and assignments refer to. */
export function skill<L extends string = never>(options: SkillOptions<L>): SkillHandle<Known<L>> {
  return {
    kind: 'skill',
    id: options.id,
    options: options as unknown as RawSkill['options'],
    source: callSite(skill),
  };
}
