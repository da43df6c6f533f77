import { expect } from 'chai';
import { examplePackText, validPack } from '../test-support/fixtures.js';
import { parsePack } from './parse-pack.js';
import { forEachText, textFor } from './texts.js';

describe('parsePack', () => {
  it('accepts the example pack, with no warnings', async () => {
    const result = parsePack(await examplePackText());
    expect(result.ok, JSON.stringify(!result.ok && result.errors, null, 1)).to.equal(true);
    expect(result.warnings).to.deep.equal([]);
  });

  it('the example pack uses every answer kind, assignment kind and plan segment kind', async () => {
    const result = parsePack(await examplePackText());
    if (!result.ok) throw new Error('example pack is invalid');
    const { pack } = result;
    const answers = pack.problems.map((p) => p.answer);
    expect(new Set(answers.map((a) => a.kind))).to.deep.equal(
      new Set(['numeric', 'expression', 'choice', 'text', 'open']),
    );
    expect(new Set(answers.flatMap((a) => (a.kind === 'choice' ? [a.select] : [])))).to.deep.equal(
      new Set(['single', 'multiple']),
    );
    expect(
      new Set(answers.flatMap((a) => (a.kind === 'numeric' ? [a.simplest ?? 'optional'] : []))).size,
    ).to.be.at.least(2);
    expect(new Set(pack.assignments?.map((a) => a.kind))).to.deep.equal(
      new Set(['skill-builder', 'check', 'practice']),
    );
    expect(new Set(pack.plans?.flatMap((p) => p.segments.map((s) => s.kind)))).to.deep.equal(
      new Set(['warm-up', 'practice', 'discussion', 'check', 'exit-ticket']),
    );
    expect(new Set(pack.skills.flatMap((s) => (s.mastery ? [s.mastery.model] : [])))).to.deep.equal(
      new Set(['streak', 'bkt']),
    );
    expect(
      pack.problems.some((p) => p.scaffold && p.tutor?.questions && p.wrongAnswers?.some((w) => w.misconception)),
    ).to.equal(true);
    expect(pack.locales).to.deep.equal(['en', 'es']);
  });

  it('allows a wrong answer that the checker asks to simplify, to give that feedback', () => {
    for (const [simplest, match] of [
      ['required', '10/12'],
      ['enforced', '10/12'],
      ['enforced', '1 5/4'],
    ] as const) {
      const pack = validPack();
      const [problem] = pack.problems;
      if (problem?.answer.kind !== 'numeric' || !problem.wrongAnswers?.[0]) throw new Error('fixture changed');
      problem.answer = {
        ...problem.answer,
        simplest,
        value: simplest === 'enforced' && match === '1 5/4' ? '2 1/4' : '5/6',
      };
      problem.wrongAnswers[0] = { ...problem.wrongAnswers[0], match };
      const result = parsePack(pack);
      expect(result.ok, `${simplest} ${match}: ${JSON.stringify(!result.ok && result.errors)}`).to.equal(true);
    }
  });

  it('reads a value as well as text, and does not change a valid input', () => {
    const input = validPack();
    const before = JSON.stringify(input);
    const result = parsePack(input);
    expect(result.ok).to.equal(true);
    expect(JSON.stringify(input)).to.equal(before);
  });

  it('accepts old and long CCSS forms, normalising them with a warning and without touching the input', () => {
    const input = validPack();
    const [skill] = input.skills;
    if (!skill) throw new Error('fixture has no skill');
    skill.standards = ['4.NF.1', 'CCSS.Math.Content.5.NF.A.1'];
    const result = parsePack(input);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.pack.skills[0]?.standards).to.deep.equal(['4.NF.A.1', '5.NF.A.1']);
    expect(skill.standards).to.deep.equal(['4.NF.1', 'CCSS.Math.Content.5.NF.A.1']);
    expect(result.warnings.map((w) => [w.rule, w.pointer])).to.deep.equal([
      ['standard/alias', '/skills/0/standards/0'],
      ['standard/alias', '/skills/0/standards/1'],
    ]);
  });

  it('points at the line and column of the offending value in text', () => {
    const pack = validPack();
    const text = JSON.stringify(pack, null, 2).replace('"skill": "eq"', '"skill": "ratios"');
    const result = parsePack(text);
    if (result.ok) throw new Error('expected an error');
    const [error] = result.errors;
    expect(error?.rule).to.equal('ref/skill');
    const lines = text.split('\n');
    expect(lines[(error?.line ?? 0) - 1]?.slice((error?.column ?? 0) - 1)).to.equal('"skill": "ratios",');
    expect(error?.expected).to.contain('eq');
    expect(error?.found).to.equal('"ratios"');
  });

  it('reports a syntax error where it is, in plain words', () => {
    const result = parsePack('{\n  "format": "tutorkit.pack/1",\n  "id": "x"\n  "version": "1.0.0"\n}');
    if (result.ok) throw new Error('expected an error');
    expect(result.errors[0]).to.include({ rule: 'json/syntax', line: 4, column: 3 });
    expect(result.errors[0]?.message).to.contain('comma');
  });

  it('skips a byte-order mark', () => {
    expect(parsePack(`\uFEFF${JSON.stringify(validPack())}`).ok).to.equal(true);
  });

  it('refuses text over the size limit without reading it', () => {
    const result = parsePack(JSON.stringify(validPack()), { maxLength: 100 });
    expect(!result.ok && result.errors[0]?.rule).to.equal('json/too-large');
  });

  it('stops collecting at the issue limit and says how many more there were', () => {
    const pack = validPack();
    pack.problems = Array.from(
      { length: 30 },
      (_, i) => ({ ...pack.problems[4], id: `p${i}`, skill: 'none' }) as (typeof pack.problems)[number],
    );
    const result = parsePack(pack, { maxIssues: 10 });
    if (result.ok) throw new Error('expected errors');
    expect(result.errors).to.have.length(11);
    expect(result.errors[10]).to.include({ rule: 'issues/truncated' });
    expect(result.errors[10]?.message).to.match(/^\d+ more issues not shown$/);
  });

  it('reads deeply nested text without crashing', () => {
    const deep = `${'['.repeat(200000)}${']'.repeat(200000)}`;
    const result = parsePack(deep);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0]?.rule).to.be.oneOf(['json/too-deep', 'format/not-an-object']);
  });

  describe('migrations', () => {
    const renameHints = (doc: Record<string, unknown>) => ({
      ...doc,
      format: 'tutorkit.pack/1',
      problems: (doc.problems as Record<string, unknown>[]).map(({ ladder, ...p }) => ({ ...p, hints: ladder })),
    });
    const oldPack = () => {
      const pack = validPack() as unknown as Record<string, unknown>;
      pack.format = 'tutorkit.pack/0';
      pack.problems = (pack.problems as Record<string, unknown>[]).map(({ hints, ...p }) => ({ ...p, ladder: hints }));
      return pack;
    };

    it('upgrades an older format through the migration hook', () => {
      const result = parsePack(oldPack(), { migrations: { 'tutorkit.pack/0': renameHints } });
      expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
      if (result.ok) expect(result.pack.problems[0]?.hints.length).to.equal(2);
    });

    it('names the format it cannot read', () => {
      const result = parsePack(oldPack());
      expect(!result.ok && result.errors[0]).to.include({ rule: 'format/unsupported', pointer: '/format' });
    });

    it('reports a migration that throws, and one that loops', () => {
      const throwing = parsePack(oldPack(), {
        migrations: {
          'tutorkit.pack/0': () => {
            throw new Error('no ladder');
          },
        },
      });
      expect(!throwing.ok && throwing.errors[0]?.rule).to.equal('format/migration-failed');
      const looping = parsePack(oldPack(), { migrations: { 'tutorkit.pack/0': (doc) => doc } });
      expect(!looping.ok && looping.errors[0]?.rule).to.equal('format/unsupported');
    });

    it('gives a migration a copy, so a failed upgrade loses nothing', () => {
      const input = oldPack();
      const before = JSON.stringify(input);
      parsePack(input, {
        migrations: {
          'tutorkit.pack/0': (doc) => {
            doc.problems = [];
            throw new Error('half-way');
          },
        },
      });
      expect(JSON.stringify(input)).to.equal(before);
    });
  });
});

describe('pack texts', () => {
  it('visits every text with its pointer and kind', () => {
    const seen: string[] = [];
    forEachText(validPack(), (pointer, _value, kind) => seen.push(`${kind} ${pointer}`));
    expect(seen).to.include.members([
      'plain /title',
      'rich /problems/0/stem',
      'rich /problems/0/hints/1/text',
      'rich /problems/0/wrongAnswers/0/tutorMove',
      'rich /problems/0/scaffold/0/stem',
      'rich /problems/1/answer/options/0/text',
      'accept /problems/2/answer/accept',
      'plain /plans/0/title',
    ]);
  });

  it('picks a locale, falling back to the language and then to the default', () => {
    const text = { en: 'Add', es: 'Suma' };
    expect(textFor(text, 'es', 'en')).to.equal('Suma');
    expect(textFor(text, 'es-MX', 'en')).to.equal('Suma');
    expect(textFor(text, 'fr', 'en')).to.equal('Add');
    expect(textFor('Same', 'es', 'en')).to.equal('Same');
  });
});
