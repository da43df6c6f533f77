#!/usr/bin/env node
// `tutorkit-hub [serve options]`: runs the compiled hub when installed, else its TypeScript sources
// through tsx with the `tutorkit-source` condition (a source checkout).
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const dist = new URL('../dist/serve.js', import.meta.url);
const source = new URL('../src/serve.ts', import.meta.url);
const CONDITION_HOOK = `export async function resolve(specifier, context, next) {
  const conditions = context.conditions.includes('tutorkit-source')
    ? context.conditions
    : [...context.conditions, 'tutorkit-source'];
  return next(specifier, { ...context, conditions });
}`;

let entry = dist;
if (process.env.TUTORKIT_CLI_FROM === 'source' || (!existsSync(dist) && existsSync(source))) {
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  register(`data:text/javascript,${encodeURIComponent(CONDITION_HOOK)}`);
  entry = source;
}
const { serve } = await import(entry.href);
const args = process.argv.slice(2);
const code = await serve(args[0] === 'serve' ? args.slice(1) : args);
if (code !== 0) process.exitCode = code;
