/** Problems and scaffold steps. A template's `generate` returns the same body as `problem`. */
import type { AnswerShape, MatchFor } from './answers.js';
import type { WrongAnswerRef } from './feedback.js';
import type { HintLadder } from './hints.js';
import type { Known, LocaleRef, Localized, Text } from './locales.js';
import type { RawBody, RawStep } from './raw.js';
import type { SkillRef } from './skills.js';
import { callSite, type SourceLocation } from './source.js';

export interface StepOptions<L extends string, A extends AnswerShape = AnswerShape> {
  /** Unique within its problem. */
  readonly id: string;
  readonly stem: Text<L>;
  readonly answer: A & LocaleRef<L>;
  readonly hints?: HintLadder<L>;
  readonly wrongAnswers?: readonly WrongAnswerRef<MatchFor<A>, L>[];
}

/** One sub-step of a problem ("break it into steps"), itself a small problem. */
export interface ScaffoldStep<L extends string = never> extends Localized<L> {
  readonly id: string;
  /** @internal what the build reads */
  readonly options: RawStep;
}

export function step<L extends string = never, A extends AnswerShape = AnswerShape>(
  options: StepOptions<L, A>,
): ScaffoldStep<Known<L>> {
  return { id: options.id, options: options as unknown as RawStep };
}

export interface TutorNotes<L extends string> {
  readonly notes?: Text<L>;
  readonly questions?: readonly Text<L>[];
}

/** Everything about a problem but its id and skill: what `problem` takes and a template's `generate` returns. */
export interface ProblemBody<L extends string, A extends AnswerShape = AnswerShape> {
  readonly stem: Text<L>;
  readonly answer: A & LocaleRef<L>;
  readonly hints: HintLadder<L>;
  readonly wrongAnswers?: readonly WrongAnswerRef<MatchFor<A>, L>[];
  readonly scaffold?: readonly ({ readonly id: string } & LocaleRef<L>)[];
  readonly tutor?: TutorNotes<L>;
  /** 1 (easiest) to 5. */
  readonly difficulty?: 1 | 2 | 3 | 4 | 5;
  readonly tags?: readonly string[];
  /**
   * The values a template drew for this variant (names of letters, digits and `_`), published with
   * the problem so reviewers and independent checks can recompute the answer. Never shown.
   */
  readonly params?: Readonly<Record<string, number | string>>;
}

export interface ProblemOptions<L extends string, A extends AnswerShape = AnswerShape> extends ProblemBody<L, A> {
  readonly id: string;
  readonly skill: SkillRef<L>;
}

/** A declared problem, to list in a pack or an assignment. */
export interface ProblemHandle<L extends string = never> extends Localized<L> {
  readonly kind: 'problem';
  readonly id: string;
  readonly skill: SkillRef<never>;
  /** @internal what the build reads */
  readonly body: RawBody;
  readonly source: SourceLocation | undefined;
}

export type ProblemRef<L extends string> = { readonly kind: 'problem'; readonly id: string } & LocaleRef<L>;

/** Declares one concrete problem. */
export function problem<L extends string = never, A extends AnswerShape = AnswerShape>(
  options: ProblemOptions<L, A>,
): ProblemHandle<Known<L>> {
  const { id, skill, ...body } = options;
  return {
    kind: 'problem',
    id,
    skill: skill as SkillRef<never>,
    body: body as unknown as RawBody,
    source: callSite(problem),
  };
}
