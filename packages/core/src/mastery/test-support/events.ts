/**
 * Test helpers: a small builder of event logs for the mastery and export tests. Not part of the
 * package's API (the purity test skips `test-support` folders).
 */
import type { EventEnvelope, ProblemCompleted, TutorEvent, TutorEventType } from '../../events/types.js';

/** 2026-09-01T14:00:00.000Z, a Tuesday afternoon in UTC. */
export const T0 = 1_788_271_200_000;
export const MINUTE = 60_000;
export const DAY = 86_400_000;

type Payload<E extends TutorEvent> = Omit<E, keyof EventEnvelope | 'type'> & Partial<EventEnvelope>;
type Of<K extends TutorEventType> = Extract<TutorEvent, { type: K }>;

/** Writes events one minute apart, with ids `e1`, `e2`, … and sequence numbers from 0. */
export class LogBuilder {
  readonly events: TutorEvent[] = [];
  at: number;
  private seq = 0;

  constructor(
    readonly learner = 'learner-a',
    at = T0,
    readonly prefix = 'e',
  ) {
    this.at = at;
  }

  /** Moves the clock on. */
  wait(ms: number): this {
    this.at += ms;
    return this;
  }

  add<K extends TutorEventType>(type: K, payload: Payload<Of<K>>): Of<K> {
    const event = {
      id: `${this.prefix}${this.events.length + 1}`,
      v: 1,
      at: this.at,
      learner: this.learner,
      group: 'group-1',
      session: 'session-1',
      device: 'device-1',
      seq: this.seq,
      type,
      ...payload,
    } as unknown as Of<K>;
    this.seq += 1;
    this.at += MINUTE;
    this.events.push(event);
    return event;
  }

  completed(firstTry: boolean, options: Partial<Omit<ProblemCompleted, 'type' | 'firstTry'>> = {}): ProblemCompleted {
    return this.add('problem.completed', {
      assignment: 'sb-1',
      problem: `p${this.events.length + 1}`,
      credit: firstTry ? 1 : 0.5,
      firstTry,
      attempts: firstTry ? 1 : 2,
      hints: 0,
      bottomOut: false,
      overridden: false,
      ungraded: false,
      skill: 'skill-1',
      ...options,
    });
  }

  reset(assignment = 'sb-1'): Of<'tutor.reset'> {
    return this.add('tutor.reset', { assignment, tutor: 'tutor-1' });
  }

  void(target: string, reason = 'device left on by mistake'): Of<'event.voided'> {
    return this.add('event.voided', { target, reason });
  }
}

/** One event of every type, so tests can check that each is handled (the map type keeps it complete). */
export function oneOfEachType(): { readonly [K in TutorEventType]: Of<K> } {
  const log = new LogBuilder();
  return {
    'session.started': log.add('session.started', {
      pack: { id: 'tutorkit.fractions', version: '1.2.0' },
      locale: 'es',
    }),
    'assignment.started': log.add('assignment.started', { assignment: 'sb-1', kind: 'skill-builder', seed: 's1' }),
    'problem.shown': log.add('problem.shown', { assignment: 'sb-1', problem: 'p1' }),
    'answer.submitted': log.add('answer.submitted', {
      assignment: 'sb-1',
      problem: 'p1',
      response: '=HYPERLINK("http://x","5/6")',
      attempt: 1,
      verdict: 'incorrect',
      reason: 'numeric/not-equal',
      wrongAnswer: 0,
      misconception: 'add-denominators',
    }),
    'hint.revealed': log.add('hint.revealed', { assignment: 'sb-1', problem: 'p1', index: 0, bottomOut: false }),
    'scaffold.opened': log.add('scaffold.opened', { assignment: 'sb-1', problem: 'p1' }),
    'tutor.helped': log.add('tutor.helped', { problem: 'p1', tutor: 'tutor-1' }),
    'tutor.override': log.add('tutor.override', {
      assignment: 'sb-1',
      problem: 'p1',
      reason: 'said 5/6 aloud',
      tutor: 'tutor-1',
    }),
    'problem.completed': log.completed(false, { problem: 'p1', credit: 0.25, attempts: 2, hints: 1, overridden: true }),
    'mastery.changed': log.add('mastery.changed', { skill: 'skill-1', model: 'bkt', mastered: true, estimate: 0.96 }),
    'tutor.note': log.add('tutor.note', { text: 'Works well with, "pictures"\nneeds breaks', tutor: 'tutor-1' }),
    'tutor.reset': log.reset(),
    'assignment.ended': log.add('assignment.ended', { assignment: 'sb-1', reason: 'daily-limit' }),
    'event.voided': log.void('e3'),
    'session.ended': log.add('session.ended', { reason: 'finished' }),
  };
}
