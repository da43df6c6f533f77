import { expect } from 'chai';
import { usesDecimalComma } from './number-locale.js';
import { readStudentNumber } from './numeric-input.js';
import { fromDecimalText, fromNumber, rational, toNumber, toText } from './rational.js';

describe('readStudentNumber', () => {
  const read = (text: string, locale?: string) => {
    const r = readStudentNumber(text, locale);
    return r.ok ? `${toText(r.number.exact)} ${r.number.form}${r.number.simplest ? '' : ' not-simplest'}` : r.problem;
  };

  const cases: [string, string | undefined, string][] = [
    ['12', 'en', '12/1 integer'],
    ['-12', 'en', '-12/1 integer'],
    ['1,234,567', 'en', '1234567/1 integer'],
    ['1.234.567', 'de', '1234567/1 integer'],
    ['1 234 567', 'fr', '1234567/1 integer'],
    ['1\u202f234', 'fr', '1234/1 integer'],
    ['12.50', 'en', '25/2 decimal'],
    ['12,50', 'es', '25/2 decimal'],
    ['0.500', 'es', '1/2 decimal'],
    ['0,500', 'en', 'unreadable'],
    ['1,5', 'en', 'unreadable'],
    ['5/6', undefined, '5/6 fraction'],
    ['10/12', undefined, '5/6 fraction not-simplest'],
    ['3/1', undefined, '3/1 fraction not-simplest'],
    ['7/4', undefined, '7/4 fraction'],
    ['1 3/4', undefined, '7/4 mixed'],
    ['1 4/4', undefined, '2/1 mixed not-simplest'],
    ['1 000 1/2', 'fr', '2001/2 mixed'],
    ['-2 1/4', undefined, '-9/4 mixed'],
    ['2½', undefined, '5/2 mixed'],
    ['¾', undefined, '3/4 fraction'],
    ['12.5%', undefined, '1/8 percent'],
    ['-50 %', undefined, '-1/2 percent'],
    ['2-1/4', undefined, 'ambiguous'],
    ['', undefined, 'empty'],
    ['\u00a0', undefined, 'empty'],
    ['.', undefined, 'unreadable'],
    ['-', undefined, 'unreadable'],
    ['%', undefined, 'unreadable'],
    ['3/-4', undefined, 'unreadable'],
    ['(3)', undefined, 'unreadable'],
    ['1'.repeat(101), undefined, 'too-long'],
  ];
  for (const [text, locale, expected] of cases) {
    it(`reads ${JSON.stringify(text)}${locale ? ` in ${locale}` : ''} as ${expected}`, () => {
      expect(read(text, locale)).to.equal(expected);
    });
  }
});

describe('usesDecimalComma', () => {
  const table: [string | undefined, boolean][] = [
    [undefined, false],
    ['en', false],
    ['en-US', false],
    ['es', true],
    ['es-ES', true],
    ['es-AR', true],
    ['es-US', false],
    ['es-MX', false],
    ['es-419', false],
    ['fr', true],
    ['fr-CA', true],
    ['de', true],
    ['de-CH', false],
    ['pt-BR', true],
    ['zh-Hans-CN', false],
    ['sr-Latn-RS', true],
    ['en_ZA', true],
  ];
  for (const [locale, comma] of table) {
    it(`${locale ?? 'no locale'} ${comma ? 'writes' : 'does not write'} a decimal comma`, () => {
      expect(usesDecimalComma(locale)).to.equal(comma);
    });
  }
});

describe('rational', () => {
  it('reduces and normalises the sign', () => {
    expect(rational(4n, -6n)).to.deep.equal({ n: -2n, d: 3n });
    expect(rational(0n, 5n)).to.deep.equal({ n: 0n, d: 1n });
    expect(rational(1n, 0n)).to.equal(undefined);
  });

  it('converts huge values to the nearest double', () => {
    const third = rational(10n ** 400n, 3n * 10n ** 400n);
    expect(third && toNumber(third)).to.equal(1 / 3);
    const big = rational(10n ** 30n + 1n, 1n);
    expect(big && toNumber(big)).to.equal(1e30);
  });

  it('reads decimal text and authored numbers exactly', () => {
    expect(fromDecimalText('1.5e-3')).to.deep.equal({ n: 3n, d: 2000n });
    expect(fromDecimalText('.')).to.equal(undefined);
    expect(fromNumber(0.1 + 0.2)).to.deep.equal({ n: 3n, d: 10n });
    expect(fromNumber(1e21)).to.deep.equal({ n: 10n ** 21n, d: 1n });
    expect(fromNumber(Number.NaN)).to.equal(undefined);
  });
});
