/**
 * The tutor's live view of a group: a pure fold of the learners' events plus a clock reading.
 * Events are merged by id and put in a deterministic order first, so the view is the same
 * whatever order they arrived in and however often one was delivered.
 */

import type { Verdict } from '../answers/verdict.js';
import { mergeEvents, type TutorEvent, withoutVoided } from '../events/types.js';
import type { Pack } from '../format/schema.js';
import { alertsFor } from './alerts.js';
import { helpFor, type SinceHelp } from './help.js';
import { type MiniLesson, misconceptionTitleFor, tutorMoveFor } from './pack-guide.js';

export interface LastWrong {
  readonly problem: string;
  readonly response: string | readonly string[];
  readonly at: number;
  readonly wrongAnswer?: number;
  readonly misconception?: string;
}

/** The learner's last answer to the current problem (not to a scaffold step), right or wrong. */
export interface LastAnswer {
  readonly problem: string;
  readonly response: string | readonly string[];
  readonly verdict: Verdict;
  readonly at: number;
  readonly wrongAnswer?: number;
  readonly misconception?: string;
}

/** What the tutor sees of one learner right now. */
export interface LearnerLive {
  readonly learner: string;
  /** In a session that has not ended. */
  readonly active: boolean;
  readonly assignment?: string;
  readonly problem?: string;
  readonly problemDone: boolean;
  /** Counted attempts (wrong or right) on the current problem. */
  readonly attempts: number;
  readonly wrongTries: number;
  readonly unreadableTries: number;
  readonly hints: number;
  readonly bottomOut: boolean;
  readonly scaffoldOpened: boolean;
  readonly lastWrong?: LastWrong;
  readonly lastAnswer?: LastAnswer;
  /** The title of the misconception behind the last matched wrong answer (needs the pack). */
  readonly misconceptionTitle?: string;
  /** The pack's tutor move for the last matched wrong answer: what to ask (needs the pack). */
  readonly ask?: string;
  /** When the tutor last marked the learner as helped. */
  readonly helpedAt?: number;
  /** Correct on the first try, in a row, in the current assignment. */
  readonly streak: number;
  readonly completed: number;
  readonly mastered: readonly string[];
  readonly assignmentEnded?: 'mastered' | 'finished' | 'daily-limit';
  readonly timeOnProblemMs: number;
  readonly idleMs: number;
  readonly lastEventAt: number;
}

export type HelpReasonCode = 'daily-limit' | 'bottom-out' | 'repeated-wrong' | 'unreadable' | 'idle' | 'many-hints';

export interface HelpReason {
  readonly code: HelpReasonCode;
  /** Plain words for the tutor, e.g. "2 wrong tries on add-half-third". */
  readonly words: string;
  readonly weight: number;
  /** The numbers behind the words, so that an element can say them in another language. */
  readonly count?: number;
  readonly seconds?: number;
  readonly problem?: string;
  readonly assignment?: string;
  readonly response?: string;
}

/** One learner who needs the tutor, with why and, when the pack knows, what to ask. */
export interface HelpNeed {
  readonly learner: string;
  readonly score: number;
  readonly reasons: readonly HelpReason[];
  /** The tutor move of the last matched common wrong answer. */
  readonly ask?: string;
}

/** Two or more learners showing the same misconception within the window. */
export interface GroupAlert {
  readonly misconception: string;
  readonly title?: string;
  readonly learners: readonly string[];
  readonly firstAt: number;
  readonly lastAt: number;
  readonly words: string;
  /** The skill most of the matching answers practise. */
  readonly skill?: string;
  /** The skill's worked example, as a suggested mini-lesson for the group. */
  readonly lesson?: MiniLesson;
}

export interface GroupView {
  readonly learners: readonly LearnerLive[];
  /** Highest need first; learners with no reason are left out. */
  readonly needsHelp: readonly HelpNeed[];
  readonly alerts: readonly GroupAlert[];
}

