import { PackSchema } from './schema.js';

/** The JSON Schema (draft-07) of `tutorkit.pack/1` as plain JSON, from the same source as the types. */
export function packJsonSchema(): Record<string, unknown> {
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...JSON.parse(JSON.stringify(PackSchema)) };
}
