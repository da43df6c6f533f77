import { expect } from 'chai';
import fc from 'fast-check';
import { civilFromDays, isoTimestamp, utcDay } from './day.js';

const MAX_MS = 8.64e15;

describe('calendar days without Date', () => {
  it('gives the UTC day by default', () => {
    const day = utcDay();
    expect(day(0)).to.equal('1970-01-01');
    expect(day(Date.UTC(2026, 8, 1, 23, 59, 59, 999))).to.equal('2026-09-01');
    expect(day(Date.UTC(2026, 8, 2))).to.equal('2026-09-02');
    expect(day(-1)).to.equal('1969-12-31');
  });

  it('shifts the day boundary by the offset', () => {
    const newYork = utcDay(-300);
    expect(newYork(Date.UTC(2026, 8, 2, 4, 59))).to.equal('2026-09-01');
    expect(newYork(Date.UTC(2026, 8, 2, 5, 0))).to.equal('2026-09-02');
    const tokyo = utcDay(540);
    expect(tokyo(Date.UTC(2026, 8, 1, 14, 59))).to.equal('2026-09-01');
    expect(tokyo(Date.UTC(2026, 8, 1, 15, 0))).to.equal('2026-09-02');
    expect(utcDay(330)(Date.UTC(2024, 1, 28, 18, 30))).to.equal('2024-02-29');
  });

  it('refuses an offset that is not whole minutes within ±18 hours', () => {
    expect(() => utcDay(0.5)).to.throw(RangeError, /whole number of minutes/);
    expect(() => utcDay(19 * 60)).to.throw(RangeError);
    expect(() => utcDay(Number.NaN)).to.throw(RangeError);
  });

  it('puts a damaged timestamp on an "unknown" day instead of throwing', () => {
    expect(utcDay()(Number.NaN)).to.equal('unknown');
  });

  it('agrees with Date for any timestamp and offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -MAX_MS + 86_400_000, max: MAX_MS - 86_400_000 }),
        fc.integer({ min: -18 * 60, max: 18 * 60 }),
        (at, offset) => {
          const expected = new Date(at + offset * 60_000).toISOString().split('T')[0];
          expect(utcDay(offset)(at)).to.equal(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('converts day counts like the proleptic Gregorian calendar', () => {
    expect(civilFromDays(0)).to.deep.equal({ year: 1970, month: 1, day: 1 });
    expect(civilFromDays(-719_468)).to.deep.equal({ year: 0, month: 3, day: 1 });
    expect(civilFromDays(11_016)).to.deep.equal({ year: 2000, month: 2, day: 29 });
  });
});

describe('ISO timestamps without Date', () => {
  it('formats like toISOString', () => {
    expect(isoTimestamp(0)).to.equal('1970-01-01T00:00:00.000Z');
    expect(isoTimestamp(Date.UTC(2026, 8, 1, 14, 3, 7, 123))).to.equal('2026-09-01T14:03:07.123Z');
    expect(isoTimestamp(-1)).to.equal('1969-12-31T23:59:59.999Z');
    expect(isoTimestamp(MAX_MS)).to.equal('+275760-09-13T00:00:00.000Z');
    expect(isoTimestamp(-MAX_MS)).to.equal('-271821-04-20T00:00:00.000Z');
    expect(isoTimestamp(1.9)).to.equal('1970-01-01T00:00:00.001Z');
  });

  it('agrees with Date for any valid timestamp', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_MS, max: MAX_MS }), (at) => {
        expect(isoTimestamp(at)).to.equal(new Date(at).toISOString());
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses what Date cannot represent', () => {
    expect(() => isoTimestamp(Number.NaN)).to.throw(RangeError);
    expect(() => isoTimestamp(MAX_MS + 1)).to.throw(RangeError);
    expect(() => isoTimestamp(Number.POSITIVE_INFINITY)).to.throw(RangeError);
  });
});
