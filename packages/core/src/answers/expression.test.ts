import { expect } from 'chai';
import type { ExpressionAnswer } from '../format/schema.js';
import { type CheckOptions, checkResponse, type ExpressionEngine, loadExpressionEngine } from './check.js';
import type { Verdict } from './verdict.js';

type Extra = Omit<ExpressionAnswer, 'kind' | 'value'>;
const ex = (value: string, extra: Extra = {}): ExpressionAnswer => ({ kind: 'expression', value, ...extra });

interface Case {
  readonly spec: ExpressionAnswer;
  readonly response: string;
  readonly locale?: string;
  readonly verdict: Verdict;
  readonly reason?: string;
}

const ok = (spec: ExpressionAnswer, response: string, locale?: string): Case =>
  locale === undefined
    ? { spec, response, verdict: 'correct', reason: 'expression/equivalent' }
    : { spec, response, locale, verdict: 'correct', reason: 'expression/equivalent' };
const no = (spec: ExpressionAnswer, response: string, verdict: Verdict, reason: string, locale?: string): Case =>
  locale === undefined ? { spec, response, verdict, reason } : { spec, response, locale, verdict, reason };

const expanded = { form: 'expanded' } as const;
const factored = { form: 'factored' } as const;
const simplified = { form: 'simplified' } as const;

