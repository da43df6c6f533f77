import axe from 'axe-core';

/** Runs axe on `el` (through open shadow roots) and returns readable violations. */
export async function axeViolations(el: Element): Promise<string[]> {
  const results = await axe.run(el, { resultTypes: ['violations'] });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
  );
}
