// The CLI's building blocks, in-process: colour decisions, flag parsing, positions, tables, stats.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Pack, parsePack } from '@tutorkit/core';
import { expect } from 'chai';
import { authorFrame } from './bundle.js';
import { fill, packageJson, packageNameFor, tsconfigJson } from './init.js';
import { colorFlag, colorsWanted } from './io.js';
import { pointerLocator } from './json-locate.js';
import { parseRuleFlags } from './lint.js';
import { formatFinding, formatGrouped, MAX_PER_SEVERITY } from './report.js';
import { clusterOf, majorClusters, packStats } from './stats.js';
import { renderTable } from './table.js';

const EXAMPLE = fileURLToPath(
  new URL('../../../../examples/packs/fractions-unlike-denominators.pack.json', import.meta.url),
);

function examplePack(): Pack {
  const result = parsePack(readFileSync(EXAMPLE, 'utf8'));
  if (!result.ok) throw new Error('the example pack should be valid');
  return result.pack;
}

describe('CLI colours', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it('are on for a terminal only', () => {
    expect(colorsWanted(tty, {})).to.equal(true);
    expect(colorsWanted(pipe, {})).to.equal(false);
    expect(colorsWanted(tty, { TERM: 'dumb' })).to.equal(false);
  });

  it('honour NO_COLOR (non-empty), FORCE_COLOR (unless 0/false) and the flags, in that order of weight', () => {
    expect(colorsWanted(tty, { NO_COLOR: '1' })).to.equal(false);
    expect(colorsWanted(tty, { NO_COLOR: '' })).to.equal(true);
    expect(colorsWanted(pipe, { FORCE_COLOR: '1' })).to.equal(true);
    expect(colorsWanted(pipe, { FORCE_COLOR: '' })).to.equal(true);
    expect(colorsWanted(tty, { FORCE_COLOR: '0' })).to.equal(false);
    expect(colorsWanted(tty, { FORCE_COLOR: 'false' })).to.equal(false);
    expect(colorsWanted(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).to.equal(true);
    expect(colorsWanted(pipe, { FORCE_COLOR: '1' }, false)).to.equal(false);
    expect(colorsWanted(pipe, { NO_COLOR: '1' }, true)).to.equal(true);
  });

  it('reads --color/--no-color from the arguments, the last one winning, none after --', () => {
    expect(colorFlag(['build'])).to.equal(undefined);
    expect(colorFlag(['--color', 'build', '--no-color'])).to.equal(false);
    expect(colorFlag(['build', '--', '--color'])).to.equal(undefined);
  });
});

describe('CLI --rule flags', () => {
  const known = ['pedagogy/hint-ladder', 'pedagogy/stem-length'];

  it('become lintPack severities, with a short form for rule ids', () => {
    expect(parseRuleFlags(['pedagogy/hint-ladder=error', 'stem-length=off'], known)).to.deep.equal({
      'pedagogy/hint-ladder': 'error',
      'pedagogy/stem-length': 'off',
    });
  });

  it('reject a bad shape, an unknown rule and an unknown severity', () => {
    expect(() => parseRuleFlags(['hint-ladder'], known)).to.throw(/--rule expects id=off\|warning\|error/);
    expect(() => parseRuleFlags(['nope=off'], known)).to.throw(/unknown lint rule "nope"/);
    expect(() => parseRuleFlags(['hint-ladder=loud'], known)).to.throw(/must be off, warning or error/);
  });
});

describe('CLI JSON positions', () => {
  const text = '{\n  "skills": [\n    { "id": "a", "standards": ["5.NF.A.1"] }\n  ],\n  "a/b": { "~x": 1 }\n}\n';
  const locate = pointerLocator(text);

  it('point at the key of a property, or at an array item', () => {
    expect(locate('/skills')).to.deep.equal({ line: 2, column: 3 });
    expect(locate('/skills/0/standards/0')).to.deep.equal({ line: 3, column: 32 });
    expect(locate('/a~1b/~0x')).to.deep.equal({ line: 5, column: 12 });
    expect(locate('')).to.deep.equal({ line: 1, column: 1 });
  });

  it('fall back to the nearest existing ancestor, and give up on text that is not JSON', () => {
    expect(locate('/skills/0/prerequisites')).to.deep.equal({ line: 3, column: 5 });
    expect(pointerLocator('')('/x')).to.equal(undefined);
  });
});

