import { expect } from 'chai';
import type { ProblemCompleted, TutorEvent } from '../events/types.js';
import { DAY, enginePack, TestSeat } from '../test-support/engine-fixtures.js';
import { drawOrder } from './draw.js';
import { replaySeat } from './state.js';

const types = (events: readonly TutorEvent[]) => events.map((e) => e.type);
const completed = (events: readonly TutorEvent[]) =>
  events.find((e): e is ProblemCompleted => e.type === 'problem.completed');

function startedSeat(assignment = 'sb-add', seed = 'seed-1'): TestSeat {
  const seat = new TestSeat(enginePack());
  seat.do({ type: 'start-session', locale: 'en' });
  seat.do({ type: 'start-assignment', assignment, seed });
  return seat;
}

/** Answers the shown problem: right on the first try, or wrong `wrong` times first. */
function answer(seat: TestSeat, wrong = 0): readonly TutorEvent[] {
  for (let i = 0; i < wrong; i++) seat.do({ type: 'submit', response: '999' });
  return seat.do({ type: 'submit', response: seat.correctAnswer() });
}

describe('the seat reducer', () => {
  it('starts a session and a skill builder, showing the first problem of the seeded draw', () => {
    const seat = new TestSeat(enginePack());
    expect(types(seat.do({ type: 'start-session', locale: 'en' }))).to.deep.equal(['session.started']);
    const events = seat.do({ type: 'start-assignment', assignment: 'sb-add', seed: 'seed-1' });
    expect(types(events)).to.deep.equal(['assignment.started', 'problem.shown']);
    const pool = enginePack().assignments?.[0]?.problems ?? [];
    expect(seat.state.run?.current?.id).to.equal(drawOrder(pool, 'seed-1', 1)[0]);
  });

  it('stamps every event with the context, a stable id and an increasing sequence', () => {
    const seat = startedSeat();
    seat.do({ type: 'submit', response: '999' });
    seat.log.forEach((event, i) => {
      expect(event).to.include({
        learner: 'learner-a',
        group: 'group-1',
        session: 'session-1',
        device: 'device-1',
        seq: i,
        v: 1,
      });
      expect(event.id).to.equal(`session-1.device-1.${i}`);
    });
  });

  it('draws a pool without repeats until it is exhausted, the same way for the same seed', () => {
    const pool = ['a', 'b', 'c', 'd', 'e'];
    const order = drawOrder(pool, 'x', 12);
    expect(new Set(order.slice(0, 5)).size).to.equal(5);
    expect(new Set(order.slice(5, 10)).size).to.equal(5);
    expect(drawOrder(pool, 'x', 12)).to.deep.equal(order);
    expect(drawOrder(pool, 'y', 12)).to.not.deep.equal(order);
  });

  it('gives full credit for a first-try right answer, partial credit after a wrong one', () => {
    const seat = startedSeat('check');
    seat.do({ type: 'submit', response: '5/6' });
    expect(completed(seat.log)).to.include({ credit: 1, firstTry: true, attempts: 1, hints: 0 });
    seat.do({ type: 'next' });
    seat.do({ type: 'submit', response: ['b'] });
    const events = seat.do({ type: 'submit', response: ['a'] });
    expect(completed(events)).to.include({ credit: 0.75, firstTry: false, attempts: 2 });
  });

  it('records the matched common wrong answer and its misconception', () => {
    const seat = startedSeat('check');
    const [submitted] = seat.do({ type: 'submit', response: '2/5' });
    expect(submitted).to.include({
      type: 'answer.submitted',
      verdict: 'incorrect',
      attempt: 1,
      wrongAnswer: 0,
      misconception: 'add-across',
    });
  });

  it('asks to simplify without counting a wrong attempt', () => {
    const seat = startedSeat('check');
    const [submitted] = seat.do({ type: 'submit', response: '10/12' });
    expect(submitted).to.include({ verdict: 'needs-simplifying', attempt: 1 });
    expect(seat.state.run?.current?.attempts).to.equal(0);
    expect(completed(seat.do({ type: 'submit', response: '5/6' }))).to.include({ firstTry: true, credit: 1 });
  });

  it('masters a streak skill builder after 3 first-try right answers in a row', () => {
    const seat = startedSeat('sb-add');
    answer(seat, 1);
    seat.do({ type: 'next' });
    answer(seat);
    seat.do({ type: 'next' });
    answer(seat);
    seat.do({ type: 'next' });
    const events = answer(seat);
    expect(types(events)).to.deep.equal([
      'answer.submitted',
      'problem.completed',
      'mastery.changed',
      'assignment.ended',
    ]);
    expect(events[2]).to.include({ skill: 'add', model: 'streak', mastered: true, estimate: 3 });
    expect(events[3]).to.include({ reason: 'mastered' });
    expect(seat.run({ type: 'next' })).to.include({ ok: false, refusal: 'assignment-ended' });
    expect(seat.run({ type: 'start-assignment', assignment: 'sb-add', seed: 's2' })).to.include({
      ok: false,
      refusal: 'mastered',
    });
  });

  it('locks a skill builder at the daily limit, until the next day or a tutor reset', () => {
    const seat = startedSeat('sb-add');
    for (let i = 0; i < 5; i++) {
      const events = answer(seat, 1);
      if (i < 4) seat.do({ type: 'next' });
      else expect(events.at(-1)).to.include({ type: 'assignment.ended', reason: 'daily-limit' });
    }
    expect(seat.run({ type: 'start-assignment', assignment: 'sb-add', seed: 'again' })).to.include({
      ok: false,
      refusal: 'locked',
    });
    seat.do({ type: 'reset', assignment: 'sb-add', tutor: 'tutor-1' });
    expect(types(seat.do({ type: 'start-assignment', assignment: 'sb-add', seed: 'again' }))).to.deep.equal([
      'assignment.started',
      'problem.shown',
    ]);

    const nextDay = startedSeat('sb-add');
    for (let i = 0; i < 5; i++) {
      answer(nextDay, 1);
      if (i < 4) nextDay.do({ type: 'next' });
    }
    nextDay.now += DAY;
    expect(nextDay.run({ type: 'start-assignment', assignment: 'sb-add', seed: 'tomorrow' })).to.include({ ok: true });
  });

  it('climbs the hint ladder to the bottom-out hint, which leaves no credit', () => {
    const seat = startedSeat('check');
    expect(seat.do({ type: 'reveal-hint' })[0]).to.include({ index: 0, bottomOut: false });
    expect(seat.do({ type: 'reveal-hint' })[0]).to.include({ index: 1, bottomOut: true });
    expect(seat.run({ type: 'reveal-hint' })).to.include({ ok: false, refusal: 'no-more-hints' });
    expect(completed(seat.do({ type: 'submit', response: '5/6' }))).to.include({
      credit: 0,
      firstTry: false,
      bottomOut: true,
      hints: 2,
    });
  });

  it('breaks a problem into scaffold steps, each checked against its own answer', () => {
    const seat = startedSeat('check');
    seat.do({ type: 'open-scaffold' });
    expect(seat.do({ type: 'submit', step: 'denominator', response: '5' })[0]).to.include({
      verdict: 'incorrect',
      step: 'denominator',
    });
    expect(seat.do({ type: 'reveal-hint', step: 'denominator' })[0]).to.include({ step: 'denominator', index: 0 });
    expect(seat.do({ type: 'submit', step: 'denominator', response: '6' })[0]).to.include({ verdict: 'correct' });
    expect(seat.state.run?.current?.steps.denominator).to.deep.equal({ attempts: 2, hints: 1, done: true });
    expect(seat.run({ type: 'submit', step: 'nope', response: '1' })).to.include({
      ok: false,
      refusal: 'unknown-step',
    });
    expect(completed(seat.do({ type: 'submit', response: '5/6' }))).to.include({ firstTry: false, credit: 0.75 });
  });

  it('lets the tutor accept an answer, with a reason', () => {
    const seat = startedSeat('check');
    seat.do({ type: 'submit', response: '5 / 6 .' });
    const events = seat.do({ type: 'override', reason: 'said five sixths aloud', tutor: 'tutor-1' });
    expect(types(events)).to.deep.equal(['tutor.override', 'problem.completed']);
    expect(events[1]).to.include({ overridden: true, firstTry: false });
  });

  it('walks a check in its fixed order and ends it when every problem is done', () => {
    const seat = startedSeat('check');
    const shown: string[] = [];
    for (;;) {
      shown.push(seat.state.run?.current?.id ?? '');
      answer(seat);
      const next = seat.do({ type: 'next' });
      if (next[0]?.type === 'assignment.ended') {
        expect(next[0]).to.include({ reason: 'finished' });
        break;
      }
    }
    expect(shown).to.deep.equal(['steps', 'pick', 'add-1']);
  });

  it('completes an open answer as ungraded, for the tutor to score', () => {
    const seat = startedSeat('practice');
    const events = seat.do({ type: 'submit', response: 'Because halves are bigger than thirds.' });
    expect(events[0]).to.include({ verdict: 'ungraded' });
    expect(completed(events)).to.include({ ungraded: true, credit: 0, firstTry: false });
  });

  it('masters a BKT skill builder when P(known) passes 0.95', () => {
    const seat = startedSeat('sb-sub');
    let mastery: TutorEvent | undefined;
    for (let i = 0; i < 10 && !mastery; i++) {
      const events = answer(seat);
      mastery = events.find((e) => e.type === 'mastery.changed');
      if (!mastery) seat.do({ type: 'next' });
    }
    expect(mastery).to.include({ skill: 'sub', model: 'bkt', mastered: true });
    expect((mastery as { estimate: number }).estimate).to.be.at.least(0.95);
    expect(seat.log.at(-1)).to.include({ type: 'assignment.ended', reason: 'mastered' });
  });

  it('refuses what makes no sense, writing nothing', () => {
    const seat = new TestSeat(enginePack());
    expect(seat.run({ type: 'submit', response: '1' })).to.include({ ok: false, refusal: 'not-started' });
    seat.do({ type: 'start-session', locale: 'en' });
    expect(seat.run({ type: 'start-assignment', assignment: 'nope', seed: 's' })).to.include({
      ok: false,
      refusal: 'unknown-assignment',
    });
    seat.do({ type: 'start-assignment', assignment: 'check', seed: 's' });
    expect(seat.run({ type: 'submit', response: '   ' })).to.include({ ok: false, refusal: 'empty-response' });
    expect(seat.run({ type: 'next' })).to.include({ ok: false, refusal: 'problem-open' });
    expect(seat.log).to.have.length(3);
  });

  it('rebuilds exactly the same state by replaying its events, even with duplicates', () => {
    const seat = startedSeat('sb-add');
    answer(seat, 2);
    seat.do({ type: 'next' });
    seat.do({ type: 'reveal-hint' });
    answer(seat);
    const env = { pack: seat.pack, dayOf: seat.context().dayOf };
    expect(replaySeat(seat.log, env)).to.deep.equal(seat.state);
    expect(replaySeat([...seat.log, ...seat.log.slice(0, 3)], env)).to.deep.equal(seat.state);
  });

  it('continues the sequence in a new session without reusing ids', () => {
    const seat = startedSeat('sb-add');
    seat.do({ type: 'end-session', reason: 'finished' });
    seat.newSession('session-2');
    seat.do({ type: 'start-session', locale: 'es' });
    const ids = seat.log.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(seat.log.at(-1)).to.include({ session: 'session-2', seq: 0 });
  });
});
