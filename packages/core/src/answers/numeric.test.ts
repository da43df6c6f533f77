import { expect } from 'chai';
import type { NumericAnswer } from '../format/schema.js';
import { checkResponse } from './check.js';
import type { Verdict } from './verdict.js';

type Extra = Omit<NumericAnswer, 'kind' | 'value'>;
const num = (value: number | string, extra: Extra = {}): NumericAnswer => ({ kind: 'numeric', value, ...extra });

interface Case {
  readonly spec: NumericAnswer;
  readonly response: string;
  readonly locale?: string;
  readonly verdict: Verdict;
  readonly reason?: string;
}

const ok = (spec: NumericAnswer, response: string, locale?: string): Case =>
  locale === undefined
    ? { spec, response, verdict: 'correct', reason: 'numeric/equal' }
    : { spec, response, locale, verdict: 'correct', reason: 'numeric/equal' };
const no = (spec: NumericAnswer, response: string, verdict: Verdict, reason: string, locale?: string): Case =>
  locale === undefined ? { spec, response, verdict, reason } : { spec, response, locale, verdict, reason };

const required = { simplest: 'required' } as const;
const enforced = { simplest: 'enforced' } as const;

export const NUMERIC_CASES: readonly Case[] = [
  // Zero is an answer; emptiness is not zero.
  ok(num(0), '0'),
  ok(num(0), '0.0'),
  ok(num(0), '-0'),
  ok(num(0), '0%'),
  ok(num(0), '0/5'),
  no(num(0, required), '0/5', 'needs-simplifying', 'numeric/not-simplest'),
  no(num(0), '', 'unreadable', 'numeric/empty'),
  no(num(0), '   ', 'unreadable', 'numeric/empty'),
  no(num(0), 'O', 'unreadable', 'numeric/unreadable'),
  no(num(0), '1', 'incorrect', 'numeric/not-equal'),

  // Thousands separators follow the locale.
  ok(num(1200), '1,200'),
  ok(num(1200), '1200'),
  ok(num(1200), '1.200', 'es'),
  ok(num(1200), '1 200', 'fr'),
  ok(num(1200), '1\u00a0200', 'fr'),
  no(num(1200), '1 200', 'unreadable', 'numeric/unreadable', 'en'),
  ok(num(1000), '1.000', 'es'),
  no(num(1000), '1.000', 'incorrect', 'numeric/not-equal', 'en'),
  ok(num(1), '1.000', 'en'),
  no(num(1200), '12,00', 'unreadable', 'numeric/unreadable'),
  ok(num(1234.5), '1.234,5', 'de'),
  ok(num(1234.5), '1,234.5'),
  ok(num(1234.5), '1 234,5', 'fr'),
  ok(num(1500), '1,500', 'en'),
  ok(num(1500), '1.500', 'es'),
  ok(num(1.5), '1,500', 'es'),

  // Decimal commas.
  ok(num('1/2'), '0,5', 'es'),
  no(num('1/2'), '0,5', 'unreadable', 'numeric/unreadable', 'en'),
  no(num('1/2'), '0,5', 'unreadable', 'numeric/unreadable'),
  ok(num('1/2'), '0.5', 'es'),
  ok(num('1/2'), '0.5', 'es-US'),
  no(num('1/2'), '0,5', 'unreadable', 'numeric/unreadable', 'es-US'),
  ok(num('1/2'), '0,5', 'pt-BR'),
  ok(num('1/2'), ',5', 'es'),
  ok(num('1/2'), '.5', 'en'),
  ok(num(3.25), '3,25', 'fr'),
  ok(num(3.25), '3.25', 'fr'),

  // Fractions, mixed numbers and the simplest-form rule.
  ok(num('5/6'), '5/6'),
  ok(num('5/6'), '10/12'),
  ok(num('5/6'), '10 / 12'),
  no(num('5/6', required), '10/12', 'needs-simplifying', 'numeric/not-simplest'),
  no(num('5/6', enforced), '10/12', 'incorrect', 'numeric/not-simplest'),
  ok(num('5/6', enforced), '5/6'),
  ok(num('3/2'), '1 1/2'),
  ok(num('3/2', required), '1 1/2'),
  ok(num('3/2', enforced), '1 1/2'),
  ok(num('3/2', required), '3/2'),
  ok(num('1 1/2', enforced), '3/2'),
  no(num('3/2', required), '6/4', 'needs-simplifying', 'numeric/not-simplest'),
  no(num('3/2', required), '1 2/4', 'needs-simplifying', 'numeric/not-simplest'),
  no(num('3/2', required), '0 3/2', 'needs-simplifying', 'numeric/not-simplest'),
  no(num('3/2', enforced), '1 2/4', 'incorrect', 'numeric/not-simplest'),
  no(num('3/2', { forms: ['fraction'] }), '1 1/2', 'wrong-form', 'numeric/wrong-form'),
  no(num('3/2', { forms: ['mixed'] }), '3/2', 'wrong-form', 'numeric/wrong-form'),
  ok(num('3/2', { forms: ['mixed'] }), '1 1/2'),
  no(num('1 1/2', { forms: ['fraction', 'mixed'], simplest: 'required' }), '1.5', 'wrong-form', 'numeric/wrong-form'),
  ok(num('3/2'), '1.5'),
  no(num('3/2', { forms: ['fraction'], simplest: 'enforced' }), '6/4', 'incorrect', 'numeric/not-simplest'),
  no(num('3/2', { forms: ['fraction'], simplest: 'required' }), '1 2/4', 'wrong-form', 'numeric/wrong-form'),
  no(num('1 1/2'), '1-1/2', 'unreadable', 'numeric/ambiguous'),
  no(num('1 1/2'), '1 - 1/2', 'unreadable', 'numeric/ambiguous'),
  ok(num('-1 1/2'), '-1 1/2'),
  ok(num('-3/2'), '\u22121 1/2'),
  ok(num('-3/2'), '\u22123/2'),
  ok(num(2), '4/2'),
  no(num(2, required), '4/2', 'needs-simplifying', 'numeric/not-simplest'),
  no(num(2, required), '2/1', 'needs-simplifying', 'numeric/not-simplest'),
  ok(num(2), '1 2/2'),
  no(num('1/2'), '1/0', 'unreadable', 'numeric/unreadable'),
  no(num('1/2'), '1 1/0', 'unreadable', 'numeric/unreadable'),
  ok(num('1/2'), '½'),
  ok(num('3/2'), '1½'),
  ok(num('1/2'), '1\u20442'),

  // Tolerance: exact unless the answer allows a gap.
  no(num('1/3'), '0.333', 'incorrect', 'numeric/not-equal'),
  ok(num('1/3', { tolerance: { absolute: 0.001 } }), '0.333'),
  ok(num('1/3', { tolerance: { relative: 0.01 } }), '0.33'),
  no(num('1/3', { tolerance: { relative: 0.001 } }), '0.33', 'incorrect', 'numeric/not-equal'),
  ok(num('333 1/3', { tolerance: { absolute: 0.01 } }), '333.33'),
  no(num('333 1/3'), '333.33', 'incorrect', 'numeric/not-equal'),
  ok(num('333 1/3'), '1000/3'),
  ok(num(0.3, { tolerance: { absolute: 0.1 } }), '0.2'),
  no(num(0.3, { tolerance: { absolute: 0.1 } }), '0.19', 'incorrect', 'numeric/not-equal'),
  ok(num(0.1), '1/10'),
  ok(num(0.1 + 0.2), '0.3'),

  // Forms: whole numbers satisfy decimal and mixed, not fraction.
  ok(num(5), '5.'),
  no(num(5, { forms: ['integer'] }), '5.0', 'wrong-form', 'numeric/wrong-form'),
  ok(num(5, { forms: ['decimal'] }), '5'),
  no(num(5, { forms: ['fraction'] }), '5', 'wrong-form', 'numeric/wrong-form'),
  ok(num(5, { forms: ['fraction'] }), '10/2'),
  ok(num(2, { forms: ['mixed'] }), '2'),
  no(num(0.5, { forms: ['fraction'] }), '0.5', 'wrong-form', 'numeric/wrong-form'),

  // Percents.
  ok(num('75%'), '75%'),
  ok(num('75%'), '75 %'),
  ok(num('75%'), '75'),
  ok(num('75%'), '0.75'),
  ok(num('75%'), '3/4'),
  no(num('75%', { forms: ['percent'] }), '0.75', 'wrong-form', 'numeric/wrong-form'),
  ok(num('75%', { forms: ['percent'] }), '75'),
  no(num(0.75), '75', 'incorrect', 'numeric/not-equal'),
  ok(num('12.5%'), '12,5 %', 'es'),
  no(num('50%'), '1/2%', 'unreadable', 'numeric/unreadable'),
  ok(num(0.5), '50%'),

  // Signs.
  ok(num(-3), '-3'),
  ok(num(-3), '\u22123'),
  ok(num(-3), '\u2013 3'),
  no(num(-3), '3', 'incorrect', 'numeric/not-equal'),
  ok(num(3), '+3'),
  no(num(-3), '--3', 'unreadable', 'numeric/unreadable'),
  no(num(-3), '3-', 'unreadable', 'numeric/unreadable'),

  // Not numbers, and huge inputs.
  no(num(5), 'five', 'unreadable', 'numeric/unreadable'),
  no(num(5), '5x', 'unreadable', 'numeric/unreadable'),
  no(num(5), '2+3', 'unreadable', 'numeric/unreadable'),
  no(num(5), '1e3', 'unreadable', 'numeric/unreadable'),
  no(num(5), '1.2.3', 'unreadable', 'numeric/unreadable'),
  no(num(5), '9'.repeat(100_000), 'unreadable', 'numeric/too-long'),
  ok(num(1e30), `1${'0'.repeat(30)}`),
  no(num(1e30), `1${'0'.repeat(29)}1`, 'incorrect', 'numeric/not-equal'),
  ok(num(5), ' 5 '),
  ok(num(5), '\uff15'),

  // Units are not part of the answer.
  ok(num(12, { unit: 'cm' }), '12 cm'),
  ok(num(12, { unit: 'cm' }), '12cm'),
  ok(num(5, { unit: '$' }), '$5'),
  ok(num(12, { unit: { en: 'inches', es: 'pulgadas' } }), '12 pulgadas', 'es'),
  no(num(12, { unit: 'cm' }), 'cm', 'unreadable', 'numeric/unreadable'),

  // A broken spec is not the student's fault.
  no(num('abc'), '5', 'ungraded', 'numeric/bad-spec'),
];

