export type { PackIssue } from './issues.js';
export { packJsonSchema } from './json-schema.js';
export type { PackMigration } from './migrations.js';
export { type ParsePackOptions, type ParsePackResult, parsePack } from './parse-pack.js';
export { readPack } from './read-pack.js';
export * from './schema.js';
export { PACK_FORMAT } from './schema.js';
export { type SliceOptions, slicePack } from './slice.js';
export { forEachText, type Localizable, type TextKind, type TextVisitor, textFor } from './texts.js';
