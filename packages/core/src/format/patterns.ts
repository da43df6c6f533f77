/**
 * Named string patterns of the pack format. Each carries the words an author sees when a value
 * does not match, so schema errors can say what was expected instead of echoing a regex.
 */
export interface NamedPattern {
  /** Stable rule name used in errors, e.g. `format/semver`. */
  readonly rule: string;
  readonly pattern: string;
  /** What a matching value looks like, in plain words. */
  readonly expected: string;
}

function named(rule: string, pattern: string, expected: string): NamedPattern {
  return { rule, pattern, expected };
}

/** Semantic Versioning 2.0.0, the official grammar. */
export const SEMVER = named(
  'format/semver',
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  'a semantic version such as 1.0.0 or 2.1.0-beta.1',
);

/** Ids of things inside a pack: letters, digits and `.`, `_`, `-`, starting with a letter or digit. */
export const LOCAL_ID = named(
  'format/id',
  '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$',
  'an id of letters, digits, ".", "_" or "-" (at most 128 characters, starting with a letter or digit)',
);

/** Pack ids are lowercase and may carry a reverse-domain or scope prefix: `org.example.fractions`. */
export const PACK_ID = named(
  'format/pack-id',
  '^[a-z0-9][a-z0-9._-]{0,127}$',
  'a lowercase pack id such as "tutorkit.fractions-grade-5"',
);

/** BCP 47 tags of the forms this project supports: `en`, `es`, `es-MX`, `zh-Hant-TW`. */
export const LOCALE = named(
  'format/locale',
  '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$',
  'a language tag such as "en", "es" or "es-MX"',
);

/** An SPDX license expression: identifiers joined with AND, OR or WITH. */
export const SPDX = named(
  'format/license',
  '^\\(?[A-Za-z0-9][A-Za-z0-9.+-]*\\)?( (AND|OR|WITH) \\(?[A-Za-z0-9][A-Za-z0-9.+-]*\\)?)*$',
  'an SPDX license expression such as "CC-BY-4.0" or "CC-BY-SA-4.0 OR MIT"',
);

/** Every named pattern, by its pattern text, for the error explainer. */
export const NAMED_PATTERNS: ReadonlyMap<string, NamedPattern> = new Map(
  [SEMVER, LOCAL_ID, PACK_ID, LOCALE, SPDX].map((p) => [p.pattern, p]),
);
