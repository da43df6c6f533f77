// Entry point for `npm start` / `npm test` (and the same through pnpm) on a machine that may have
// only Node and npm: uses the pinned pnpm (through npx when it is not installed), installs the
// workspace from the lockfile, then runs the task.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TASKS = {
  start: ['node', ['scripts/start.mjs']],
  test: ['node', ['scripts/test.mjs']],
};

const task = process.argv[2];
if (!(task in TASKS)) {
  console.error(`usage: node scripts/run.mjs <${Object.keys(TASKS).join('|')}>`);
  process.exit(2);
}

const pinned = JSON.parse(readFileSync('package.json', 'utf8')).packageManager.split('@')[1];
// npm passes its own settings to scripts as npm_config_*; pnpm would read them as its own.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_(config|package|lifecycle)_/i.test(key)),
);

function pnpmCommand() {
  const local = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
  if (local.status === 0 && local.stdout.trim() === pinned) return ['pnpm', []];
  console.log(`Using pnpm ${pinned} through npx (install it with: npm i -g pnpm@${pinned}).`);
  return ['npx', ['--yes', `pnpm@${pinned}`]];
}

const [pnpm, pnpmArgs] = pnpmCommand();
const install = spawnSync(pnpm, [...pnpmArgs, 'install', '--frozen-lockfile', '--prefer-offline'], {
  stdio: 'inherit',
  env,
});
if (install.status !== 0) {
  console.error('Installing dependencies failed; see the messages above.');
  process.exit(install.status ?? 1);
}
const [command, args] = TASKS[task];
// `npm start -- --port 9000`: what follows the task goes to it.
const result = spawnSync(command === 'node' ? process.execPath : command, [...args, ...process.argv.slice(3)], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
