import { expect } from 'chai';
import fc from 'fast-check';
import { type BktParams, bktProgress, bktUpdate, DEFAULT_BKT, foldBkt, initialBkt, resolveBktParams } from './bkt.js';
import { LogBuilder, T0 } from './test-support/events.js';

const round3 = (p: number) => Number(p.toFixed(3));

describe('BKT parameters', () => {
  it('default to 0.1 for all four probabilities and 0.95 for mastery', () => {
    expect(DEFAULT_BKT).to.deep.equal({ pInit: 0.1, pLearn: 0.1, pSlip: 0.1, pGuess: 0.1, threshold: 0.95 });
    expect(resolveBktParams()).to.deep.equal(DEFAULT_BKT);
  });

  it("take a pack's fields and default the others, ignoring values that are not probabilities", () => {
    expect(resolveBktParams({ pInit: 0.3, threshold: 0.9 })).to.deep.equal({
      ...DEFAULT_BKT,
      pInit: 0.3,
      threshold: 0.9,
    });
    expect(resolveBktParams({ pSlip: 1.5, pGuess: -0.1, pLearn: Number.NaN })).to.deep.equal(DEFAULT_BKT);
  });
});

describe('BKT update', () => {
  it('gives 0.55, 0.925, 0.992 for three right answers with all parameters 0.1', () => {
    const one = bktUpdate(0.1, true, DEFAULT_BKT);
    const two = bktUpdate(one, true, DEFAULT_BKT);
    const three = bktUpdate(two, true, DEFAULT_BKT);
    expect([one, two, three].map(round3)).to.deep.equal([0.55, 0.925, 0.992]);
  });

  it('follows the standard equations on a wrong answer', () => {
    // posterior = 0.1·0.1 / (0.1·0.1 + 0.9·0.9) = 0.0122; then + (1 − 0.0122)·0.1
    const posterior = (0.1 * 0.1) / (0.1 * 0.1 + 0.9 * 0.9);
    expect(bktUpdate(0.1, false, DEFAULT_BKT)).to.be.closeTo(posterior + (1 - posterior) * 0.1, 1e-12);
    expect(round3(bktUpdate(0.1, false, DEFAULT_BKT))).to.equal(0.111);
  });

  it('keeps the prior when the observation is impossible under the parameters', () => {
    const params: BktParams = { pInit: 0, pLearn: 0.2, pSlip: 0, pGuess: 0, threshold: 0.95 };
    expect(bktUpdate(0, true, params)).to.equal(0.2);
    expect(bktUpdate(1, false, params)).to.equal(1);
  });
});

