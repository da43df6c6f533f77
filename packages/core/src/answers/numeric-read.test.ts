import { expect } from 'chai';
import { readNumber } from './numeric-read.js';

/** Equal within floating-point noise: `1/3` and `0.333…` computed two ways agree. */
function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('readNumber', () => {
  const cases: [string | number, number, string][] = [
    ['0', 0, 'integer'],
    ['12', 12, 'integer'],
    ['1,200', 1200, 'integer'],
    ['-3', -3, 'integer'],
    ['\u22123', -3, 'integer'],
    ['0.5', 0.5, 'decimal'],
    ['.5', 0.5, 'decimal'],
    ['1,234.5', 1234.5, 'decimal'],
    ['5/6', 5 / 6, 'fraction'],
    [' 10 / 12 ', 10 / 12, 'fraction'],
    ['1 1/2', 1.5, 'mixed'],
    ['-2 1/4', -2.25, 'mixed'],
    ['50%', 0.5, 'percent'],
    ['12.5 %', 0.125, 'percent'],
    [7, 7, 'integer'],
    [0.25, 0.25, 'decimal'],
  ];
  for (const [input, value, form] of cases) {
    it(`reads ${JSON.stringify(input)} as ${form}`, () => {
      const read = readNumber(input);
      expect(read?.form).to.equal(form);
      expect(sameNumber(read?.value ?? Number.NaN, value)).to.equal(true);
    });
  }

  for (const input of [
    '',
    'five',
    '1/0',
    '1 2/0',
    '1,20',
    '1.2.3',
    '--1',
    '%',
    '1 1/2%',
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ]) {
    it(`refuses ${JSON.stringify(String(input))}`, () => {
      expect(readNumber(input)).to.equal(undefined);
    });
  }
});
