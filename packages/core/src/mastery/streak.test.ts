import { expect } from 'chai';
import fc from 'fast-check';
import type { TutorEvent } from '../events/types.js';
import { utcDay } from './day.js';
import {
  DEFAULT_STREAK_RULE,
  foldStreak,
  initialStreak,
  lockedOn,
  resolveStreakRule,
  type StreakProgress,
  type StreakRule,
  streakProgress,
} from './streak.js';
import { DAY, LogBuilder, MINUTE, T0 } from './test-support/events.js';

const dayOf = utcDay(0);
const RULE = DEFAULT_STREAK_RULE;

function progressOf(log: LogBuilder, rule: StreakRule = RULE): StreakProgress {
  return streakProgress(log.events, 'sb-1', rule, dayOf);
}

describe('streak mastery rule', () => {
  it('defaults to 3 in a row and 10 a day', () => {
    expect(DEFAULT_STREAK_RULE).to.deep.equal({ streak: 3, dailyLimit: 10 });
    expect(resolveStreakRule()).to.deep.equal({ streak: 3, dailyLimit: 10 });
    expect(resolveStreakRule({})).to.deep.equal({ streak: 3, dailyLimit: 10 });
  });

  it('takes the fields a pack sets and defaults the others', () => {
    expect(resolveStreakRule({ streak: 5 })).to.deep.equal({ streak: 5, dailyLimit: 10 });
    expect(resolveStreakRule({ dailyLimit: 4 })).to.deep.equal({ streak: 3, dailyLimit: 4 });
  });

  it('falls back to the default for a value that is not a positive whole number', () => {
    expect(resolveStreakRule({ streak: 0, dailyLimit: 2.5 })).to.deep.equal({ streak: 3, dailyLimit: 10 });
    expect(resolveStreakRule({ streak: Number.NaN, dailyLimit: -1 })).to.deep.equal({ streak: 3, dailyLimit: 10 });
  });
});

