/**
 * ASSISTments-style skill builder mastery, as a pure fold over one learner's events for one
 * skill-builder assignment.
 *
 * - `problem.completed` with `firstTry: true` (right on the first attempt, no hint, scaffold or
 *   override) extends the streak; `firstTry: false` starts it over at 0.
 * - The assignment is mastered when the streak reaches `rule.streak` (default 3). Mastery is
 *   kept: later completions are recorded as "after mastery" and change nothing.
 * - At most `rule.dailyLimit` problems (default 10) count per calendar day. When the limit is
 *   reached without mastery the builder is `locked` until the day changes (`dayOf` of a later
 *   event of this assignment differs) or a `tutor.reset` of this assignment, which also starts the
 *   day's count over. A lock never erases the streak.
 * - `problem.completed` with `ungraded: true` (an open answer the tutor has not scored) is not
 *   evidence either way and is not counted.
 *
 * Every change is explained in `evidence`, in words a tutor can read out.
 */
import { mergeEvents, type TutorEvent, withoutVoided } from '../events/types.js';
import { describeHelp, plural } from './help.js';

export interface StreakRule {
  /** Correct answers in a row needed; `Infinity` never masters (only the daily limit applies). */
  readonly streak: number;
  /** Problems per calendar day before the builder locks. */
  readonly dailyLimit: number;
}

/** ASSISTments' defaults: 3 in a row, 10 problems a day. */
export const DEFAULT_STREAK_RULE: StreakRule = { streak: 3, dailyLimit: 10 };

/**
 * A rule from a pack's optional fields (`StreakMastery`, or just `{ dailyLimit }`), with the
 * defaults for what is missing. A value that is not a positive whole number falls back to its
 * default (the pack validator rejects such packs; a projection does not throw).
 */
export function resolveStreakRule(rule?: { readonly streak?: number; readonly dailyLimit?: number }): StreakRule {
  const valid = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n >= 1;
  return {
    streak: valid(rule?.streak) ? rule.streak : DEFAULT_STREAK_RULE.streak,
    dailyLimit: valid(rule?.dailyLimit) ? rule.dailyLimit : DEFAULT_STREAK_RULE.dailyLimit,
  };
}

export type StreakEffect = 'extends' | 'resets' | 'masters' | 'after-mastery' | 'locks' | 'unlocks' | 'not-counted';

/** Why one event changed (or did not change) the progress. */
export interface StreakEvidence {
  /** Id of the event. */
  readonly event: string;
  /** The problem, for events about one (absent for `tutor.reset` and `assignment.started`). */
  readonly problem?: string;
  readonly effect: StreakEffect;
  /** The streak after this event. */
  readonly streak: number;
  /** Plain words for a tutor, e.g. "Right on the first try without help: 2 in a row (3 needed)." */
  readonly why: string;
}

export interface StreakProgress {
  readonly assignment: string;
  /** Correct on the first try in a row, now. */
  readonly streak: number;
  readonly mastered: boolean;
  /** The calendar day (`dayOf`) of the last event counted; absent before any. */
  readonly day?: string;
  /** Problems completed on `day` since the day began or the last tutor reset. */
  readonly doneToday: number;
  /** The daily limit was reached on `day` without mastery. See {@link lockedOn}. */
  readonly locked: boolean;
  readonly evidence: readonly StreakEvidence[];
}

export function initialStreak(assignment: string): StreakProgress {
  return { assignment, streak: 0, mastered: false, doneToday: 0, locked: false, evidence: [] };
}

/**
 * Whether the builder is locked on a given day: a lock lasts only for the day it was reached,
 * so a student returning the next morning is not locked even before any new event.
 */
export function lockedOn(progress: StreakProgress, day: string): boolean {
  return progress.locked && progress.day === day;
}

type Scalars = Omit<StreakProgress, 'evidence'>;

function needed(rule: StreakRule): string {
  return Number.isFinite(rule.streak) ? ` (${rule.streak} needed)` : '';
}

