/** Assignments: a skill builder (practice to mastery), a check for understanding, a practice set. */
import type { MasteryRule } from '@tutorkit/core';
import type { TemplateHandle, TemplateRef } from '../templates/template.js';
import type { Known, LocaleRef, Localized, Text } from './locales.js';
import type { ProblemHandle, ProblemRef } from './problems.js';
import type { RawText } from './raw.js';
import type { SkillRef } from './skills.js';
import { callSite, type SourceLocation } from './source.js';

/** A problem or a template (all of its variants), wherever a list of problems is asked for. */
export type ProblemSource<L extends string> = ProblemRef<L> | TemplateRef<L>;

export interface SkillBuilderOptions<L extends string> {
  readonly id: string;
  readonly title: Text<L>;
  readonly skill: SkillRef<L>;
  /** Problems and templates of `skill` to draw from. */
  readonly pool: readonly [ProblemSource<L>, ...ProblemSource<L>[]];
  /** Default: ASSISTments' 3 right in a row on the first try, 10 a day. */
  readonly mastery?: MasteryRule;
}

export interface ListOptions<L extends string> {
  readonly id: string;
  readonly title: Text<L>;
  /** Asked in this order. */
  readonly problems: readonly [ProblemSource<L>, ...ProblemSource<L>[]];
}

/** A declared assignment, to list in a pack or a plan's segment. */
export interface AssignmentHandle<L extends string = never> extends Localized<L> {
  readonly kind: 'assignment';
  readonly id: string;
  /** @internal what the build reads */
  readonly spec: {
    readonly kind: 'skill-builder' | 'check' | 'practice';
    readonly title: RawText;
    readonly skill?: SkillRef<never>;
    readonly problems: readonly (ProblemHandle | TemplateHandle)[];
    readonly mastery?: MasteryRule;
  };
  readonly source: SourceLocation | undefined;
}

export type AssignmentRef<L extends string> = { readonly kind: 'assignment'; readonly id: string } & LocaleRef<L>;

type Pool = readonly (ProblemHandle | TemplateHandle)[];

/** Practice until mastery: problems are drawn from the pool until the mastery rule is met. */
export function skillBuilder<L extends string = never>(options: SkillBuilderOptions<L>): AssignmentHandle<Known<L>> {
  const { id, title, skill, pool, mastery } = options;
  return {
    kind: 'assignment',
    id,
    spec: {
      kind: 'skill-builder',
      title,
      skill: skill as SkillRef<never>,
      problems: pool as unknown as Pool,
      ...(mastery ? { mastery } : {}),
    },
    source: callSite(skillBuilder),
  };
}

/** A fixed check for understanding, asked in order. */
export function check<L extends string = never>(options: ListOptions<L>): AssignmentHandle<Known<L>> {
  const { id, title, problems } = options;
  return {
    kind: 'assignment',
    id,
    spec: { kind: 'check', title, problems: problems as unknown as Pool },
    source: callSite(check),
  };
}

/** A practice set, asked in order, without a mastery rule. */
export function practice<L extends string = never>(options: ListOptions<L>): AssignmentHandle<Known<L>> {
  const { id, title, problems } = options;
  return {
    kind: 'assignment',
    id,
    spec: { kind: 'practice', title, problems: problems as unknown as Pool },
    source: callSite(practice),
  };
}
