/**
 * The seat's decisions: a command plus the current state and context gives events (or a refusal
 * with a reason). The state after a command is always the events folded with `evolve`, so a
 * replay of the log rebuilds it exactly.
 */
import { type CheckOptions, checkWork } from '../answers/check.js';
import { EVENT_VERSION, type EventEnvelope, type SessionEnded, type TutorEvent } from '../events/types.js';
import type { Hint, Problem } from '../format/schema.js';
import { drawOrder } from './draw.js';
import {
  bktParamsFor,
  evolve,
  findAssignment,
  findProblem,
  isTryAgain,
  masteryModelFor,
  type ProblemState,
  type SeatEnvironment,
  type SeatState,
} from './state.js';

/** Who and when: the opaque references stamped on every event, and the caller's clock reading. */
export interface SeatContext extends SeatEnvironment {
  readonly learner: string;
  readonly group: string;
  readonly session: string;
  readonly device: string;
  /** The time of this command in ms since the epoch, read from the caller's clock. */
  readonly now: number;
  /** Answer-checking options; the locale defaults to the session's. */
  readonly check?: CheckOptions;
}

export type SeatCommand =
  | { readonly type: 'start-session'; readonly locale: string }
  | { readonly type: 'start-assignment'; readonly assignment: string; readonly seed: string }
  | { readonly type: 'submit'; readonly response: string | readonly string[]; readonly step?: string }
  | { readonly type: 'reveal-hint'; readonly step?: string }
  | { readonly type: 'open-scaffold' }
  | { readonly type: 'next' }
  | { readonly type: 'override'; readonly reason: string; readonly tutor: string }
  | { readonly type: 'reset'; readonly assignment: string; readonly tutor: string }
  | { readonly type: 'note'; readonly text: string; readonly tutor: string }
  | { readonly type: 'helped'; readonly tutor: string }
  | { readonly type: 'end-session'; readonly reason: SessionEnded['reason'] };

/** Why a command was refused. The state is unchanged and nothing is written. */
export type SeatRefusal =
  | 'not-started'
  | 'already-started'
  | 'unknown-assignment'
  | 'mastered'
  | 'locked'
  | 'no-assignment'
  | 'assignment-ended'
  | 'no-problem'
  | 'problem-complete'
  | 'problem-open'
  | 'empty-response'
  | 'unknown-step'
  | 'no-scaffold'
  | 'no-more-hints';

export type Decision =
  | { readonly ok: true; readonly events: readonly TutorEvent[]; readonly state: SeatState }
  | { readonly ok: false; readonly refusal: SeatRefusal; readonly message: string };

type Payload = TutorEvent extends infer E ? (E extends TutorEvent ? Omit<E, keyof EventEnvelope> : never) : never;

/** Writes events for one command, folding each into the state as it goes. */
class Writer {
  readonly events: TutorEvent[] = [];

  constructor(
    public state: SeatState,
    private readonly ctx: SeatContext,
  ) {}

  write(payload: Payload): void {
    const { session, device } = this.ctx;
    const seq = this.state.seq[`${session}|${device}`] ?? 0;
    const envelope: EventEnvelope = {
      // Deterministic and unique per device and session: a retried upload carries the same id.
      id: `${session}.${device}.${seq}`,
      v: EVENT_VERSION,
      at: this.ctx.now,
      learner: this.ctx.learner,
      group: this.ctx.group,
      session,
      device,
      seq,
    };
    const event = { ...envelope, ...payload } as TutorEvent;
    this.events.push(event);
    this.state = evolve(this.state, event, this.ctx);
  }
}

const refuse = (refusal: SeatRefusal, message: string): Decision => ({ ok: false, refusal, message });

function currentProblem(state: SeatState, ctx: SeatContext): { problem: Problem; current: ProblemState } | Decision {
  if (!state.active) return refuse('not-started', 'the session has not started');
  const run = state.run;
  if (!run) return refuse('no-assignment', 'no assignment is open');
  const current = run.current;
  if (!current) return refuse('no-problem', 'no problem is shown');
  const problem = findProblem(ctx.pack, current.id);
  if (!problem) return refuse('no-problem', `problem "${current.id}" is not in the pack`);
  return { problem, current };
}

/** Shows the next problem of the open assignment, or ends it when there is none. */
function showNext(writer: Writer, ctx: SeatContext): void {
  const run = writer.state.run;
  const assignment = run && findAssignment(ctx.pack, run.id);
  if (!run || !assignment || run.ended) return;
  let next: string | undefined;
  if (assignment.kind === 'skill-builder') next = drawOrder(assignment.problems, run.seed, run.shown.length + 1).at(-1);
  else next = assignment.problems[run.shown.length];
  if (next === undefined) writer.write({ type: 'assignment.ended', assignment: run.id, reason: 'finished' });
  else writer.write({ type: 'problem.shown', assignment: run.id, problem: next });
}

/**
 * Credit for a completed problem: 1 for right on the first try without help, a quarter less for
 * each wrong attempt, hint and the scaffold, and 0 once the bottom-out hint gave the answer away.
 */