export const EXPRESSION_CASES: readonly Case[] = [
  // Equivalence, whatever the writing.
  ok(ex('2x+6'), '2(x+3)'),
  ok(ex('2x+6'), '2x+6'),
  ok(ex('2x+6'), '6+2x'),
  ok(ex('2x+6'), '2*x+6'),
  ok(ex('2x+6'), '2 x + 6'),
  ok(ex('2x+6'), '2(x\u22123)+12'),
  no(ex('2x+6'), '2x+3', 'incorrect', 'expression/not-equivalent'),
  no(ex('x^2'), 'x^3', 'incorrect', 'expression/not-equivalent'),
  ok(ex('3/4n+1/2'), '0.75n+0.5'),
  ok(ex('3/4n+1/2'), '3n/4 + 1/2'),
  ok(ex('3/4n+1/2'), '(3n+2)/4'),
  ok(ex('x+y'), 'y+x'),
  ok(ex('x*y'), 'xy'),
  ok(ex('x(x+1)'), 'x^2+x'),
  ok(ex('2^x'), '2^x'),
  ok(ex('5'), '2+3'),
  no(ex('5'), '2+4', 'incorrect', 'expression/not-equivalent'),
  ok(ex('2x'), '0x + 2x'),

  // MathLive's ascii-math and typed symbols.
  ok(ex('x*y'), 'x\u22c5y'),
  ok(ex('x*y'), 'x\u00d7y'),
  ok(ex('x*y'), 'x \\cdot y'),
  ok(ex('x/2'), 'x\u00f72'),
  ok(ex('x/2'), 'x -: 2'),
  ok(ex('(x+1)/(2)'), '(x+1)/(2)'),
  ok(ex('x^2'), 'x\u00b2'),
  ok(ex('x^-1'), 'x\u207b\u00b9'),
  ok(ex('2 pi r'), '2\u03c0r'),
  ok(ex('sqrt(x)'), '\u221ax'),
  ok(ex('abs(x-3)'), '|x-3|'),
  ok(ex('2(x+3)'), '2[x+3]'),
  ok(ex('x/2'), '\u00bdx'),
  ok(ex('0.5x'), '0,5x', 'es'),
  no(ex('0.5x'), '0,5x', 'unreadable', 'expression/syntax', 'en'),

  // Domains: roots, absolute values, division by zero.
  no(ex('x'), 'sqrt(x^2)', 'incorrect', 'expression/not-equivalent'),
  ok(ex('abs(x)'), 'sqrt(x^2)'),
  ok(ex('abs(x)'), '|x|'),
  ok(ex('1/x'), 'x^-1'),
  ok(ex('1/(x-2)'), '1/(x-2)'),
  ok(ex('x+2'), '(x^2-4)/(x-2)'),
  ok(ex('sqrt(x)'), 'x^(1/2)'),
  no(ex('x'), 'x/0', 'incorrect', 'expression/not-equivalent'),
  no(ex('sqrt(x)'), 'sqrt(-x)', 'incorrect', 'expression/not-equivalent'),
  no(ex('sqrt(x-20)'), 'sqrt(x-20)', 'ungraded', 'expression/undecidable'),

  // Variables.
  no(ex('x'), 'y', 'incorrect', 'expression/unknown-variable'),
  no(ex('2n+1'), '2x+1', 'incorrect', 'expression/unknown-variable'),
  ok(ex('x'), 'X'),
  ok(ex('2x+6', { variables: ['x', 'y'] }), '2x+6+0y'),
  no(ex('2x+6', { variables: ['x', 'y'] }), '2x+6+y', 'incorrect', 'expression/not-equivalent'),

  // Form: expanded.
  no(ex('2x+6', expanded), '2(x+3)', 'wrong-form', 'expression/not-expanded'),
  ok(ex('2x+6', expanded), '6+2x'),
  no(ex('x^2+5x+6', expanded), '(x+2)(x+3)', 'wrong-form', 'expression/not-expanded'),
  no(ex('x^2+2x+1', expanded), '(x+1)^2', 'wrong-form', 'expression/not-expanded'),
  no(ex('x/2+1/2', expanded), '(x+1)/2', 'wrong-form', 'expression/not-expanded'),
  no(ex('-x-3', expanded), '-(x+3)', 'wrong-form', 'expression/not-expanded'),
  no(ex('2-x', expanded), '5-(x+3)', 'wrong-form', 'expression/not-expanded'),
  ok(ex('1/(x+1)', expanded), '1/(x+1)'),
  no(ex('2x+6', expanded), '2x+3+3', 'wrong-form', 'expression/not-simplified'),

  // Form: factored.
  no(ex('2(x+3)', factored), '2x+6', 'wrong-form', 'expression/not-factored'),
  ok(ex('2(x+3)', factored), '(x+3)*2'),
  ok(ex('2(x+3)', factored), '2(3+x)'),
  no(ex('4x+12', factored), '2(2x+6)', 'wrong-form', 'expression/not-fully-factored'),
  ok(ex('4x+12', factored), '4(x+3)'),
  ok(ex('x^2+x', factored), 'x(x+1)'),
  no(ex('x^3+x^2', factored), 'x(x^2+x)', 'wrong-form', 'expression/not-fully-factored'),
  ok(ex('x^2+5x+6', factored), '(x+2)(x+3)'),
  no(ex('x^2+5x+6', factored), 'x(x+5)+6', 'wrong-form', 'expression/not-factored'),
  ok(ex('-x-3', factored), '-(x+3)'),
  ok(ex('6x', factored), '6x'),

  // Form: simplified.
  no(ex('2x+6', simplified), '2x+3+3', 'wrong-form', 'expression/not-simplified'),
  ok(ex('2x+6', simplified), '2(x+3)'),
  ok(ex('2x+6', simplified), '6+2x'),
  no(ex('2x+6', simplified), 'x+x+6', 'wrong-form', 'expression/not-simplified'),
  no(ex('2x+6', simplified), '2x+6*1', 'wrong-form', 'expression/not-simplified'),
  no(ex('x^2', simplified), 'x*x', 'wrong-form', 'expression/not-simplified'),
  no(ex('x', simplified), 'x^1', 'wrong-form', 'expression/not-simplified'),
  no(ex('x+1', simplified), 'x+1+0', 'wrong-form', 'expression/not-simplified'),
  no(ex('6x', simplified), '2*3x', 'wrong-form', 'expression/not-simplified'),
  no(ex('6x', simplified), '2x*3', 'wrong-form', 'expression/not-simplified'),
  no(ex('x', simplified), '-(-x)', 'wrong-form', 'expression/not-simplified'),
  no(ex('x-3', simplified), 'x+-3', 'wrong-form', 'expression/not-simplified'),
  no(ex('2x', simplified), '6x/3', 'wrong-form', 'expression/not-simplified'),
  no(ex('x', simplified), 'x^2/x', 'wrong-form', 'expression/not-simplified'),
  no(ex('x^6', simplified), '(x^2)^3', 'wrong-form', 'expression/not-simplified'),
  no(ex('8x', simplified), '2^3x', 'wrong-form', 'expression/not-simplified'),
  no(ex('x/6', simplified), '(x/2)/3', 'wrong-form', 'expression/not-simplified'),
  no(ex('5xy', simplified), '2xy+3yx', 'wrong-form', 'expression/not-simplified'),
  ok(ex('3/4n+1/2', simplified), '3/4n+1/2'),
  ok(ex('3x/4', simplified), '3x/4'),
  ok(ex('-3/4x', simplified), '-3/4x'),
  ok(ex('x^2+2x+1', simplified), 'x^2+2x+1'),
  ok(ex('2 pi r', simplified), '2\u03c0r'),

  // Not expressions: equations, definitions, other syntax.
  no(ex('x'), 'x=3', 'unreadable', 'expression/equation'),
  no(ex('x^2'), 'f(x)=x^2', 'unreadable', 'expression/equation'),
  no(ex('x'), 'x==3', 'unreadable', 'expression/equation'),
  no(ex('x'), 'x<3', 'unreadable', 'expression/equation'),
  no(ex('2x+6'), 'y=2x+6', 'unreadable', 'expression/equation'),
  no(ex('x'), 'sin(x)', 'unreadable', 'expression/unknown-function'),
  no(ex('x'), 'log(x)', 'unreadable', 'expression/unknown-function'),
  no(ex('x'), '"x"', 'unreadable', 'expression/not-allowed'),
  no(ex('x'), 'a.b', 'unreadable', 'expression/not-allowed'),
  no(ex('x'), 'x!', 'unreadable', 'expression/not-allowed'),
  no(ex('x'), 'x mod 2', 'unreadable', 'expression/not-allowed'),
  no(ex('x'), 'x%2', 'unreadable', 'expression/not-allowed'),
  no(ex('x'), 'x;y', 'unreadable', 'expression/not-allowed'),
  no(ex('x'), 'x ? 1 : 2', 'unreadable', 'expression/not-allowed'),
  no(ex('x'), '1:3', 'unreadable', 'expression/not-allowed'),
  no(ex('x'), 'x and y', 'unreadable', 'expression/not-allowed'),
  no(ex('x'), 'true', 'unreadable', 'expression/not-allowed'),
  no(ex('x'), 'Infinity', 'unreadable', 'expression/not-allowed'),
  no(ex('x'), 'x_1', 'unreadable', 'expression/not-allowed'),
  no(ex('x'), 'sqrt', 'unreadable', 'expression/syntax'),
  no(ex('x'), 'sqrt(x, 2)', 'unreadable', 'expression/not-allowed'),
  no(ex('x'), '', 'unreadable', 'expression/empty'),
  no(ex('x'), '2x+', 'unreadable', 'expression/syntax'),
  no(ex('x'), '\\frac{x}{1}', 'unreadable', 'expression/syntax'),
  no(ex('x'), 'x'.repeat(201), 'unreadable', 'expression/too-long'),
  no(ex('x'), `${'('.repeat(90)}x${')'.repeat(90)}`, 'unreadable', 'expression/too-complex'),
  no(ex('x'), `${'1+'.repeat(99)}x`, 'unreadable', 'expression/too-complex'),
  no(ex('x'), 'x'.repeat(1_000_000), 'unreadable', 'expression/too-long'),

  // A broken spec is not the student's fault.
  no(ex('x='), 'x', 'ungraded', 'expression/bad-spec'),
];

