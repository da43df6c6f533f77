/** Test events and a fast-check arbitrary of append sequences, shared by the store tests. */
import { EVENT_VERSION, type EventEnvelope, type TutorEvent } from '@tutorkit/core';
import fc from 'fast-check';

interface Base {
  readonly id: string;
  readonly learner?: string;
  readonly session?: string;
  readonly at?: number;
  readonly seq?: number;
}

function envelope(base: Base): EventEnvelope {
  return {
    id: base.id,
    v: EVENT_VERSION,
    at: base.at ?? 1_700_000_000_000,
    learner: base.learner ?? 'L1',
    group: 'G1',
    session: base.session ?? 'S1',
    device: 'D1',
    seq: base.seq ?? 0,
  };
}

/** A `problem.shown` event (it has an assignment). */
export function shown(base: Base & { readonly assignment?: string; readonly problem?: string }): TutorEvent {
  return {
    ...envelope(base),
    type: 'problem.shown',
    assignment: base.assignment ?? 'A1',
    problem: base.problem ?? 'p1',
  };
}

/** An `answer.submitted` event (it has an assignment). */
export function answered(base: Base & { readonly assignment?: string; readonly response?: string }): TutorEvent {
  return {
    ...envelope(base),
    type: 'answer.submitted',
    assignment: base.assignment ?? 'A1',
    problem: 'p1',
    response: base.response ?? '5/6',
    attempt: 1,
    verdict: 'correct',
    reason: 'numeric/equal',
  };
}

/** A `session.started` event (no assignment). */
export function started(base: Base): TutorEvent {
  return { ...envelope(base), type: 'session.started', pack: { id: 'pack', version: '1.0.0' }, locale: 'en' };
}

/** A `tutor.note` event (no assignment). */
export function note(base: Base & { readonly text?: string }): TutorEvent {
  return { ...envelope(base), type: 'tutor.note', text: base.text ?? 'Good work', tutor: 'T1' };
}

/** Random events over a few ids, learners, sessions and assignments, so that ids repeat and filters hit. */
export const eventArbitrary: fc.Arbitrary<TutorEvent> = fc
  .record({
    id: fc.constantFrom(...Array.from({ length: 24 }, (_, i) => `e${i}`)),
    learner: fc.constantFrom('L1', 'L2', 'L3'),
    session: fc.constantFrom('S1', 'S2'),
    assignment: fc.constantFrom('A1', 'A2'),
    at: fc.integer({ min: 0, max: 5 }),
    seq: fc.integer({ min: 0, max: 3 }),
    kind: fc.constantFrom('shown', 'answered', 'started', 'note'),
    text: fc.string({ maxLength: 8 }),
  })
  .map(({ kind, text, ...base }) =>
    kind === 'shown'
      ? shown(base)
      : kind === 'answered'
        ? answered({ ...base, response: text })
        : kind === 'started'
          ? started(base)
          : note({ ...base, text }),
  );

/** A sequence of append batches (some empty, with repeated ids within and across batches). */
export const batchesArbitrary: fc.Arbitrary<TutorEvent[][]> = fc.array(fc.array(eventArbitrary, { maxLength: 6 }), {
  minLength: 1,
  maxLength: 8,
});

/** Every filter the stores support, over the arbitrary's values. */
export const filterArbitrary = fc.record(
  {
    learner: fc.constantFrom('L1', 'L2', 'L3', 'none'),
    session: fc.constantFrom('S1', 'S2'),
    assignment: fc.constantFrom('A1', 'A2'),
  },
  { requiredKeys: [] },
);

/** A database name no other test uses. */
export function uniqueName(prefix = 'tutorkit-test'): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
