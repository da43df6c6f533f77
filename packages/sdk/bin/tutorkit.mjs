#!/usr/bin/env node
// The `tutorkit` command. A tiny launcher that runs with plain `node`:
// - installed from npm (this file is inside a node_modules folder): it runs the compiled CLI in
//   ../dist/cli/main.js;
// - in a source checkout (a fresh clone where nothing was built): it runs the TypeScript sources
//   through tsx, with the `tutorkit-source` export condition so that @tutorkit/sdk and
//   @tutorkit/core resolve to their sources too. tsx caches what it compiles, so later runs are fast.
// TUTORKIT_CLI_FROM=dist or TUTORKIT_CLI_FROM=source forces one or the other.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const distMain = new URL('../dist/cli/main.js', import.meta.url);
const sourceMain = new URL('../src/cli/main.ts', import.meta.url);

function fromSources() {
  const wanted = process.env.TUTORKIT_CLI_FROM;
  if (wanted === 'source') return true;
  if (wanted === 'dist') return false;
  const installed = fileURLToPath(import.meta.url)
    .split(sep)
    .includes('node_modules');
  if (installed && existsSync(distMain)) return false;
  return existsSync(sourceMain) || !existsSync(distMain);
}

const CONDITION_HOOK = `export async function resolve(specifier, context, next) {
  const conditions = context.conditions.includes('tutorkit-source')
    ? context.conditions
    : [...context.conditions, 'tutorkit-source'];
  return next(specifier, { ...context, conditions });
}`;

let entry = distMain;
if (fromSources()) {
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  // Registered after tsx, so it runs first and tsx (then Node) resolve with the extra condition.
  register(`data:text/javascript,${encodeURIComponent(CONDITION_HOOK)}`);
  entry = sourceMain;
}

const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
