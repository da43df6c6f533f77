import { expect } from 'chai';
import type { AnswerSpec, WrongAnswer } from '../format/schema.js';
import {
  type AnswerResponse,
  type CheckOptions,
  checkWork,
  type ExpressionEngine,
  loadExpressionEngine,
} from './check.js';
import type { Verdict } from './verdict.js';

const wrong = (match: string | string[], misconception?: string): WrongAnswer =>
  misconception === undefined
    ? { match, feedback: 'Look again.', tutorMove: 'Ask how they got it.' }
    : { match, feedback: 'Look again.', tutorMove: 'Ask how they got it.', misconception };

interface Work {
  readonly answer: AnswerSpec;
  readonly wrongAnswers: readonly WrongAnswer[];
}

// 1/2 + 1/3: adding tops and bottoms gives 2/5; forgetting to rename the tops gives 2/6.
const addFractions: Work = {
  answer: { kind: 'numeric', value: '5/6' },
  wrongAnswers: [wrong('2/5', 'add-across'), wrong('2/6', 'same-denominator-only')],
};
const asFraction: Work = {
  answer: { kind: 'numeric', value: '1/2', forms: ['fraction'] },
  wrongAnswers: [wrong('0.5', 'form-decimal')],
};
const simplest: Work = {
  answer: { kind: 'numeric', value: '1/2', simplest: 'required' },
  wrongAnswers: [wrong('2/4', 'not-simplified')],
};
const sameAsCorrect: Work = { answer: { kind: 'numeric', value: 5 }, wrongAnswers: [wrong('5')] };
const circle: Work = {
  answer: { kind: 'numeric', value: 3.14, tolerance: { absolute: 0.01 } },
  wrongAnswers: [wrong('6.28', 'diameter-for-radius')],
};
const pickOne: Work = {
  answer: {
    kind: 'choice',
    select: 'single',
    options: [
      { id: 'a', text: '1/5' },
      { id: 'b', text: '5/6' },
    ],
    correct: ['b'],
  },
  wrongAnswers: [wrong('a', 'add-across')],
};
const pickSome: Work = {
  answer: {
    kind: 'choice',
    select: 'multiple',
    options: [
      { id: 'a', text: '2/4' },
      { id: 'b', text: '2/3' },
      { id: 'c', text: '3/6' },
    ],
    correct: ['a', 'c'],
  },
  wrongAnswers: [wrong(['a', 'b'], 'same-numerator')],
};
const word: Work = {
  answer: { kind: 'text', accept: { en: ['denominator'], es: ['denominador'] } },
  wrongAnswers: [wrong('numerador', 'top-bottom'), wrong('numerator', 'top-bottom')],
};
const distribute: Work = {
  answer: { kind: 'expression', value: '2(x+3)', form: 'factored' },
  wrongAnswers: [wrong('2x+3', 'distribute-first-only'), wrong('2x+6')],
};

interface Case {
  readonly work: Work;
  readonly response: AnswerResponse;
  readonly verdict: Verdict;
  readonly wrongAnswer?: number;
  readonly misconception?: string;
  readonly locale?: string;
}

const c = (
  work: Work,
  response: AnswerResponse,
  verdict: Verdict,
  wrongAnswer?: number,
  misconception?: string,
): Case => {
  const base = { work, response, verdict };
  if (wrongAnswer === undefined) return base;
  return misconception === undefined ? { ...base, wrongAnswer } : { ...base, wrongAnswer, misconception };
};

