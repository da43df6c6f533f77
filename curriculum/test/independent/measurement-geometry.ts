/** Independent solvers for the measurement-geometry strand, by template id. */
import { num, type Solvers, str } from './types.js';

/** Counts up one minute at a time on a 12-hour clock. */
function minutesBetween(h1: number, m1: number, h2: number, m2: number): number {
  let [h, m, count] = [h1, m1, 0];
  while (h !== h2 || m !== m2) {
    m++;
    if (m === 60) [h, m] = [h + 1, 0];
    count++;
  }
  return count;
}

export const solvers: Solvers = {
  'g3-md-a-elapsed-time-interval': (p) =>
    String(minutesBetween(num(p, 'h'), num(p, 'm1'), num(p, 'h') + 1, num(p, 'm2'))),
  'g3-md-a-volume-mass-story': (p) => {
    const [a, n] = [num(p, 'a'), num(p, 'n')];
    const shape = str(p, 'shape');
    let count = 0;
    if (shape === 'groups') {
      for (let i = 0; i < n; i++) count += a;
    } else if (shape === 'share') {
      while (count * n < a * n) count++;
    } else {
      while (n + count < a) count++;
    }
    return String(count);
  },
  'g3-md-c-rectangle-area-mixed': (p) => {
    const [l, w] = [num(p, 'l'), num(p, 'w')];
    if (str(p, 'shape') !== 'missing') return String(cells(l, w, () => true));
    let side = 1;
    while (cells(l, side, () => true) < l * w) side++;
    return String(side);
  },
  'g3-md-c-rectilinear-area-mixed': (p) => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((k) => num(p, k)) as [number, number, number, number];
    if (str(p, 'shape') === 'joined') return String(cells(a, b, () => true) + cells(c, d, () => true));
    // Count the cells of the a×b grid outside the c×d corner at the origin.
    return String(cells(a, b, (x, y) => x >= c || y >= d));
  },
  'g5-md-c-prism-volume-mixed': (p) => {
    const [l, w, h] = [num(p, 'l'), num(p, 'w'), num(p, 'h')];
    if (str(p, 'shape') !== 'height') return String(cubes(l, w, h));
    // Stack layers of the l×w base until the volume is reached.
    let layers = 0;
    while (cubes(l, w, layers) < l * w * h) layers++;
    return String(layers);
  },
  'g5-md-c-additive-volume-boxes': (p) =>
    String(cubes(num(p, 'a'), num(p, 'b'), num(p, 'c')) + cubes(num(p, 'd'), num(p, 'e'), num(p, 'f'))),
  'g8-g-a-transform-point-image': (p) => {
    const [x, y, s, t] = [num(p, 'x'), num(p, 'y'), num(p, 's'), num(p, 't')];
    // Rotations as powers of i on x + yi, reflections as conjugation, translations and dilations directly.
    const turn = (k: number): [number, number] => {
      let [a, b] = [x, y];
      for (let i = 0; i < k; i++) [a, b] = [-b, a];
      return [a, b];
    };
    const image: Record<string, [number, number]> = {
      translate: [x + s, y + t],
      'reflect-x': [x, -y],
      // Across the y-axis: a half turn, then back across the x-axis.
      'reflect-y': [turn(2)[0], -turn(2)[1]],
      'rotate-180': turn(2),
      'rotate-90': turn(1),
      dilate: [x * s, y * s],
    };
    const [a, b] = image[str(p, 'kind')] ?? [NaN, NaN];
    const part = (v: number) => (v < 0 ? `m${Math.abs(v)}` : String(v));
    return `x${part(a)}-y${part(b)}`;
  },
  'g8-g-a-angle-facts-mixed': (p) => {
    const [a, b] = [num(p, 'a'), num(p, 'b')];
    const shape = str(p, 'shape');
    if (shape === 'parallel') {
      // The four angles at each crossing, going around: a, 180 − a, a, 180 − a; copies at the other line.
      const around = [a, 180 - a, a, 180 - a];
      const rel = str(p, 'relation');
      return String(rel.startsWith('same-side') ? around[1] : around[2]);
    }
    const [first, second] = shape === 'right' ? [90, a] : [a, b];
    let third = 0;
    while (first + second + third < 180) third++;
    return String(third);
  },
  // Square roots by searching for the whole number whose square matches.
  'g8-g-b-missing-side-mixed': (p) => {
    const [a, b, c] = [num(p, 'a'), num(p, 'b'), num(p, 'c')];
    const leg = ['leg', 'ladder'].includes(str(p, 'shape'));
    return String(leg ? root(c * c - a * a) : root(a * a + b * b));
  },
  'g8-g-b-distance-points': (p) => {
    const dx = num(p, 'x2') - num(p, 'x1');
    const dy = num(p, 'y2') - num(p, 'y1');
    const sq = dx * dx + dy * dy;
    if (!Number.isNaN(root(sq))) return String(root(sq));
    // Tenths: the largest t with t² ≤ 100·sq, rounded up when (t + ½)² ≤ 100·sq.
    let t = 0;
    while ((t + 1) * (t + 1) <= 100 * sq) t++;
    if ((2 * t + 1) ** 2 <= 400 * sq) t++;
    return `${Math.floor(t / 10)}.${t % 10}`;
  },
  'g8-g-b-converse-test': (p) => {
    const sides = [num(p, 'a'), num(p, 'b'), num(p, 'c')].sort((x, y) => x - y) as [number, number, number];
    const right = root(sides[0] ** 2 + sides[1] ** 2) === sides[2];
    return `${right ? 'sq-yes' : 'sq-no'}-${sides.join('-')}`;
  },
};

/** The whole number whose square is n; NaN when there is none. */
function root(n: number): number {
  for (let k = 0; k * k <= n; k++) if (k * k === n) return k;
  return Number.NaN;
}

/** Counts the unit cubes of an l×w×h box one by one. */
function cubes(l: number, w: number, h: number): number {
  let n = 0;
  for (let z = 0; z < h; z++) n += cells(l, w, () => true);
  return n;
}

/** Counts the unit squares of a w×h grid that pass a test. */
function cells(w: number, h: number, keep: (x: number, y: number) => boolean): number {
  let n = 0;
  for (let x = 0; x < w; x++) for (let y = 0; y < h; y++) if (keep(x, y)) n++;
  return n;
}
