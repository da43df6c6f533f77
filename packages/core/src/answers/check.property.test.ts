import { expect } from 'chai';
import fc from 'fast-check';
import type { AnswerSpec } from '../format/schema.js';
import { checkResponse, checkWork, type ExpressionEngine, loadExpressionEngine } from './check.js';

const VERDICTS = ['correct', 'incorrect', 'unreadable', 'needs-simplifying', 'wrong-form', 'ungraded'];

const SPECS: readonly AnswerSpec[] = [
  { kind: 'numeric', value: '5/6', simplest: 'enforced', unit: 'cm' },
  { kind: 'numeric', value: '75%', forms: ['percent'], tolerance: { relative: 0.01 } },
  { kind: 'expression', value: '2(x+3)', form: 'factored' },
  { kind: 'expression', value: 'x^2+2xy+y^2', form: 'expanded' },
  { kind: 'expression', value: 'sqrt(x)/(x-1)', form: 'simplified' },
  { kind: 'text', accept: { en: ['common denominator'], es: ['denominador común'] } },
];

/** Strings made of what students (and a hostile client) type into a math field. */
const mathy = fc
  .array(
    fc.constantFrom(
      ...'0123456789+-*/^()[]{}|.,=<>!%:;?"_ xyXnπ√²⁻½−×÷⋅'.split(''),
      'sqrt(',
      'abs(',
      'sin(',
      '\\cdot',
      '-:',
      'Infinity',
      'e',
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

describe('answer checking never throws (property tests)', () => {
  let expressions: ExpressionEngine;
  before(async () => {
    expressions = await loadExpressionEngine();
  });

  it('returns a verdict, the same one twice, for any response to any answer', () => {
    fc.assert(
      fc.property(
        fc.oneof(mathy, fc.string({ unit: 'binary', maxLength: 300 })),
        fc.constantFrom(...SPECS),
        fc.constantFrom('en', 'es', undefined),
        (response, answer, locale) => {
          const options = locale === undefined ? { expressions } : { expressions, locale };
          const result = checkWork({ answer, wrongAnswers: [] }, response, options);
          expect(VERDICTS).to.include(result.verdict);
          expect(result.reason)
            .to.be.a('string')
            .and.match(/^[a-z]+\/[a-z-]+$/);
          expect(checkResponse(answer, response, options)).to.deep.equal(result);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
