/**
 * The starter curriculum meets what schools are promised: it builds and validates, every
 * major-work cluster of grades 3–8 is covered, every skill has a mastery-based skill builder with
 * enough verified variants, hint ladders, computed wrong answers and a tutor guide, every cluster
 * a check for understanding and a 30-minute plan, and the fractions strand is in Spanish too.
 */
import { allStandards, type Pack, parsePack, slicePack } from '@tutorkit/core';
import { LINT_RULES, lintPack, localeCoverage } from '@tutorkit/sdk';
import { expect } from 'chai';
import { byStrand } from '../src/clusters.js';
import { DISTINCT_ANSWERS, SESSION_MINUTES } from '../src/kit.js';
import { allClusters, type BuiltPack, buildAll } from './built.js';

const GRADES = ['3', '4', '5', '6', '7', '8'];
const majorClusters = allStandards()
  .filter((s) => s.level === 'cluster' && s.emphasis === 'major' && GRADES.includes(s.grade))
  .map((s) => s.code);
const clusterOf = (code: string) => code.split('.').slice(0, 3).join('.');

describe('the starter curriculum', function () {
  this.timeout(300_000);
  let all: BuiltPack;
  let packs: Map<string, BuiltPack>;

  before(async () => {
    packs = await buildAll();
    const whole = packs.get('default');
    if (!whole) throw new Error('src/packs.ts has no default export');
    all = whole;
  });

  it('builds every pack with no errors, and each validates as Tutorkit reads it', () => {
    expect([...packs.keys()].sort()).to.include.members(['default', 'fractions', 'grades3to5', 'grades6to8']);
    for (const built of packs.values()) {
      expect(
        built.issues.filter((i) => i.severity === 'error'),
        built.name,
      ).to.deep.equal([]);
      const parsed = parsePack(built.json);
      expect(parsed.ok, `${built.name}: ${JSON.stringify(parsed.ok ? [] : parsed.errors.slice(0, 3))}`).to.equal(true);
      expect(built.pack.license).to.equal('CC-BY-4.0');
    }
  });

  it('lints clean: no findings but the locale coverage of strands that are not yet in Spanish', () => {
    const findings = lintPack(all.pack, {
      templates: all.templates.map((t) => ({ id: t.id, problems: t.problems })),
      // Per-text locale warnings would repeat the per-skill coverage finding thousands of times.
      severities: { 'pedagogy/locale-complete': 'off' },
      // Fact practice in grades 3–4 draws from small numbers, where answers repeat by nature.
      limits: { distinctAnswers: DISTINCT_ANSWERS },
    });
    const fractionSkills = new Set(byStrand.fractions.flatMap((c) => c.skills.map((s) => s.id)));
    const unexpected = findings.filter(
      (f) => f.rule !== 'pedagogy/locale-coverage' || fractionSkills.has(skillAt(all.pack, f.pointer)),
    );
    expect(unexpected.map((f) => `${f.rule} ${f.pointer} ${f.message}`)).to.deep.equal([]);
    expect(Object.keys(LINT_RULES)).to.include('pedagogy/skill-guide');
  });

  it('covers every major-work cluster of grades 3–8 with at least one skill, 80 skills in all', () => {
    const covered = new Set(all.pack.skills.flatMap((s) => s.standards.map(clusterOf)));
    expect(majorClusters).to.have.length(35);
    expect(
      majorClusters.filter((c) => !covered.has(c)),
      'clusters with no skill',
    ).to.deep.equal([]);
    expect(all.pack.skills.length).to.be.at.least(80);
    for (const cluster of allClusters) {
      for (const s of cluster.skills) {
        const clusters = s.options.standards.map(clusterOf);
        expect(clusters, `${s.id} is listed under ${cluster.code}`).to.include(cluster.code);
      }
    }
  });

  it('gives every skill a skill builder of at least 30 distinct, verified variants', () => {
    const variantsOf = new Map(all.templates.map((t) => [t.id, t.problems]));
    const builders = (all.pack.assignments ?? []).filter((a) => a.kind === 'skill-builder');
    for (const skill of all.pack.skills) {
      const builder = builders.find((b) => b.skill === skill.id);
      expect(builder, `skill builder for ${skill.id}`).to.not.equal(undefined);
      const pool = builder?.problems ?? [];
      const variants = new Set(all.templates.filter((t) => t.skill === skill.id).flatMap((t) => t.problems));
      const pooled = pool.filter((id) => variants.has(id));
      expect(pooled.length, `variants in the pool of ${skill.id}`).to.be.at.least(30);
      const problems = all.pack.problems.filter((p) => pooled.includes(p.id));
      const distinct = new Set(problems.map((p) => JSON.stringify([p.stem, p.answer])));
      expect(distinct.size, `distinct variants of ${skill.id}`).to.equal(pooled.length);
    }
    expect(variantsOf.size).to.be.greaterThan(0);
  });

  it('gives every problem a ladder of at least three hints ending in a bottom-out hint', () => {
    const short = all.pack.problems.filter((p) => p.hints.length < 3 || p.hints.at(-1)?.bottomOut !== true);
    expect(short.map((p) => p.id)).to.deep.equal([]);
  });

  it('gives every problem at least two common wrong answers, each with a misconception and a tutor move', () => {
    const misconceptions = new Set((all.pack.misconceptions ?? []).map((m) => m.id));
    const thin = all.pack.problems.filter((p) => {
      const wrong = p.wrongAnswers ?? [];
      return (
        wrong.length < 2 || wrong.some((w) => !w.misconception || !misconceptions.has(w.misconception) || !w.tutorMove)
      );
    });
    expect(thin.map((p) => p.id)).to.deep.equal([]);
  });

  it('gives every skill a tutor guide: summary, mastery, what to watch for, 2–3 talk moves, a worked example', () => {
    for (const skill of all.pack.skills) {
      const guide = skill.tutor;
      expect(guide?.summary, `${skill.id} summary`).to.not.equal(undefined);
      expect(guide?.mastery, `${skill.id} mastery`).to.not.equal(undefined);
      expect(guide?.watchFor?.length ?? 0, `${skill.id} watchFor`).to.be.at.least(1);
      expect(guide?.talkMoves?.length ?? 0, `${skill.id} talk moves`).to.be.within(2, 3);
      expect(guide?.workedExample?.steps.length ?? 0, `${skill.id} worked example`).to.be.at.least(1);
    }
  });

  it('gives every cluster a check for understanding of five fixed problems and a 30-minute plan', () => {
    const assignments = new Map((all.pack.assignments ?? []).map((a) => [a.id, a]));
    const variants = new Set(all.templates.flatMap((t) => t.problems));
    for (const cluster of allClusters) {
      const check = assignments.get(cluster.check.id);
      expect(check?.kind, `${cluster.code} check`).to.equal('check');
      expect(check?.problems, `${cluster.code} check`).to.have.length(5);
      expect(
        check?.problems.filter((id) => variants.has(id)),
        `${cluster.code} check: fixed problems`,
      ).to.deep.equal([]);
      expect(cluster.plans.length, `${cluster.code} plans`).to.be.at.least(1);
    }
    for (const plan of all.pack.plans ?? []) {
      expect(plan.minutes).to.equal(30);
      expect(plan.segments.map((s) => s.kind)).to.deep.equal(['warm-up', 'practice', 'check', 'exit-ticket']);
      expect(plan.segments.map((s) => s.minutes)).to.deep.equal(Object.values(SESSION_MINUTES));
      expect(plan.segments.every((s) => s.script !== undefined && s.assignment !== undefined)).to.equal(true);
    }
  });

  it('links skills along the coherence map, so a stuck student can be sent back', () => {
    const linked = all.pack.skills.filter((s) => (s.prerequisites?.length ?? 0) > 0);
    // Skills of the first cluster of a strand may build only on K–2 standards, which the curriculum does not teach.
    expect(linked.length).to.be.at.least(Math.floor(all.pack.skills.length / 2));
    const ids = new Set(all.pack.skills.map((s) => s.id));
    for (const s of linked) for (const p of s.prerequisites ?? []) expect(ids.has(p), `${s.id} → ${p}`).to.equal(true);
  });

  it('gives every session plan a self-contained slice a seat can load instead of the whole pack', () => {
    for (const plan of all.pack.plans ?? []) {
      const slice = slicePack(all.pack, { plans: [plan.id] });
      const parsed = parsePack(slice);
      expect(parsed.ok, `${plan.id}: ${JSON.stringify(!parsed.ok && parsed.errors.slice(0, 2))}`).to.equal(true);
      expect(slice.problems.length).to.be.lessThan(all.pack.problems.length / 10);
    }
  });

  it('has the fractions strand in Spanish: every stem, hint and feedback', () => {
    const coverage = localeCoverage(all.pack);
    const fractionSkills = new Set(byStrand.fractions.flatMap((c) => c.skills.map((s) => s.id)));
    expect(fractionSkills.size).to.be.greaterThan(0);
    for (const s of coverage.bySkill.filter((x) => fractionSkills.has(x.skill))) {
      expect(s.translated.es, `${s.skill}: ${s.translated.es} of ${s.texts} in Spanish`).to.equal(s.texts);
    }
    const fractionClusters = new Set(byStrand.fractions.map((c) => c.code));
    for (const code of ['3.NF.A', '4.NF.A', '4.NF.B', '4.NF.C', '5.NF.A', '5.NF.B', '6.NS.A']) {
      expect(fractionClusters.has(code), `${code} in the fractions strand`).to.equal(true);
    }
  });
});

/** The skill id a lint pointer such as `/skills/3` names. */
function skillAt(pack: Pack, pointer: string): string {
  const index = /^\/skills\/(\d+)/.exec(pointer)?.[1];
  return index === undefined ? '' : (pack.skills[Number(index)]?.id ?? '');
}
