/**
 * What builders store, with the type-level locale markers erased: the shapes the assembler reads
 * at run time. Authors never see these types; handles expose them so the build can walk them.
 */
import type { AnswerSpec, MasteryRule } from '@tutorkit/core';
import type { SourceLocation } from './source.js';

export type RawText = string | Readonly<Record<string, string>>;

export interface RawHint {
  readonly text: RawText;
  readonly bottomOut?: boolean;
}

export interface RawMisconception {
  readonly kind: 'misconception';
  readonly id: string;
  readonly options: { readonly id: string; readonly title: RawText; readonly description?: RawText };
  readonly source: SourceLocation | undefined;
}

export interface RawWrongAnswer {
  readonly match: string | readonly string[];
  readonly feedback: RawText;
  readonly misconception?: RawMisconception;
  readonly tutorMove: RawText;
}

/** An answer as built: the format's answer spec (the builders' arrays are read-only, not copied). */
export type RawAnswer = AnswerSpec;

export interface RawStep {
  readonly id: string;
  readonly stem: RawText;
  readonly answer: RawAnswer;
  readonly hints?: readonly RawHint[];
  readonly wrongAnswers?: readonly RawWrongAnswer[];
}

export interface RawBody {
  readonly stem: RawText;
  readonly answer: RawAnswer;
  readonly hints: readonly RawHint[];
  readonly wrongAnswers?: readonly RawWrongAnswer[];
  readonly scaffold?: readonly { readonly id: string; readonly options: RawStep }[];
  readonly tutor?: { readonly notes?: RawText; readonly questions?: readonly RawText[] };
  readonly difficulty?: number;
  readonly tags?: readonly string[];
  readonly params?: Readonly<Record<string, number | string>>;
}

export interface RawSkillGuide {
  readonly summary?: RawText;
  readonly mastery?: RawText;
  readonly watchFor?: readonly RawText[];
  readonly talkMoves?: readonly RawText[];
  readonly workedExample?: { readonly problem: RawText; readonly steps: readonly RawText[] };
}

export interface RawSkill {
  readonly kind: 'skill';
  readonly id: string;
  readonly options: {
    readonly id: string;
    readonly title: RawText;
    readonly description?: RawText;
    readonly standards: readonly string[];
    readonly prerequisites?: readonly RawSkill[];
    readonly mastery?: MasteryRule;
    readonly tutor?: RawSkillGuide;
  };
  readonly source: SourceLocation | undefined;
}