export interface GroupViewOptions {
  /** The clock reading for time on problem and idle time. */
  readonly now: number;
  /** Used for misconception titles and tutor moves; without it the view still works. */
  readonly pack?: Pack;
  readonly locale?: string;
  /** Idle after this long without an event on an open problem (default 90 s). */
  readonly idleAfterMs?: number;
  /** Window for group alerts (default 10 min). */
  readonly alertWindowMs?: number;
  /**
   * The last sign of activity per learner that is not an event (e.g. typing, from the live
   * channel's presence): a learner typing is not idle.
   */
  readonly lastActiveAt?: Readonly<Record<string, number>>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The per-problem fields, as they are when a problem has just been shown. */
const FRESH_PROBLEM = {
  problemDone: false,
  attempts: 0,
  wrongTries: 0,
  unreadableTries: 0,
  hints: 0,
  bottomOut: false,
  scaffoldOpened: false,
} as const;

function blank(learner: string): Mutable<LearnerLive> {
  return {
    learner,
    active: false,
    ...FRESH_PROBLEM,
    streak: 0,
    completed: 0,
    mastered: [],
    timeOnProblemMs: 0,
    idleMs: 0,
    lastEventAt: 0,
  };
}

const NO_HELP_NEEDED: SinceHelp = { wrongTries: 0, unreadableTries: 0, hints: 0, bottomOut: false, limit: false };

interface Working {
  live: Mutable<LearnerLive>;
  shownAt: number;
  since: Mutable<SinceHelp>;
}

function fold(w: Working, event: TutorEvent): void {
  const live = w.live;
  // A note is about the learner, not by them: it says nothing about whether they are idle.
  if (event.type !== 'tutor.note') live.lastEventAt = Math.max(live.lastEventAt, event.at);
  const since = w.since;
  switch (event.type) {
    case 'session.started':
      live.active = true;
      break;
    case 'session.ended':
      live.active = false;
      break;
    case 'assignment.started':
      live.assignment = event.assignment;
      live.streak = 0;
      delete live.assignmentEnded;
      delete live.problem;
      break;
    case 'assignment.ended':
      if (event.assignment === live.assignment) {
        live.assignmentEnded = event.reason;
        since.limit = event.reason === 'daily-limit';
      }
      break;
    case 'tutor.reset':
      if (event.assignment === live.assignment && live.assignmentEnded === 'daily-limit') delete live.assignmentEnded;
      break;
    case 'tutor.helped':
      live.helpedAt = event.at;
      w.since = { ...NO_HELP_NEEDED };
      break;
    case 'problem.shown':
      Object.assign(live, { problem: event.problem, ...FRESH_PROBLEM });
      w.since = { ...NO_HELP_NEEDED, limit: since.limit };
      delete live.lastWrong;
      delete live.lastAnswer;
      w.shownAt = event.at;
      break;
    case 'answer.submitted':
      if (event.step !== undefined || event.problem !== live.problem) break;
      live.lastAnswer = {
        problem: event.problem,
        response: event.response,
        verdict: event.verdict,
        at: event.at,
        ...(event.wrongAnswer === undefined ? {} : { wrongAnswer: event.wrongAnswer }),
        ...(event.misconception === undefined ? {} : { misconception: event.misconception }),
      };
      if (event.verdict === 'incorrect') {
        live.attempts++;
        live.wrongTries++;
        since.wrongTries++;
        live.lastWrong = {
          problem: event.problem,
          response: event.response,
          at: event.at,
          ...(event.wrongAnswer === undefined ? {} : { wrongAnswer: event.wrongAnswer }),
          ...(event.misconception === undefined ? {} : { misconception: event.misconception }),
        };
      } else if (event.verdict === 'correct') live.attempts++;
      else if (event.verdict === 'unreadable') {
        live.unreadableTries++;
        since.unreadableTries++;
      }
      break;
    case 'hint.revealed':
      if (event.step === undefined && event.problem === live.problem) {
        live.hints++;
        live.bottomOut ||= event.bottomOut;
        since.hints++;
        since.bottomOut ||= event.bottomOut;
      }
      break;
    case 'scaffold.opened':
      if (event.problem === live.problem) live.scaffoldOpened = true;
      break;
    case 'problem.completed':
      live.completed++;
      if (event.problem === live.problem) live.problemDone = true;
      if (!event.ungraded) live.streak = event.firstTry ? live.streak + 1 : 0;
      break;
    case 'mastery.changed':
      live.mastered = event.mastered
        ? [...new Set([...live.mastered, event.skill])]
        : live.mastered.filter((s) => s !== event.skill);
      break;
    default:
      break;
  }
}

/** Folds a group's events into the tutor's live view at time `options.now`. */
export function groupView(events: readonly TutorEvent[], options: GroupViewOptions): GroupView {
  const ordered = withoutVoided(mergeEvents(events));
  const working = new Map<string, Working>();
  for (const event of ordered) {
    let w = working.get(event.learner);
    if (!w) {
      w = { live: blank(event.learner), shownAt: event.at, since: { ...NO_HELP_NEEDED } };
      working.set(event.learner, w);
    }
    fold(w, event);
  }
  const learners = [...working.values()]
    .map(({ live, shownAt, since }) => {
      const lastActive = Math.max(live.lastEventAt, options.lastActiveAt?.[live.learner] ?? 0);
      const wrong = live.lastWrong;
      const ask = wrong ? tutorMoveFor(options.pack, options.locale, wrong.problem, wrong.wrongAnswer) : undefined;
      const title =
        wrong?.misconception === undefined
          ? undefined
          : misconceptionTitleFor(options.pack, options.locale, wrong.misconception);
      const seen: LearnerLive = {
        ...live,
        ...(ask === undefined ? {} : { ask }),
        ...(title === undefined ? {} : { misconceptionTitle: title }),
        timeOnProblemMs: live.problem !== undefined && !live.problemDone ? Math.max(0, options.now - shownAt) : 0,
        idleMs: Math.max(0, options.now - lastActive),
      };
      return { seen, since };
    })
    .sort((a, b) => (a.seen.learner < b.seen.learner ? -1 : a.seen.learner > b.seen.learner ? 1 : 0));
  const needsHelp = learners
    .flatMap(({ seen, since }) => helpFor(seen, since, options) ?? [])
    .sort((a, b) => b.score - a.score || (a.learner < b.learner ? -1 : 1));
  return { learners: learners.map((l) => l.seen), needsHelp, alerts: alertsFor(ordered, options) };
}