function credit(wrongAttempts: number, current: ProblemState): number {
  if (current.bottomOut) return 0;
  return Math.max(0, 1 - 0.25 * (wrongAttempts + current.hints + (current.scaffoldOpened ? 1 : 0)));
}

function complete(
  writer: Writer,
  ctx: SeatContext,
  problem: Problem,
  how: { overridden: boolean; ungraded: boolean },
): void {
  const run = writer.state.run;
  const current = run?.current;
  if (!run || !current) return;
  // A tutor override accepts the last answer, which had been counted as a wrong attempt.
  const wrongAttempts = Math.max(0, current.attempts - 1);
  const firstTry =
    !how.overridden && !how.ungraded && current.attempts === 1 && current.hints === 0 && !current.scaffoldOpened;
  const assignment = findAssignment(ctx.pack, run.id);
  const bktBefore = writer.state.bkt[problem.skill]?.mastered ?? false;
  writer.write({
    type: 'problem.completed',
    assignment: run.id,
    problem: problem.id,
    credit: how.ungraded ? 0 : credit(wrongAttempts, current),
    firstTry,
    attempts: current.attempts,
    hints: current.hints,
    bottomOut: current.bottomOut,
    overridden: how.overridden,
    ungraded: how.ungraded,
    skill: problem.skill,
  });
  const bkt = writer.state.bkt[problem.skill];
  const skill = ctx.pack.skills.find((s) => s.id === problem.skill);
  const skillUsesBkt = skill?.mastery?.model === 'bkt';
  if (bkt && skillUsesBkt && bkt.mastered !== bktBefore) {
    writer.write({
      type: 'mastery.changed',
      skill: problem.skill,
      model: 'bkt',
      mastered: bkt.mastered,
      estimate: bkt.pKnown,
    });
  }
  if (assignment?.kind !== 'skill-builder') return;
  const streak = writer.state.streaks[run.id];
  const model = masteryModelFor(ctx.pack, assignment);
  const mastered =
    model === 'bkt'
      ? (writer.state.bkt[assignment.skill]?.pKnown ?? 0) >= bktParamsFor(ctx.pack, assignment.skill).threshold
      : streak?.mastered;
  if (mastered) {
    if (model === 'streak' && streak) {
      writer.write({
        type: 'mastery.changed',
        skill: assignment.skill,
        model: 'streak',
        mastered: true,
        estimate: streak.streak,
      });
    } else if (model === 'bkt' && !skillUsesBkt) {
      // The builder's own BKT rule decided mastery; the skill-level event above did not fire.
      const estimate = writer.state.bkt[assignment.skill]?.pKnown ?? 0;
      writer.write({ type: 'mastery.changed', skill: assignment.skill, model: 'bkt', mastered: true, estimate });
    }
    writer.write({ type: 'assignment.ended', assignment: run.id, reason: 'mastered' });
  } else if (streak?.locked) {
    writer.write({ type: 'assignment.ended', assignment: run.id, reason: 'daily-limit' });
  }
}

function ladderFor(problem: Problem, step: string | undefined): readonly Hint[] | undefined {
  if (step === undefined) return problem.hints;
  return problem.scaffold?.find((s) => s.id === step)?.hints;
}

function startAssignment(writer: Writer, ctx: SeatContext, id: string, seed: string): Decision | undefined {
  const assignment = findAssignment(ctx.pack, id);
  if (!assignment) return refuse('unknown-assignment', `no assignment has the id "${id}"`);
  const progress = writer.state.streaks[id];
  if (assignment.kind === 'skill-builder' && progress?.mastered)
    return refuse('mastered', 'this skill builder is already mastered');
  if (progress?.locked && progress.day === ctx.dayOf(ctx.now)) {
    return refuse('locked', 'the daily limit is reached: come back tomorrow, or ask the tutor to reset it');
  }
  writer.write({ type: 'assignment.started', assignment: id, kind: assignment.kind, seed });
  showNext(writer, ctx);
  return undefined;
}

function submit(
  writer: Writer,
  ctx: SeatContext,
  response: string | readonly string[],
  step: string | undefined,
): Decision | undefined {
  const found = currentProblem(writer.state, ctx);
  if ('ok' in found) return found;
  const { problem, current } = found;
  if (current.completed) return refuse('problem-complete', 'this problem is done: go on to the next one');
  const empty = typeof response === 'string' ? response.trim() === '' : response.length === 0;
  if (empty) return refuse('empty-response', 'there is no answer to check yet');
  const work = step === undefined ? problem : problem.scaffold?.find((s) => s.id === step);
  if (!work) return refuse('unknown-step', `the problem has no step "${step}"`);
  const locale = ctx.check?.locale ?? writer.state.locale;
  const result = checkWork(work, response, { ...ctx.check, ...(locale ? { locale } : {}) });
  const counted = step === undefined ? current.attempts : (current.steps[step]?.attempts ?? 0);
  const attempt = counted + (isTryAgain(result.verdict) || result.verdict === 'ungraded' ? 0 : 1);
  const run = writer.state.run;
  if (!run) return refuse('no-assignment', 'no assignment is open');
  writer.write({
    type: 'answer.submitted',
    assignment: run.id,
    problem: problem.id,
    ...(step === undefined ? {} : { step }),
    response: typeof response === 'string' ? response : [...response],
    attempt: Math.max(1, attempt),
    verdict: result.verdict,
    reason: result.reason,
    ...(result.wrongAnswer === undefined ? {} : { wrongAnswer: result.wrongAnswer }),
    ...(result.misconception === undefined ? {} : { misconception: result.misconception }),
  });
  if (step === undefined && (result.verdict === 'correct' || result.verdict === 'ungraded')) {
    complete(writer, ctx, problem, { overridden: false, ungraded: result.verdict === 'ungraded' });
  }
  return undefined;
}