describe('checkResponse: expression answers', () => {
  let expressions: ExpressionEngine;
  before(async () => {
    expressions = await loadExpressionEngine();
  });

  for (const c of EXPRESSION_CASES) {
    const where = c.locale ? ` in ${c.locale}` : '';
    const form = c.spec.form ? ` (${c.spec.form})` : '';
    it(`${JSON.stringify(c.response.slice(0, 40))}${where} for ${JSON.stringify(c.spec.value)}${form} is ${c.verdict}`, () => {
      const options: CheckOptions = c.locale === undefined ? { expressions } : { expressions, locale: c.locale };
      const result = checkResponse(c.spec, c.response, options);
      expect(result.verdict).to.equal(c.verdict);
      if (c.reason) expect(result.reason).to.equal(c.reason);
    });
  }

  it('is ungraded, synchronously, until the engine is loaded', () => {
    expect(checkResponse(ex('2x+6'), '2(x+3)')).to.deep.equal({
      verdict: 'ungraded',
      reason: 'expression/engine-not-loaded',
    });
  });

  it('loads the engine once', async () => {
    const again = loadExpressionEngine();
    expect(again).to.equal(loadExpressionEngine());
    expect(await again).to.equal(expressions);
  });

  it('reports how a response was read, and which variables are not the problem’s', () => {
    expect(checkResponse(ex('2x+6'), '2(x+3)', { expressions }).interpreted).to.deep.equal({
      expression: '2*(x + 3)',
      variables: ['x'],
    });
    expect(checkResponse(ex('2x+6'), '2y+6z', { expressions }).interpreted).to.deep.equal({
      expression: '2*y + 6*z',
      variables: ['y', 'z'],
      unknownVariables: ['y', 'z'],
    });
  });

  it('gives the same verdict for the same seed, and does not depend on the seed for sound cases', () => {
    const cases: [ExpressionAnswer, string, Verdict][] = [
      [ex('2x+6'), '2(x+3)', 'correct'],
      [ex('x'), 'sqrt(x^2)', 'incorrect'],
      [ex('x+2'), '(x^2-4)/(x-2)', 'correct'],
      [ex('x*y+1'), 'y*x+1', 'correct'],
      [ex('x*y+1'), 'x*x+1', 'incorrect'],
    ];
    for (const [spec, response, verdict] of cases) {
      for (let seed = 0; seed < 25; seed++) {
        const first = checkResponse(spec, response, { expressions, seed });
        expect(first.verdict, `${response} with seed ${seed}`).to.equal(verdict);
        expect(checkResponse(spec, response, { expressions, seed })).to.deep.equal(first);
        expect(checkResponse(spec, response, { expressions, seed: String(seed) })).to.deep.equal(first);
      }
    }
  });
});
