/** What a strand's independent solvers look like. */

/** The values a template drew for one variant (`problem.params`). */
export type Params = Readonly<Record<string, number | string>>;

/**
 * Recomputes a variant's answer from its params by a route other than the template's:
 * - numeric answers: the value as text ("12", "3/4", "2 1/2", "0.75", "-4"), compared exactly;
 * - expression answers: an equivalent expression in ASCII math, compared by the engine;
 * - choice answers: the correct option ids, comma-separated, compared as a set;
 * - text answers: one accepted answer.
 */
export type Solver = (params: Params) => string;

/** Solvers by template id. */
export type Solvers = Readonly<Record<string, Solver>>;

/** A number param, or a clear error naming it. */
export function num(params: Params, name: string): number {
  const value = params[name];
  if (typeof value !== 'number') throw new Error(`param "${name}" is not a number: ${JSON.stringify(value)}`);
  return value;
}

/** A string param, or a clear error naming it. */
export function str(params: Params, name: string): string {
  const value = params[name];
  if (typeof value !== 'string') throw new Error(`param "${name}" is not a string: ${JSON.stringify(value)}`);
  return value;
}