describe('checkResponse: numeric answers', () => {
  for (const c of NUMERIC_CASES) {
    const where = c.locale ? ` in ${c.locale}` : '';
    it(`${JSON.stringify(c.response.slice(0, 40))}${where} for ${JSON.stringify(c.spec)} is ${c.verdict}`, () => {
      const options = c.locale === undefined ? {} : { locale: c.locale };
      const result = checkResponse(c.spec, c.response, options);
      expect(result.verdict).to.equal(c.verdict);
      if (c.reason) expect(result.reason).to.equal(c.reason);
    });
  }

  it('reports how a response was read, with its exact value', () => {
    expect(checkResponse(num('5/6'), '10/12').interpreted).to.deep.equal({
      value: 5 / 6,
      exact: '5/6',
      form: 'fraction',
    });
    expect(checkResponse(num('75%'), '75').interpreted).to.deep.equal({ value: 0.75, exact: '3/4', form: 'percent' });
    expect(checkResponse(num(-1.5), '\u22121 1/2').interpreted).to.deep.equal({
      value: -1.5,
      exact: '-3/2',
      form: 'mixed',
    });
  });

  it('leaves out the interpretation of what it could not read', () => {
    expect(checkResponse(num(1), 'one')).to.deep.equal({ verdict: 'unreadable', reason: 'numeric/unreadable' });
  });
});