describe('streak progress', () => {
  it('starts at nothing', () => {
    expect(streakProgress([], 'sb-1', RULE, dayOf)).to.deep.equal(initialStreak('sb-1'));
    expect(initialStreak('sb-1')).to.deep.equal({
      assignment: 'sb-1',
      streak: 0,
      mastered: false,
      doneToday: 0,
      locked: false,
      evidence: [],
    });
  });

  it('extends the streak on right-first-try and starts it over otherwise', () => {
    const log = new LogBuilder();
    log.completed(true);
    log.completed(true);
    expect(progressOf(log).streak).to.equal(2);
    log.completed(false, { attempts: 1, hints: 1 });
    const progress = progressOf(log);
    expect(progress.streak).to.equal(0);
    expect(progress.mastered).to.equal(false);
    expect(progress.evidence.map((e) => e.effect)).to.deep.equal(['extends', 'extends', 'resets']);
    expect(progress.evidence[2]?.why).to.equal('Needed help (1 hint): the streak starts over at 0.');
  });

  it('masters at 3 in a row, and later work does not change mastery', () => {
    const log = new LogBuilder();
    log.completed(false);
    log.completed(true);
    log.completed(true);
    log.completed(true);
    let progress = progressOf(log);
    expect(progress.mastered).to.equal(true);
    expect(progress.streak).to.equal(3);
    expect(progress.evidence.map((e) => e.effect)).to.deep.equal(['resets', 'extends', 'extends', 'masters']);
    log.completed(false);
    log.completed(true);
    progress = progressOf(log);
    expect(progress.mastered).to.equal(true);
    expect(progress.streak).to.equal(3);
    expect(progress.evidence.slice(-2).map((e) => e.effect)).to.deep.equal(['after-mastery', 'after-mastery']);
    expect(progress.evidence.at(-1)?.why).to.equal('Done after mastery: it does not change mastery.');
  });

  it('uses the rule: 5 in a row when the pack says so', () => {
    const log = new LogBuilder();
    for (let i = 0; i < 4; i++) log.completed(true);
    expect(progressOf(log, resolveStreakRule({ streak: 5 })).mastered).to.equal(false);
    log.completed(true);
    expect(progressOf(log, resolveStreakRule({ streak: 5 })).mastered).to.equal(true);
  });

  it('never masters with an infinite streak (BKT decides), but still locks', () => {
    const log = new LogBuilder();
    for (let i = 0; i < 10; i++) log.completed(true);
    const progress = progressOf(log, { streak: Number.POSITIVE_INFINITY, dailyLimit: 10 });
    expect(progress.mastered).to.equal(false);
    expect(progress.streak).to.equal(10);
    expect(progress.locked).to.equal(true);
    expect(progress.evidence[0]?.why).to.equal('Right on the first try without help: 1 in a row.');
  });

  it('explains each change in words for the tutor', () => {
    const log = new LogBuilder();
    const a = log.completed(true, { problem: 'p-a' });
    const b = log.completed(false, { problem: 'p-b', attempts: 3, hints: 2, bottomOut: true });
    const c = log.completed(false, { problem: 'p-c', attempts: 1, overridden: true });
    expect(progressOf(log).evidence).to.deep.equal([
      {
        event: a.id,
        problem: 'p-a',
        effect: 'extends',
        streak: 1,
        why: 'Right on the first try without help: 1 in a row (3 needed).',
      },
      {
        event: b.id,
        problem: 'p-b',
        effect: 'resets',
        streak: 0,
        why: 'Needed help (3 tries, 2 hints, was shown the answer): the streak starts over at 0.',
      },
      {
        event: c.id,
        problem: 'p-c',
        effect: 'resets',
        streak: 0,
        why: 'Needed help (the tutor accepted the answer): the streak starts over at 0.',
      },
    ]);
  });

  it('ignores other assignments, other event types and open answers waiting for a score', () => {
    const log = new LogBuilder();
    log.completed(true);
    log.completed(false, { assignment: 'sb-2' });
    log.add('tutor.note', { text: 'doing well', tutor: 'tutor-1' });
    log.add('mastery.changed', { skill: 'skill-1', model: 'streak', mastered: false, estimate: 0 });
    const open = log.completed(false, { ungraded: true });
    log.completed(true);
    const progress = progressOf(log);
    expect(progress.streak).to.equal(2);
    expect(progress.doneToday).to.equal(2);
    expect(progress.evidence.map((e) => e.effect)).to.deep.equal(['extends', 'not-counted', 'extends']);
    expect(progress.evidence[1]?.event).to.equal(open.id);
  });

  it('counts one learner when given a group log', () => {
    const a = new LogBuilder('learner-a', T0, 'a');
    const b = new LogBuilder('learner-b', T0, 'b');
    a.completed(true);
    b.completed(false);
    a.completed(true);
    b.completed(true);
    const group = [...a.events, ...b.events];
    expect(streakProgress(group, 'sb-1', RULE, dayOf, 'learner-a').streak).to.equal(2);
    expect(streakProgress(group, 'sb-1', RULE, dayOf, 'learner-b').streak).to.equal(1);
  });
});

