/**
 * An independent check of the answers: for sampled variants of every template, the answer is
 * recomputed from the variant's published params by a different route (exact BigInt rationals,
 * written for this test) and compared with the answer in the pack.
 */
import { type AnswerSpec, checkResponse, loadExpressionEngine } from '@tutorkit/core';
import { expect } from 'chai';
import { buildAll } from './built.js';
import { solvers } from './independent/index.js';
import { eq, parseRational } from './independent/rational.js';

const SAMPLES_PER_TEMPLATE = 4;

describe('the starter curriculum, checked independently', function () {
  this.timeout(300_000);

  it('recomputes the answer of at least 300 sampled variants from their params', async () => {
    const built = (await buildAll()).get('default');
    if (!built) throw new Error('no default pack');
    const expressions = await loadExpressionEngine();
    const byId = new Map(built.pack.problems.map((p) => [p.id, p]));
    const missing = built.templates.filter((t) => !(t.id in solvers)).map((t) => t.id);
    expect(missing, 'templates without an independent solver').to.deep.equal([]);
    let checked = 0;
    const failures: string[] = [];
    for (const template of built.templates) {
      const solve = solvers[template.id];
      if (!solve) continue;
      // Spread the samples over the variants: first, last and two in between.
      const n = template.problems.length;
      const picks = new Set([0, n - 1, Math.floor(n / 3), Math.floor((2 * n) / 3)].slice(0, SAMPLES_PER_TEMPLATE));
      for (const i of picks) {
        const problem = byId.get(template.problems[i] ?? '');
        if (!problem) continue;
        if (!problem.params) {
          failures.push(`${problem.id}: no params`);
          continue;
        }
        let expected: string;
        try {
          expected = solve(problem.params);
        } catch (error) {
          failures.push(`${problem.id}: the solver threw ${(error as Error).message}`);
          continue;
        }
        const why = disagreement(problem.answer, expected, expressions);
        if (why) failures.push(`${problem.id} (${JSON.stringify(problem.params)}): ${why}`);
        checked++;
      }
    }
    expect(failures).to.deep.equal([]);
    expect(checked).to.be.at.least(300);
  });
});

function disagreement(
  answer: AnswerSpec,
  expected: string,
  expressions: Awaited<ReturnType<typeof loadExpressionEngine>>,
): string | undefined {
  switch (answer.kind) {
    case 'numeric': {
      const mine = parseRational(expected);
      if (answer.tolerance) {
        const diff = Math.abs(Number(mine.n) / Number(mine.d) - Number(answer.value));
        const allowed = Math.max(
          answer.tolerance.absolute ?? 0,
          (answer.tolerance.relative ?? 0) * Math.abs(Number(answer.value)),
        );
        return diff <= allowed ? undefined : `expected about ${expected}, the pack says ${answer.value}`;
      }
      return eq(mine, parseRational(answer.value)) ? undefined : `expected ${expected}, the pack says ${answer.value}`;
    }
    case 'expression': {
      const result = checkResponse({ ...answer, form: 'any' }, expected, { expressions });
      return result.verdict === 'correct' ? undefined : `expected ${expected}, the pack says ${answer.value}`;
    }
    case 'choice': {
      const mine = expected
        .split(',')
        .map((s) => s.trim())
        .sort();
      const theirs = [...answer.correct].sort();
      return JSON.stringify(mine) === JSON.stringify(theirs)
        ? undefined
        : `expected options ${mine}, the pack says ${theirs}`;
    }
    case 'text': {
      const accepted = Array.isArray(answer.accept) ? answer.accept : Object.values(answer.accept).flat();
      return accepted.includes(expected)
        ? undefined
        : `expected "${expected}", the pack accepts ${accepted.join(' | ')}`;
    }
    case 'open':
      return 'an open answer cannot be recomputed';
  }
}
