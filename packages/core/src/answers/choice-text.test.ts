import { expect } from 'chai';
import type { AnswerSpec, ChoiceAnswer, TextAnswer } from '../format/schema.js';
import { type AnswerResponse, checkResponse } from './check.js';
import type { Verdict } from './verdict.js';

const options = [
  { id: 'a', text: 'one' },
  { id: 'b', text: 'two' },
  { id: 'c', text: 'three' },
];
const single: ChoiceAnswer = { kind: 'choice', select: 'single', options, correct: ['b'] };
const multiple: ChoiceAnswer = { kind: 'choice', select: 'multiple', options, correct: ['a', 'c'] };

const word: TextAnswer = { kind: 'text', accept: ['denominator'] };
const exact: TextAnswer = { kind: 'text', accept: ['Q'], caseSensitive: true };
const accented: TextAnswer = { kind: 'text', accept: ['común'], caseSensitive: true };
const bilingual: TextAnswer = {
  kind: 'text',
  accept: { en: ['common denominator'], es: ['denominador común'] },
};

interface Case {
  readonly spec: AnswerSpec;
  readonly response: AnswerResponse;
  readonly locale?: string;
  readonly verdict: Verdict;
  readonly reason: string;
}

const c = (spec: AnswerSpec, response: AnswerResponse, verdict: Verdict, reason: string, locale?: string): Case =>
  locale === undefined ? { spec, response, verdict, reason } : { spec, response, locale, verdict, reason };

export const CHOICE_AND_TEXT_CASES: readonly Case[] = [
  c(single, 'b', 'correct', 'choice/equal'),
  c(single, ['b'], 'correct', 'choice/equal'),
  c(single, ['b', 'b'], 'correct', 'choice/equal'),
  c(single, ' b ', 'correct', 'choice/equal'),
  c(single, 'a', 'incorrect', 'choice/not-equal'),
  c(single, ['a', 'b'], 'unreadable', 'choice/one-expected'),
  c(single, 'z', 'unreadable', 'choice/unknown-option'),
  c(single, [], 'unreadable', 'choice/empty'),
  c(single, '', 'unreadable', 'choice/empty'),
  c(multiple, ['a', 'c'], 'correct', 'choice/equal'),
  c(multiple, ['c', 'a'], 'correct', 'choice/equal'),
  c(multiple, ['a', 'c', 'a'], 'correct', 'choice/equal'),
  c(multiple, ['a'], 'incorrect', 'choice/not-equal'),
  c(multiple, 'a', 'incorrect', 'choice/not-equal'),
  c(multiple, ['a', 'b', 'c'], 'incorrect', 'choice/not-equal'),
  c(multiple, ['a', 'z'], 'unreadable', 'choice/unknown-option'),
  c(
    multiple,
    Array.from({ length: 1000 }, () => 'a'),
    'unreadable',
    'choice/too-many',
  ),

  c(word, 'denominator', 'correct', 'text/equal'),
  c(word, 'Denominator', 'correct', 'text/equal'),
  c(word, '  denominator  ', 'correct', 'text/equal'),
  c(word, 'DENOMINATOR.', 'correct', 'text/equal'),
  c(word, 'numerator', 'incorrect', 'text/not-equal'),
  c(word, '', 'unreadable', 'text/empty'),
  c(word, ' . ', 'unreadable', 'text/empty'),
  c(word, ['denominator'], 'correct', 'text/equal'),
  c(word, ['denominator', 'numerator'], 'unreadable', 'response/not-text'),
  c(word, 'd'.repeat(5000), 'unreadable', 'text/too-long'),
  c(exact, 'Q', 'correct', 'text/equal'),
  c(exact, 'q', 'incorrect', 'text/not-equal'),
  c(exact, ' Q ', 'correct', 'text/equal'),
  c(accented, 'comun', 'incorrect', 'text/not-equal'),
  c(accented, 'comu\u0301n', 'correct', 'text/equal'),
  c(bilingual, 'denominador comun', 'correct', 'text/equal', 'es'),
  c(bilingual, 'Denominador   Común', 'correct', 'text/equal', 'es'),
  c(bilingual, 'denominador común', 'correct', 'text/equal', 'es-MX'),
  c(bilingual, 'common denominator', 'incorrect', 'text/not-equal', 'es'),
  c(bilingual, 'common denominator', 'correct', 'text/equal', 'en'),
  c(bilingual, 'common denominator', 'correct', 'text/equal'),
  c(bilingual, 'denominador común', 'correct', 'text/equal', 'fr'),
  c({ kind: 'text', accept: ['it’s zero'] }, "it's zero", 'correct', 'text/equal'),

  c({ kind: 'open' }, 'Because 3 + 4 = 7', 'ungraded', 'open/tutor-scores'),
  c({ kind: 'open' }, '', 'ungraded', 'open/tutor-scores'),
];

describe('checkResponse: choice, text and open answers', () => {
  for (const t of CHOICE_AND_TEXT_CASES) {
    const where = t.locale ? ` in ${t.locale}` : '';
    it(`${JSON.stringify(t.response).slice(0, 40)}${where} for a ${t.spec.kind} answer is ${t.verdict} (${t.reason})`, () => {
      const result = checkResponse(t.spec, t.response, t.locale === undefined ? {} : { locale: t.locale });
      expect(result.verdict).to.equal(t.verdict);
      expect(result.reason).to.equal(t.reason);
    });
  }

  it('reports the chosen ids in the order of the options', () => {
    expect(checkResponse(multiple, ['c', 'a', 'c']).interpreted).to.deep.equal({ selected: ['a', 'c'] });
  });

  it('reports the normalised text', () => {
    expect(checkResponse(bilingual, ' Denominador  COMÚN ', { locale: 'es' }).interpreted).to.deep.equal({
      text: 'denominador comun',
    });
  });
});
