import { expect } from 'chai';
import { validPack } from '../test-support/fixtures.js';
import { hasDuplicateKeys } from './duplicate-keys.js';
import { parsePack } from './parse-pack.js';
import { readPack } from './read-pack.js';
import type { Pack } from './schema.js';

/** Untyped access for mutations that deliberately break the types. */
// biome-ignore lint/suspicious/noExplicitAny: the corpus writes invalid data on purpose
type Loose = any;

interface InvalidCase {
  readonly name: string;
  readonly mutate?: (pack: Loose) => unknown;
  readonly text?: string;
  readonly rule: string;
  readonly pointer: string;
}

const json = (pack: Pack) => JSON.stringify(pack, null, 2);

const cases: InvalidCase[] = [
  // The document and its header
  {
    name: 'format is missing',
    mutate: (p) => {
      delete p.format;
    },
    rule: 'format/missing',
    pointer: '/format',
  },
  {
    name: 'format is from the future',
    mutate: (p) => {
      p.format = 'tutorkit.pack/9';
    },
    rule: 'format/unsupported',
    pointer: '/format',
  },
  { name: 'the document is a list', mutate: (p) => [p], rule: 'format/not-an-object', pointer: '' },
  {
    name: 'version is not semver',
    mutate: (p) => {
      p.version = '1.0';
    },
    rule: 'format/semver',
    pointer: '/version',
  },
  {
    name: 'pack id has spaces',
    mutate: (p) => {
      p.id = 'My Pack';
    },
    rule: 'format/pack-id',
    pointer: '/id',
  },
  {
    name: 'locale is a language name',
    mutate: (p) => {
      p.locales = ['english'];
    },
    rule: 'format/locale',
    pointer: '/locales/0',
  },
  {
    name: 'license is not SPDX',
    mutate: (p) => {
      p.license = 'free for schools!';
    },
    rule: 'format/license',
    pointer: '/license',
  },
  {
    name: 'title is missing',
    mutate: (p) => {
      delete p.title;
    },
    rule: 'schema/required',
    pointer: '/title',
  },
  {
    name: 'misspelt top-level property',
    mutate: (p) => {
      p.problem = [];
    },
    rule: 'schema/unknown-property',
    pointer: '/problem',
  },
  {
    name: 'no problems',
    mutate: (p) => {
      p.problems = [];
    },
    rule: 'schema/min-items',
    pointer: '/problems',
  },
  {
    name: 'locales repeat',
    mutate: (p) => {
      p.locales = ['en', 'en'];
    },
    rule: 'schema/unique-items',
    pointer: '/locales',
  },
  {
    name: 'author without a name',
    mutate: (p) => {
      p.authors = [{ url: 'https://example.org' }];
    },
    rule: 'schema/required',
    pointer: '/authors/0/name',
  },
  // Problems
  {
    name: 'empty hint ladder',
    mutate: (p) => {
      p.problems[0].hints = [];
    },
    rule: 'schema/min-items',
    pointer: '/problems/0/hints',
  },
  {
    name: 'hints missing',
    mutate: (p) => {
      delete p.problems[1].hints;
    },
    rule: 'schema/required',
    pointer: '/problems/1/hints',
  },
  {
    name: 'unknown answer kind',
    mutate: (p) => {
      p.problems[0].answer.kind = 'number';
    },
    rule: 'schema/unknown-kind',
    pointer: '/problems/0/answer/kind',
  },
  {
    name: 'answer kind missing',
    mutate: (p) => {
      delete p.problems[0].answer.kind;
    },
    rule: 'schema/required',
    pointer: '/problems/0/answer/kind',
  },
  {
    name: 'misspelt numeric field',
    mutate: (p) => {
      p.problems[0].answer.values = '1';
    },
    rule: 'schema/unknown-property',
    pointer: '/problems/0/answer/values',
  },
  {
    name: 'empty stem',
    mutate: (p) => {
      p.problems[0].stem = '';
    },
    rule: 'schema/empty',
    pointer: '/problems/0/stem',
  },
  {
    name: 'stem is a number',
    mutate: (p) => {
      p.problems[0].stem = 42;
    },
    rule: 'schema/type',
    pointer: '/problems/0/stem',
  },
  {
    name: 'difficulty out of range',
    mutate: (p) => {
      p.problems[0].difficulty = 7;
    },
    rule: 'schema/range',
    pointer: '/problems/0/difficulty',
  },
  {
    name: 'difficulty not whole',
    mutate: (p) => {
      p.problems[0].difficulty = 2.5;
    },
    rule: 'schema/type',
    pointer: '/problems/0/difficulty',
  },
  {
    name: 'choice with one option',
    mutate: (p) => {
      p.problems[1].answer.options.pop();
    },
    rule: 'schema/min-items',
    pointer: '/problems/1/answer/options',
  },
  {
    name: 'unknown simplest rule',
    mutate: (p) => {
      p.problems[0].answer.simplest = 'always';
    },
    rule: 'schema/enum',
    pointer: '/problems/0/answer/simplest',
  },
  {
    name: 'tags is not a list',
    mutate: (p) => {
      p.problems[0].tags = 'fractions';
    },
    rule: 'schema/type',
    pointer: '/problems/0/tags',
  },
  {
    name: 'wrong answer without tutor move',
    mutate: (p) => {
      delete p.problems[0].wrongAnswers[0].tutorMove;
    },
    rule: 'schema/required',
    pointer: '/problems/0/wrongAnswers/0/tutorMove',
  },
  {
    name: 'locale key is a language name',
    mutate: (p) => {
      p.title = { english: 'Fixture' };
    },
    rule: 'format/locale',
    pointer: '/title/english',
  },
  {
    name: 'unknown mastery model',
    mutate: (p) => {
      p.skills[1].mastery = { model: 'elo' };
    },
    rule: 'schema/unknown-kind',
    pointer: '/skills/1/mastery/model',
  },
  {
    name: 'probability above 1',
    mutate: (p) => {
      p.skills[1].mastery = { model: 'bkt', pSlip: 1.5 };
    },
    rule: 'schema/range',
    pointer: '/skills/1/mastery/pSlip',
  },
  {
    name: 'unknown plan segment kind',
    mutate: (p) => {
      p.plans[0].segments[0].kind = 'lecture';
    },
    rule: 'schema/enum',
    pointer: '/plans/0/segments/0/kind',
  },
  // Ids and references
  {
    name: 'duplicate problem id',
    mutate: (p) => {
      p.problems[1].id = 'p1';
    },
    rule: 'id/duplicate',
    pointer: '/problems/1/id',
  },
  {
    name: 'duplicate skill id',
    mutate: (p) => {
      p.skills[1].id = 'eq';
    },
    rule: 'id/duplicate',
    pointer: '/skills/1/id',
  },
  {
    name: 'duplicate scaffold step id',
    mutate: (p) => {
      p.problems[0].scaffold[1].id = 's1';
    },
    rule: 'id/duplicate',
    pointer: '/problems/0/scaffold/1/id',
  },
  {
    name: 'problem of an unknown skill',
    mutate: (p) => {
      p.problems[0].skill = 'subtract';
    },
    rule: 'ref/skill',
    pointer: '/problems/0/skill',
  },
  {
    name: 'unknown prerequisite',
    mutate: (p) => {
      p.skills[1].prerequisites = ['ratios'];
    },
    rule: 'ref/skill',
    pointer: '/skills/1/prerequisites/0',
  },
  {
    name: 'skill is its own prerequisite',
    mutate: (p) => {
      p.skills[1].prerequisites = ['add'];
    },
    rule: 'skill/self-prerequisite',
    pointer: '/skills/1/prerequisites/0',
  },
  {
    name: 'prerequisite cycle',
    mutate: (p) => {
      p.skills[0].prerequisites = ['add'];
    },
    rule: 'skill/prerequisite-cycle',
    pointer: '/skills/1/prerequisites',
  },
  {
    name: 'assignment lists an unknown problem',
    mutate: (p) => {
      p.assignments[0].problems.push('p9');
    },
    rule: 'ref/problem',
    pointer: '/assignments/0/problems/2',
  },
  {
    name: 'assignment lists a problem twice',
    mutate: (p) => {
      p.assignments[1].problems.push('p2');
    },
    rule: 'assignment/duplicate-problem',
    pointer: '/assignments/1/problems/2',
  },
  {
    name: 'skill builder pool mixes skills',
    mutate: (p) => {
      p.assignments[0].problems.push('p2');
    },
    rule: 'assignment/pool-skill-mismatch',
    pointer: '/assignments/0/problems/2',
  },
  {
    name: 'plan segment names an unknown assignment',
    mutate: (p) => {
      p.plans[0].segments[1].assignment = 'nope';
    },
    rule: 'ref/assignment',
    pointer: '/plans/0/segments/1/assignment',
  },
  {
    name: 'practice segment without an assignment',
    mutate: (p) => {
      delete p.plans[0].segments[1].assignment;
    },
    rule: 'plan/segment-needs-assignment',
    pointer: '/plans/0/segments/1',
  },
  {
    name: 'plan minutes do not add up',
    mutate: (p) => {
      p.plans[0].minutes = 30;
    },
    rule: 'plan/minutes-mismatch',
    pointer: '/plans/0/minutes',
  },
  {
    name: 'unknown misconception',
    mutate: (p) => {
      p.problems[0].wrongAnswers[0].misconception = 'guessing';
    },
    rule: 'ref/misconception',
    pointer: '/problems/0/wrongAnswers/0/misconception',
  },
  // Hints and answers
  {
    name: 'bottom-out hint first',
    mutate: (p) => {
      p.problems[0].hints.reverse();
    },
    rule: 'hint/bottom-out-not-last',
    pointer: '/problems/0/hints/0/bottomOut',
  },
  {
    name: 'numeric wrong answer equals the answer',
    mutate: (p) => {
      p.problems[0].wrongAnswers[0].match = '5/6';
    },
    rule: 'wrong-answer/equals-correct',
    pointer: '/problems/0/wrongAnswers/0/match',
  },
  {
    name: 'numeric wrong answer equals the answer in another form',
    mutate: (p) => {
      p.problems[0].answer.simplest = 'optional';
      p.problems[0].wrongAnswers[0].match = '10/12';
    },
    rule: 'wrong-answer/equals-correct',
    pointer: '/problems/0/wrongAnswers/0/match',
  },
  {
    name: 'numeric wrong answer is not a number',
    mutate: (p) => {
      p.problems[0].wrongAnswers[0].match = 'two fifths';
    },
    rule: 'wrong-answer/unreadable',
    pointer: '/problems/0/wrongAnswers/0/match',
  },
  {
    name: 'numeric answer is not a number',
    mutate: (p) => {
      p.problems[0].answer.value = 'five sixths';
    },
    rule: 'answer/unreadable-value',
    pointer: '/problems/0/answer/value',
  },
  {
    name: 'choice wrong answer is the correct choice',
    mutate: (p) => {
      p.problems[1].wrongAnswers[0].match = ['a'];
    },
    rule: 'wrong-answer/equals-correct',
    pointer: '/problems/1/wrongAnswers/0/match',
  },
  {
    name: 'correct option does not exist',
    mutate: (p) => {
      p.problems[1].answer.correct = ['z'];
    },
    rule: 'ref/option',
    pointer: '/problems/1/answer/correct/0',
  },
  {
    name: 'single select with two correct options',
    mutate: (p) => {
      p.problems[1].answer.correct = ['a', 'b'];
    },
    rule: 'choice/single-needs-one',
    pointer: '/problems/1/answer/correct',
  },
  {
    name: 'text wrong answer is accepted',
    mutate: (p) => {
      p.problems[2].wrongAnswers[0].match = ' Common  Denominator ';
    },
    rule: 'wrong-answer/equals-correct',
    pointer: '/problems/2/wrongAnswers/0/match',
  },
  {
    name: 'open answer with wrong answers',
    mutate: (p) => {
      p.problems[4].wrongAnswers = [{ match: 'x', feedback: 'f', tutorMove: 't' }];
    },
    rule: 'wrong-answer/open-answer',
    pointer: '/problems/4/wrongAnswers',
  },
  {
    name: 'numeric wrong answer within the tolerance',
    mutate: (p) => {
      p.problems[0].answer.tolerance = { absolute: 0.01 };
      p.problems[0].wrongAnswers[0].match = '0.83';
    },
    rule: 'wrong-answer/equals-correct',
    pointer: '/problems/0/wrongAnswers/0/match',
  },
  {
    name: 'text wrong answer differs only by accents',
    mutate: (p) => {
      p.problems[2].wrongAnswers[0].match = 'denominador comun';
    },
    rule: 'wrong-answer/equals-correct',
    pointer: '/problems/2/wrongAnswers/0/match',
  },
  // Standards, locales and rich text
  {
    name: 'unknown standard',
    mutate: (p) => {
      p.skills[0].standards = ['5.NF.Z.9'];
    },
    rule: 'standard/unknown',
    pointer: '/skills/0/standards/0',
  },
  {
    name: 'high-school standard',
    mutate: (p) => {
      p.skills[0].standards = ['HSA.SSE.A.1'];
    },
    rule: 'standard/unknown',
    pointer: '/skills/0/standards/0',
  },
  {
    name: 'locale map misses a declared locale',
    mutate: (p) => {
      delete p.skills[1].title.es;
    },
    rule: 'locale/missing',
    pointer: '/skills/1/title',
  },
  {
    name: 'locale map has an undeclared locale',
    mutate: (p) => {
      p.skills[1].title.fr = 'Additionner';
    },
    rule: 'locale/undeclared',
    pointer: '/skills/1/title/fr',
  },
  {
    name: 'raw HTML in a stem',
    mutate: (p) => {
      p.problems[0].stem = 'Add <b>these</b>';
    },
    rule: 'rich-text/raw-html',
    pointer: '/problems/0/stem',
  },
  {
    name: 'script tag in a translated hint',
    mutate: (p) => {
      p.problems[0].hints[0].text.es = '<script>alert(1)</script>';
    },
    rule: 'rich-text/raw-html',
    pointer: '/problems/0/hints/0/text/es',
  },
  {
    name: 'script tag in a talk move of a skill guide',
    mutate: (p) => {
      p.skills[1].tutor.talkMoves[0].en = 'Ask <script>alert(1)</script>';
    },
    rule: 'rich-text/raw-html',
    pointer: '/skills/1/tutor/talkMoves/0/en',
  },
  {
    name: 'image in a worked example step',
    mutate: (p) => {
      p.skills[1].tutor.workedExample.steps[0] = '<img src=x onerror=alert(1)>';
    },
    rule: 'rich-text/raw-html',
    pointer: '/skills/1/tutor/workedExample/steps/0',
  },
  {
    name: 'a worked example without steps',
    mutate: (p) => {
      p.skills[1].tutor.workedExample.steps = [];
    },
    rule: 'schema/min-items',
    pointer: '/skills/1/tutor/workedExample/steps',
  },
  {
    name: 'template params with a name that is not an identifier',
    mutate: (p) => {
      p.problems[0].params = { 'a b': 1 };
    },
    rule: 'schema/key',
    pointer: '/problems/0/params/a b',
  },
  {
    name: 'unclosed math',
    mutate: (p) => {
      p.problems[3].stem = 'Simplify $3/4*n + 1/2';
    },
    rule: 'rich-text/unclosed-math',
    pointer: '/problems/3/stem',
  },
  {
    name: 'price written without escaping',
    mutate: (p) => {
      p.problems[3].stem = 'Pens cost $5 and pads cost $10.';
    },
    rule: 'rich-text/unclosed-math',
    pointer: '/problems/3/stem',
  },
  // Text-only failures
  { name: 'trailing comma', text: '{"format": "tutorkit.pack/1",}', rule: 'json/syntax', pointer: '' },
  { name: 'comment in JSON', text: '{\n  // note\n  "format": "tutorkit.pack/1"\n}', rule: 'json/syntax', pointer: '' },
  { name: 'unterminated string', text: '{"format": "tutorkit.pack/1', rule: 'json/syntax', pointer: '' },
  {
    name: 'duplicate key',
    text: json(validPack()).replace('"version": "1.0.0",', '"version": "1.0.0",\n  "version": "1.0.1",'),
    rule: 'json/duplicate-key',
    pointer: '/version',
  },
  { name: 'empty text', text: '', rule: 'json/syntax', pointer: '' },
];