export const WORK_CASES: readonly Case[] = [
  c(addFractions, '2/5', 'incorrect', 0, 'add-across'),
  c(addFractions, '4/10', 'incorrect', 0, 'add-across'),
  c(addFractions, '0.4', 'incorrect', 0, 'add-across'),
  c(addFractions, '40%', 'incorrect', 0, 'add-across'),
  c(addFractions, '1/3', 'incorrect', 1, 'same-denominator-only'),
  c(addFractions, '5/6', 'correct'),
  c(addFractions, '10/12', 'correct'),
  c(addFractions, '3/7', 'incorrect'),
  c(addFractions, 'two fifths', 'unreadable'),
  { ...c(addFractions, '0,4', 'incorrect', 0, 'add-across'), locale: 'es' },
  c(asFraction, '0.5', 'wrong-form', 0, 'form-decimal'),
  c(asFraction, '50%', 'wrong-form'),
  c(asFraction, '2/4', 'correct'),
  c(simplest, '2/4', 'needs-simplifying', 0, 'not-simplified'),
  c(simplest, '3/6', 'needs-simplifying', 0, 'not-simplified'),
  c(simplest, '1/2', 'correct'),
  c(sameAsCorrect, '5', 'correct'),
  c(sameAsCorrect, '5.0', 'correct'),
  c(circle, '6.28', 'incorrect', 0, 'diameter-for-radius'),
  c(circle, '6.285', 'incorrect', 0, 'diameter-for-radius'),
  c(circle, '3.145', 'correct'),
  c(pickOne, 'a', 'incorrect', 0, 'add-across'),
  c(pickOne, ['a'], 'incorrect', 0, 'add-across'),
  c(pickOne, 'b', 'correct'),
  c(pickSome, ['b', 'a'], 'incorrect', 0, 'same-numerator'),
  c(pickSome, ['b'], 'incorrect'),
  c(pickSome, ['c', 'a'], 'correct'),
  { ...c(word, 'Numerador', 'incorrect', 0, 'top-bottom'), locale: 'es' },
  { ...c(word, 'numerator', 'incorrect', 1, 'top-bottom'), locale: 'en' },
  { ...c(word, 'denominador', 'correct'), locale: 'es' },
  c(distribute, '3+2x', 'incorrect', 0, 'distribute-first-only'),
  c(distribute, '6+2x', 'wrong-form', 1),
  c(distribute, 'x+3+x+3', 'wrong-form', 1),
  c(distribute, '2(x+3)', 'correct'),
  c(distribute, '2x+7', 'incorrect'),
  c(distribute, 'x=3', 'unreadable'),
];

describe('checkWork: common wrong answers', () => {
  let expressions: ExpressionEngine;
  before(async () => {
    expressions = await loadExpressionEngine();
  });

  for (const t of WORK_CASES) {
    const matched = t.wrongAnswer === undefined ? 'no wrong answer' : `wrong answer ${t.wrongAnswer}`;
    const where = t.locale ? ` in ${t.locale}` : '';
    it(`${JSON.stringify(t.response)}${where} for ${JSON.stringify(t.work.answer).slice(0, 60)} is ${t.verdict}, ${matched}`, () => {
      const options: CheckOptions = t.locale === undefined ? { expressions } : { expressions, locale: t.locale };
      const result = checkWork(t.work, t.response, options);
      expect(result.verdict).to.equal(t.verdict);
      expect(result.wrongAnswer).to.equal(t.wrongAnswer);
      expect(result.misconception).to.equal(t.misconception);
    });
  }

  it('keeps the checker’s reason when a wrong answer matches', () => {
    expect(checkWork(addFractions, '2/5')).to.deep.equal({
      verdict: 'incorrect',
      reason: 'numeric/not-equal',
      interpreted: { value: 0.4, exact: '2/5', form: 'fraction' },
      wrongAnswer: 0,
      misconception: 'add-across',
    });
  });

  it('matches no expression wrong answer before the engine is loaded', () => {
    expect(checkWork(distribute, '3+2x')).to.deep.equal({
      verdict: 'ungraded',
      reason: 'expression/engine-not-loaded',
    });
  });

  it('works without wrong answers', () => {
    expect(checkWork({ answer: addFractions.answer }, '2/5').wrongAnswer).to.equal(undefined);
  });
});
