/**
 * The state of one student's seat, and how each event changes it. State changes only through
 * `evolve`, so replaying a seat's events rebuilds exactly the state the reducer built.
 */
import type { Verdict } from '../answers/verdict.js';
import type { AssignmentEnded, AssignmentStarted, TutorEvent } from '../events/types.js';
import type { Assignment, Pack, Problem } from '../format/schema.js';
import { type BktProgress, foldBkt, initialBkt, resolveBktParams } from '../mastery/bkt.js';
import {
  foldStreak,
  initialStreak,
  resolveStreakRule,
  type StreakProgress,
  type StreakRule,
} from '../mastery/streak.js';

export interface StepState {
  readonly attempts: number;
  readonly hints: number;
  readonly done: boolean;
}

export interface ProblemState {
  readonly id: string;
  readonly shownAt: number;
  /** Wrong or right answers that count; "try again" verdicts (unreadable, wrong form, simplify) do not. */
  readonly attempts: number;
  readonly hints: number;
  readonly bottomOut: boolean;
  readonly scaffoldOpened: boolean;
  readonly steps: Readonly<Record<string, StepState>>;
  readonly completed: boolean;
  readonly overridden: boolean;
  readonly lastVerdict?: Verdict;
  readonly lastResponse?: string | readonly string[];
}

export interface AssignmentRun {
  readonly id: string;
  readonly kind: AssignmentStarted['kind'];
  readonly seed: string;
  /** Problems shown in this run, in order. */
  readonly shown: readonly string[];
  readonly current?: ProblemState;
  readonly ended?: AssignmentEnded['reason'];
}

export interface SeatState {
  readonly learner?: string;
  readonly session?: string;
  readonly active: boolean;
  readonly locale?: string;
  /** Next sequence number per `session|device`. */
  readonly seq: Readonly<Record<string, number>>;
  readonly run?: AssignmentRun;
  /** Skill-builder progress by assignment id (streak model; also counts the daily limit). */
  readonly streaks: Readonly<Record<string, StreakProgress>>;
  /** BKT estimate by skill id, for every skill practised. */
  readonly bkt: Readonly<Record<string, BktProgress>>;
  readonly completedProblems: number;
}

/** What `evolve` needs besides the event: the pack, and the school's calendar. */
export interface SeatEnvironment {
  readonly pack: Pack;
  /** The calendar day of a timestamp, e.g. `utcDay(-300)` for UTC−5. Daily limits reset when it changes. */
  readonly dayOf: (at: number) => string;
}

export const INITIAL_SEAT: SeatState = {
  active: false,
  seq: {},
  streaks: {},
  bkt: {},
  completedProblems: 0,
};

export function findAssignment(pack: Pack, id: string): Assignment | undefined {
  return pack.assignments?.find((a) => a.id === id);
}

export function findProblem(pack: Pack, id: string): Problem | undefined {
  return pack.problems.find((p) => p.id === id);
}

/** The streak rule that governs a skill builder: its own, else its skill's, else the defaults. */
export function streakRuleFor(pack: Pack, assignment: Assignment): StreakRule {
  const skill = assignment.kind === 'skill-builder' ? pack.skills.find((s) => s.id === assignment.skill) : undefined;
  const rule = (assignment.kind === 'skill-builder' ? assignment.mastery : undefined) ?? skill?.mastery;
  if (rule?.model === 'bkt') {
    // BKT decides mastery; the streak fold still enforces the daily limit.
    return {
      streak: Number.POSITIVE_INFINITY,
      dailyLimit: resolveStreakRule({ dailyLimit: rule.dailyLimit ?? 10 }).dailyLimit,
    };
  }
  return resolveStreakRule(rule ?? {});
}

/** The mastery model a skill builder uses. */
export function masteryModelFor(pack: Pack, assignment: Assignment): 'streak' | 'bkt' {
  const skill = assignment.kind === 'skill-builder' ? pack.skills.find((s) => s.id === assignment.skill) : undefined;
  const rule = (assignment.kind === 'skill-builder' ? assignment.mastery : undefined) ?? skill?.mastery;
  return rule?.model === 'bkt' ? 'bkt' : 'streak';
}

export function bktParamsFor(pack: Pack, skillId: string) {
  const skill = pack.skills.find((s) => s.id === skillId);
  return resolveBktParams(skill?.mastery?.model === 'bkt' ? skill.mastery : undefined);
}

function updateProblem(state: SeatState, change: (p: ProblemState) => ProblemState): SeatState {
  const run = state.run;
  if (!run?.current) return state;
  return { ...state, run: { ...run, current: change(run.current) } };
}

function updateStep(problem: ProblemState, step: string, change: (s: StepState) => StepState): ProblemState {
  const current = problem.steps[step] ?? { attempts: 0, hints: 0, done: false };
  return { ...problem, steps: { ...problem.steps, [step]: change(current) } };
}

