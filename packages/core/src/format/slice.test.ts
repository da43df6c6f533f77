import { expect } from 'chai';
import { validPack } from '../test-support/fixtures.js';
import { parsePack } from './parse-pack.js';
import { slicePack } from './slice.js';

describe('slicePack', () => {
  it('keeps what an assignment needs, and the result is a valid pack', () => {
    const pack = validPack();
    for (const assignment of pack.assignments ?? []) {
      const slice = slicePack(pack, { assignments: [assignment.id] });
      expect(slice.assignments?.map((a) => a.id)).to.deep.equal([assignment.id]);
      expect(slice.problems.map((p) => p.id).sort()).to.deep.equal([...new Set(assignment.problems)].sort());
      const parsed = parsePack(slice);
      expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors.slice(0, 3))).to.equal(true);
    }
  });

  it('keeps a plan with every assignment its segments start, and skills with their prerequisites', () => {
    const pack = validPack();
    const plan = pack.plans?.[0];
    if (!plan) throw new Error('the fixture has a plan');
    const slice = slicePack(pack, { plans: [plan.id] });
    expect(slice.plans).to.deep.equal([plan]);
    const used = plan.segments.flatMap((s) => (s.assignment ? [s.assignment] : []));
    expect(slice.assignments?.map((a) => a.id).sort()).to.deep.equal([...new Set(used)].sort());
    for (const skill of slice.skills)
      for (const p of skill.prerequisites ?? []) expect(slice.skills.map((s) => s.id)).to.include(p);
    expect(parsePack(slice).ok).to.equal(true);
  });

  it('keeps only the misconceptions its wrong answers name, and ignores unknown ids', () => {
    const pack = validPack();
    const empty = slicePack(pack, { assignments: ['no-such-assignment'] });
    expect(empty.problems).to.deep.equal([]);
    expect(empty.misconceptions).to.deep.equal([]);
    const all = slicePack(pack, { assignments: (pack.assignments ?? []).map((a) => a.id) });
    const named = new Set(all.problems.flatMap((p) => (p.wrongAnswers ?? []).map((w) => w.misconception)));
    expect(all.misconceptions?.every((m) => named.has(m.id))).to.equal(true);
  });
});
