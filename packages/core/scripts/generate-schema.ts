/** Writes the published JSON Schema file from the TypeBox source of truth. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packJsonSchema } from '../src/format/json-schema.js';

const out = new URL('../schema/tutorkit.pack-1.schema.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
console.log(`wrote ${fileURLToPath(out)}`);
