import { expect } from 'chai';
import fc from 'fast-check';
import type { TutorEvent } from '../events/types.js';
import { play, steps } from '../test-support/command-arbitrary.js';
import { enginePack, TestSeat } from '../test-support/engine-fixtures.js';
import { groupView } from './view.js';

function seatOn(learner: string, assignment = 'check'): TestSeat {
  const seat = new TestSeat(enginePack(), learner, `s-${learner}`, `d-${learner}`);
  seat.do({ type: 'start-session', locale: 'en' });
  seat.do({ type: 'start-assignment', assignment, seed: learner });
  return seat;
}

const at = (seats: TestSeat[]) => Math.max(...seats.map((s) => s.now));

describe('the group view', () => {
  it('shows each learner’s problem, attempts, hints and last wrong answer', () => {
    const ana = seatOn('ana');
    ana.do({ type: 'submit', response: '2/5' });
    ana.do({ type: 'reveal-hint' });
    const view = groupView(ana.log, { now: ana.now + 5000, pack: ana.pack });
    expect(view.learners).to.have.length(1);
    expect(view.learners[0]).to.include({
      learner: 'ana',
      assignment: 'check',
      problem: 'steps',
      attempts: 1,
      wrongTries: 1,
      hints: 1,
      active: true,
    });
    expect(view.learners[0]?.lastWrong).to.include({ response: '2/5', misconception: 'add-across' });
    expect(view.learners[0]?.idleMs).to.equal(5000);
    expect(view.learners[0]?.timeOnProblemMs).to.equal(ana.now + 5000 - (ana.log[2]?.at ?? 0));
  });

  it('ranks who needs help, in plain words, with what to ask', () => {
    const ana = seatOn('ana');
    const ben = seatOn('ben');
    const cy = seatOn('cy');
    ana.do({ type: 'submit', response: '2/5' });
    ana.do({ type: 'submit', response: '2/5' });
    ben.do({ type: 'reveal-hint' });
    ben.do({ type: 'reveal-hint' });
    cy.do({ type: 'submit', response: '5/6' });
    const now = at([ana, ben, cy]) + 10_000;
    const view = groupView([...ana.log, ...ben.log, ...cy.log], { now, pack: ana.pack });
    expect(view.needsHelp.map((n) => n.learner)).to.deep.equal(['ana', 'ben']);
    const [first, second] = view.needsHelp;
    expect(first?.reasons.map((r) => r.code)).to.deep.equal(['repeated-wrong']);
    expect(first?.reasons[0]?.words).to.equal('2 wrong tries on steps; last answer 2/5');
    expect(first?.ask).to.equal('Ask: are halves and thirds the same size?');
    expect(second?.reasons.map((r) => r.code)).to.deep.equal(['bottom-out']);
  });

  it('flags a learner idle for 90 seconds on an open problem', () => {
    const ana = seatOn('ana');
    expect(groupView(ana.log, { now: ana.now + 89_000 }).needsHelp).to.deep.equal([]);
    const idle = groupView(ana.log, { now: ana.now + 95_000 }).needsHelp[0];
    expect(idle?.reasons[0]).to.include({ code: 'idle', words: 'idle 95 s on steps' });
  });

  it('flags a learner who reached the daily limit, until the tutor resets it', () => {
    const ana = seatOn('ana', 'sb-add');
    for (let i = 0; i < 5; i++) {
      ana.do({ type: 'submit', response: '999' });
      ana.do({ type: 'submit', response: ana.correctAnswer() });
      if (i < 4) ana.do({ type: 'next' });
    }
    const view = groupView(ana.log, { now: ana.now });
    expect(view.needsHelp[0]?.reasons[0]).to.include({ code: 'daily-limit' });
    ana.do({ type: 'reset', assignment: 'sb-add', tutor: 't' });
    expect(groupView(ana.log, { now: ana.now }).needsHelp).to.deep.equal([]);
  });

  it('raises a group alert when two learners show the same misconception within the window', () => {
    const ana = seatOn('ana');
    const ben = seatOn('ben');
    ana.do({ type: 'submit', response: '2/5' });
    ben.do({ type: 'submit', response: '2/5' });
    const now = at([ana, ben]);
    const [alert] = groupView([...ana.log, ...ben.log], { now, pack: ana.pack }).alerts;
    expect(alert).to.include({ misconception: 'add-across', title: 'Adds tops and bottoms' });
    expect(alert?.learners).to.deep.equal(['ana', 'ben']);
    expect(groupView([...ana.log, ...ben.log], { now: now + 11 * 60_000 }).alerts).to.deep.equal([]);
    expect(groupView(ana.log, { now }).alerts).to.deep.equal([]);
  });

  it('leaves voided events out', () => {
    const ana = seatOn('ana');
    const [wrong] = ana.do({ type: 'submit', response: '2/5' });
    const [wrong2] = ana.do({ type: 'submit', response: '2/5' });
    const voids: TutorEvent[] = [wrong, wrong2].map((target, i) => ({
      id: `void-${i}`,
      v: 1,
      at: ana.now,
      learner: 'ana',
      group: 'group-1',
      session: 'hub',
      device: 'hub',
      seq: i,
      type: 'event.voided',
      target: target?.id ?? '',
      reason: 'tablet left on by the previous group',
    }));
    const view = groupView([...ana.log, ...voids], { now: ana.now });
    expect(view.learners[0]).to.include({ wrongTries: 0 });
    expect(view.needsHelp).to.deep.equal([]);
  });

  it('is the same whatever order the events arrive in, and with duplicates (property)', () => {
    fc.assert(
      fc.property(
        fc.array(steps, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (perLearner, shuffleSeed) => {
          const logs = perLearner.map((s, i) => play(s, `learner-${i}`, `device-${i}`).log);
          const all = logs.flat();
          const now = Math.max(...all.map((e) => e.at)) + 30_000;
          const expected = groupView(all, { now, pack: enginePack() });
          const shuffled =
            fc.sample(
              fc.shuffledSubarray([...all, ...all.slice(0, 5)], { minLength: all.length + Math.min(5, all.length) }),
              { seed: shuffleSeed, numRuns: 1 },
            )[0] ?? [];
          expect(groupView(shuffled, { now, pack: enginePack() })).to.deep.equal(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