describe('streak daily limit', () => {
  function tenWrong(log: LogBuilder): void {
    for (let i = 0; i < 10; i++) log.completed(false);
  }

  it('locks at the 10th problem of the day without mastery, not before', () => {
    const log = new LogBuilder();
    for (let i = 0; i < 9; i++) log.completed(false);
    expect(progressOf(log).locked).to.equal(false);
    expect(progressOf(log).doneToday).to.equal(9);
    const tenth = log.completed(false);
    const progress = progressOf(log);
    expect(progress.locked).to.equal(true);
    expect(progress.doneToday).to.equal(10);
    expect(progress.day).to.equal('2026-09-01');
    expect(progress.evidence.at(-1)).to.deep.equal({
      event: tenth.id,
      problem: tenth.problem,
      effect: 'locks',
      streak: 0,
      why: '10 problems today without mastery: locked until tomorrow or until the tutor resets it.',
    });
    expect(lockedOn(progress, '2026-09-01')).to.equal(true);
    expect(lockedOn(progress, '2026-09-02')).to.equal(false);
  });

  it('does not lock when the 10th problem masters', () => {
    const log = new LogBuilder();
    for (let i = 0; i < 7; i++) log.completed(false);
    for (let i = 0; i < 3; i++) log.completed(true);
    const progress = progressOf(log);
    expect(progress.mastered).to.equal(true);
    expect(progress.locked).to.equal(false);
  });

  it('unlocks the next day, keeping the streak', () => {
    const log = new LogBuilder();
    for (let i = 0; i < 8; i++) log.completed(false);
    log.completed(true);
    log.completed(true);
    expect(progressOf(log).locked).to.equal(true);
    log.wait(DAY);
    const shown = log.add('problem.shown', { assignment: 'sb-1', problem: 'p-next' });
    let progress = progressOf(log);
    expect(progress.locked).to.equal(false);
    expect(progress.doneToday).to.equal(0);
    expect(progress.day).to.equal('2026-09-02');
    expect(progress.streak).to.equal(2);
    expect(progress.evidence.at(-1)).to.deep.equal({
      event: shown.id,
      problem: 'p-next',
      effect: 'unlocks',
      streak: 2,
      why: 'A new day (2026-09-02): the daily limit starts over.',
    });
    log.completed(true);
    progress = progressOf(log);
    expect(progress.mastered).to.equal(true);
    expect(progress.doneToday).to.equal(1);
  });

  it('unlocks on a new day also when the first event is a completion or an assignment start', () => {
    const a = new LogBuilder();
    tenWrong(a);
    a.wait(DAY);
    a.completed(true);
    expect(progressOf(a)).to.include({ locked: false, doneToday: 1, streak: 1 });
    const b = new LogBuilder();
    tenWrong(b);
    b.wait(DAY);
    b.add('assignment.started', { assignment: 'sb-1', kind: 'skill-builder', seed: 's' });
    expect(progressOf(b)).to.include({ locked: false, doneToday: 0 });
    expect(progressOf(b).evidence.at(-1)).to.not.have.property('problem');
  });

  it("unlocks on a tutor reset, which starts the day's count over", () => {
    const log = new LogBuilder();
    tenWrong(log);
    log.completed(true);
    log.reset('sb-2');
    expect(progressOf(log).locked).to.equal(true);
    const reset = log.reset();
    let progress = progressOf(log);
    expect(progress).to.include({ locked: false, doneToday: 0, streak: 1 });
    expect(progress.evidence.at(-1)).to.deep.equal({
      event: reset.id,
      effect: 'unlocks',
      streak: 1,
      why: "The tutor reset the builder: unlocked, today's count starts over (the streak of 1 is kept).",
    });
    for (let i = 0; i < 9; i++) log.completed(false);
    expect(progressOf(log).locked).to.equal(false);
    log.completed(false);
    progress = progressOf(log);
    expect(progress.locked).to.equal(true);
    expect(progress.evidence.filter((e) => e.effect === 'locks')).to.have.length(2);
  });

  it('counts work done while locked (clock skew between devices) and says so', () => {
    const log = new LogBuilder();
    tenWrong(log);
    log.completed(true);
    const progress = progressOf(log);
    expect(progress).to.include({ locked: true, streak: 1, doneToday: 11 });
    expect(progress.evidence.at(-1)?.why).to.equal(
      'Right on the first try without help: 1 in a row (3 needed). It was done while the builder was locked, and still counts.',
    );
  });

  it("uses the school's calendar day, not the UTC day", () => {
    // 04:00 to 05:50 UTC: UTC+0 sees one day; UTC−5 sees 23:00 to 00:50, across midnight at 05:00.
    const log = new LogBuilder('learner-a', Date.UTC(2026, 8, 1, 4, 0));
    for (let i = 0; i < 12; i++) log.wait(9 * MINUTE).completed(false);
    expect(streakProgress(log.events, 'sb-1', RULE, utcDay(0)).locked).to.equal(true);
    const newYork = streakProgress(log.events, 'sb-1', RULE, utcDay(-300));
    expect(newYork.locked).to.equal(false);
    expect(newYork.day).to.equal('2026-09-01');
  });
});