/** One step of the fold: returns the new scalars and appends evidence to `out`. */
function step(
  state: Scalars,
  event: TutorEvent,
  rule: StreakRule,
  dayOf: (at: number) => string,
  out: StreakEvidence[],
): Scalars {
  if (
    event.type !== 'problem.completed' &&
    event.type !== 'tutor.reset' &&
    event.type !== 'assignment.started' &&
    event.type !== 'problem.shown'
  ) {
    return state;
  }
  if (event.assignment !== state.assignment) return state;
  if (event.type === 'problem.completed' && event.ungraded) {
    out.push({
      event: event.id,
      problem: event.problem,
      effect: 'not-counted',
      streak: state.streak,
      why: 'Waiting for the tutor to score this open answer: it does not count either way.',
    });
    return state;
  }

  let next = state;
  const day = dayOf(event.at);
  if (next.day !== day) {
    // A reset says so itself, below.
    if (next.locked && event.type !== 'tutor.reset') {
      out.push({
        event: event.id,
        ...(event.type === 'problem.shown' || event.type === 'problem.completed' ? { problem: event.problem } : {}),
        effect: 'unlocks',
        streak: next.streak,
        why: `A new day (${day}): the daily limit starts over.`,
      });
    }
    next = { ...next, day, doneToday: 0, locked: false };
  }

  if (event.type === 'tutor.reset') {
    out.push({
      event: event.id,
      effect: 'unlocks',
      streak: next.streak,
      why: next.locked
        ? `The tutor reset the builder: unlocked, today's count starts over (the streak of ${next.streak} is kept).`
        : `The tutor reset the builder: today's count starts over (the streak of ${next.streak} is kept).`,
    });
    return { ...next, doneToday: 0, locked: false };
  }
  if (event.type !== 'problem.completed') return next;

  const doneToday = next.doneToday + 1;
  if (next.mastered) {
    out.push({
      event: event.id,
      problem: event.problem,
      effect: 'after-mastery',
      streak: next.streak,
      why: 'Done after mastery: it does not change mastery.',
    });
    return { ...next, doneToday };
  }

  const whileLocked = next.locked ? ' It was done while the builder was locked, and still counts.' : '';
  if (event.firstTry) {
    const streak = next.streak + 1;
    const mastered = streak >= rule.streak;
    out.push({
      event: event.id,
      problem: event.problem,
      effect: mastered ? 'masters' : 'extends',
      streak,
      why: mastered
        ? `Right on the first try without help: ${streak} in a row. Mastered!${whileLocked}`
        : `Right on the first try without help: ${streak} in a row${needed(rule)}.${whileLocked}`,
    });
    next = { ...next, streak, mastered, doneToday, locked: mastered ? false : next.locked };
  } else {
    out.push({
      event: event.id,
      problem: event.problem,
      effect: 'resets',
      streak: 0,
      why: `Needed help (${describeHelp(event)}): the streak starts over at 0.${whileLocked}`,
    });
    next = { ...next, streak: 0, doneToday };
  }

  if (!next.mastered && !next.locked && next.doneToday >= rule.dailyLimit) {
    out.push({
      event: event.id,
      problem: event.problem,
      effect: 'locks',
      streak: next.streak,
      why: `${plural(next.doneToday, 'problem')} today without mastery: locked until tomorrow or until the tutor resets it.`,
    });
    next = { ...next, locked: true };
  }
  return next;
}

function scalars(progress: StreakProgress): Scalars {
  const { evidence: _, ...rest } = progress;
  return rest;
}

/**
 * Folds one event into the progress. Events of other assignments and of types that do not
 * matter return the same object. A voiding event cannot be undone by a fold: to apply voids,
 * rebuild with {@link streakProgress}.
 */
export function foldStreak(
  progress: StreakProgress,
  event: TutorEvent,
  rule: StreakRule,
  dayOf: (at: number) => string,
): StreakProgress {
  const evidence: StreakEvidence[] = [];
  const before = scalars(progress);
  const after = step(before, event, rule, dayOf, evidence);
  if (after === before && evidence.length === 0) return progress;
  return { ...after, evidence: evidence.length === 0 ? progress.evidence : [...progress.evidence, ...evidence] };
}

/**
 * The progress of one skill-builder assignment from a log: events are deduplicated by id and put
 * in deterministic order (`compareEvents`), voided events are dropped, then folded. The log
 * should be one learner's; pass `learner` to pick one out of a group's log.
 */
export function streakProgress(
  events: readonly TutorEvent[],
  assignment: string,
  rule: StreakRule,
  dayOf: (at: number) => string,
  learner?: string,
): StreakProgress {
  const evidence: StreakEvidence[] = [];
  let state = scalars(initialStreak(assignment));
  for (const event of withoutVoided(mergeEvents(events))) {
    if (learner !== undefined && event.learner !== learner) continue;
    state = step(state, event, rule, dayOf, evidence);
  }
  return { ...state, evidence };
}
