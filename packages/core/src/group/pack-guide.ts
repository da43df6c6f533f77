/**
 * What the pack tells the tutor about a learner's mistake or a group's shared misconception: the
 * tutor move of a matched wrong answer, a misconception's title, a skill's worked example.
 * Pure lookups; every text is picked for the tutor's locale.
 */
import type { Pack } from '../format/schema.js';
import { textFor } from '../format/texts.js';

/** A worked example for a mini-lesson, in the tutor's language. */
export interface MiniLesson {
  readonly skill: string;
  readonly skillTitle: string;
  /** Rich text (Markdown subset with TeX). */
  readonly problem: string;
  /** Rich text, one step each. */
  readonly steps: readonly string[];
  /** The skill guide's questions the tutor can ask, if any. */
  readonly talkMoves: readonly string[];
}

type Text = Parameters<typeof textFor<string>>[0];

function localized(pack: Pack, locale: string | undefined, text: Text): string {
  const fallback = pack.locales[0] ?? 'en';
  return textFor<string>(text, locale ?? fallback, fallback);
}

/** The tutor move of common wrong answer `index` of `problem`. */
export function tutorMoveFor(
  pack: Pack | undefined,
  locale: string | undefined,
  problem: string,
  index: number | undefined,
): string | undefined {
  if (!pack || index === undefined) return undefined;
  const move = pack.problems.find((p) => p.id === problem)?.wrongAnswers?.[index]?.tutorMove;
  return move === undefined ? undefined : localized(pack, locale, move);
}

/** The title of a misconception, e.g. "Adds tops and bottoms". */
export function misconceptionTitleFor(
  pack: Pack | undefined,
  locale: string | undefined,
  id: string,
): string | undefined {
  const found = pack?.misconceptions?.find((m) => m.id === id);
  return found && pack ? localized(pack, locale, found.title) : undefined;
}

/** The skill a problem practises. */
export function skillOfProblem(pack: Pack | undefined, problem: string): string | undefined {
  return pack?.problems.find((p) => p.id === problem)?.skill;
}

/** The skill's worked example (and talk moves) as a mini-lesson, when the pack has one. */
export function miniLessonFor(
  pack: Pack | undefined,
  locale: string | undefined,
  skill: string,
): MiniLesson | undefined {
  const found = pack?.skills.find((s) => s.id === skill);
  const example = found?.tutor?.workedExample;
  if (!pack || !found || !example) return undefined;
  return {
    skill,
    skillTitle: localized(pack, locale, found.title),
    problem: localized(pack, locale, example.problem),
    steps: example.steps.map((step) => localized(pack, locale, step)),
    talkMoves: (found.tutor?.talkMoves ?? []).map((move) => localized(pack, locale, move)),
  };
}
