import { seededRandom } from '../random/seeded.js';

/** Fisher–Yates with a seeded source: the same seed always gives the same order. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The order in which a skill builder shows its pool: a seeded shuffle, reshuffled with a new
 * round seed each time the pool is exhausted, so no problem repeats before all have been seen.
 */
export function drawOrder(pool: readonly string[], seed: string, count: number): string[] {
  const order: string[] = [];
  for (let round = 0; order.length < count && pool.length > 0; round++) {
    order.push(...seededShuffle(pool, `${seed}:${round}`));
  }
  return order.slice(0, count);
}
