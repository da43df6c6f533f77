/**
 * Small checks that the generated pack shape check (`pack-shape.generated.ts`) is made of: each
 * returns a predicate, so the schema becomes a few hundred bytes of calls instead of a library.
 * They mean what TypeBox's `Value.Check` means for the same JSON Schema keywords; a test compares
 * the two on valid and broken packs.
 */
export type Check = (value: unknown) => boolean;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string with a length range (UTF-16 units, as JSON Schema engines in JavaScript count) and a pattern. */
export const str =
  (min = 0, max = Number.POSITIVE_INFINITY, pattern?: RegExp): Check =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max && (pattern === undefined || pattern.test(v));

/** A finite number, or an integer, within bounds. */
export const num =
  (integer: boolean, min?: number, max?: number, exclusiveMin?: number): Check =>
  (v) =>
    typeof v === 'number' &&
    (integer ? Number.isInteger(v) : Number.isFinite(v)) &&
    (min === undefined || v >= min) &&
    (max === undefined || v <= max) &&
    (exclusiveMin === undefined || v > exclusiveMin);

export const bool: Check = (v) => typeof v === 'boolean';

export const lit =
  (expected: string | number | boolean): Check =>
  (v) =>
    v === expected;

export const anyOf =
  (...checks: Check[]): Check =>
  (v) =>
    checks.some((c) => c(v));

/** Items compared as canonical JSON (object keys sorted), for `uniqueItems`. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'undefined';
}

export const arr =
  (item: Check, min = 0, max = Number.POSITIVE_INFINITY, unique = false): Check =>
  (v) =>
    Array.isArray(v) &&
    v.length >= min &&
    v.length <= max &&
    v.every(item) &&
    (!unique || new Set(v.map(canonical)).size === v.length);

/** An object with exactly these properties (the required ones present; no others). */
export const obj =
  (properties: Record<string, Check>, required: readonly string[]): Check =>
  (v) => {
    if (!isObject(v)) return false;
    for (const key of required) if (!(key in v)) return false;
    for (const key of Object.getOwnPropertyNames(v)) {
      const check = properties[key];
      if (!check) return false;
      const value = v[key];
      // An optional property may be undefined (never in JSON; possible in a value built in code).
      if (!(value === undefined && !required.includes(key)) && !check(value)) return false;
    }
    return true;
  };

/** A map whose keys match `keys` and whose values pass `value`. */
export const rec =
  (keys: RegExp, value: Check): Check =>
  (v) =>
    isObject(v) && Object.getOwnPropertyNames(v).every((k) => keys.test(k) && value(v[k]));
