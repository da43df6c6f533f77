/**
 * Event logs for benchmarks, written by the real seat reducer: four learners working through a
 * skill builder and a check, with wrong answers, hints and new sessions, for as many events as
 * asked. Deterministic.
 */
import { decide, INITIAL_SEAT, type Pack, type SeatCommand, type SeatState, type TutorEvent } from '@tutorkit/core';

const DAY = 86_400_000;

export function engineEvents(pack: Pack, count: number, learners = 4): TutorEvent[] {
  const events: TutorEvent[] = [];
  const seats = Array.from({ length: learners }, (_, i) => ({
    learner: `learner-${i}`,
    state: INITIAL_SEAT as SeatState,
    session: 0,
    now: Date.UTC(2026, 8, 1, 13),
  }));
  const assignments = (pack.assignments ?? []).filter((a) => a.kind !== 'practice');
  let turn = 0;
  while (events.length < count) {
    const seat = seats[turn % learners] as (typeof seats)[number];
    turn++;
    const ctx = () => ({
      pack,
      dayOf: (at: number) => String(Math.floor(at / DAY)),
      learner: seat.learner,
      group: 'group-1',
      session: `s${seat.session}`,
      device: `${seat.learner}-tablet`,
      now: seat.now,
    });
    const apply = (command: SeatCommand) => {
      seat.now += 7_000;
      const decision = decide(seat.state, command, ctx());
      if (decision.ok) {
        seat.state = decision.state;
        events.push(...decision.events);
      }
      return decision;
    };
    const run = seat.state.run;
    const current = run?.current;
    if (!seat.state.active) apply({ type: 'start-session', locale: 'en' });
    else if (!run || run.ended) {
      const assignment = assignments[turn % assignments.length];
      if (
        !assignment ||
        !apply({ type: 'start-assignment', assignment: assignment.id, seed: `${seat.learner}-${turn}` }).ok
      ) {
        apply({ type: 'end-session', reason: 'finished' });
        seat.session++;
        seat.now += DAY;
      }
    } else if (!current || current.completed) apply({ type: 'next' });
    else {
      const problem = pack.problems.find((p) => p.id === current.id);
      const answer = problem?.answer;
      const right =
        answer?.kind === 'numeric' ? String(answer.value) : answer?.kind === 'choice' ? [...answer.correct] : 'because';
      if (turn % 5 === 0) apply({ type: 'reveal-hint' });
      apply({ type: 'submit', response: turn % 3 === 0 ? '999' : right });
    }
  }
  return events.slice(0, count);
}
