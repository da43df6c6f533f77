/** Random structural mutations of JSON documents, for property tests. */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonPath = (string | number)[];
export type Operation = 'delete' | 'replace' | 'duplicate' | 'empty' | 'wrap' | 'rename';

/** Every path to a node of a JSON document, the root excluded. */
export function nodePaths(value: Json, prefix: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, i]);
      nodePaths(v, [...prefix, i], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      nodePaths(v, [...prefix, k], out);
    }
  }
  return out;
}

function emptyLike(value: Json): Json {
  if (Array.isArray(value)) return [];
  if (typeof value === 'string') return '';
  return value !== null && typeof value === 'object' ? {} : 0;
}

function exists(document: Json, path: JsonPath): boolean {
  let current: Json | undefined = document;
  for (const token of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) return false;
    current = (current as Record<string | number, Json>)[token];
  }
  return true;
}

/** Applies one mutation in place; does nothing when an earlier mutation removed the path. */
export function mutate(document: Json, path: JsonPath, op: Operation, replacement: Json): void {
  if (path.length === 0 || !exists(document, path)) return;
  let parent: Json = document;
  for (const token of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[token] as Json;
  const key = path[path.length - 1] as string | number;
  const container = parent as Record<string | number, Json>;
  const current = container[key] as Json;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (op === 'delete') parent.splice(key, 1);
    else if (op === 'duplicate') parent.splice(key, 0, structuredClone(current));
    else container[key] = op === 'empty' ? emptyLike(current) : op === 'wrap' ? [current] : replacement;
    return;
  }
  if (op === 'delete') delete container[key];
  else if (op === 'rename') {
    delete container[key];
    container[`${key}x`] = current;
  } else if (op === 'duplicate')
    container[key] = Array.isArray(current) ? [...current, ...structuredClone(current)] : current;
  else container[key] = op === 'empty' ? emptyLike(current) : op === 'wrap' ? [current] : replacement;
}

/** An arbitrary list of one to three mutations of `base`, applied to a fresh copy. */
export function mutatedDocument(base: Json): fc.Arbitrary<Json> {
  const paths = nodePaths(base);
  const one = fc.record({
    path: fc.constantFrom(...paths),
    op: fc.constantFrom<Operation>('delete', 'replace', 'duplicate', 'empty', 'wrap', 'rename'),
    replacement: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  });
  return fc.array(one, { minLength: 1, maxLength: 3 }).map((mutations) => {
    const document = structuredClone(base);
    for (const m of mutations) mutate(document, m.path, m.op, m.replacement);
    return document;
  });
}
