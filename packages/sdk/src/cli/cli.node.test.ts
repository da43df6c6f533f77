// The `tutorkit` CLI as an author runs it: the real launcher (`node bin/tutorkit.mjs …`) in a
// child process, with plain `node` (no tsx flags), exit codes and printed output checked.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packJsonSchema, parsePack } from '@tutorkit/core';
import { expect } from 'chai';

const BIN = fileURLToPath(new URL('../../bin/tutorkit.mjs', import.meta.url));
const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const GOOD_PACK = join(REPO, 'examples/packs/fractions-unlike-denominators.pack.json');
const SCHEMA_FILE = join(REPO, 'packages/core/schema/tutorkit.pack-1.schema.json');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr together, for "somewhere in the output". */
  readonly output: string;
}

function exec(
  file: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<Run> {
  // Colours off unless a test asks; no inherited colour or CI settings.
  const base: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  for (const key of ['FORCE_COLOR', 'NODE_OPTIONS']) delete base[key];
  return new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { cwd, env: { ...base, ...env }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

/** Runs `node bin/tutorkit.mjs …`. */
function tutorkit(args: readonly string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  return exec(process.execPath, [BIN, ...args], options.cwd ?? REPO, options.env ?? {});
}

/** Runs `npm run <script>` in a project. */
function npmRun(script: string, cwd: string) {
  return exec(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', script], cwd, {});
}

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split('\n');
  const index = lines.findIndex((line, i) => i >= from && line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not in the text`);
  return index + 1;
}

let work: string;

function write(path: string, text: string): string {
  const file = join(work, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function goodPack(): Record<string, unknown> & {
  problems: Record<string, unknown>[];
  skills: { standards: string[] }[];
} {
  return JSON.parse(readFileSync(GOOD_PACK, 'utf8'));
}

/** A TypeScript pack entry with a template whose "wrong" answer (the unsimplified sum) is accepted. */
const ACCEPTED_WRONG_ANSWER = `import { addFractions, bottomOut, definePack, hint, numeric, skill, template, wrongAnswer } from '@tutorkit/sdk';

const add = skill({ id: 'add', title: 'Add fractions', standards: ['5.NF.A.1'] });

const sums = template({
  id: 'sums',
  skill: add,
  count: 4,
  generate: (r) => {
    const a = r.fraction({ maxDenominator: 6 });
    const b = r.fraction({ maxDenominator: 6, unlikeDenominators: [a] });
    const sum = addFractions(a, b);
    return {
      stem: \`Add $\${a.tex} + \${b.tex}$.\`,
      answer: numeric({ value: sum.text }),
      hints: [hint('Find a common denominator.'), bottomOut(\`$\${sum.tex}$\`)],
      wrongAnswers: [
        wrongAnswer({
          match: \`\${a.n * b.d + b.n * a.d}/\${a.d * b.d}\`,
          feedback: 'Simplify your answer.',
          tutorMove: 'Ask for the simplest form.',
        }),
      ],
    };
  },
});

export default definePack({
  id: 'accepts-wrong',
  version: '1.0.0',
  title: 'Broken pack',
  license: 'CC-BY-4.0',
  authors: [{ name: 'Test' }],
  locales: ['en'],
  problems: [sums],
});
`;

/** Two small packs in one entry, one of them importing a helper package from node_modules. */
const TWO_PACKS = `import { bottomOut, definePack, hint, numeric, problem, skill } from '@tutorkit/sdk';
import { double } from 'tiny-helper';

const skillA = skill({ id: 'mult', title: 'Multiply', standards: ['3.OA.C.7'] });

function one(id: string, n: number) {
  return problem({
    id,
    skill: skillA,
    stem: \`What is $\${n} \\\\times 2$?\`,
    answer: numeric({ value: double(n) }),
    hints: [hint('Add the number to itself.'), bottomOut(\`$\${n} + \${n} = \${double(n)}$\`)],
  });
}

const meta = { version: '1.0.0', license: 'CC0-1.0', authors: [{ name: 'Test' }], locales: ['en'] } as const;
export const first = definePack({ ...meta, id: 'first-pack', title: 'First', problems: [one('p1', 3)] });
export const second = definePack({ ...meta, id: 'second-pack', title: 'Second', problems: [one('p2', 4)] });
`;

describe('tutorkit CLI (the real binary)', function () {
  this.timeout(120_000);

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'tutorkit-cli-'));
  });

  after(() => {
    rmSync(work, { recursive: true, force: true });
  });

  describe('help, version and usage errors (exit 2)', () => {
    it('prints help with every command and the exit codes, exit 0', async () => {
      const run = await tutorkit(['--help']);
      expect(run.code).to.equal(0);
      for (const command of ['init', 'build', 'validate', 'lint', 'stats', 'schema'])
        expect(run.stdout).to.match(new RegExp(`^\\s+${command}\\b`, 'm'));
      expect(run.stdout).to.include('Exit codes');
    });

    it('has --help for each command and --version', async () => {
      const build = await tutorkit(['build', '--help']);
      expect(build.code).to.equal(0);
      expect(build.stdout).to.include('--out');
      const lint = await tutorkit(['help', 'lint']);
      expect(lint.code).to.equal(0);
      expect(lint.stdout).to.include('--rule');
      const version = await tutorkit(['--version']);
      expect(version.code).to.equal(0);
      const { version: expected } = JSON.parse(readFileSync(join(REPO, 'packages/sdk/package.json'), 'utf8'));
      expect(version.stdout.trim()).to.equal(expected);
    });

    it('refuses an unknown command, an unknown flag and no command at all', async () => {
      const unknown = await tutorkit(['frobnicate']);
      expect(unknown.code).to.equal(2);
      expect(unknown.stderr).to.include("unknown command 'frobnicate'");
      const flag = await tutorkit(['validate', GOOD_PACK, '--frob']);
      expect(flag.code).to.equal(2);
      expect(flag.stderr).to.include("unknown option '--frob'");
      const none = await tutorkit([]);
      expect(none.code).to.equal(2);
      expect(none.stderr).to.include('Usage: tutorkit');
      const missingArgument = await tutorkit(['validate']);
      expect(missingArgument.code).to.equal(2);
    });

    it('refuses a missing file', async () => {
      const validate = await tutorkit(['validate', 'no/such/pack.json']);
      expect(validate.code).to.equal(2);
      expect(validate.stderr).to.include('file not found: no/such/pack.json');
      const build = await tutorkit(['build', 'no-such-entry.ts']);
      expect(build.code).to.equal(2);
      expect(build.stderr).to.include('entry not found');
    });

    it('refuses bad --rule overrides', async () => {
      for (const rule of ['nonsense', 'pedagogy/no-such-rule=error', 'pedagogy/hint-ladder=loud']) {
        const run = await tutorkit(['lint', GOOD_PACK, '--rule', rule]);
        expect(run.code, rule).to.equal(2);
        expect(run.stderr, rule).to.match(/--rule expects|unknown lint rule|must be off, warning or error/);
      }
    });

    it('refuses to init into a non-empty folder and leaves it alone', async () => {
      const dir = join(work, 'occupied');
      mkdirSync(dir);
      writeFileSync(join(dir, 'notes.txt'), 'mine');
      const run = await tutorkit(['init', dir]);
      expect(run.code).to.equal(2);
      expect(run.stderr).to.include('is not empty');
      expect(existsSync(join(dir, 'package.json'))).to.equal(false);
      expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).to.equal('mine');
    });
  });

  describe('validate', () => {
    it('accepts the example pack, exit 0', async () => {
      const run = await tutorkit(['validate', GOOD_PACK]);
      expect(run.code).to.equal(0);
      expect(run.stdout).to.include('valid pack tutorkit.example.fractions-unlike 1.0.0');
    });

    it('prints each error with file:line:column, pointer, rule and expected/found, exit 1', async () => {
      const pack = goodPack();
      (pack.problems[0] as { skill: string }).skill = 'no-such-skill';
      (pack.problems[1] as { hints: unknown[] }).hints.unshift({ text: 'The answer first.', bottomOut: true });
      pack.skills[0]?.standards.push('5.NF.1');
      const file = write('bad.pack.json', JSON.stringify(pack, null, 2));
      const text = readFileSync(file, 'utf8');
      const run = await tutorkit(['validate', file], { cwd: work });
      expect(run.code).to.equal(1);
      expect(run.stdout).to.include('bad.pack.json: 2 errors, 1 warning');
      const expectations = [
        { pointer: '/problems/0/skill', rule: 'ref/skill', line: lineOf(text, '"skill": "no-such-skill"') },
        {
          pointer: '/problems/1/hints/0/bottomOut',
          rule: 'hint/bottom-out-not-last',
          line: lineOf(text, '"bottomOut": true', lineOf(text, `"id": "${(pack.problems[1] as { id: string }).id}"`)),
        },
        { pointer: '/skills/0/standards/1', rule: 'standard/alias', line: lineOf(text, '"5.NF.1"') },
      ];
      for (const { pointer, rule, line } of expectations) {
        const printed = run.stdout.split('\n').find((l) => l.includes(`  ${pointer}  `));
        expect(printed, pointer).to.be.a('string');
        expect(printed).to.match(new RegExp(`bad\\.pack\\.json:${line}:\\d+  ${pointer}  ${rule}  \\S`));
      }
      expect(run.stdout).to.include('(expected the id of a skill');
      expect(run.stdout).to.include('found "no-such-skill"');
    });

    it('points at JSON syntax errors by line and column', async () => {
      const file = write('syntax.json', '{ "format": "tutorkit.pack/1",\n  "id": "x" "version": "1.0.0" }\n');
      const run = await tutorkit(['validate', file], { cwd: work });
      expect(run.code).to.equal(1);
      expect(run.stdout).to.match(/syntax\.json:2:13 {2}json\/syntax {2}not valid JSON: a comma was expected/);
    });

    it('takes several files and folders, and fails when one pack is invalid', async () => {
      const dir = join(work, 'folder');
      mkdirSync(dir);
      writeFileSync(join(dir, 'good.pack.json'), readFileSync(GOOD_PACK));
      writeFileSync(join(dir, 'empty.pack.json'), '{}');
      const run = await tutorkit(['validate', dir, GOOD_PACK]);
      expect(run.code).to.equal(1);
      expect(run.stdout).to.include('format/missing');
      expect(run.stdout).to.include('1 of 3 packs invalid');
    });
  });

  describe('lint', () => {
    let lintme: string;
    let hintsLine: number;

    before(() => {
      const pack = goodPack();
      const first = pack.problems[0] as { hints: unknown[] };
      first.hints = first.hints.slice(0, 1);
      lintme = write('lintme.pack.json', JSON.stringify(pack, null, 2));
      const text = readFileSync(lintme, 'utf8');
      hintsLine = lineOf(text, '"hints"', lineOf(text, '"id": "eq-missing-numerator"'));
    });

    it('prints findings by severity with file:line:column; warnings alone exit 0', async () => {
      const run = await tutorkit(['lint', lintme], { cwd: work });
      expect(run.code).to.equal(0);
      expect(run.stdout).to.include('2 warnings:');
      expect(run.stdout).to.match(
        new RegExp(
          `lintme\\.pack\\.json:${hintsLine}:\\d+  /problems/0/hints  pedagogy/hint-ladder  problem "eq-missing-numerator" has 1 hint`,
        ),
      );
    });

    it('--rule id=error makes a finding an error (exit 1); id=off silences it', async () => {
      const strict = await tutorkit(['lint', lintme, '--rule', 'pedagogy/hint-ladder=error'], { cwd: work });
      expect(strict.code).to.equal(1);
      expect(strict.stdout).to.include('2 errors:');
      expect(strict.stdout).to.include('pedagogy/hint-ladder');
      const off = await tutorkit(['lint', lintme, '--rule', 'hint-ladder=off'], { cwd: work });
      expect(off.code).to.equal(0);
      expect(off.stdout).to.include('no findings');
      expect(off.stdout).not.to.include('pedagogy/hint-ladder');
    });

    it('lists the rules with --rules', async () => {
      const run = await tutorkit(['lint', '--rules']);
      expect(run.code).to.equal(0);
      expect(run.stdout).to.match(/pedagogy\/hint-ladder\s+warning\s+Every problem has at least two hints/);
    });

    it('lints a TypeScript entry, pointing at the line that declared the part', async () => {
      const source = `import { definePack, hint, numeric, problem, skill } from '@tutorkit/sdk';

const add = skill({ id: 'add', title: 'Add', standards: ['3.OA.A.1'] });

const lonely = problem({
  id: 'lonely',
  skill: add,
  stem: 'What is $2 + 3$?',
  answer: numeric({ value: 5 }),
  hints: [hint('Count on from 2.')],
});

export default definePack({
  id: 'lint-ts',
  version: '1.0.0',
  title: 'Lint me',
  license: 'CC0-1.0',
  authors: [{ name: 'Test' }],
  locales: ['en'],
  problems: [lonely],
});
`;
      const entry = write('lint-ts/src/pack.ts', source);
      const run = await tutorkit(['lint', entry], { cwd: join(work, 'lint-ts') });
      expect(run.code).to.equal(0);
      expect(run.stdout).to.match(
        new RegExp(`src/pack\\.ts:${lineOf(source, 'problem({')}:\\d+  /problems/0/hints  pedagogy/hint-ladder`),
      );
    });
  });

  describe('build', () => {
    it('fails when a common wrong answer is accepted, naming variant and seed at the template line, exit 1', async () => {
      const entry = write('accepts-wrong/src/pack.ts', ACCEPTED_WRONG_ANSWER);
      const cwd = join(work, 'accepts-wrong');
      const run = await tutorkit(['build'], { cwd });
      expect(run.code).to.equal(1);
      const templateLine = lineOf(ACCEPTED_WRONG_ANSWER, 'template({');
      expect(run.stderr).to.include(`src/pack.ts:${templateLine}:`);
      expect(run.stderr).to.include('wrong-answer/equals-correct');
      expect(run.stderr).to.match(/variant 1 \(id sums-1\), seed "sums"/);
      expect(run.stderr).to.include('build failed');
      expect(existsSync(join(cwd, 'dist'))).to.equal(false);
      expect(existsSync(entry)).to.equal(true);
    });

    it('reports a TypeScript syntax error at file:line:column, exit 1', async () => {
      const cwd = join(work, 'syntax-error');
      write(
        'syntax-error/src/pack.ts',
        "import { definePack } from '@tutorkit/sdk';\nconst x = ;\nexport default definePack(x);\n",
      );
      const run = await tutorkit(['build'], { cwd });
      expect(run.code).to.equal(1);
      expect(run.stderr).to.match(/src\/pack\.ts:2:11 {2}build\/compile {2}Unexpected ";"/);
    });

    it('reports an entry that exports no pack, and one that throws at its line', async () => {
      const cwd = join(work, 'no-pack');
      write('no-pack/src/pack.ts', 'export const answer = 42;\n');
      const none = await tutorkit(['build'], { cwd });
      expect(none.code).to.equal(1);
      expect(none.stderr).to.include('build/no-pack');
      write('no-pack/src/throws.ts', "const ok = 1;\nif (ok) throw new Error('no numbers today');\nexport {};\n");
      const throws = await tutorkit(['build', 'src/throws.ts'], { cwd });
      expect(throws.code).to.equal(1);
      expect(throws.stderr).to.match(
        /src\/throws\.ts:2:\d+ {2}build\/load {2}loading the pack threw: no numbers today/,
      );
    });

    it('builds every exported pack into --out, with bare imports from the project, exit 0', async () => {
      const cwd = join(work, 'two-packs');
      write('two-packs/src/pack.ts', TWO_PACKS);
      write(
        'two-packs/node_modules/tiny-helper/package.json',
        '{ "name": "tiny-helper", "type": "module", "exports": "./index.js" }',
      );
      write('two-packs/node_modules/tiny-helper/index.js', 'export const double = (n) => 2 * n;\n');
      const run = await tutorkit(['build', '--out', 'public/packs'], { cwd });
      expect(run.code, run.output).to.equal(0);
      for (const [id, answer] of [
        ['first-pack', 6],
        ['second-pack', 8],
      ] as const) {
        const file = join(cwd, 'public/packs', `${id}.pack.json`);
        expect(run.stdout).to.include(`built ${id} 1.0.0 → public/packs/${id}.pack.json`);
        const parsed = parsePack(readFileSync(file, 'utf8'));
        expect(parsed.ok).to.equal(true);
        if (parsed.ok) expect(parsed.pack.problems[0]?.answer).to.deep.include({ kind: 'numeric', value: answer });
      }
    });
  });

  describe('init, then npm run … in the new project (no npm install)', () => {
    let project: string;

    before(async () => {
      project = join(work, 'My Fractions');
      const run = await tutorkit(['init', project, '--id', 'my.fractions']);
      expect(run.code, run.output).to.equal(0);
    });

    it('creates the project files, with scripts that call this checkout by absolute path', () => {
      for (const file of ['package.json', 'tsconfig.json', 'src/pack.ts', 'README.md', '.gitignore'])
        expect(existsSync(join(project, file)), file).to.equal(true);
      const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
      expect(manifest.name).to.equal('my-fractions');
      expect(manifest.type).to.equal('module');
      expect(manifest.scripts.build).to.equal(`node ${JSON.stringify(BIN)} build`);
      expect(manifest.scripts).to.include.keys('build', 'lint', 'validate');
      expect(manifest.dependencies).to.equal(undefined);
      const tsconfig = JSON.parse(readFileSync(join(project, 'tsconfig.json'), 'utf8'));
      expect(tsconfig.compilerOptions.paths['@tutorkit/sdk']).to.deep.equal([join(REPO, 'packages/sdk/src/index.ts')]);
      const readme = readFileSync(join(project, 'README.md'), 'utf8');
      expect(readme).to.include('no `npm install`');
      expect(readme).not.to.match(/\{\{\w+\}\}/);
      expect(readFileSync(join(project, 'src/pack.ts'), 'utf8')).to.include("id: 'my.fractions'");
    });

    it('npm run build writes dist/<pack-id>.pack.json, a valid pack with templated variants', async () => {
      const run = await npmRun('build', project);
      expect(run.code, run.output).to.equal(0);
      expect(run.stdout).to.include('built my.fractions 0.1.0 → dist/my.fractions.pack.json');
      const parsed = parsePack(readFileSync(join(project, 'dist/my.fractions.pack.json'), 'utf8'));
      expect(parsed.ok).to.equal(true);
      if (!parsed.ok) return;
      const ids = parsed.pack.problems.map((p) => p.id);
      expect(ids).to.include('half-plus-third');
      expect(ids.filter((id) => /^add-fractions-\d+$/.test(id))).to.have.length(12);
      expect(parsed.pack.assignments?.[0]?.kind).to.equal('skill-builder');
    });

    it('npm run lint, validate and typecheck pass on the example', async () => {
      const lint = await npmRun('lint', project);
      expect(lint.code, lint.output).to.equal(0);
      expect(lint.stdout).to.include('no findings');
      const validate = await npmRun('validate', project);
      expect(validate.code, validate.output).to.equal(0);
      expect(validate.stdout).to.include('valid pack my.fractions');
      const typecheck = await npmRun('typecheck', project);
      expect(typecheck.code, typecheck.output).to.equal(0);
    });

    it('with --sdk npm, uses the tutorkit command and a normal dependency', async () => {
      const dir = join(work, 'from-npm');
      const run = await tutorkit(['init', dir, '--sdk', 'npm']);
      expect(run.code).to.equal(0);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      expect(manifest.scripts.build).to.equal('tutorkit build');
      expect(manifest.devDependencies).to.have.property('@tutorkit/sdk');
      const tsconfig = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
      expect(tsconfig.compilerOptions.paths).to.equal(undefined);
      expect(readFileSync(join(dir, 'README.md'), 'utf8')).to.include('npm install');
    });
  });

  describe('stats', () => {
    it('prints problems, hints per standard and major-cluster coverage as tables', async () => {
      const run = await tutorkit(['stats', GOOD_PACK]);
      expect(run.code).to.equal(0);
      expect(run.stdout).to.match(/problems\s+14\s+14 hand-written, 0 variants from 0 templates/);
      expect(run.stdout).to.match(/Hints per standard/);
      expect(run.stdout).to.match(/^\s+5\.NF\.A\.1\s+\d+\s+\d+\s+\d+/m);
      expect(run.stdout).to.match(/Major-work clusters, grades 3–8: \d+ of 35 covered/);
      // grade, ✔, cluster, skills, problems, variants, hints, wrong answers, title
      expect(run.stdout).to.match(/^\s+5\s+✔\s+5\.NF\.A\s+2\s+11\s+0\s+36\s+23\s+Add and subtract fractions/m);
      expect(run.stdout).to.match(/^\s+8\s+·\s+8\.EE\.A\s+–\s+–\s+–\s+–\s+–/m);
      expect(run.stdout).to.include('grade 4 1/6 · grade 5 1/5 · grade 6 0/6');
      expect(run.stdout).to.match(/Locale coverage of \d+ student-facing texts: es 100%/);
      expect(run.stdout).to.match(/^\s+add-unlike\s+\d+\s+100%$/m);
    });

    it('counts templated variants by their -N ids, and prints JSON with --json', async () => {
      const pack = goodPack();
      const base = pack.problems[3] as { id: string };
      pack.problems.push(...[1, 2, 3].map((n) => ({ ...(pack.problems[3] as object), id: `${base.id}-v-${n}` })));
      const file = write('variants.pack.json', JSON.stringify(pack));
      const run = await tutorkit(['stats', file, '--json']);
      expect(run.code, run.output).to.equal(0);
      const stats = JSON.parse(run.stdout);
      expect(stats.problems).to.equal(17);
      expect(stats.variants).to.equal(3);
      expect(stats.templates).to.equal(1);
      expect(stats.majorClusters).to.have.length(35);
    });

    it('reports an invalid pack instead of counting it, exit 1', async () => {
      const file = write('not-a-pack.json', '[]');
      const run = await tutorkit(['stats', file]);
      expect(run.code).to.equal(1);
      expect(run.stderr).to.include('format/not-an-object');
    });
  });

  describe('schema', () => {
    it('prints the published JSON Schema to stdout', async () => {
      const run = await tutorkit(['schema']);
      expect(run.code).to.equal(0);
      expect(JSON.parse(run.stdout)).to.deep.equal(packJsonSchema());
      expect(run.stdout).to.equal(readFileSync(SCHEMA_FILE, 'utf8'));
    });

    it('writes it to a file with --out', async () => {
      const out = join(work, 'schema/out/pack.schema.json');
      const run = await tutorkit(['schema', '--out', out]);
      expect(run.code).to.equal(0);
      expect(readFileSync(out, 'utf8')).to.equal(readFileSync(SCHEMA_FILE, 'utf8'));
    });
  });

  describe('colours', () => {
    it('are off without a terminal and with NO_COLOR, on with FORCE_COLOR, and --no-color wins', async () => {
      const ESC = '\u001b[';
      const plain = await tutorkit(['validate', GOOD_PACK], { env: { NO_COLOR: undefined } });
      expect(plain.stdout).not.to.include(ESC);
      const forced = await tutorkit(['validate', GOOD_PACK], { env: { FORCE_COLOR: '1' } });
      expect(forced.stdout).to.include(ESC);
      const flag = await tutorkit(['validate', GOOD_PACK, '--no-color'], { env: { FORCE_COLOR: '1' } });
      expect(flag.stdout).not.to.include(ESC);
    });
  });
});
