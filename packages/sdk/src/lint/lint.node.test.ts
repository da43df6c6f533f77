import type { Pack, Problem, Skill } from '@tutorkit/core';
import { expect } from 'chai';
import { buildPack } from '../build/build.js';
import { fractionsPack } from '../test-support/fractions-pack.js';
import { inferTemplates, lintPack } from './lint.js';
import { localeCoverage } from './locale-coverage.js';
import { LINT_RULES, type RuleId } from './rules.js';
import { countWords, hasWords } from './words.js';

const ladder = [{ text: 'Think.' }, { text: '$1$', bottomOut: true }];

function problemOf(id: string, extra: Partial<Problem> = {}): Problem {
  return {
    id,
    skill: 'sk',
    stem: 'What is $1+1$?',
    answer: { kind: 'numeric', value: 2 },
    hints: ladder,
    ...extra,
  } as Problem;
}

function packOf(
  extra: Partial<Pack> = {},
  skills: Skill[] = [{ id: 'sk', title: 'Adding', standards: ['3.OA.C.7'] }],
): Pack {
  return {
    format: 'tutorkit.pack/1',
    id: 'lint.test',
    version: '1.0.0',
    title: 'Lint',
    license: 'CC0-1.0',
    authors: [{ name: 'x' }],
    locales: ['en'],
    skills,
    problems: [problemOf('p')],
    ...extra,
  } as Pack;
}

const rules = (pack: Pack, options: Parameters<typeof lintPack>[1] = {}) => lintPack(pack, options).map((i) => i.rule);

