/**
 * Where in the author's TypeScript a part of a built pack was declared. Lint findings carry only a
 * JSON Pointer; the builders' handles (`skill(…)`, `problem(…)`, `template(…)`, …) remember their
 * call site, so a pointer can be traced back to the line that declared the part.
 */
import type { Pack } from '@tutorkit/core';
import type { SourceLocation, TemplateSummary } from '../index.js';

const COLLECTIONS: Readonly<Record<string, string>> = {
  skills: 'skill',
  misconceptions: 'misconception',
  problems: 'problem',
  assignments: 'assignment',
  plans: 'plan',
};

function isSource(value: unknown): value is SourceLocation {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.file === 'string' && typeof v.line === 'number' && typeof v.column === 'number';
}

/** Every handle reachable from a pack definition, by `kind:id`. */
function declaredSources(definition: unknown): Map<string, SourceLocation> {
  const found = new Map<string, SourceLocation>();
  const seen = new Set<object>();
  const visit = (value: unknown, depth: number) => {
    if (typeof value !== 'object' || value === null || seen.has(value) || depth > 64) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const v = value as Record<string, unknown>;
    if (typeof v.kind === 'string' && typeof v.id === 'string' && isSource(v.source)) {
      const key = `${v.kind}:${v.id}`;
      if (!found.has(key)) found.set(key, v.source);
    }
    for (const child of Object.values(v)) visit(child, depth + 1);
  };
  visit(definition, 0);
  return found;
}

/** Returns a function from a JSON Pointer of the built pack to the declaring call site. */
export function originLocator(
  definition: unknown,
  pack: Pack,
  templates: readonly TemplateSummary[],
): (pointer: string) => SourceLocation | undefined {
  const sources = declaredSources(definition);
  const templateOf = new Map<string, string>();
  for (const t of templates) for (const id of t.problems) templateOf.set(id, t.id);
  const packSource = isSource((definition as { source?: unknown }).source)
    ? (definition as { source: SourceLocation }).source
    : undefined;
  return (pointer) => {
    const [, collection = '', index = ''] = pointer.split('/');
    const kind = COLLECTIONS[collection];
    const item = kind
      ? (pack[collection as keyof Pack] as readonly { id: string }[] | undefined)?.[Number(index)]
      : undefined;
    if (kind && item) {
      const own = sources.get(`${kind}:${item.id}`);
      if (own) return own;
      const template = kind === 'problem' ? templateOf.get(item.id) : undefined;
      if (template) return sources.get(`template:${template}`);
    }
    return packSource;
  };
}
