/**
 * Turns TypeBox's validation errors into plain-words issues. Unions are resolved to the variant
 * the author evidently meant (by `kind`/`model`, or by the value's JSON type), so an error in a
 * numeric answer talks about the numeric answer, not about "no variant matched".
 */
import type { TSchema } from '@sinclair/typebox';
import { type ValueError, ValueErrorType } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import { describeValue, type IssueList } from './issues.js';
import { NAMED_PATTERNS } from './patterns.js';

interface JsonSchemaLike {
  type?: string;
  const?: unknown;
  description?: string;
  anyOf?: JsonSchemaLike[];
  properties?: Record<string, JsonSchemaLike>;
  patternProperties?: Record<string, JsonSchemaLike>;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function expectedOf(schema: JsonSchemaLike): string {
  if (schema.description) return schema.description;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  return TYPE_WORDS[schema.type ?? ''] ?? 'a valid value';
}

function lastToken(path: string): string {
  return path
    .slice(path.lastIndexOf('/') + 1)
    .replaceAll('~1', '/')
    .replaceAll('~0', '~');
}

/** Edit distance, for "did you mean" on misspelt property names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

function suggestion(key: string, known: string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ? `; did you mean "${best}"?` : '';
}

/** The discriminating property of a union of objects, such as `kind` or `model`. */
function discriminator(variants: JsonSchemaLike[]): string | undefined {
  const first = variants[0]?.properties;
  if (!first) return undefined;
  return Object.keys(first).find((key) => variants.every((v) => v.properties?.[key]?.const !== undefined));
}

function explainUnion(schema: JsonSchemaLike, value: unknown, path: string, out: IssueList): void {
  const variants = schema.anyOf ?? [];
  const type = jsonType(value);
  const sameType = variants.filter((v) => v.type === type || (v.type === 'number' && type === 'integer'));
  const key = sameType.length > 1 ? discriminator(sameType) : undefined;
  if (key && type === 'object') {
    const tag = (value as Record<string, unknown>)[key];
    const choices = sameType.map((v) => JSON.stringify(v.properties?.[key]?.const)).join(', ');
    if (tag === undefined) {
      out.error(`${path}/${key}`, 'schema/required', `missing "${key}": ${expectedOf(schema)}`, {
        expected: `one of ${choices}`,
        found: 'nothing',
      });
      return;
    }
    const chosen = sameType.find((v) => v.properties?.[key]?.const === tag);
    if (!chosen) {
      out.error(`${path}/${key}`, 'schema/unknown-kind', `unknown ${key} ${describeValue(tag)}`, {
        expected: `one of ${choices}`,
        found: describeValue(tag),
      });
      return;
    }
    explain(chosen as TSchema, value, path, out);
    return;
  }
  if (sameType.length === 1) {
    explain(sameType[0] as TSchema, value, path, out);
    return;
  }
  const rule = variants.every((v) => v.const !== undefined) ? 'schema/enum' : 'schema/type';
  out.error(path, rule, `expected ${expectedOf(schema)}, found ${describeValue(value)}`, {
    expected: expectedOf(schema),
    found: describeValue(value),
  });
}

function report(error: ValueError, base: string, out: IssueList): void {
  const schema = error.schema as JsonSchemaLike;
  const path = base + error.path;
  const found = describeValue(error.value);
  const expected = expectedOf(schema);
  const mismatch = (rule: string, message: string) => out.error(path, rule, message, { expected, found });
  switch (error.type) {
    case ValueErrorType.Union:
      explainUnion(schema, error.value, path, out);
      return;
    case ValueErrorType.ObjectRequiredProperty:
      out.error(path, 'schema/required', `missing required property "${lastToken(path)}"`, {
        expected,
        found: 'nothing',
      });
      return;
    case ValueErrorType.ObjectAdditionalProperties: {
      const key = lastToken(path);
      if (schema.patternProperties) {
        const pattern = NAMED_PATTERNS.get(Object.keys(schema.patternProperties)[0] ?? '');
        out.error(
          path,
          pattern?.rule ?? 'schema/key',
          `the key "${key}" is not ${pattern?.expected ?? 'allowed here'}`,
          {
            expected: pattern?.expected ?? 'a valid key',
            found: JSON.stringify(key),
          },
        );
      } else {
        const known = Object.keys(schema.properties ?? {});
        out.error(path, 'schema/unknown-property', `unknown property "${key}"${suggestion(key, known)}`, {
          expected: `one of ${known.join(', ')}`,
          found: JSON.stringify(key),
        });
      }
      return;
    }
    case ValueErrorType.StringPattern: {
      const named = schema.pattern ? NAMED_PATTERNS.get(schema.pattern) : undefined;
      mismatch(named?.rule ?? 'schema/pattern', `expected ${expected}, found ${found}`);
      return;
    }
    case ValueErrorType.StringMinLength:
      mismatch('schema/empty', 'text must not be empty');
      return;
    case ValueErrorType.StringMaxLength:
      mismatch('schema/too-long', `text is longer than the ${schema.maxLength} characters allowed`);
      return;
    case ValueErrorType.ArrayMinItems:
      mismatch(
        'schema/min-items',
        `needs at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}, found ${found}`,
      );
      return;
    case ValueErrorType.ArrayMaxItems:
      mismatch('schema/max-items', `allows at most ${schema.maxItems} items, found ${found}`);
      return;
    case ValueErrorType.ArrayUniqueItems:
      mismatch('schema/unique-items', 'items must not repeat');
      return;
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.IntegerMinimum:
    case ValueErrorType.NumberMaximum:
    case ValueErrorType.IntegerMaximum:
    case ValueErrorType.NumberExclusiveMinimum:
    case ValueErrorType.IntegerExclusiveMinimum: {
      const low = schema.minimum ?? schema.exclusiveMinimum;
      const range = schema.maximum === undefined ? `above ${low}` : `between ${low} and ${schema.maximum}`;
      mismatch('schema/range', `${found} is out of range: expected ${range}`);
      return;
    }
    case ValueErrorType.Literal:
      mismatch('schema/literal', `expected ${JSON.stringify(schema.const)}, found ${found}`);
      return;
    default:
      mismatch('schema/type', `expected ${expected}, found ${found}`);
  }
}

/** Explains why `value` does not match `schema`, adding issues with pointers under `base`. */
export function explain(schema: TSchema, value: unknown, base: string, out: IssueList): void {
  const missing = new Set<string>();
  for (const error of Value.Errors(schema, value)) {
    // TypeBox also reports a missing property as a type error on `undefined`: say it once.
    if (missing.has(error.path)) continue;
    if (error.type === ValueErrorType.ObjectRequiredProperty) missing.add(error.path);
    report(error, base, out);
    if (out.dropped > 0) return;
  }
}
