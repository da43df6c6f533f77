/**
 * Numeric equivalence: two expressions are equivalent when they agree at seeded sample points.
 *
 * Our tree is compiled to plain closures (no `eval`, no parser-library evaluation of untrusted
 * input), with one slot per letter, so a compiled expression does not depend on the variable
 * list and can be cached by its text.
 *
 * Sampling (deterministic: same seed, same variables → same points): points alternate between
 * small integers in [-9, 9] (they hit the places where a denominator is zero or a root is of a
 * negative number, and are exact) and reals in [-10, 10] (they break coincidences such as
 * `x^2` = `x` at 0 and 1); negative values are always in play, so `sqrt(x^2)` is not `x`.
 * A point where either side is not a finite real number (division by zero, the square root of a
 * negative number, overflow) is skipped. Equivalent when `TARGET_POINTS` points agree (relative
 * tolerance 1e-9) and none disagrees; undecidable (`ungraded`) when fewer than `MIN_POINTS`
 * usable points turn up in `MAX_TRIES` draws — unless the response is undefined at `MIN_POINTS`
 * or more points where the answer is defined: then it is not equivalent.
 */
import { seededRandom } from '../random/seeded.js';
import type { Expr } from './expression-tree.js';

export type Compiled = (env: Float64Array) => number;

/** Slot of a letter: `a`–`z` are 0–25, `A`–`Z` are 26–51. */
export function slot(letter: string): number {
  const code = letter.charCodeAt(0);
  return code >= 97 ? code - 97 : code - 65 + 26;
}

export const SLOTS = 52;

export function compile(e: Expr): Compiled {
  switch (e.kind) {
    case 'num': {
      const value = e.value;
      return () => value;
    }
    case 'pi':
      return () => Math.PI;
    case 'var': {
      const i = slot(e.name);
      return (env) => env[i] as number;
    }
    case 'neg': {
      const arg = compile(e.arg);
      return (env) => -arg(env);
    }
    case 'fn': {
      const arg = compile(e.arg);
      return e.name === 'sqrt' ? (env) => Math.sqrt(arg(env)) : (env) => Math.abs(arg(env));
    }
    default: {
      const left = compile(e.left);
      const right = compile(e.right);
      switch (e.kind) {
        case 'add':
          return (env) => left(env) + right(env);
        case 'sub':
          return (env) => left(env) - right(env);
        case 'mul':
          return (env) => left(env) * right(env);
        case 'div':
          return (env) => left(env) / right(env);
        case 'pow':
          return (env) => left(env) ** right(env);
      }
    }
  }
}

export const TARGET_POINTS = 12;
export const MIN_POINTS = 6;
export const MAX_TRIES = 48;
export const RELATIVE_TOLERANCE = 1e-9;

/** The sample points for a variable list and seed: `MAX_TRIES` environments. */
export function samplePoints(variables: readonly string[], seed: string | number): readonly Float64Array[] {
  const random = seededRandom(`${seed}|${variables.join('')}`);
  const points: Float64Array[] = [];
  const tries = variables.length === 0 ? 1 : MAX_TRIES;
  for (let i = 0; i < tries; i++) {
    const env = new Float64Array(SLOTS);
    for (const v of variables) {
      env[slot(v)] = i % 2 === 0 ? random.int(-9, 9) : random.next() * 20 - 10;
    }
    points.push(env);
  }
  return points;
}

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

export type Equivalence = 'equivalent' | 'not-equivalent' | 'undecidable';

/**
 * Compares `f` with precomputed values of the other side at `points`. `alias` copies a slot
 * before evaluating `f` (a response's `X` reads the answer's `x`).
 */
export function compareAt(
  f: Compiled,
  points: readonly Float64Array[],
  expected: Float64Array,
  alias: readonly (readonly [number, number])[] = [],
): Equivalence {
  const needed = points.length === 1 ? 1 : TARGET_POINTS;
  const minimum = points.length === 1 ? 1 : MIN_POINTS;
  let agree = 0;
  let onlyAnswerDefined = 0;
  for (let i = 0; i < points.length && agree < needed; i++) {
    const env = points[i] as Float64Array;
    for (const [to, from] of alias) env[to] = env[from] as number;
    const got = f(env);
    const want = expected[i] as number;
    const gotFinite = Number.isFinite(got);
    const wantFinite = Number.isFinite(want);
    if (gotFinite && wantFinite) {
      if (!sameValue(got, want)) return 'not-equivalent';
      agree++;
    } else if (wantFinite) onlyAnswerDefined++;
  }
  if (agree >= minimum) return 'equivalent';
  return onlyAnswerDefined >= minimum ? 'not-equivalent' : 'undecidable';
}

/** The values of `f` at every point (NaN where undefined). */
export function valuesAt(f: Compiled, points: readonly Float64Array[]): Float64Array {
  const values = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) values[i] = f(points[i] as Float64Array);
  return values;
}