function revealHint(writer: Writer, ctx: SeatContext, step: string | undefined): Decision | undefined {
  const found = currentProblem(writer.state, ctx);
  if ('ok' in found) return found;
  const { problem, current } = found;
  if (current.completed) return refuse('problem-complete', 'this problem is done');
  const ladder = ladderFor(problem, step);
  if (!ladder) return refuse('unknown-step', `the problem has no step "${step}" with hints`);
  const index = step === undefined ? current.hints : (current.steps[step]?.hints ?? 0);
  const hint = ladder[index];
  if (!hint) return refuse('no-more-hints', 'every hint has been shown');
  const run = writer.state.run;
  if (!run) return refuse('no-assignment', 'no assignment is open');
  writer.write({
    type: 'hint.revealed',
    assignment: run.id,
    problem: problem.id,
    ...(step === undefined ? {} : { step }),
    index,
    bottomOut: hint.bottomOut === true,
  });
  return undefined;
}

function run(writer: Writer, command: SeatCommand, ctx: SeatContext): Decision | undefined {
  const state = writer.state;
  if (command.type === 'start-session') {
    if (state.active && state.session === ctx.session)
      return refuse('already-started', 'the session is already running');
    writer.write({
      type: 'session.started',
      pack: { id: ctx.pack.id, version: ctx.pack.version },
      locale: command.locale,
    });
    return undefined;
  }
  if (!state.active) return refuse('not-started', 'the session has not started');
  switch (command.type) {
    case 'start-assignment':
      return startAssignment(writer, ctx, command.assignment, command.seed);
    case 'submit':
      if (state.run?.ended) return refuse('assignment-ended', 'this assignment has ended');
      return submit(writer, ctx, command.response, command.step);
    case 'reveal-hint':
      if (state.run?.ended) return refuse('assignment-ended', 'this assignment has ended');
      return revealHint(writer, ctx, command.step);
    case 'open-scaffold': {
      const found = currentProblem(state, ctx);
      if ('ok' in found) return found;
      if (!found.problem.scaffold) return refuse('no-scaffold', 'this problem has no steps to break it into');
      if (found.current.completed) return refuse('problem-complete', 'this problem is done');
      if (found.current.scaffoldOpened) return undefined;
      writer.write({ type: 'scaffold.opened', assignment: state.run?.id ?? '', problem: found.problem.id });
      return undefined;
    }
    case 'next': {
      if (!state.run) return refuse('no-assignment', 'no assignment is open');
      if (state.run.ended) return refuse('assignment-ended', 'this assignment has ended');
      if (state.run.current && !state.run.current.completed) return refuse('problem-open', 'finish this problem first');
      showNext(writer, ctx);
      return undefined;
    }
    case 'override': {
      const found = currentProblem(state, ctx);
      if ('ok' in found) return found;
      if (found.current.completed) return refuse('problem-complete', 'this problem is done');
      writer.write({
        type: 'tutor.override',
        assignment: state.run?.id ?? '',
        problem: found.problem.id,
        reason: command.reason,
        tutor: command.tutor,
      });
      complete(writer, ctx, found.problem, { overridden: true, ungraded: false });
      return undefined;
    }
    case 'reset':
      if (!findAssignment(ctx.pack, command.assignment))
        return refuse('unknown-assignment', `no assignment has the id "${command.assignment}"`);
      writer.write({ type: 'tutor.reset', assignment: command.assignment, tutor: command.tutor });
      return undefined;
    case 'note':
      writer.write({
        type: 'tutor.note',
        text: command.text,
        tutor: command.tutor,
        ...(state.run?.current ? { problem: state.run.current.id } : {}),
      });
      return undefined;
    case 'helped':
      writer.write({
        type: 'tutor.helped',
        tutor: command.tutor,
        ...(state.run?.current ? { problem: state.run.current.id } : {}),
      });
      return undefined;
    case 'end-session':
      writer.write({ type: 'session.ended', reason: command.reason });
      return undefined;
  }
}

/** Decides what a command means for a seat: the events to write and the state after them. */
export function decide(state: SeatState, command: SeatCommand, ctx: SeatContext): Decision {
  const writer = new Writer(state, ctx);
  const refused = run(writer, command, ctx);
  return refused ?? { ok: true, events: writer.events, state: writer.state };
}