describe('parsePack rejects invalid packs with the specific error', () => {
  it(`has a corpus of at least 40 distinct invalid packs (${cases.length})`, () => {
    expect(new Set(cases.map((c) => c.name)).size).to.equal(cases.length);
    expect(cases.length).to.be.at.least(40);
  });

  it('accepts the fixture the corpus mutates', () => {
    const result = parsePack(validPack());
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
  });

  for (const c of cases) {
    it(`${c.name}: ${c.rule} at "${c.pointer}"`, () => {
      let input: unknown = c.text;
      if (c.mutate) {
        const pack: Loose = validPack();
        const replaced = c.mutate(pack);
        input = replaced === undefined ? pack : replaced;
      }
      const result = parsePack(input);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      const summary = JSON.stringify(result.errors.map((e) => `${e.rule} ${e.pointer}`));
      const match = result.errors.find((e) => e.rule === c.rule && e.pointer === c.pointer);
      expect(match, `expected ${c.rule} at ${c.pointer}, got ${summary}`).to.not.equal(undefined);
      expect(match?.message.length ?? 0).to.be.greaterThan(10);
      if (c.text !== undefined) {
        expect(match?.line, 'text errors have a line').to.be.a('number');
        expect(match?.column, 'text errors have a column').to.be.a('number');
      }
    });

    if (c.mutate) {
      it(`${c.name}: same error with a line and column when given as text`, () => {
        const pack: Loose = validPack();
        const replaced = c.mutate?.(pack);
        const text = JSON.stringify(replaced === undefined ? pack : replaced, null, 2);
        const result = parsePack(text);
        expect(result.ok).to.equal(false);
        if (result.ok) return;
        const match = result.errors.find((e) => e.rule === c.rule && e.pointer === c.pointer);
        expect(match, JSON.stringify(result.errors)).to.not.equal(undefined);
        expect(match?.line).to.be.at.least(1);
        expect(match?.column).to.be.at.least(1);
      });
    }
  }

  // The browser's loader must refuse exactly what parsePack refuses, with the same report.
  it('readPack gives exactly the result of parsePack for every invalid case, as text and as a value', async () => {
    for (const c of cases) {
      const inputs: unknown[] = [];
      if (c.text !== undefined) inputs.push(c.text);
      if (c.mutate) {
        const pack: Loose = validPack();
        const replaced = c.mutate(pack);
        const value = replaced === undefined ? pack : replaced;
        inputs.push(value, JSON.stringify(value, null, 2));
      }
      for (const input of inputs) {
        expect(await readPack(input), c.name).to.deep.equal(parsePack(input));
      }
    }
  });

  it('readPack accepts the valid pack on its quick path, as text (with a BOM) and as a value', async () => {
    const pack = validPack();
    for (const input of [pack, JSON.stringify(pack), `\uFEFF${JSON.stringify(pack, null, 2)}`]) {
      expect(await readPack(input)).to.deep.equal(parsePack(input));
      expect((await readPack(input)).ok).to.equal(true);
    }
  });

  it('readPack refuses a repeated key, which JSON.parse alone would hide', async () => {
    const text = JSON.stringify(validPack()).replace('"id":', '"id":"first","id":');
    const result = await readPack(text);
    expect(result.ok).to.equal(false);
    expect(result).to.deep.equal(parsePack(text));
    expect(hasDuplicateKeys('{"a":1,"b":{"a":2},"c":[{"a":1},{"a":2}]}')).to.equal(false);
    expect(hasDuplicateKeys('{"a":1,"b":{"x":"\\"","x":2}}')).to.equal(true);
    expect(hasDuplicateKeys('{"a":1,"\\u0061":2}')).to.equal(true);
  });
});