describe('CLI findings and tables', () => {
  const plain = new Proxy({}, { get: () => (s: string) => s }) as Parameters<typeof formatFinding>[1];

  it('print file:line:column  pointer  rule  message (expected …, found …), without repeating the message', () => {
    const line = formatFinding(
      {
        severity: 'error',
        rule: 'ref/skill',
        message: 'no skill has the id "x"',
        pointer: '/problems/0/skill',
        expected: 'a skill id',
        found: '"x"',
        file: '/elsewhere/pack.json',
        line: 3,
        column: 7,
      },
      plain,
    );
    expect(line).to.equal(
      '/elsewhere/pack.json:3:7  /problems/0/skill  ref/skill  no skill has the id "x" (expected a skill id, found "x")',
    );
    const repeated = formatFinding(
      { severity: 'error', rule: 'r', message: 'bad: expected 1, found 2', expected: '1', found: '2', pointer: '' },
      plain,
    );
    expect(repeated).to.equal('(whole pack)  r  bad: expected 1, found 2');
  });

  it('group by severity, with headings when mixed, and count what they do not print', () => {
    const errors = Array.from({ length: MAX_PER_SEVERITY + 3 }, (_, i) => ({
      severity: 'error',
      rule: 'r',
      message: `m${i}`,
    }));
    const warning = { severity: 'warning', rule: 'w', message: 'careful' };
    const lines = formatGrouped([warning, ...errors], plain);
    expect(lines[0]).to.equal(`${MAX_PER_SEVERITY + 3} errors:`);
    expect(lines).to.include('  … and 3 more errors');
    expect(lines.slice(-2)).to.deep.equal(['1 warning:', '  w  careful']);
    expect(formatGrouped([warning], plain)).to.deep.equal(['w  careful']);
  });

  it('line up columns, with coloured cells padded by their visible width', () => {
    const lines = renderTable([
      ['grade', { text: 'covered', align: 'right' }, 'clusters'],
      ['5', { text: '1/5', align: 'right', paint: (s) => `<${s}>` }, '✔ 5.NF.A'],
    ]);
    expect(lines).to.deep.equal(['grade  covered  clusters', `5      <    1/5>  ✔ 5.NF.A`]);
  });

  it('find the first stack frame in an author file', () => {
    const error = new Error('boom');
    error.stack =
      'Error: boom\n    at x (node:internal/a:1:1)\n    at gen (file:///p/src/pack.ts:12:5)\n    at /p/src/other.ts:1:1';
    expect(authorFrame(error, new Set(['/p/src/pack.ts']))).to.deep.equal({
      file: '/p/src/pack.ts',
      line: 12,
      column: 5,
    });
    expect(authorFrame(error, new Set(['/nowhere.ts']))).to.equal(undefined);
  });
});

describe('CLI stats', () => {
  it('knows the 35 major-work clusters of grades 3–8', () => {
    const clusters = majorClusters();
    expect(clusters).to.have.length(35);
    expect(clusters.map((c) => c.code)).to.include.members(['3.OA.A', '5.NF.A', '5.NF.B', '8.G.B']);
    expect(clusters.map((c) => c.code)).not.to.include('5.MD.A');
    expect(clusterOf('5.NF.1')).to.equal('5.NF.A');
    expect(clusterOf('CCSS.Math.Content.4.NF.B.3a')).to.equal('4.NF.B');
    expect(clusterOf('9.XX.1')).to.equal(undefined);
  });

  it('counts problems, hints, wrong answers and coverage of the example pack', () => {
    const pack = examplePack();
    const stats = packStats(pack);
    expect(stats.problems).to.equal(pack.problems.length);
    expect(stats.variants).to.equal(0);
    expect(stats.hints).to.equal(pack.problems.reduce((n, p) => n + p.hints.length, 0));
    const nfa = stats.majorClusters.find((c) => c.cluster === '5.NF.A');
    expect(nfa?.skills).to.be.greaterThan(0);
    expect(stats.majorClusters.filter((c) => c.grade === '8').every((c) => c.skills === 0)).to.equal(true);
    const standards = stats.byStandard.map((s) => s.standard);
    expect(standards).to.deep.equal([...standards].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  it('takes ids ending in -N as template variants', () => {
    const pack = examplePack();
    const first = pack.problems[0] as Pack['problems'][number];
    const withVariants: Pack = {
      ...pack,
      problems: [...pack.problems, ...[1, 2].map((n) => ({ ...first, id: `tmpl-${n}` }))],
    };
    const stats = packStats(withVariants);
    expect(stats.variants).to.equal(2);
    expect(stats.templates).to.equal(1);
  });
});

describe('CLI init settings', () => {
  it('derives an npm name from the folder', () => {
    expect(packageNameFor('My Fractions!')).to.equal('my-fractions');
    expect(packageNameFor('...')).to.equal('tutorkit-pack');
  });

  it('fills only known placeholders', () => {
    expect(fill('{{a}} and {{b}}', { a: 'x' })).to.equal('x and {{b}}');
  });

  it('call the checkout by path, or the published package', () => {
    const checkout = packageJson({ name: 'p', packId: 'p', title: 'P', sdk: 'checkout' });
    expect((checkout.scripts as Record<string, string>).build).to.match(/^node ".*bin[\\/]tutorkit\.mjs" build$/);
    expect(checkout).not.to.have.property('devDependencies');
    const npm = packageJson({ name: 'p', packId: 'p', title: 'P', sdk: 'npm' });
    expect((npm.scripts as Record<string, string>).build).to.equal('tutorkit build');
    expect(npm.devDependencies).to.have.property('@tutorkit/sdk');
    const options = tsconfigJson({ name: 'p', packId: 'p', title: 'P', sdk: 'checkout' }).compilerOptions as Record<
      string,
      unknown
    >;
    expect(options.customConditions).to.deep.equal(['tutorkit-source']);
    expect(options.paths).to.have.property('@tutorkit/sdk');
  });
});