describe('streak over a log', () => {
  it('does not count voided events', () => {
    const log = new LogBuilder();
    log.completed(true);
    const wrong = log.completed(false);
    log.completed(true);
    log.completed(true);
    expect(progressOf(log).mastered).to.equal(false);
    log.void(wrong.id);
    const progress = progressOf(log);
    expect(progress.mastered).to.equal(true);
    expect(progress.evidence.map((e) => e.event)).to.not.include(wrong.id);
  });

  it('voiding a right answer takes it out of the streak', () => {
    const log = new LogBuilder();
    log.completed(true);
    const right = log.completed(true);
    log.completed(true);
    log.void(right.id);
    expect(progressOf(log)).to.include({ streak: 2, mastered: false, doneToday: 2 });
  });

  it('counts an event sent twice once', () => {
    const log = new LogBuilder();
    const first = log.completed(true);
    log.completed(true);
    const twice = [first, ...log.events, first];
    expect(streakProgress(twice, 'sb-1', RULE, dayOf)).to.deep.equal(progressOf(log));
  });

  it('folding event by event gives the same progress as the projection', () => {
    const log = new LogBuilder();
    for (let i = 0; i < 10; i++) log.completed(i % 4 === 0);
    log.reset();
    log.wait(DAY).completed(true);
    log.completed(true);
    log.completed(true);
    log.completed(false);
    const folded = log.events.reduce((p, e) => foldStreak(p, e, RULE, dayOf), initialStreak('sb-1'));
    expect(folded).to.deep.equal(progressOf(log));
  });

  it('returns the same object for events that do not matter to it', () => {
    const log = new LogBuilder();
    const progress = foldStreak(initialStreak('sb-1'), log.completed(true), RULE, dayOf);
    for (const event of [
      log.completed(true, { assignment: 'other' }),
      log.add('tutor.note', { text: 'x', tutor: 't' }),
      log.add('problem.shown', { assignment: 'sb-1', problem: 'p9' }),
      log.add('hint.revealed', { assignment: 'sb-1', problem: 'p9', index: 0, bottomOut: false }),
    ]) {
      expect(foldStreak(progress, event, RULE, dayOf)).to.equal(progress);
    }
  });

  it('gives the same progress whatever order the log arrives in', () => {
    const log = new LogBuilder();
    for (let i = 0; i < 12; i++) log.completed(i % 3 !== 1);
    log.reset();
    log.void('e2');
    log.wait(DAY);
    for (let i = 0; i < 5; i++) log.completed(i !== 0);
    const expected = progressOf(log);
    fc.assert(
      fc.property(fc.shuffledSubarray(log.events, { minLength: log.events.length }), (shuffled) => {
        expect(streakProgress(shuffled, 'sb-1', RULE, dayOf)).to.deep.equal(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('streak properties', () => {
  type Step = { kind: 'right' | 'wrong' | 'open' | 'reset' | 'shown'; gap: number };
  const stepArb = fc.record({
    kind: fc.constantFrom<Step['kind']>('right', 'right', 'wrong', 'wrong', 'open', 'reset', 'shown'),
    gap: fc.oneof(fc.constant(MINUTE), fc.integer({ min: 0, max: 2 * DAY })),
  });
  const ruleArb = fc.record({ streak: fc.integer({ min: 1, max: 6 }), dailyLimit: fc.integer({ min: 1, max: 12 }) });

  function build(steps: readonly Step[]): TutorEvent[] {
    const log = new LogBuilder();
    for (const { kind, gap } of steps) {
      log.wait(gap);
      if (kind === 'right') log.completed(true);
      else if (kind === 'wrong') log.completed(false);
      else if (kind === 'open') log.completed(false, { ungraded: true });
      else if (kind === 'reset') log.reset();
      else log.add('problem.shown', { assignment: 'sb-1', problem: 'p' });
    }
    return log.events;
  }

  it('keeps the streak within the completions, masters exactly at a run of N, locks only without mastery', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), ruleArb, (steps, rule) => {
        const progress = streakProgress(build(steps), 'sb-1', rule, dayOf);
        const counted = steps.filter((s) => s.kind === 'right' || s.kind === 'wrong');
        expect(progress.streak).to.be.at.most(counted.length);
        expect(progress.streak).to.be.at.most(counted.filter((s) => s.kind === 'right').length);
        let run = 0;
        let reached = false;
        for (const s of counted) {
          run = s.kind === 'right' ? run + 1 : 0;
          if (run >= rule.streak) reached = true;
        }
        expect(progress.mastered).to.equal(reached);
        if (progress.locked) {
          expect(progress.mastered).to.equal(false);
          expect(progress.doneToday).to.be.at.least(rule.dailyLimit);
        }
        expect(progress.doneToday).to.be.at.most(counted.length);
        for (const e of progress.evidence) expect(e.why).to.be.a('string').and.not.equal('');
      }),
      { numRuns: 500 },
    );
  });

  it('folding one event at a time equals the projection', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), ruleArb, (steps, rule) => {
        const events = build(steps);
        const folded = events.reduce((p, e) => foldStreak(p, e, rule, dayOf), initialStreak('sb-1'));
        expect(folded).to.deep.equal(streakProgress(events, 'sb-1', rule, dayOf));
      }),
      { numRuns: 300 },
    );
  });
});
