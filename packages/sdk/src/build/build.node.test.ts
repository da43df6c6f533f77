import { fileURLToPath } from 'node:url';
import { parsePack } from '@tutorkit/core';
import { expect } from 'chai';
import {
  bottomOut,
  buildPack,
  definePack,
  expression,
  frac,
  hint,
  numeric,
  open,
  type ProblemSource,
  problem,
  type SkillHandle,
  type StandardCode,
  skill,
  step,
  template,
  text,
  wrongAnswer,
} from '../index.js';
import { addUnlike, fractionsPack } from '../test-support/fractions-pack.js';

const thisFile = fileURLToPath(import.meta.url);
const author = { name: 'Test' };

function packOf(parts: readonly ProblemSource<'en'>[]) {
  return definePack({
    id: 'test.pack',
    version: '1.0.0',
    title: 'Test',
    license: 'CC0-1.0',
    authors: [author],
    locales: ['en'],
    problems: parts,
  });
}

const sk = skill({ id: 'sk', title: 'Adding', standards: ['5.NF.A.1'] });

describe('buildPack', () => {
  it('builds a pack whose parts are reached from its plan, and core accepts the JSON', async () => {
    const result = await buildPack(fractionsPack);
    expect(result.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(parsePack(result.json).ok).to.equal(true);
    expect(result.pack.skills.map((s) => s.id)).to.deep.equal(['add-unlike', 'equivalent-fractions']);
    expect(result.pack.problems).to.have.length(1 + 40 + 1);
    expect(result.pack.misconceptions?.map((m) => m.id)).to.deep.equal(['add-across']);
    const builder = result.pack.assignments?.find((a) => a.id === 'add-unlike-builder');
    expect(builder?.problems.slice(0, 3)).to.deep.equal(['half-plus-third', 'add-unlike-t-1', 'add-unlike-t-2']);
    expect(result.templates[0]).to.include({ id: 'add-unlike-t', count: 40, seed: 'fractions-v1' });
  });

  it('computes each variant’s common wrong answer from its numbers (tops and bottoms added)', async () => {
    const result = await buildPack(fractionsPack);
    if (!result.ok) throw new Error('build failed');
    for (const p of result.pack.problems.filter((x) => x.id.startsWith('add-unlike-t-'))) {
      const [, a, b, c, d] =
        /\\frac\{(\d+)\}\{(\d+)\} \+ \\frac\{(\d+)\}\{(\d+)\}/.exec(JSON.stringify(p.stem).replaceAll('\\\\', '\\')) ??
        [];
      expect(p.wrongAnswers?.[0]?.match).to.equal(`${Number(a) + Number(c)}/${Number(b) + Number(d)}`);
    }
  });

  it('gives the same JSON for the same seed', async () => {
    const first = await buildPack(fractionsPack, { verify: false });
    const second = await buildPack(fractionsPack, { verify: false });
    expect(first.ok && second.ok && first.json === second.json).to.equal(true);
  });

  it('fails when a templated wrong answer is accepted as correct, naming the variant, the seed and the line', async () => {
    const line = new Error().stack?.split('\n')[1]?.match(/:(\d+):\d+\)?$/)?.[1];
    const broken = template({
      id: 'doubles',
      skill: sk,
      count: 5,
      seed: 'seed-42',
      generate: (r) => {
        const n = r.int(1, 9);
        // The "wrong" answer 2n/2 equals n: the checker accepts it.
        return {
          stem: `What is $${n} + ${n}$, halved?`,
          answer: numeric({ value: n }),
          hints: [hint('Add first.'), bottomOut(`$${n}$`)],
          wrongAnswers: [wrongAnswer({ match: `${2 * n}/2`, feedback: 'Simplify.', tutorMove: 'Ask to simplify.' })],
        };
      },
    });
    const result = await buildPack(packOf([broken]));
    expect(result.ok).to.equal(false);
    const issue = result.issues.find((i) => i.rule === 'wrong-answer/equals-correct');
    expect(issue?.severity).to.equal('error');
    expect(issue?.message).to.match(/accepted as correct/);
    expect(issue?.message).to.match(/template "doubles", variant 1 \(id doubles-1\), seed "seed-42", draw \d+/);
    expect(issue?.variant).to.include({ template: 'doubles', index: 1, seed: 'seed-42' });
    expect(issue?.pointer).to.equal('/problems/0/wrongAnswers/0/match');
    expect(issue?.source?.file).to.equal(thisFile);
    expect(issue?.source?.line).to.equal(Number(line) + 1);
  });

  it('fails when the checker does not accept the answer key itself', async () => {
    const p = problem({ id: 'p', skill: sk, stem: 'x', answer: numeric({ value: 'five' }), hints: [hint('x')] });
    const result = await buildPack(packOf([p]));
    expect(result.ok).to.equal(false);
    expect(result.issues.map((i) => i.rule)).to.include('answer/key-rejected');
  });

  it('verifies expressions with the engine: an equivalent wrong answer is an error', async () => {
    const p = problem({
      id: 'expand',
      skill: sk,
      stem: 'Expand $2(x+3)$.',
      answer: expression({ value: '2x+6', form: 'any' }),
      hints: [hint('Distribute.')],
      wrongAnswers: [wrongAnswer({ match: '6+2x', feedback: 'x', tutorMove: 'y' })],
    });
    const result = await buildPack(packOf([p]));
    expect(result.issues.find((i) => i.rule === 'wrong-answer/equals-correct')?.pointer).to.equal(
      '/problems/0/wrongAnswers/0/match',
    );
  });

  it('renders every TeX fragment with KaTeX and reports the broken one with its pointer', async () => {
    const p = problem({
      id: 'tex',
      skill: sk,
      stem: 'What is $\\frac{1}{2$?',
      answer: numeric({ value: 1 }),
      hints: [hint('$\\fraq{1}{2}$')],
    });
    const result = await buildPack(packOf([p]));
    expect(result.ok).to.equal(false);
    const tex = result.issues.filter((i) => i.rule === 'tex/invalid');
    expect(tex.map((i) => i.pointer)).to.include('/problems/0/hints/0/text');
    expect(tex.find((i) => i.pointer === '/problems/0/hints/0/text')?.message).to.match(/fraq/);
    expect(tex[0]?.source?.file).to.equal(thisFile);
  });

  it('refuses commands KaTeX would not run for a student', async () => {
    const p = problem({
      id: 'link',
      skill: sk,
      stem: 'See $\\href{https://example.com}{here}$',
      answer: numeric({ value: 1 }),
      hints: [hint('x')],
    });
    const result = await buildPack(packOf([p]));
    expect(result.issues.map((i) => i.rule)).to.include('tex/untrusted');
  });

  it('reports a template that cannot find enough distinct variants, with its reasons', async () => {
    const tiny = template({
      id: 'tiny',
      skill: sk,
      count: 5,
      generate: (r) => {
        const n = r.int(1, 3);
        r.require(n !== 2, 'two is boring');
        return { stem: `$${n}$`, answer: numeric({ value: n }), hints: [hint('x')] };
      },
    });
    const result = await buildPack(packOf([tiny]));
    expect(result.ok).to.equal(false);
    const issue = result.issues.find((i) => i.rule === 'template/gave-up');
    expect(issue?.message).to.match(/found 2 of 5 distinct variants/);
    expect(issue?.message).to.match(/two is boring/);
    expect(issue?.source?.file).to.equal(thisFile);
  });

  it('reports a generator that throws with the draw’s seed', async () => {
    const bad = template({
      id: 'bad',
      skill: sk,
      count: 2,
      seed: 's',
      generate: () => {
        throw new Error('oops');
      },
    });
    const result = await buildPack(packOf([bad]));
    const issue = result.issues.find((i) => i.rule === 'template/threw');
    expect(issue?.message).to.match(/threw on draw 1 \(seed "s#1"\): oops/);
  });

  it('stores aliases in canonical form with a warning, and reports unknown codes at the skill', async () => {
    const aliased = skill({ id: 'aliased', title: 'x', standards: ['5.NF.1' as StandardCode] });
    const unknown = skill({ id: 'unknown', title: 'y', standards: ['9.ZZ.A.1' as StandardCode] });
    const mk = (s: SkillHandle) =>
      problem({ id: `p-${s.id}`, skill: s, stem: 'x', answer: numeric({ value: 1 }), hints: [hint('x')] });
    const result = await buildPack(packOf([mk(aliased), mk(unknown)]));
    const alias = result.issues.find((i) => i.rule === 'standard/alias');
    expect(alias).to.include({ severity: 'warning', pointer: '/skills/0/standards/0', expected: '5.NF.A.1' });
    const bad = result.issues.find((i) => i.rule === 'standard/unknown');
    expect(bad?.pointer).to.equal('/skills/1/standards/0');
    expect(bad?.source?.file).to.equal(thisFile);
  });

  it('reports core’s structural errors (duplicate ids) with the source of the builder call', async () => {
    const a = problem({ id: 'same', skill: sk, stem: 'a', answer: numeric({ value: 1 }), hints: [hint('x')] });
    const b = problem({ id: 'same', skill: sk, stem: 'b', answer: numeric({ value: 2 }), hints: [hint('x')] });
    const result = await buildPack(packOf([a, b]));
    const dup = result.issues.find((i) => i.rule === 'id/duplicate');
    expect(dup?.pointer).to.equal('/problems/1/id');
    expect(dup?.source).to.deep.equal(b.source);
  });

  it('reports progress in problems, ending at the total', async () => {
    const calls: [number, number][] = [];
    await buildPack(fractionsPack, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).to.deep.equal([42, 42]);
  });

  it('verifies scaffold steps and every answer kind', async () => {
    const p = problem({
      id: 'steps',
      skill: sk,
      stem: 'Name the shape, then add $\\frac{1}{2} + \\frac{1}{4}$.',
      answer: numeric({ value: '3/4' }),
      hints: [hint('Quarters.')],
      scaffold: [
        step({ id: 'shape', stem: 'Which shape has 3 sides?', answer: text({ accept: ['triangle'] }) }),
        step({
          id: 'rename',
          stem: 'Write $\\frac{1}{2}$ in quarters.',
          answer: numeric({ value: '2/4' }),
          wrongAnswers: [wrongAnswer({ match: '2/4', feedback: 'x', tutorMove: 'y' })],
        }),
        step({ id: 'explain', stem: 'Explain.', answer: open({ rubric: 'Mentions quarters.' }) }),
      ],
    });
    const result = await buildPack(packOf([p]));
    const wrong = result.issues.filter((i) => i.rule === 'wrong-answer/equals-correct');
    expect(wrong.map((i) => i.pointer)).to.deep.equal(['/problems/0/scaffold/1/wrongAnswers/0/match']);
    expect(result.issues.filter((i) => i.rule.startsWith('answer/'))).to.deep.equal([]);
  });

  it('skips engine checks with verify: false', async () => {
    const p = problem({ id: 'p', skill: sk, stem: '$\\fraq$', answer: numeric({ value: 1 }), hints: [hint('x')] });
    const result = await buildPack(packOf([p]), { verify: false });
    expect(result.ok).to.equal(true);
  });

  it('accepts a skill handle from another module (the example pack’s)', async () => {
    const p = problem({
      id: 'reuse',
      skill: addUnlike,
      stem: { en: 'x', es: 'y' },
      answer: numeric({ value: frac(1, 2).text }),
      hints: [hint('x')],
    });
    const pack = definePack({
      id: 'reuse',
      version: '1.0.0',
      title: 'x',
      license: 'CC0-1.0',
      authors: [author],
      locales: ['en', 'es'],
      problems: [p],
    });
    const result = await buildPack(pack);
    expect(result.ok).to.equal(true);
  });
});
