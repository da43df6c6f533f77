import { expect } from 'chai';
import fc from 'fast-check';
import { play, steps } from '../test-support/command-arbitrary.js';
import { checkEvent, EVENT_TYPES } from './validate.js';

describe('checkEvent', () => {
  it('accepts every event the seat writes, for any sequence of commands', () => {
    fc.assert(
      fc.property(steps, (seatSteps) => {
        for (const event of play(seatSteps).log) {
          const result = checkEvent(JSON.parse(JSON.stringify(event)));
          expect(result.ok, `${event.type}: ${result.ok ? '' : result.reason}`).to.equal(true);
        }
      }),
      { numRuns: 200, seed: 20261204 },
    );
  });

  it('names the first field that is wrong', () => {
    const seat = play([]);
    const event = JSON.parse(JSON.stringify(seat.log[0] ?? {})) as Record<string, unknown>;
    expect(checkEvent(event).ok).to.equal(true);
    const broken = (change: Record<string, unknown>) => {
      const result = checkEvent({ ...event, ...change });
      return result.ok ? 'accepted' : result.reason;
    };
    expect(broken({ learner: 'Ana Smith' })).to.match(/^learner: must be 1–128 characters/);
    expect(broken({ v: 2 })).to.equal('v: must be 1');
    expect(broken({ at: -1 })).to.match(/^at: /);
    expect(broken({ seq: 1.5 })).to.match(/^seq: /);
    expect(broken({ type: 'grade.changed' })).to.equal('type: unknown event type "grade.changed"');
    expect(broken({ type: 'constructor' })).to.equal('type: unknown event type "constructor"');
    expect(checkEvent(null)).to.deep.equal({ ok: false, reason: 'not an object' });
    expect(checkEvent([event])).to.deep.equal({ ok: false, reason: 'not an object' });
  });

  it('knows every event type', () => {
    expect(EVENT_TYPES).to.include.members(['answer.submitted', 'tutor.helped', 'tutor.override', 'event.voided']);
  });
});
