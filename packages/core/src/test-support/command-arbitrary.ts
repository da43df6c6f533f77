/** Random command sequences for property tests of the seat and the group view. */
import fc from 'fast-check';
import type { SeatCommand } from '../session/decide.js';
import { DAY, enginePack, TestSeat } from './engine-fixtures.js';

export type Step = { readonly command: SeatCommand | 'correct'; readonly advanceMs: number };

const command: fc.Arbitrary<SeatCommand | 'correct'> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('correct' as const) },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom('999', '2/5', '10/12', 'abc', '5/6', ' 3 ')
      .map((response) => ({ type: 'submit' as const, response })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(['a'], ['b'], ['a', 'b']).map((response) => ({ type: 'submit' as const, response })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('denominator', 'halves')
      .map((step) => ({ type: 'submit' as const, step, response: '6' })),
  },
  { weight: 3, arbitrary: fc.constant({ type: 'reveal-hint' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'open-scaffold' as const }) },
  { weight: 5, arbitrary: fc.constant({ type: 'next' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'override' as const, reason: 'typo', tutor: 'tutor-1' }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('sb-add', 'sb-sub')
      .map((assignment) => ({ type: 'reset' as const, assignment, tutor: 'tutor-1' })),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'note' as const, text: 'focused', tutor: 'tutor-1' }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('sb-add', 'sb-sub', 'check', 'practice'), fc.string({ maxLength: 4 }))
      .map(([assignment, seed]) => ({ type: 'start-assignment' as const, assignment, seed })),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'end-session' as const, reason: 'finished' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'start-session' as const, locale: 'en' }) },
);

export const steps: fc.Arbitrary<Step[]> = fc.array(
  fc.record({ command, advanceMs: fc.oneof(fc.integer({ min: 0, max: 120_000 }), fc.constant(DAY)) }),
  { minLength: 5, maxLength: 150, size: 'max' },
);

/** Plays steps on a fresh seat that has started a session and a skill builder. */
export function play(seatSteps: readonly Step[], learner = 'learner-a', device = 'device-1'): TestSeat {
  const seat = new TestSeat(enginePack(), learner, 'session-1', device);
  seat.do({ type: 'start-session', locale: 'en' });
  seat.do({ type: 'start-assignment', assignment: 'sb-add', seed: learner });
  for (const { command, advanceMs } of seatSteps) {
    if (command === 'correct') {
      if (seat.state.run?.current && !seat.state.run.current.completed)
        seat.run({ type: 'submit', response: seat.correctAnswer() }, advanceMs);
    } else seat.run(command, advanceMs);
  }
  return seat;
}
