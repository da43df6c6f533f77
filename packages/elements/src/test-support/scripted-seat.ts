/** A student driven by commands through core's engine, for tests of the tutor's elements. */
import { decide, INITIAL_SEAT, type Pack, type SeatCommand, type SeatState, type TutorEvent } from '@tutorkit/core';

export const T0 = Date.UTC(2026, 8, 1, 13);

export class ScriptedSeat {
  state: SeatState = INITIAL_SEAT;
  readonly log: TutorEvent[] = [];

  constructor(
    readonly pack: Pack,
    readonly learner: string,
    public now = T0,
    readonly group = 'g1',
  ) {}

  do(command: SeatCommand): TutorEvent[] {
    const decision = decide(this.state, command, {
      pack: this.pack,
      dayOf: (at) => String(Math.floor(at / 86_400_000)),
      learner: this.learner,
      group: this.group,
      session: `s-${this.learner}`,
      device: `d-${this.learner}`,
      now: this.now,
    });
    if (!decision.ok) throw new Error(`${command.type}: ${decision.message}`);
    this.state = decision.state;
    this.log.push(...decision.events);
    this.now += 1000;
    return [...decision.events];
  }

  start(assignment: string): this {
    this.do({ type: 'start-session', locale: 'en' });
    this.do({ type: 'start-assignment', assignment, seed: this.learner });
    return this;
  }

  get problem(): string {
    return this.state.run?.current?.id ?? '';
  }
}
