// Runs every check and test of the repository and ends with one summary line,
// `tests: N passed, N failed`. Type-checking, lint and the API-docs build count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './test/ensure-chromium.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const countsDir = 'node_modules/.cache/tutorkit-test';
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

const results = [];

function run(title, command, args, env = {}) {
  console.log(paint('1;36', `\n▶ ${title}`));
  const started = performance.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const ok = child.status === 0;
  console.log(ok ? paint('32', `✔ ${title} (${seconds} s)`) : paint('31', `✘ ${title} failed (${seconds} s)`));
  return ok;
}

function check(title, command, args) {
  const ok = run(title, command, args);
  results.push({ title, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

function suite(title, command, args, countsFile, env) {
  rmSync(countsFile, { force: true });
  const ok = run(title, command, args, env);
  const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : undefined;
  if (!counts) {
    // The runner died before reporting: that is a failure, never a silent zero.
    results.push({ title, passed: 0, failed: 1 });
    return;
  }
  const failed = counts.failed + (counts.fileErrors ?? 0) + (ok || counts.failed > 0 ? 0 : 1);
  results.push({ title, passed: counts.passed, failed, skipped: counts.skipped });
}

check('type-check (tsc -b)', bin('tsc'), ['-b']);
check('lint and format (biome ci)', bin('biome'), ['ci', '.']);
check('API docs (typedoc, warnings are errors)', bin('typedoc'), ['--emit', 'none']);
suite(
  'unit tests in Node (mocha)',
  process.execPath,
  ['--conditions=tutorkit-source', '--import', 'tsx', 'scripts/test/node-tests.mjs'],
  `${countsDir}/node.json`,
);

const chromium = ensureChromium();
if (chromium) {
  suite(
    'tests in Chromium (@web/test-runner)',
    bin('wtr'),
    ['--config', 'web-test-runner.config.mjs'],
    `${countsDir}/browser.json`,
    {
      CHROME_PATH: chromium,
    },
  );
} else {
  results.push({ title: 'tests in Chromium', passed: 0, failed: 1 });
}

console.log(paint('1', '\nSummary'));
for (const r of results) {
  const mark = r.failed ? paint('31', '✘') : paint('32', '✔');
  console.log(
    `  ${mark} ${r.title}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
