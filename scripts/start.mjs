// The main job: a tutoring room on this machine. Builds the built-in curriculum and the classroom
// pages when they are missing or older than their sources, then runs the hub (`tutorkit serve`)
// on the embedded database in ./tutorkit-data. No external service; nothing leaves the machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const tutorkit = ['packages/sdk/bin/tutorkit.mjs'];

/** The newest modification time under `dir` (files only), or 0. */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === 'app-dist') continue;
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

function run(label, command, args, options = {}) {
  console.log(label);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) console.error(`Could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const curriculumBuilt = newest('curriculum/dist');
if (curriculumBuilt < newest('curriculum/src') || curriculumBuilt < newest('packages/sdk/src')) {
  run('Building the built-in curriculum (curriculum/ → curriculum/dist)…', process.execPath, [
    ...tutorkit,
    'build',
    'curriculum/src/packs.ts',
    '--out',
    'curriculum/dist',
  ]);
}

const appBuilt = newest('packages/hub/app-dist');
const appSources = Math.max(newest('packages/hub/app'), newest('packages/elements/src'), newest('packages/core/src'));
if (appBuilt < appSources) {
  run(
    'Building the classroom pages (packages/hub/app)…',
    'node_modules/.bin/vite',
    ['build', 'app', '--logLevel', 'warn'],
    {
      cwd: 'packages/hub',
    },
  );
}

const extra = process.argv.slice(2);
// In a terminal, a line per request drowns the addresses and the setup code: warnings only,
// unless asked for more (`npm start -- --log-level info`, or TUTORKIT_LOG_LEVEL).
const quiet = extra.includes('--log-level') || process.env.TUTORKIT_LOG_LEVEL ? [] : ['--log-level', 'warn'];
const args = ['serve', '--data', process.env.TUTORKIT_DATA ?? 'tutorkit-data', ...quiet, ...extra];
const hub = spawn(process.execPath, [...tutorkit, ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => hub.kill(signal));
hub.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
