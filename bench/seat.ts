/**
 * A student's seat (examples/seat), from a production build in headless Chromium:
 * - gzip size of the JavaScript the page actually requests for a numeric problem without math,
 *   with KaTeX (TeX in the stem) and with MathLive (an expression answer);
 * - median time from navigation to the first problem on screen (stem with its math typeset),
 *   next to a plain page that renders the same stem with KaTeX alone, and next to the least a
 *   seat must do (bench/seat-floor: check the pack, store durably, typeset, in one element).
 * The pack the seat loads is replaced by a one-problem pack served at the same URL.
 */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parsePack } from '@tutorkit/core';
import { type Browser, chromium } from 'playwright-core';
import { defaultClientConditions, type Plugin } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../scripts/test/chromium.mjs';
import { buildSite, FIRST_PROBLEM_MESSAGE, FIRST_PROBLEM_PROBE, serveDir } from '../scripts/test/static-site.mjs';
import { median, type Results, round } from './measure.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const seatRoot = join(repo, 'examples/seat');
const floorRoot = join(repo, 'bench/seat-floor');
const examplePack = join(repo, 'examples/packs/fractions-unlike-denominators.pack.json');
const RUNS = 11;
const KATEX_STEM = 'Add: $\\frac{1}{2} + \\frac{1}{3}$';

type Problem = Record<string, unknown>;

/** The example pack cut down to one skill-builder with one problem, so the seat shows `problem` first. */
function onePackWith(problem: Problem): string {
  const pack = JSON.parse(readFileSync(examplePack, 'utf8'));
  const skills = pack.skills.map(({ description: _, ...skill }: Record<string, unknown>) => skill);
  const builder = pack.assignments.find((a: { id: string }) => a.id === 'add-unlike-builder');
  const { plans: _plans, misconceptions: _misconceptions, description: _description, ...rest } = pack;
  const cut = {
    ...rest,
    skills,
    problems: [{ id: 'bench-problem', skill: 'add-unlike', ...problem }],
    assignments: [{ ...builder, problems: ['bench-problem'] }],
  };
  const parsed = parsePack(cut);
  if (!parsed.ok) throw new Error(`bench pack is invalid: ${JSON.stringify(parsed.errors, null, 2)}`);
  return JSON.stringify(cut);
}

const both = (en: string, es = en) => ({ en, es });
const PACKS = {
  numeric: onePackWith({
    stem: both('Add one half and one third. Write the sum as a fraction.', 'Suma un medio y un tercio.'),
    answer: { kind: 'numeric', value: '5/6', forms: ['fraction'] },
    hints: [{ text: both('Find a piece size that fits evenly into halves and thirds.') }],
  }),
  katex: onePackWith({
    stem: both(KATEX_STEM),
    answer: { kind: 'numeric', value: '5/6', forms: ['fraction'] },
    hints: [{ text: both('Find a piece size that fits evenly into halves and thirds.') }],
  }),
  mathlive: onePackWith({
    stem: both(
      'A builder lines up n boards, each three quarters of a foot long, then one more half-foot board. Write an expression for the total length.',
    ),
    answer: { kind: 'expression', value: '3/4*n+1/2', variables: ['n'], form: 'any' },
    hints: [{ text: both('Try a number of boards first.') }],
  }),
};

/** Rendered modules of every chunk, by file name, to name the biggest contributors. */
type Modules = Map<string, { id: string; code: string }[]>;
function recordModules(into: Modules): Plugin {
  return {
    name: 'bench-record-modules',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        into.set(
          chunk.fileName.split('/').pop() as string,
          Object.entries(chunk.modules).map(([id, m]) => ({ id, code: m.code ?? '' })),
        );
      }
    },
  };
}

/** A package name for a module id: the npm package, or the workspace package. */
function owner(id: string): string {
  const npm = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (npm?.[1] && !npm[1].startsWith('@tutorkit/')) return npm[1];
  const workspace = /\/(packages|examples)\/([^/]+)\//.exec(id);
  return workspace ? `@tutorkit/${workspace[2]}` : id;
}

const gzip = (bytes: Buffer | string) => gzipSync(bytes).length;

async function loadSizes(browser: Browser, url: string): Promise<Map<string, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(FIRST_PROBLEM_PROBE);
  const pending: Promise<void>[] = [];
  const sizes = new Map<string, number>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!/\.m?js$/.test(path) && response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then(
        (body) => void sizes.set(path.split('/').pop() as string, gzip(body)),
        () => undefined,
      ),
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstProblem?: number }).__firstProblem !== undefined, {
    timeout: 30_000,
  });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return sizes;
}

async function firstProblemMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(FIRST_PROBLEM_PROBE);
  // The probe reports through the console: polling with waitForFunction would inject Playwright's
  // own script into the page while it is still loading, and so slow down what is measured.
  const reported = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith(FIRST_PROBLEM_MESSAGE),
    timeout: 30_000,
  });
  await page.goto(url, { waitUntil: 'commit' });
  const ms = Number((await reported).text().slice(FIRST_PROBLEM_MESSAGE.length));
  await context.close();
  if (!Number.isFinite(ms)) throw new Error(`the probe reported no time for ${url}`);
  return ms;
}

/** Median times of the pages, loaded in turn so that a change in the machine's load hits all alike. */
async function medianFirstProblems(browser: Browser, urls: readonly string[]): Promise<number[]> {
  for (const url of urls) await firstProblemMs(browser, url); // warm-up
  const samples = urls.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++)
    for (const [k, url] of urls.entries()) samples[k]?.push(await firstProblemMs(browser, url));
  return samples.map(median);
}

