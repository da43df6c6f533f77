/** A small pack and helpers for engine tests: seats, commands and a fixed clock. */
import type { CheckOptions } from '../answers/check.js';
import type { TutorEvent } from '../events/types.js';
import type { Pack, Problem } from '../format/schema.js';
import { type Decision, decide, type SeatCommand, type SeatContext } from '../session/decide.js';
import { INITIAL_SEAT, type SeatState } from '../session/state.js';

function numericProblem(id: string, skill: string, value: number): Problem {
  return {
    id,
    skill,
    stem: `What is $${value - 1} + 1$?`,
    answer: { kind: 'numeric', value },
    hints: [
      { text: 'Count on by one.' },
      { text: 'Start at the first number.' },
      { text: `It is ${value}.`, bottomOut: true },
    ],
    wrongAnswers: [
      {
        match: String(value + 1),
        feedback: 'Too far.',
        misconception: 'overcount',
        tutorMove: 'Ask: where did you start counting?',
      },
    ],
  };
}

/** Skill builders on a streak rule (3 in a row, 5 a day) and a BKT rule; a check; a practice set. */
export function enginePack(): Pack {
  const add = Array.from({ length: 6 }, (_, i) => numericProblem(`add-${i + 1}`, 'add', i + 2));
  const sub = Array.from({ length: 4 }, (_, i) => numericProblem(`sub-${i + 1}`, 'sub', i + 10));
  const scaffolded: Problem = {
    id: 'steps',
    skill: 'add',
    stem: 'What is $\\frac{1}{2} + \\frac{1}{3}$?',
    answer: { kind: 'numeric', value: '5/6', simplest: 'required' },
    hints: [{ text: 'Find a common denominator.' }, { text: 'It is $\\frac{5}{6}$.', bottomOut: true }],
    wrongAnswers: [
      {
        match: '2/5',
        feedback: 'Same-size pieces first.',
        misconception: 'add-across',
        tutorMove: 'Ask: are halves and thirds the same size?',
      },
    ],
    scaffold: [
      {
        id: 'denominator',
        stem: 'A denominator both can use?',
        answer: { kind: 'numeric', value: 6 },
        hints: [{ text: 'Count by 2s and 3s.' }],
      },
      { id: 'halves', stem: '$\\frac{1}{2} = \\frac{?}{6}$', answer: { kind: 'numeric', value: 3 } },
    ],
  };
  const choice: Problem = {
    id: 'pick',
    skill: 'add',
    stem: 'Which is 4?',
    answer: {
      kind: 'choice',
      select: 'single',
      options: [
        { id: 'a', text: '2 + 2' },
        { id: 'b', text: '2 + 3' },
      ],
      correct: ['a'],
    },
    hints: [{ text: 'Add them.' }],
    wrongAnswers: [
      { match: ['b'], feedback: 'Add again.', misconception: 'overcount', tutorMove: 'Ask: what is 2 + 3?' },
    ],
  };
  const open: Problem = {
    id: 'explain',
    skill: 'add',
    stem: 'Explain why.',
    answer: { kind: 'open' },
    hints: [{ text: 'Use a picture.' }],
  };
  return {
    format: 'tutorkit.pack/1',
    id: 'test.engine',
    version: '1.0.0',
    title: 'Engine fixture',
    license: 'CC0-1.0',
    authors: [{ name: 'Tests' }],
    locales: ['en'],
    skills: [
      { id: 'add', title: 'Add one', standards: ['1.OA.C.5'], mastery: { model: 'streak', streak: 3, dailyLimit: 5 } },
      { id: 'sub', title: 'Bigger numbers', standards: ['1.OA.C.6'], mastery: { model: 'bkt' } },
    ],
    misconceptions: [
      { id: 'overcount', title: 'Counts one too many' },
      { id: 'add-across', title: 'Adds tops and bottoms' },
    ],
    problems: [...add, ...sub, scaffolded, choice, open],
    assignments: [
      { id: 'sb-add', kind: 'skill-builder', title: 'Add one', skill: 'add', problems: add.map((p) => p.id) },
      { id: 'sb-sub', kind: 'skill-builder', title: 'Bigger', skill: 'sub', problems: sub.map((p) => p.id) },
      { id: 'check', kind: 'check', title: 'Check', problems: ['steps', 'pick', 'add-1'] },
      { id: 'practice', kind: 'practice', title: 'Practice', problems: ['explain', 'pick'] },
    ],
  };
}

export const DAY = 86_400_000;
/** 2026-09-01T13:00:00Z: a school morning. */
export const T0 = Date.UTC(2026, 8, 1, 13);

/** Calendar days in UTC, by arithmetic, for tests. */
export const dayOfUtc = (at: number) => String(Math.floor(at / DAY));

/** Drives one seat through commands, keeping every event, like a device would. */
export class TestSeat {
  state: SeatState = INITIAL_SEAT;
  readonly log: TutorEvent[] = [];
  now = T0;

  constructor(
    readonly pack: Pack,
    readonly learner = 'learner-a',
    private session = 'session-1',
    readonly device = 'device-1',
    readonly check: CheckOptions = {},
  ) {}

  context(): SeatContext {
    return {
      pack: this.pack,
      dayOf: dayOfUtc,
      learner: this.learner,
      group: 'group-1',
      session: this.session,
      device: this.device,
      now: this.now,
      check: this.check,
    };
  }

  newSession(id: string): void {
    this.session = id;
  }

  run(command: SeatCommand, advanceMs = 1000): Decision {
    this.now += advanceMs;
    const decision = decide(this.state, command, this.context());
    if (decision.ok) {
      this.state = decision.state;
      this.log.push(...decision.events);
    }
    return decision;
  }

  /** Runs a command that must succeed, returning its events. */
  do(command: SeatCommand, advanceMs = 1000): readonly TutorEvent[] {
    const decision = this.run(command, advanceMs);
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.refusal} (${decision.message})`);
    return decision.events;
  }

  /** The correct response to the problem shown now. */
  correctAnswer(): string | string[] {
    const id = this.state.run?.current?.id;
    const problem = this.pack.problems.find((p) => p.id === id);
    if (!problem) throw new Error('no problem shown');
    const answer = problem.answer;
    if (answer.kind === 'numeric') return String(answer.value);
    if (answer.kind === 'choice') return [...answer.correct];
    return 'an explanation';
  }
}