describe('lintPack', () => {
  it('passes the example pack built with the SDK', async () => {
    const result = await buildPack(fractionsPack);
    if (!result.ok) throw new Error('build failed');
    expect(lintPack(result.pack, { templates: result.templates })).to.deep.equal([]);
  });

  it('documents every rule: default severity, why, how to fix', () => {
    for (const [id, rule] of Object.entries(LINT_RULES)) {
      expect(rule.id).to.equal(id);
      expect(['error', 'warning']).to.include(rule.severity);
      expect(rule.why).to.match(/\.$/);
      expect(rule.fix.length).to.be.greaterThan(10);
    }
  });

  it('hint-ladder: two hints or more, the last a bottom-out hint', () => {
    expect(rules(packOf())).to.deep.equal([]);
    const short = packOf({ problems: [problemOf('p', { hints: [{ text: 'Only one.' }] })] });
    const found = lintPack(short).filter((i) => i.rule === 'pedagogy/hint-ladder');
    expect(found.map((i) => i.message)).to.deep.equal([
      'problem "p" has 1 hint; give at least two',
      'problem "p" does not end its hints with a bottom-out hint',
    ]);
    expect(found[0]).to.include({ severity: 'warning', pointer: '/problems/0/hints' });
  });

  it('severities: a rule can be made an error or turned off', () => {
    const short = packOf({ problems: [problemOf('p', { hints: [{ text: 'Only one.' }] })] });
    expect(lintPack(short, { severities: { 'pedagogy/hint-ladder': 'error' } })[0]?.severity).to.equal('error');
    expect(rules(short, { severities: { 'pedagogy/hint-ladder': 'off' } })).to.deep.equal([]);
  });

  it('pool-wrong-answers: skill-builder pool problems carry a wrong answer with a tutor move', () => {
    const assignments = [{ id: 'sb', kind: 'skill-builder', title: 'x', skill: 'sk', problems: ['p'] }] as NonNullable<
      Pack['assignments']
    >;
    expect(rules(packOf({ assignments })).filter((r) => r !== 'pedagogy/skill-guide')).to.deep.equal([
      'pedagogy/pool-wrong-answers',
    ]);
    const withWrong = problemOf('p', {
      wrongAnswers: [{ match: '11', feedback: 'x', tutorMove: 'Ask: what is 1+1?' }],
    });
    expect(
      rules(packOf({ assignments, problems: [withWrong] }), { severities: { 'pedagogy/skill-guide': 'off' } }),
    ).to.deep.equal([]);
    const practice = [{ id: 'pr', kind: 'practice', title: 'x', problems: ['p'] }] as NonNullable<Pack['assignments']>;
    expect(rules(packOf({ assignments: practice }))).to.deep.equal([]);
  });

  it('skill-standard: aligned to a standard the catalog knows, not only a cluster', () => {
    expect(rules(packOf({}, [{ id: 'sk', title: 'x', standards: ['3.OA.C'] }]))).to.deep.equal([
      'pedagogy/skill-standard',
    ]);
    expect(rules(packOf({}, [{ id: 'sk', title: 'x', standards: ['9.ZZ.A.1'] }]))).to.include(
      'pedagogy/skill-standard',
    );
    expect(rules(packOf({}, [{ id: 'sk', title: 'x', standards: ['3.OA.C', '3.OA.C.7'] }]))).to.deep.equal([]);
  });

  it('template-diversity: at least 80% distinct answers among a template’s variants', () => {
    const same = Array.from({ length: 10 }, (_, i) => problemOf(`t-${i + 1}`, { stem: `$${i}+0$ … $2$` }));
    expect(rules(packOf({ problems: same }))).to.deep.equal(['pedagogy/template-diversity']);
    const distinct = same.map((p, i) => ({ ...p, answer: { kind: 'numeric', value: i } }) as Problem);
    expect(rules(packOf({ problems: distinct }))).to.deep.equal([]);
    expect(rules(packOf({ problems: same }), { templates: [] })).to.deep.equal([]);
    expect(inferTemplates(packOf({ problems: same }))).to.deep.equal([{ id: 't', problems: same.map((p) => p.id) }]);
  });

  it('locale-complete: prose in a plain string of a multi-locale pack, math-only strings are fine', () => {
    const mathHints = [{ text: '$1+1$' }, { text: '$2$', bottomOut: true }];
    const bilingual = (stem: Problem['stem']) =>
      packOf(
        {
          locales: ['en', 'es'],
          title: { en: 'Lint', es: 'Lint' },
          problems: [problemOf('p', { stem, hints: mathHints })],
        },
        [{ id: 'sk', title: { en: 'Add', es: 'Sumar' }, standards: ['3.OA.C.7'] }],
      );
    expect(rules(bilingual({ en: 'Add.', es: 'Suma.' }))).to.deep.equal([]);
    const found = lintPack(bilingual('What is $1+1$?'));
    expect(found.map((i) => [i.rule, i.pointer])).to.deep.equal([
      ['pedagogy/locale-complete', '/problems/0/stem'],
      ['pedagogy/locale-coverage', '/skills/0'],
    ]);
    expect(rules(bilingual('$1+1 = x$'))).to.deep.equal([]);
    expect(hasWords('$\\frac{1}{2} + x$')).to.equal(false);
    expect(hasWords('x = 3')).to.equal(false);
    expect(hasWords('Add $x$')).to.equal(true);
    expect(rules(packOf({ problems: [problemOf('p', { stem: 'English only.' })] }))).to.deep.equal([]);
  });

  it('locale-coverage: one finding per skill whose student-facing texts are not all translated', () => {
    const bilingualPack = (problems: Problem[]) =>
      packOf({ locales: ['en', 'es'], title: { en: 'Lint', es: 'Lint' }, problems }, [
        { id: 'sk', title: { en: 'Add', es: 'Sumar' }, standards: ['3.OA.C.7'] },
      ]);
    const hints = [{ text: { en: 'Count on.', es: 'Cuenta.' } }, { text: '$2$', bottomOut: true }];
    const translated = problemOf('p', { stem: { en: 'Add.', es: 'Suma.' }, hints });
    const english = problemOf('q', { stem: 'Add these.', hints });
    expect(rules(bilingualPack([translated]), { severities: { 'pedagogy/locale-complete': 'off' } })).to.deep.equal([]);
    const found = lintPack(bilingualPack([translated, english]), { severities: { 'pedagogy/locale-complete': 'off' } });
    expect(found.map((i) => [i.rule, i.pointer, i.message])).to.deep.equal([
      ['pedagogy/locale-coverage', '/skills/0', 'skill "sk" is not fully translated: es 3 of 4 student-facing texts'],
    ]);
    const coverage = localeCoverage(bilingualPack([translated, english]));
    expect(coverage).to.deep.include({ locales: ['es'], texts: 4, translated: { es: 3 } });
    expect(localeCoverage(packOf({ problems: [english] })).locales).to.deep.equal([]);
  });

  it('skill-guide: a practised skill has a summary, mastery, misconceptions, two talk moves and a worked example', () => {
    const assignments = [{ id: 'sb', kind: 'skill-builder', title: 'x', skill: 'sk', problems: ['p'] }] as NonNullable<
      Pack['assignments']
    >;
    const guided = (tutor: Skill['tutor']) =>
      packOf({ assignments }, [{ id: 'sk', title: 'Add', standards: ['3.OA.C.7'], ...(tutor ? { tutor } : {}) }]);
    const guideRules = (pack: Pack) => lintPack(pack).filter((i) => i.rule === 'pedagogy/skill-guide');
    expect(guideRules(guided(undefined)).map((i) => i.message)).to.deep.equal([
      'skill "sk" has no tutor guide with a summary, what mastery looks like, misconceptions to watch for, two talk moves, a worked example',
    ]);
    const full = {
      summary: 'Adding.',
      mastery: 'Adds fluently.',
      watchFor: ['Counting the start.'],
      talkMoves: ['What is one more?', 'How do you know?'],
      workedExample: { problem: '$2+3$', steps: ['$2+3=5$'] },
    };
    expect(guideRules(guided(full))).to.deep.equal([]);
    expect(guideRules(guided({ ...full, talkMoves: ['Only one?'] })).map((i) => i.message)).to.deep.equal([
      'skill "sk" has no tutor guide with two talk moves',
    ]);
    // A skill no skill builder practises needs no guide.
    expect(
      lintPack(packOf({}, [{ id: 'sk', title: 'Add', standards: ['3.OA.C.7'] }])).map((i) => i.rule),
    ).to.not.include('pedagogy/skill-guide');
  });

  it('stem-length: words per stem within the grade’s budget (TeX counts as one word)', () => {
    const long = Array.from({ length: 45 }, () => 'word').join(' ');
    expect(countWords('Add $\\frac{1}{2} + \\frac{1}{3}$ now')).to.equal(3);
    const grade3 = rules(packOf({ problems: [problemOf('p', { stem: long })] }));
    expect(grade3).to.deep.equal(['pedagogy/stem-length']);
    const grade5 = rules(
      packOf({ problems: [problemOf('p', { stem: long })] }, [{ id: 'sk', title: 'x', standards: ['5.NF.A.1'] }]),
    );
    expect(grade5).to.deep.equal([]);
    // A skill aligned to grades 3 and 5 gets grade 3's budget: its weakest reader's.
    const mixed = [{ id: 'sk', title: 'x', standards: ['5.NF.A.1', '3.OA.C.7'] }] as Skill[];
    expect(rules(packOf({ problems: [problemOf('p', { stem: long })] }, mixed))).to.deep.equal([
      'pedagogy/stem-length',
    ]);
    expect(
      rules(packOf({ problems: [problemOf('p', { stem: long })] }), { limits: { stemWords: { '3': 50 } } }),
    ).to.deep.equal([]);
  });

  it('prerequisite-coverage: a skill teaching a catalog prerequisite is listed (directly or not)', () => {
    const equiv: Skill = { id: 'equiv', title: 'x', standards: ['4.NF.A.1'] };
    const add: Skill = { id: 'add', title: 'y', standards: ['5.NF.A.1'] };
    const problems = [problemOf('p', { skill: 'add' }), problemOf('q', { skill: 'equiv' })];
    const missing = lintPack(packOf({ problems }, [equiv, add]));
    expect(missing.map((i) => [i.rule, i.pointer])).to.deep.equal([
      ['pedagogy/prerequisite-coverage', '/skills/1/prerequisites'],
    ]);
    expect(missing[0]?.message).to.match(/should list "equiv".*5\.NF\.A\.1 builds on 4\.NF\.A\.1/);
    expect(rules(packOf({ problems }, [equiv, { ...add, prerequisites: ['equiv'] }]))).to.deep.equal([]);
    // Transitively through another skill is enough.
    const middle: Skill = { id: 'middle', title: 'z', standards: ['4.NF.B.3'], prerequisites: ['equiv'] };
    const viaMiddle = [equiv, middle, { ...add, prerequisites: ['middle'] }];
    expect(rules(packOf({ problems }, viaMiddle)).filter((r) => r === 'pedagogy/prerequisite-coverage')).to.deep.equal(
      [],
    );
    // A prerequisite aligned only to a later grade points the wrong way.
    const inverted = lintPack(packOf({ problems }, [{ ...equiv, prerequisites: ['add'] }, add]));
    expect(inverted.map((i) => i.pointer)).to.include('/skills/0/prerequisites/0');
  });

  it('accepts a custom catalog', () => {
    const none = {
      get: () => undefined,
      has: () => false,
      all: () => [],
      clusters: () => [],
      standardsIn: () => [],
      prerequisitesOf: () => [],
    };
    expect(rules(packOf(), { catalog: none })).to.deep.equal(['pedagogy/skill-standard']);
  });

  it('knows exactly the rules it documents', () => {
    const ids = Object.keys(LINT_RULES) as RuleId[];
    expect(ids).to.have.length(9);
  });
});
