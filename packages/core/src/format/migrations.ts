/**
 * Upgrading older formats. A migration turns a document of one format into the next; parsePack
 * applies them in a chain until it reaches `tutorkit.pack/1` (or, later, the newest format).
 * Migrations receive a copy and must return plain JSON.
 */
export type PackMigration = (document: Record<string, unknown>) => Record<string, unknown>;

/** Migrations keyed by the format they upgrade from. Empty for now: /1 is the first format. */
export const BUILT_IN_MIGRATIONS: Readonly<Record<string, PackMigration>> = Object.freeze({});