/** A plain page that renders the same stem with KaTeX and its CSS, nothing else. */
async function buildPlainKatex(dir: string, outDir: string): Promise<void> {
  const katexDir = realpathSync(join(repo, 'packages/elements/node_modules/katex'));
  const [before, tex] = KATEX_STEM.split('$');
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>KaTeX alone</title></head>' +
      '<body><main><div part="stem" id="stem"></div></main><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'main.js'),
    `import katex from 'katex';
import 'katex/dist/katex.min.css';
const stem = document.getElementById('stem');
const math = document.createElement('span');
katex.render(${JSON.stringify(tex)}, math, { throwOnError: false });
stem.append(${JSON.stringify(before)}, math);
`,
  );
  await buildSite({
    root: dir,
    outDir,
    configFile: false,
    config: { resolve: { alias: [{ find: /^katex/, replacement: katexDir }] }, build: { target: 'es2022' } },
  });
}

export async function benchSeat(results: Results): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.warn('  no Chromium found: skipping the seat benchmarks');
    return;
  }
  const temp = mkdtempSync(join(tmpdir(), 'tutorkit-bench-seat-'));
  const modules: Modules = new Map();
  let pack = PACKS.numeric;
  const servers: { close: () => Promise<void> }[] = [];
  let browser: Browser | undefined;
  try {
    const seatOut = join(temp, 'seat');
    await buildSite({ root: seatRoot, outDir: seatOut, config: { plugins: [recordModules(modules)] } });
    const floorOut = join(temp, 'floor');
    await buildSite({
      root: floorRoot,
      outDir: floorOut,
      configFile: false,
      config: { resolve: { conditions: ['tutorkit-source', ...defaultClientConditions] }, build: { target: 'es2022' } },
    });
    const plainSrc = join(temp, 'plain-src');
    const plainOut = join(temp, 'plain');
    mkdirSync(plainSrc);
    await buildPlainKatex(plainSrc, plainOut);

    // Vite names the pack asset `<name>.pack-<hash>.json`.
    let packServed = 0;
    const seat = await serveDir(seatOut, {
      override: (path) => {
        if (!/\.pack(-[\w-]+)?\.json$/.test(path)) return undefined;
        packServed++;
        return pack;
      },
    });
    const plain = await serveDir(plainOut);
    const floor = await serveDir(floorOut, {
      override: (path) => (path === '/floor.pack.json' ? PACKS.katex : undefined),
    });
    servers.push(seat, plain, floor);
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });

    const kb = (sizes: Map<string, number>) => round([...sizes.values()].reduce((a, b) => a + b, 0) / 1024);
    const numeric = await loadSizes(browser, `${seat.url}/`);
    if (packServed === 0) throw new Error('the seat never requested its pack: the bench pack was not used');
    results['seat-js-gzip-numeric'] = { value: kb(numeric), unit: 'KB', budget: 45, better: 'lower' };
    pack = PACKS.katex;
    const katex = await loadSizes(browser, `${seat.url}/`);
    results['seat-js-gzip-katex'] = { value: kb(katex), unit: 'KB', budget: 125, better: 'lower' };
    pack = PACKS.mathlive;
    const mathlive = await loadSizes(browser, `${seat.url}/`);
    results['seat-js-gzip-mathlive'] = { value: kb(mathlive), unit: 'KB', budget: 400, better: 'lower' };

    pack = PACKS.katex;
    const [seatMs = Number.NaN, plainMs = Number.NaN, floorMs = Number.NaN] = await medianFirstProblems(browser, [
      `${seat.url}/`,
      `${plain.url}/`,
      `${floor.url}/`,
    ]);
    results['seat-first-problem-vs-plain-katex'] = {
      value: round(seatMs / plainMs, 2),
      unit: 'x',
      budget: 1.5,
      better: 'lower',
    };
    results['seat-first-problem'] = { value: round(seatMs), unit: 'ms', budget: 1000, better: 'lower' };
    results['plain-katex-first-problem'] = { value: round(plainMs), unit: 'ms', budget: 1000, better: 'lower' };
    // The same budget for the floor: whether ANY seat that checks its pack and stores before it
    // shows can meet the seat's budget on this machine.
    results['seat-floor-first-problem-vs-plain-katex'] = {
      value: round(floorMs / plainMs, 2),
      unit: 'x',
      budget: 1.5,
      better: 'lower',
    };
    results['seat-first-problem-vs-floor'] = {
      value: round(seatMs / floorMs, 2),
      unit: 'x',
      budget: 1.5,
      better: 'lower',
    };

    // The biggest packages in the JavaScript of the numeric seat (gzip of each module's rendered code).
    const byOwner = new Map<string, string>();
    for (const file of numeric.keys())
      for (const m of modules.get(file) ?? []) byOwner.set(owner(m.id), (byOwner.get(owner(m.id)) ?? '') + m.code);
    const top = [...byOwner].map(([name, code]) => [name, gzip(code)] as const).sort((a, b) => b[1] - a[1]);
    console.log(`  numeric seat loads ${[...numeric.keys()].join(', ')}; biggest packages (gzip, alone):`);
    for (const [name, bytes] of top.slice(0, 6)) console.log(`    ${name}: ${round(bytes / 1024)} KB`);
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    rmSync(temp, { recursive: true, force: true });
  }
}
