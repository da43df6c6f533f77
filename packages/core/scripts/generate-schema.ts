/**
 * Writes, from the TypeBox source of truth, the published JSON Schema file and the compiled
 * shape check that browsers use to accept a valid pack without loading a schema library.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packJsonSchema } from '../src/format/json-schema.js';
import { compiledShapeCheck } from '../src/format/shape-check-source.js';

const out = new URL('../schema/tutorkit.pack-1.schema.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
console.log(`wrote ${fileURLToPath(out)}`);

const check = new URL('../src/format/pack-shape.generated.ts', import.meta.url);
writeFileSync(check, compiledShapeCheck());
console.log(`wrote ${fileURLToPath(check)}`);