/** Verdicts that ask the student to fix the form of an answer rather than marking it wrong. */
export function isTryAgain(verdict: Verdict): boolean {
  return verdict === 'unreadable' || verdict === 'wrong-form' || verdict === 'needs-simplifying';
}

function foldMastery(state: SeatState, event: TutorEvent, env: SeatEnvironment): SeatState {
  if (event.type === 'problem.completed' && event.ungraded) return state;
  let { streaks, bkt } = state;
  if (event.type === 'problem.completed' || event.type === 'tutor.reset' || event.type === 'assignment.started') {
    const assignmentId = event.assignment;
    const assignment = findAssignment(env.pack, assignmentId);
    if (assignment?.kind === 'skill-builder') {
      const before = streaks[assignmentId] ?? initialStreak(assignmentId);
      streaks = {
        ...streaks,
        [assignmentId]: foldStreak(before, event, streakRuleFor(env.pack, assignment), env.dayOf),
      };
    }
  }
  if (event.type === 'problem.completed') {
    const params = bktParamsFor(env.pack, event.skill);
    const before = bkt[event.skill] ?? initialBkt(event.skill, params);
    bkt = { ...bkt, [event.skill]: foldBkt(before, event, params) };
  }
  return streaks === state.streaks && bkt === state.bkt ? state : { ...state, streaks, bkt };
}

function evolveRun(state: SeatState, event: TutorEvent): SeatState {
  switch (event.type) {
    case 'session.started':
      return { ...state, learner: event.learner, session: event.session, active: true, locale: event.locale };
    case 'session.ended':
      return { ...state, active: false };
    case 'assignment.started':
      return { ...state, run: { id: event.assignment, kind: event.kind, seed: event.seed, shown: [] } };
    case 'assignment.ended':
      return state.run?.id === event.assignment ? { ...state, run: { ...state.run, ended: event.reason } } : state;
    case 'problem.shown': {
      const run = state.run;
      if (!run || run.id !== event.assignment) return state;
      const current: ProblemState = {
        id: event.problem,
        shownAt: event.at,
        attempts: 0,
        hints: 0,
        bottomOut: false,
        scaffoldOpened: false,
        steps: {},
        completed: false,
        overridden: false,
      };
      return { ...state, run: { ...run, shown: [...run.shown, event.problem], current } };
    }
    case 'answer.submitted': {
      const counts = !isTryAgain(event.verdict) && event.verdict !== 'ungraded';
      const step = event.step;
      if (step !== undefined) {
        return updateProblem(state, (p) =>
          updateStep(p, step, (s) => ({
            ...s,
            attempts: s.attempts + (counts ? 1 : 0),
            done: s.done || event.verdict === 'correct',
          })),
        );
      }
      return updateProblem(state, (p) => ({
        ...p,
        attempts: p.attempts + (counts ? 1 : 0),
        lastVerdict: event.verdict,
        lastResponse: event.response,
      }));
    }
    case 'hint.revealed': {
      const step = event.step;
      if (step !== undefined)
        return updateProblem(state, (p) => updateStep(p, step, (s) => ({ ...s, hints: s.hints + 1 })));
      return updateProblem(state, (p) => ({ ...p, hints: p.hints + 1, bottomOut: p.bottomOut || event.bottomOut }));
    }
    case 'scaffold.opened':
      return updateProblem(state, (p) => ({ ...p, scaffoldOpened: true }));
    case 'tutor.override':
      return updateProblem(state, (p) => ({ ...p, overridden: true }));
    case 'problem.completed':
      return {
        ...updateProblem(state, (p) => ({ ...p, completed: true })),
        completedProblems: state.completedProblems + 1,
      };
    default:
      return state;
  }
}

/** Folds one event into the seat. Events of types the seat does not use leave it unchanged. */
export function evolve(state: SeatState, event: TutorEvent, env: SeatEnvironment): SeatState {
  return foldMastery(evolveRun(advanceSeq(state, event), event), event, env);
}

/** Sequence numbers move past every event written, counted or not, so ids are never reused. */
function advanceSeq(state: SeatState, event: TutorEvent): SeatState {
  const key = `${event.session}|${event.device}`;
  return { ...state, seq: { ...state.seq, [key]: Math.max(state.seq[key] ?? 0, event.seq + 1) } };
}

/**
 * Rebuilds a seat from its events in the order they were written. An event seen twice (a
 * retried upload, a merged log) counts once; voided events do not count.
 */
export function replaySeat(events: readonly TutorEvent[], env: SeatEnvironment): SeatState {
  const seen = new Set<string>();
  const voided = new Set(events.flatMap((e) => (e.type === 'event.voided' ? [e.target] : [])));
  let state = INITIAL_SEAT;
  for (const event of events) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    state =
      event.type === 'event.voided' || voided.has(event.id) ? advanceSeq(state, event) : evolve(state, event, env);
  }
  return state;
}