describe('BKT progress', () => {
  it('masters at the third right answer and explains each step', () => {
    const log = new LogBuilder();
    const events = [log.completed(true), log.completed(true), log.completed(true)];
    const progress = bktProgress(log.events, 'skill-1', DEFAULT_BKT);
    expect(progress.opportunities).to.equal(3);
    expect(round3(progress.pKnown)).to.equal(0.992);
    expect(progress.mastered).to.equal(true);
    expect(progress.evidence.map((e) => [e.event, e.correct, round3(e.before), round3(e.after)])).to.deep.equal([
      [events[0]?.id, true, 0.1, 0.55],
      [events[1]?.id, true, 0.55, 0.925],
      [events[2]?.id, true, 0.925, 0.992],
    ]);
    expect(progress.evidence.map((e) => e.why)).to.deep.equal([
      'Right on the first try without help: chance the skill is known 10% → 55%.',
      'Right on the first try without help: chance the skill is known 55% → 93%.',
      'Right on the first try without help: chance the skill is known 93% → 99%. Mastered (95% needed).',
    ]);
  });

  it('counts help as a wrong answer, and can fall back below the threshold', () => {
    const log = new LogBuilder();
    log.completed(true);
    log.completed(true);
    log.completed(true);
    log.completed(false, { attempts: 1, hints: 2 });
    const progress = bktProgress(log.events, 'skill-1', DEFAULT_BKT);
    const last = progress.evidence.at(-1);
    expect(last?.correct).to.equal(false);
    expect(round3(progress.pKnown)).to.equal(0.939);
    expect(progress.mastered).to.equal(false);
    expect(last?.why).to.equal(
      'Needed help (2 hints), so it counts as incorrect: chance the skill is known 99% → 94%. Below the 95% needed for mastery again.',
    );
  });

  it('tracks the skill across assignments and ignores other skills and open answers', () => {
    const log = new LogBuilder();
    log.completed(true, { assignment: 'sb-1' });
    log.completed(true, { assignment: 'practice-1' });
    log.completed(false, { skill: 'skill-2' });
    log.completed(false, { ungraded: true });
    log.add('problem.shown', { assignment: 'sb-1', problem: 'p' });
    const progress = bktProgress(log.events, 'skill-1', DEFAULT_BKT);
    expect(progress.opportunities).to.equal(2);
    expect(round3(progress.pKnown)).to.equal(0.925);
  });

  it('drops voided events and counts duplicates once', () => {
    const log = new LogBuilder();
    const a = log.completed(true);
    const wrong = log.completed(false);
    log.completed(true);
    log.void(wrong.id);
    const progress = bktProgress([...log.events, a], 'skill-1', DEFAULT_BKT);
    expect(progress.opportunities).to.equal(2);
    expect(round3(progress.pKnown)).to.equal(0.925);
  });

  it('picks one learner out of a group log', () => {
    const a = new LogBuilder('learner-a', T0, 'a');
    const b = new LogBuilder('learner-b', T0, 'b');
    a.completed(true);
    b.completed(false);
    const group = [...a.events, ...b.events];
    expect(round3(bktProgress(group, 'skill-1', DEFAULT_BKT, 'learner-a').pKnown)).to.equal(0.55);
    expect(round3(bktProgress(group, 'skill-1', DEFAULT_BKT, 'learner-b').pKnown)).to.equal(0.111);
  });

  it('folding event by event gives the projection, and irrelevant events return the same object', () => {
    const log = new LogBuilder();
    for (let i = 0; i < 8; i++) log.completed(i % 3 !== 0);
    const folded = log.events.reduce((p, e) => foldBkt(p, e, DEFAULT_BKT), initialBkt('skill-1', DEFAULT_BKT));
    expect(folded).to.deep.equal(bktProgress(log.events, 'skill-1', DEFAULT_BKT));
    const note = log.add('tutor.note', { text: 'x', tutor: 't' });
    expect(foldBkt(folded, note, DEFAULT_BKT)).to.equal(folded);
  });

  it('gives the same estimate whatever order the log arrives in', () => {
    const log = new LogBuilder();
    for (let i = 0; i < 10; i++) log.completed(i % 4 !== 1);
    log.void('e3');
    const expected = bktProgress(log.events, 'skill-1', DEFAULT_BKT);
    fc.assert(
      fc.property(fc.shuffledSubarray(log.events, { minLength: log.events.length }), (shuffled) => {
        expect(bktProgress(shuffled, 'skill-1', DEFAULT_BKT)).to.deep.equal(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('BKT properties', () => {
  const probability = fc.double({ min: 0, max: 1, noNaN: true });
  const anyParams = fc.record({
    pInit: probability,
    pLearn: probability,
    pSlip: probability,
    pGuess: probability,
    threshold: probability,
  });
  // The usual constraint of a sensible model: a right answer is better news than a wrong one.
  const sensibleParams = anyParams.filter((p) => p.pSlip + p.pGuess < 1);

  function finalEstimate(answers: readonly boolean[], params: BktParams): number {
    return answers.reduce((p, correct) => bktUpdate(p, correct, params), params.pInit);
  }

  it('keeps P(known) within [0, 1] for any parameters and answers', () => {
    fc.assert(
      fc.property(anyParams, fc.array(fc.boolean(), { maxLength: 50 }), (params, answers) => {
        let p = params.pInit;
        for (const correct of answers) {
          p = bktUpdate(p, correct, params);
          expect(p).to.be.within(0, 1);
          expect(Number.isNaN(p)).to.equal(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never lowers the estimate when a wrong answer becomes a right one', () => {
    fc.assert(
      fc.property(
        sensibleParams,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (params, answers, at) => {
          const i = at % answers.length;
          const better = answers.map((a, j) => (j === i ? true : a));
          expect(finalEstimate(better, params)).to.be.at.least(finalEstimate(answers, params) - 1e-12);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is monotone in the prior: knowing more before never means knowing less after', () => {
    fc.assert(
      fc.property(anyParams, probability, probability, fc.boolean(), (params, a, b, correct) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(bktUpdate(hi, correct, params)).to.be.at.least(bktUpdate(lo, correct, params) - 1e-12);
      }),
      { numRuns: 1000 },
    );
  });

  it('mastered always agrees with the threshold', () => {
    fc.assert(
      fc.property(anyParams, fc.array(fc.boolean(), { maxLength: 20 }), (params, answers) => {
        const log = new LogBuilder();
        for (const correct of answers) log.completed(correct);
        const progress = bktProgress(log.events, 'skill-1', params);
        expect(progress.mastered).to.equal(progress.pKnown >= params.threshold);
        expect(progress.opportunities).to.equal(answers.length);
      }),
      { numRuns: 300 },
    );
  });
});
