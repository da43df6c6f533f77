/** `tutorkit schema [--out file]`: the JSON Schema of the pack format. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { packJsonSchema } from '@tutorkit/core';
import { EXIT, type Terminal } from './io.js';
import { displayPath } from './report.js';

/** Options of `tutorkit schema`. */
export interface SchemaOptions {
  /** Write to this file instead of stdout. */
  readonly out?: string | undefined;
}

/** Writes the schema, pretty-printed, exactly as `@tutorkit/core/schema.json` is published. */
export function schemaCommand(options: SchemaOptions, term: Terminal): number {
  const text = `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
  if (options.out === undefined) {
    process.stdout.write(text);
    return EXIT.ok;
  }
  const out = resolve(options.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  term.print(`${term.out.green('✔')} wrote ${displayPath(out)}`);
  return EXIT.ok;
}
