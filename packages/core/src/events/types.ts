/**
 * Events: every student and tutor action becomes one immutable event. The event log is the only
 * durable state; everything shown is a projection (a pure fold) over events.
 */
import type { Verdict } from '../answers/verdict.js';

/** The version of the event envelope and payloads described here. */
export const EVENT_VERSION = 1;

/** Fields every event carries. `learner`, `group`, `session`, `device` are opaque references, never names. */
export interface EventEnvelope {
  /** Unique and stable across retries: the same action sent twice is one event. */
  readonly id: string;
  readonly v: typeof EVENT_VERSION;
  /** Milliseconds since the Unix epoch, from the clock the caller passed in. */
  readonly at: number;
  readonly learner: string;
  readonly group: string;
  readonly session: string;
  readonly device: string;
  /** Order of the event among those one device wrote in one session, from 0. */
  readonly seq: number;
}

/** Where in a seat an event happened. */
export interface ProblemRef {
  readonly assignment: string;
  readonly problem: string;
}

export interface SessionStarted extends EventEnvelope {
  readonly type: 'session.started';
  readonly pack: { readonly id: string; readonly version: string };
  readonly locale: string;
}

export interface SessionEnded extends EventEnvelope {
  readonly type: 'session.ended';
  readonly reason: 'finished' | 'left' | 'timeout' | 'tutor';
}

export interface AssignmentStarted extends EventEnvelope {
  readonly type: 'assignment.started';
  readonly assignment: string;
  readonly kind: 'skill-builder' | 'check' | 'practice';
  /** Seed of the problem draw, so that replay draws the same problems. */
  readonly seed: string;
}

export interface AssignmentEnded extends EventEnvelope {
  readonly type: 'assignment.ended';
  readonly assignment: string;
  /** `mastered` (skill builder), `finished` (all problems done), `daily-limit` (locked until tomorrow or a tutor reset). */
  readonly reason: 'mastered' | 'finished' | 'daily-limit';
}

export interface ProblemShown extends EventEnvelope, ProblemRef {
  readonly type: 'problem.shown';
}

export interface AnswerSubmitted extends EventEnvelope, ProblemRef {
  readonly type: 'answer.submitted';
  /** Set when the answer is to a scaffold step rather than the problem itself. */
  readonly step?: string;
  /** What the student entered: text, or the ids of the chosen options. */
  readonly response: string | readonly string[];
  /** 1 for the first attempt at this problem (or step). */
  readonly attempt: number;
  readonly verdict: Verdict;
  readonly reason: string;
  /** Index of the matched common wrong answer, and its misconception. */
  readonly wrongAnswer?: number;
  readonly misconception?: string;
}

export interface HintRevealed extends EventEnvelope, ProblemRef {
  readonly type: 'hint.revealed';
  readonly step?: string;
  /** Position in the ladder, from 0. */
  readonly index: number;
  readonly bottomOut: boolean;
}

export interface ScaffoldOpened extends EventEnvelope, ProblemRef {
  readonly type: 'scaffold.opened';
}

export interface ProblemCompleted extends EventEnvelope, ProblemRef {
  readonly type: 'problem.completed';
  /** 1 for correct on the first try without help, less with attempts and hints, 0 when shown the answer. */
  readonly credit: number;
  /** Correct on the first attempt, with no hint, scaffold or override: what skill builders count. */
  readonly firstTry: boolean;
  readonly attempts: number;
  readonly hints: number;
  readonly bottomOut: boolean;
  readonly overridden: boolean;
  /** An open answer waiting for the tutor's score: not evidence of mastery either way. */
  readonly ungraded: boolean;
  /** Skill practised, copied here so mastery folds need no pack. */
  readonly skill: string;
}

export interface MasteryChanged extends EventEnvelope {
  readonly type: 'mastery.changed';
  readonly skill: string;
  readonly model: 'streak' | 'bkt';
  readonly mastered: boolean;
  /** BKT's probability that the skill is known, or the streak length. */
  readonly estimate: number;
}

export interface TutorOverride extends EventEnvelope, ProblemRef {
  readonly type: 'tutor.override';
  /** The tutor accepts the student's answer: e.g. "said 5/6 aloud", "typo". */
  readonly reason: string;
  readonly tutor: string;
}

export interface TutorNote extends EventEnvelope {
  readonly type: 'tutor.note';
  readonly text: string;
  readonly tutor: string;
  readonly problem?: string;
}

export interface TutorReset extends EventEnvelope {
  readonly type: 'tutor.reset';
  /** Unlocks a skill builder locked by its daily limit. */
  readonly assignment: string;
  readonly tutor: string;
}

/** The tutor sat with the learner: "who needs me now" counts only what happens after this. */
export interface TutorHelped extends EventEnvelope {
  readonly type: 'tutor.helped';
  readonly tutor: string;
  readonly problem?: string;
}

export interface EventVoided extends EventEnvelope {
  readonly type: 'event.voided';
  /** The id of the event that no longer counts (e.g. a device left on by mistake). */
  readonly target: string;
  readonly reason: string;
}

/** Every event type. */
export type TutorEvent =
  | SessionStarted
  | SessionEnded
  | AssignmentStarted
  | AssignmentEnded
  | ProblemShown
  | AnswerSubmitted
  | HintRevealed
  | ScaffoldOpened
  | ProblemCompleted
  | MasteryChanged
  | TutorOverride
  | TutorNote
  | TutorReset
  | TutorHelped
  | EventVoided;

export type TutorEventType = TutorEvent['type'];

/** Sorts events into a deterministic order: time, then device sequence, then id. */
export function compareEvents(a: EventEnvelope, b: EventEnvelope): number {
  return a.at - b.at || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A union of logs by event id, in deterministic order: sync is idempotent. Logs usually arrive
 * nearly in order, so an already-ordered input is detected in one pass and not sorted again.
 */
export function mergeEvents<E extends EventEnvelope>(...logs: readonly (readonly E[])[]): E[] {
  const all = logs.length === 1 ? (logs[0] as readonly E[]) : logs.flat();
  let ordered = true;
  for (let i = 1; i < all.length && ordered; i++) ordered = compareEvents(all[i - 1] as E, all[i] as E) <= 0;
  const sorted = ordered ? all : [...all].sort(compareEvents);
  const seen = new Set<string>();
  const out: E[] = [];
  for (const event of sorted) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    out.push(event);
  }
  return out;
}

/** Drops voided events (and the void markers themselves). */
export function withoutVoided<E extends TutorEvent>(events: readonly E[]): E[] {
  const voided = new Set<string>();
  for (const event of events) if (event.type === 'event.voided') voided.add(event.target);
  if (voided.size === 0 && !events.some((e) => e.type === 'event.voided')) return [...events];
  return events.filter((e) => e.type !== 'event.voided' && !voided.has(e.id));
}
