import { expect } from 'chai';
import fc from 'fast-check';
import { play, steps } from '../test-support/command-arbitrary.js';
import { replaySeat } from './state.js';

describe('the seat reducer (property tests)', () => {
  it('replaying any generated event log rebuilds the state the reducer built', () => {
    fc.assert(
      fc.property(steps, (seatSteps) => {
        const seat = play(seatSteps);
        const replayed = replaySeat(seat.log, { pack: seat.pack, dayOf: seat.context().dayOf });
        expect(replayed).to.deep.equal(seat.state);
      }),
      { numRuns: 300 },
    );
  });

  it('writes unique ids and gap-free sequence numbers per session and device', () => {
    fc.assert(
      fc.property(steps, (seatSteps) => {
        const seat = play(seatSteps);
        const ids = seat.log.map((e) => e.id);
        expect(new Set(ids).size).to.equal(ids.length);
        for (const [i, event] of seat.log.entries()) expect(event.seq).to.equal(i);
        for (let i = 1; i < seat.log.length; i++) expect(seat.log[i]?.at).to.be.at.least(seat.log[i - 1]?.at ?? 0);
      }),
      { numRuns: 200 },
    );
  });

  it('never completes a problem twice or shows one while another is open', () => {
    fc.assert(
      fc.property(steps, (seatSteps) => {
        const seat = play(seatSteps);
        let open: string | undefined;
        for (const event of seat.log) {
          if (event.type === 'problem.shown') {
            expect(open, 'a problem was shown while another was open').to.equal(undefined);
            open = event.problem;
          }
          if (event.type === 'problem.completed') {
            expect(event.problem).to.equal(open);
            expect(event.credit).to.be.within(0, 1);
            open = undefined;
          }
          if (event.type === 'assignment.started') open = undefined;
        }
      }),
      { numRuns: 200 },
    );
  });
});
