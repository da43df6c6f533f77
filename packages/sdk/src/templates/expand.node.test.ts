import { seededRandom } from '@tutorkit/core';
import { expect } from 'chai';
import { numeric } from '../builders/answers.js';
import { hint } from '../builders/hints.js';
import type { RawBody } from '../builders/raw.js';
import { expandTemplate, MAX_FAILED_DRAWS_IN_A_ROW } from './expand.js';
import { addFractions, answerText, frac, gcd, isSimplest, lcm, simplify, subtractFractions } from './fraction.js';
import { DrawRejected, type TemplateRandom, templateRandom } from './random.js';

const body = (n: number | string): RawBody =>
  ({ stem: `$${n}$`, answer: numeric({ value: n }), hints: [hint('x')] }) as unknown as RawBody;
const tpl = (generate: (r: TemplateRandom) => RawBody, count = 10, seed = 'x') => ({ id: 't', count, seed, generate });

describe('templates', () => {
  it('expands to `count` distinct variants, the same for the same seed', () => {
    const gen = (r: TemplateRandom) => body(r.int(1, 1000));
    const a = expandTemplate(tpl(gen, 50));
    const b = expandTemplate(tpl(gen, 50));
    const c = expandTemplate(tpl(gen, 50, 'y'));
    expect(a.ok && a.variants.length).to.equal(50);
    expect(JSON.stringify(a.variants)).to.equal(JSON.stringify(b.variants));
    expect(JSON.stringify(a.variants)).to.not.equal(JSON.stringify(c.variants));
    expect(a.variants.map((v) => v.index)).to.deep.equal(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('drops duplicates and replaces them with further draws', () => {
    const result = expandTemplate(tpl((r) => body(r.int(1, 12)), 12));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(new Set(result.variants.map((v) => JSON.stringify(v.body))).size).to.equal(12);
    expect(result.duplicates).to.be.greaterThan(0);
    expect(result.draws).to.equal(12 + result.duplicates);
  });

  it('regenerates a variant from its seed and draw number alone', () => {
    const gen = (r: TemplateRandom) => body(r.int(1, 1_000_000));
    const result = expandTemplate(tpl(gen, 5, 'abc'));
    const third = result.variants[2];
    expect(third).to.not.equal(undefined);
    expect(gen(templateRandom(seededRandom(`abc#${third?.draw}`)))).to.deep.equal(third?.body);
  });

  it('retries rejected draws and gives up with the reasons after too many in a row', () => {
    const odd = expandTemplate(
      tpl((r) => {
        const n = r.int(1, 100);
        r.require(n % 2 === 1, 'even');
        return body(n);
      }, 20),
    );
    expect(
      odd.ok && odd.variants.every((v) => Number(v.body.answer.kind === 'numeric' && v.body.answer.value) % 2 === 1),
    ).to.equal(true);
    const never = expandTemplate(
      tpl((r) => {
        r.require(false, 'impossible condition');
        return body(1);
      }),
    );
    expect(never.ok).to.equal(false);
    if (never.ok) return;
    expect(never.message).to.contain(`${MAX_FAILED_DRAWS_IN_A_ROW} draws in a row`);
    expect(never.message).to.contain('"impossible condition"');
  });

  it('refuses a count that is not a whole number ≥ 1', () => {
    expect(expandTemplate(tpl((r) => body(r.int(1, 9)), 0)).ok).to.equal(false);
  });
});

describe('the template random source', () => {
  const r = () => templateRandom(seededRandom('fractions'));

  it('draws proper fractions in lowest terms within the bounds', () => {
    const random = r();
    for (let i = 0; i < 500; i++) {
      const f = random.fraction({ maxDenominator: 12 });
      expect(f.d).to.be.within(2, 12);
      expect(f.n).to.be.within(1, f.d - 1);
      expect(isSimplest(f)).to.equal(true);
    }
  });

  it('draws fractions with unlike denominators', () => {
    const random = r();
    for (let i = 0; i < 200; i++) {
      const [a, b, c] = random.fractions(3, { maxDenominator: 10, unlikeDenominators: true });
      expect(new Set([a?.d, b?.d, c?.d]).size).to.equal(3);
    }
  });

  it('rejects the draw when no fraction fits', () => {
    expect(() => r().fraction({ maxDenominator: 2, unlikeDenominators: [2] })).to.throw(DrawRejected);
  });

  it('picks, shuffles and draws integers from the seed', () => {
    const random = r();
    const list = [1, 2, 3, 4, 5];
    expect(list).to.include(random.pick(list));
    expect(random.shuffle(list).sort()).to.deep.equal(list);
    expect(() => random.pick([])).to.throw(RangeError);
    expect(() => random.int(3, 1)).to.throw(RangeError);
  });
});

describe('fraction helpers', () => {
  it('computes exactly', () => {
    expect(addFractions(frac(1, 2), frac(1, 3)).text).to.equal('5/6');
    expect(subtractFractions(frac(1, 2), frac(1, 3)).text).to.equal('1/6');
    expect(simplify(frac(6, 8)).text).to.equal('3/4');
    expect(frac(1, -2)).to.deep.include({ n: -1, d: 2, tex: '-\\frac{1}{2}' });
    expect(answerText(frac(4, 2))).to.equal('2');
    expect(gcd(12, 18)).to.equal(6);
    expect(lcm(4, 6)).to.equal(12);
    expect(() => frac(1, 0)).to.throw(RangeError);
  });
});
