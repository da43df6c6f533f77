/**
 * The tutor's live view of a group: a pure fold of the learners' events plus a clock reading.
 * Events are merged by id and put in a deterministic order first, so the view is the same
 * whatever order they arrived in and however often one was delivered.
 */
import { mergeEvents, type TutorEvent, withoutVoided } from '../events/types.js';
import type { Pack } from '../format/schema.js';
import { textFor } from '../format/texts.js';

export interface LastWrong {
  readonly problem: string;
  readonly response: string | readonly string[];
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

interface Working {
  live: Mutable<LearnerLive>;
  shownAt: number;
}

function fold(w: Working, event: TutorEvent): void {
  const live = w.live;
  live.lastEventAt = Math.max(live.lastEventAt, event.at);
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
      if (event.assignment === live.assignment) live.assignmentEnded = event.reason;
      break;
    case 'tutor.reset':
      if (event.assignment === live.assignment && live.assignmentEnded === 'daily-limit') delete live.assignmentEnded;
      break;
    case 'problem.shown':
      Object.assign(live, { problem: event.problem, ...FRESH_PROBLEM });
      delete live.lastWrong;
      w.shownAt = event.at;
      break;
    case 'answer.submitted':
      if (event.step !== undefined || event.problem !== live.problem) break;
      if (event.verdict === 'incorrect') {
        live.attempts++;
        live.wrongTries++;
        live.lastWrong = {
          problem: event.problem,
          response: event.response,
          at: event.at,
          ...(event.wrongAnswer === undefined ? {} : { wrongAnswer: event.wrongAnswer }),
          ...(event.misconception === undefined ? {} : { misconception: event.misconception }),
        };
      } else if (event.verdict === 'correct') live.attempts++;
      else if (event.verdict === 'unreadable') live.unreadableTries++;
      break;
    case 'hint.revealed':
      if (event.step === undefined && event.problem === live.problem) {
        live.hints++;
        live.bottomOut ||= event.bottomOut;
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

function seconds(ms: number): number {
  return Math.round(ms / 1000);
}

function tutorMove(
  pack: Pack | undefined,
  locale: string | undefined,
  wrong: LastWrong | undefined,
): string | undefined {
  if (!pack || wrong?.wrongAnswer === undefined) return undefined;
  const move = pack.problems.find((p) => p.id === wrong.problem)?.wrongAnswers?.[wrong.wrongAnswer]?.tutorMove;
  return move === undefined
    ? undefined
    : textFor<string>(move, locale ?? pack.locales[0] ?? 'en', pack.locales[0] ?? 'en');
}

function misconceptionTitle(pack: Pack | undefined, locale: string | undefined, id: string): string | undefined {
  const found = pack?.misconceptions?.find((m) => m.id === id);
  return found && pack
    ? textFor<string>(found.title, locale ?? pack.locales[0] ?? 'en', pack.locales[0] ?? 'en')
    : undefined;
}

function helpFor(live: LearnerLive, options: GroupViewOptions): HelpNeed | undefined {
  const reasons: HelpReason[] = [];
  const idleAfter = options.idleAfterMs ?? 90_000;
  const working = live.active && live.problem !== undefined && !live.problemDone && !live.assignmentEnded;
  if (live.assignmentEnded === 'daily-limit') {
    reasons.push({
      code: 'daily-limit',
      words: `reached the daily limit on ${live.assignment} without mastering it`,
      weight: 5,
    });
  }
  if (working && live.bottomOut)
    reasons.push({ code: 'bottom-out', words: `used the bottom-out hint on ${live.problem}`, weight: 4 });
  if (working && live.wrongTries >= 2) {
    const last = live.lastWrong
      ? `; last answer ${Array.isArray(live.lastWrong.response) ? live.lastWrong.response.join(', ') : live.lastWrong.response}`
      : '';
    reasons.push({
      code: 'repeated-wrong',
      words: `${live.wrongTries} wrong tries on ${live.problem}${last}`,
      weight: 3 + live.wrongTries,
    });
  }
  if (working && live.unreadableTries >= 2) {
    reasons.push({
      code: 'unreadable',
      words: `${live.unreadableTries} answers the computer could not read on ${live.problem}`,
      weight: 2,
    });
  }
  if (working && live.idleMs >= idleAfter)
    reasons.push({
      code: 'idle',
      words: `idle ${seconds(live.idleMs)} s on ${live.problem}`,
      weight: 2 + Math.min(3, Math.floor(live.idleMs / idleAfter) - 1),
    });
  if (working && live.hints >= 2 && !live.bottomOut)
    reasons.push({ code: 'many-hints', words: `used ${live.hints} hints on ${live.problem}`, weight: 1 });
  if (reasons.length === 0) return undefined;
  const ask = tutorMove(options.pack, options.locale, live.lastWrong);
  return {
    learner: live.learner,
    score: reasons.reduce((n, r) => n + r.weight, 0),
    reasons,
    ...(ask === undefined ? {} : { ask }),
  };
}

function alertsFor(events: readonly TutorEvent[], options: GroupViewOptions): GroupAlert[] {
  const windowStart = options.now - (options.alertWindowMs ?? 600_000);
  const byMisconception = new Map<string, { learners: Set<string>; firstAt: number; lastAt: number }>();
  for (const event of events) {
    if (
      event.type !== 'answer.submitted' ||
      event.misconception === undefined ||
      event.at < windowStart ||
      event.at > options.now
    )
      continue;
    const entry = byMisconception.get(event.misconception) ?? {
      learners: new Set(),
      firstAt: event.at,
      lastAt: event.at,
    };
    entry.learners.add(event.learner);
    entry.firstAt = Math.min(entry.firstAt, event.at);
    entry.lastAt = Math.max(entry.lastAt, event.at);
    byMisconception.set(event.misconception, entry);
  }
  const alerts: GroupAlert[] = [];
  for (const [misconception, entry] of byMisconception) {
    if (entry.learners.size < 2) continue;
    const title = misconceptionTitle(options.pack, options.locale, misconception);
    alerts.push({
      misconception,
      ...(title === undefined ? {} : { title }),
      learners: [...entry.learners].sort(),
      firstAt: entry.firstAt,
      lastAt: entry.lastAt,
      words: `${entry.learners.size} students show the same mistake (${title ?? misconception}) in the last ${seconds(options.now - windowStart) / 60} minutes: a moment to teach it to the group`,
    });
  }
  return alerts.sort((a, b) => b.learners.length - a.learners.length || a.misconception.localeCompare(b.misconception));
}

/** Folds a group's events into the tutor's live view at time `options.now`. */
export function groupView(events: readonly TutorEvent[], options: GroupViewOptions): GroupView {
  const ordered = withoutVoided(mergeEvents(events));
  const working = new Map<string, Working>();
  for (const event of ordered) {
    let w = working.get(event.learner);
    if (!w) {
      w = { live: blank(event.learner), shownAt: event.at };
      working.set(event.learner, w);
    }
    fold(w, event);
  }
  const learners = [...working.values()]
    .map(({ live, shownAt }) => ({
      ...live,
      timeOnProblemMs: live.problem !== undefined && !live.problemDone ? Math.max(0, options.now - shownAt) : 0,
      idleMs: Math.max(0, options.now - live.lastEventAt),
    }))
    .sort((a, b) => (a.learner < b.learner ? -1 : a.learner > b.learner ? 1 : 0));
  const needsHelp = learners
    .flatMap((live) => helpFor(live, options) ?? [])
    .sort((a, b) => b.score - a.score || (a.learner < b.learner ? -1 : 1));
  return { learners, needsHelp, alerts: alertsFor(ordered, options) };
}
