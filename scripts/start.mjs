// The main job: a tutoring room on this machine. Builds the built-in curriculum and the classroom
// pages when they are missing or older than their sources, then runs the hub (`tutorkit serve`)
// on the embedded database in ./tutorkit-data. No external service; nothing leaves the machine.
import { spawn, spawnSync } from 'node:child_process';
import { newest } from './newest.mjs';

const tutorkit = ['packages/sdk/bin/tutorkit.mjs'];

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
const appSources = newest('packages/hub/app', 'packages/elements/src', 'packages/core/src', 'packages/sync/src');
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
