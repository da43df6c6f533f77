import { expect } from 'chai';
import type { Pack } from '../format/schema.js';
import { enginePack, TestSeat } from '../test-support/engine-fixtures.js';
import { tutorActionEvents } from './actions.js';
import { groupView } from './view.js';

function seatOn(learner: string, pack: Pack = enginePack(), assignment = 'check'): TestSeat {
  const seat = new TestSeat(pack, learner, `s-${learner}`, `d-${learner}`);
  seat.do({ type: 'start-session', locale: 'en' });
  seat.do({ type: 'start-assignment', assignment, seed: learner });
  return seat;
}

/** The engine pack with a tutor guide on the skill of the `steps` problem. */
function guidedPack(): Pack {
  const pack = enginePack();
  const skill = pack.problems.find((p) => p.id === 'steps')?.skill;
  return {
    ...pack,
    skills: pack.skills.map((s) =>
      s.id === skill
        ? {
            ...s,
            tutor: {
              talkMoves: ['Ask: what size are the pieces?'],
              workedExample: {
                problem: 'Add $\\frac{1}{2} + \\frac{1}{3}$.',
                steps: ['Rename both as sixths.', 'Add the sixths: $\\frac{5}{6}$.'],
              },
            },
          }
        : s,
    ),
  };
}

describe('the group view: help, answers and lessons', () => {
  it('keeps the last answer with its verdict, the misconception title and the tutor move', () => {
    const ana = seatOn('ana');
    ana.do({ type: 'submit', response: '2/5' });
    const [live] = groupView(ana.log, { now: ana.now, pack: ana.pack }).learners;
    expect(live?.lastAnswer).to.include({ response: '2/5', verdict: 'incorrect', misconception: 'add-across' });
    expect(live?.misconceptionTitle).to.equal('Adds tops and bottoms');
    expect(live?.ask).to.equal('Ask: are halves and thirds the same size?');
  });

  it('gives the numbers behind the words of each reason', () => {
    const ana = seatOn('ana');
    ana.do({ type: 'submit', response: '2/5' });
    ana.do({ type: 'submit', response: '2/5' });
    const [need] = groupView(ana.log, { now: ana.now, pack: ana.pack }).needsHelp;
    expect(need?.reasons[0]).to.include({ code: 'repeated-wrong', count: 2, problem: 'steps', response: '2/5' });
  });

  it('counts only what happened after the tutor marked the learner as helped', () => {
    const ana = seatOn('ana');
    ana.do({ type: 'submit', response: '2/5' });
    ana.do({ type: 'submit', response: '2/5' });
    ana.do({ type: 'helped', tutor: 'tutor-1' });
    const helped = groupView(ana.log, { now: ana.now, pack: ana.pack });
    expect(helped.needsHelp).to.deep.equal([]);
    expect(helped.learners[0]).to.include({ wrongTries: 2, helpedAt: ana.now });
    ana.do({ type: 'submit', response: '2/5' });
    ana.do({ type: 'submit', response: '2/5' });
    const again = groupView(ana.log, { now: ana.now, pack: ana.pack }).needsHelp[0];
    expect(again?.reasons[0]).to.include({ code: 'repeated-wrong', count: 2 });
  });

  it('does not count a learner who is typing as idle', () => {
    const ana = seatOn('ana');
    const now = ana.now + 120_000;
    expect(groupView(ana.log, { now }).needsHelp[0]?.reasons[0]?.code).to.equal('idle');
    const typing = groupView(ana.log, { now, lastActiveAt: { ana: now - 1000 } });
    expect(typing.needsHelp).to.deep.equal([]);
    expect(typing.learners[0]?.idleMs).to.equal(1000);
  });

  it('suggests the skill’s worked example as a mini-lesson with a group alert', () => {
    const pack = guidedPack();
    const ana = seatOn('ana', pack);
    const ben = seatOn('ben', pack);
    ana.do({ type: 'submit', response: '2/5' });
    ben.do({ type: 'submit', response: '2/5' });
    const [alert] = groupView([...ana.log, ...ben.log], { now: Math.max(ana.now, ben.now), pack }).alerts;
    expect(alert?.skill).to.equal(pack.problems.find((p) => p.id === 'steps')?.skill);
    expect(alert?.lesson).to.deep.include({
      problem: 'Add $\\frac{1}{2} + \\frac{1}{3}$.',
      steps: ['Rename both as sixths.', 'Add the sixths: $\\frac{5}{6}$.'],
      talkMoves: ['Ask: what size are the pieces?'],
    });
  });
});

describe('tutor actions as events', () => {
  it('accepts an answer through the engine: the problem is completed as overridden', () => {
    const ana = seatOn('ana');
    ana.do({ type: 'submit', response: '2/5' });
    const ctx = { ...ana.context(), session: 'tutor.ana', device: 'tutor-device', now: ana.now + 1000 };
    const decision = tutorActionEvents(ana.log, { type: 'override', reason: 'said 5/6 aloud' }, 'tutor-1', ctx);
    expect(decision.ok).to.equal(true);
    if (!decision.ok) return;
    expect(decision.events.map((e) => e.type)).to.include.members(['tutor.override', 'problem.completed']);
    expect(decision.events.every((e) => e.learner === 'ana' && e.device === 'tutor-device')).to.equal(true);
    const view = groupView([...ana.log, ...decision.events], { now: ctx.now, pack: ana.pack });
    expect(view.learners[0]?.problemDone).to.equal(true);
  });

  it('refuses to accept an answer when no problem is open', () => {
    const ctx = { ...seatOn('ben').context(), learner: 'nobody', session: 't', device: 'td' };
    const decision = tutorActionEvents([], { type: 'override', reason: 'x' }, 'tutor-1', ctx);
    expect(decision.ok).to.equal(false);
  });
});
