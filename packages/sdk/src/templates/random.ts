/**
 * The random source a template's `generate` receives: core's seeded generator (sfc32) plus the
 * draws curriculum needs. Every draw comes from the seed, so the same seed gives the same pack.
 */
import type { RandomSource } from '@tutorkit/core';
import { type Fraction, frac, gcd } from './fraction.js';

/** Thrown by `require` to reject a draw; the template then draws again. */
export class DrawRejected extends Error {
  override readonly name = 'DrawRejected';
  constructor(readonly why: string) {
    super(`draw rejected: ${why}`);
  }
}

export interface FractionOptions {
  /** Largest denominator (inclusive). */
  readonly maxDenominator: number;
  /** Smallest denominator (inclusive, default 2). */
  readonly minDenominator?: number;
  /** Numerator smaller than the denominator (default true). */
  readonly proper?: boolean;
  /** Largest numerator when `proper` is false (default twice the denominator). */
  readonly maxNumerator?: number;
  /** In lowest terms (default true). */
  readonly simplest?: boolean;
  /** Denominators to avoid, e.g. those of fractions already drawn for the same problem. */
  readonly unlikeDenominators?: readonly (Fraction | number)[];
}

export interface FractionsOptions extends Omit<FractionOptions, 'unlikeDenominators'> {
  /** All denominators different from one another (and from `avoid`). */
  readonly unlikeDenominators?: boolean;
  readonly avoid?: readonly (Fraction | number)[];
}

export interface TemplateRandom {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[];
  /** A fraction n/d drawn as `options` say. */
  fraction(options: FractionOptions): Fraction;
  /** `count` fractions, e.g. two with unlike denominators for an addition problem. */
  fractions(count: number, options: FractionsOptions): Fraction[];
  /** Rejects this draw unless `condition` holds; `why` is reported if the template gives up. */
  require(condition: unknown, why: string): void;
}

// A draw that cannot satisfy its options within this many tries is rejected as a whole.
const LOCAL_TRIES = 50;

function denominatorOf(x: Fraction | number): number {
  return typeof x === 'number' ? x : x.d;
}

export function templateRandom(source: RandomSource): TemplateRandom {
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}): need whole numbers with min ≤ max`);
    }
    return source.int(min, max);
  };
  const random: TemplateRandom = {
    next: () => source.next(),
    int,
    pick<T>(list: readonly T[]): T {
      if (list.length === 0) throw new RangeError('pick([]): the list is empty');
      return list[int(0, list.length - 1)] as T;
    },
    shuffle<T>(list: readonly T[]): T[] {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
    fraction(options: FractionOptions): Fraction {
      const { maxDenominator, minDenominator = 2, proper = true, simplest = true } = options;
      const avoid = new Set((options.unlikeDenominators ?? []).map(denominatorOf));
      for (let attempt = 0; attempt < LOCAL_TRIES; attempt++) {
        const d = int(minDenominator, maxDenominator);
        if (avoid.has(d)) continue;
        const n = proper ? (d > 1 ? int(1, d - 1) : 0) : int(1, options.maxNumerator ?? 2 * d);
        if (proper && n === 0) continue;
        if (simplest && gcd(n, d) !== 1) continue;
        return frac(n, d);
      }
      throw new DrawRejected(
        `no fraction fits { maxDenominator: ${maxDenominator}, minDenominator: ${minDenominator}, proper: ${proper}, simplest: ${simplest}, unlike: [${[...avoid].join(', ')}] }`,
      );
    },
    fractions(count: number, options: FractionsOptions): Fraction[] {
      const { unlikeDenominators = false, avoid = [], ...rest } = options;
      const out: Fraction[] = [];
      for (let i = 0; i < count; i++) {
        const unlike = unlikeDenominators ? [...avoid, ...out] : avoid;
        out.push(random.fraction({ ...rest, unlikeDenominators: unlike }));
      }
      return out;
    },
    require(condition: unknown, why: string): void {
      if (!condition) throw new DrawRejected(why);
    },
  };
  return random;
}
