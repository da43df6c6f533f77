/** 8.G.B — Understand and apply the Pythagorean Theorem. */
import {
  bottomOut,
  choice,
  cluster,
  curriculumSkill,
  hint,
  misconception,
  numeric,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import { addsLegs, forgetsSquareRoot, SCRIPTS } from './common.js';

const TRIPLES = [
  [3, 4, 5],
  [5, 12, 13],
  [8, 15, 17],
  [7, 24, 25],
  [20, 21, 29],
] as const;

const countsSteps = misconception({
  id: 'mg-distance-as-grid-steps',
  title: 'Counts grid steps instead of the straight-line distance',
  description:
    'Adds the horizontal and vertical distances, which is the path along the grid, not the straight segment.',
});
const doublesSquares = misconception({
  id: 'mg-squares-as-doubling',
  title: 'Doubles instead of squaring',
  description: 'Computes $9^2$ as $9 \\times 2 = 18$.',
});
const looksLikeTriple = misconception({
  id: 'mg-looks-like-a-triple',
  title: 'Judges a right triangle by how the numbers look',
  description:
    'Decides the triangle is right because the sides are close to, or shaped like, 3-4-5, without checking the squares.',
});
const anyTriangleIsRight = misconception({
  id: 'mg-triangle-inequality-as-right',
  title: 'Checks that the triangle exists, not that it is right',
  description: 'Uses "the two short sides add to more than the long side", which is true of every triangle.',
});

export const missingSide = curriculumSkill({
  id: 'g8-g-b-missing-side',
  title: 'Find a missing side of a right triangle',
  standards: ['8.G.B.7'],
  tutor: {
    summary:
      'In a right triangle the squares on the two legs add up to the square on the hypotenuse (the longest side, across from the right angle): $a^2 + b^2 = c^2$. To find the hypotenuse, add the squares; to find a leg, subtract; then take the square root.',
    mastery:
      'The student identifies the hypotenuse first, decides whether to add or subtract squares, and checks that the hypotenuse is the longest side.',
    watchFor: [
      'Adding (or subtracting) the sides instead of their squares.',
      'Stopping at $c^2$ without taking the square root.',
    ],
    talkMoves: [
      '"Which side is across from the right angle?"',
      '"Is your answer longer or shorter than the hypotenuse? Should it be?"',
    ],
    workedExample: {
      problem: 'The legs of a right triangle are 6 and 8. How long is the hypotenuse?',
      steps: ['$6^2 + 8^2 = 36 + 64 = 100$', '$c^2 = 100$, so $c = \\sqrt{100} = 10$.'],
    },
  },
});

type SideShape = 'hyp' | 'leg' | 'ladder' | 'diagonal';

/** Legs a, b and hypotenuse c of a right triangle; which side is unknown depends on the shape. */
function sideBody(shape: SideShape, a: number, b: number, c: number) {
  const findLeg = shape === 'leg' || shape === 'ladder';
  const stem = {
    hyp: `A right triangle has legs of length ${a} and ${b}. How long is the hypotenuse?`,
    leg: `A right triangle has a hypotenuse of length ${c} and one leg of length ${a}. How long is the other leg?`,
    ladder: `A ${c}-foot ladder leans against a wall. Its foot is ${a} feet from the wall. How high up the wall does it reach, in feet?`,
    diagonal: `A rectangular field is ${a} m by ${b} m. How long is the path straight across it from corner to corner, in meters?`,
  }[shape];
  const answer = findLeg ? b : c;
  const square = findLeg ? c * c - a * a : a * a + b * b;
  const plain = findLeg ? c - a : a + b;
  return {
    stem,
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { shape, a, b, c },
    hints: [
      hint(
        findLeg
          ? `Which side is the hypotenuse? Here it is ${c}.`
          : 'The side you want is across from the right angle: the hypotenuse.',
      ),
      hint(
        findLeg
          ? `$${a}^2 + b^2 = ${c}^2$, so $b^2 = ${c * c} - ${a * a}$.`
          : `$c^2 = ${a}^2 + ${b}^2 = ${a * a} + ${b * b}$.`,
      ),
      bottomOut(
        findLeg
          ? `$b^2 = ${square}$, so $b = \\sqrt{${square}} = ${b}$.`
          : `$c^2 = ${square}$, so $c = \\sqrt{${square}} = ${c}$.`,
      ),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(plain),
        feedback: `The theorem is about the squares of the sides, not the sides. Square them first.`,
        misconception: addsLegs,
        tutorMove: `Ask: "Does $${findLeg ? `${a}^2 + ${plain}^2` : `${a}^2 + ${b}^2`}$ equal $${findLeg ? c : plain}^2$? Check it."`,
      }),
      wrongAnswer({
        match: String(square),
        feedback: `You found the square of the side. One more step: which number times itself is ${square}?`,
        misconception: forgetsSquareRoot,
        tutorMove: `Ask: "Can a side be ${square} when the ${findLeg ? `hypotenuse is only ${c}` : `legs are ${a} and ${b}`}?"`,
      }),
    ],
  };
}

const sideTemplate = template({
  id: 'g8-g-b-missing-side-mixed',
  skill: missingSide,
  count: 36,
  generate: (r) => {
    const [p, q, h] = r.pick(TRIPLES);
    const k = r.int(1, Math.floor(40 / h));
    const flip = r.pick([true, false]);
    const [a, b] = flip ? [q * k, p * k] : [p * k, q * k];
    return sideBody(r.pick(['hyp', 'leg', 'ladder', 'diagonal'] as const), a, b, h * k);
  },
});

export const distance = curriculumSkill({
  id: 'g8-g-b-distance',
  title: 'Find the distance between two points',
  standards: ['8.G.B.8'],
  tutor: {
    summary:
      'The segment between two points is the hypotenuse of a right triangle whose legs are the horizontal and vertical distances between the points. Find the legs by subtracting coordinates, then use $a^2 + b^2 = c^2$.',
    mastery:
      'The student sketches the right triangle, finds both legs as positive distances, and takes the square root at the end.',
    watchFor: [
      'Adding the two leg lengths (walking along the grid).',
      'Forgetting the square root.',
      'Sign slips when a coordinate is negative.',
    ],
    talkMoves: [
      '"Draw the right triangle under the segment. How long is each leg?"',
      '"Is the straight path shorter or longer than going across and then up?"',
    ],
    workedExample: {
      problem: 'Find the distance between $(1, 2)$ and $(4, 6)$.',
      steps: ['Across: $4 - 1 = 3$. Up: $6 - 2 = 4$.', '$3^2 + 4^2 = 9 + 16 = 25$', '$\\sqrt{25} = 5$'],
    },
  },
});

const paren = (n: number) => (n < 0 ? `(${n})` : String(n));

/** The distance is exact (a whole number) or rounded to the nearest tenth. */
function distanceBody(x1: number, y1: number, x2: number, y2: number) {
  const [dx, dy] = [Math.abs(x2 - x1), Math.abs(y2 - y1)];
  const sq = dx * dx + dy * dy;
  const exact = Number.isInteger(Math.sqrt(sq));
  const d = exact ? String(Math.sqrt(sq)) : (Math.round(Math.sqrt(sq) * 10) / 10).toFixed(1);
  return {
    stem: `What is the distance between the points $(${x1}, ${y1})$ and $(${x2}, ${y2})$?${exact ? '' : ' Round to the nearest tenth.'}`,
    answer: exact
      ? numeric({ value: d, forms: ['integer'] })
      : numeric({ value: d, forms: ['decimal'], tolerance: { absolute: 0.05 } }),
    params: { x1, y1, x2, y2 },
    hints: [
      hint('Sketch the two points and draw a right triangle with the segment as its hypotenuse.'),
      hint(`The legs are $|${x2} - ${paren(x1)}| = ${dx}$ across and $|${y2} - ${paren(y1)}| = ${dy}$ up or down.`),
      bottomOut(`$${dx}^2 + ${dy}^2 = ${sq}$, and $\\sqrt{${sq}} ${exact ? '=' : '\\approx'} ${d}$.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(dx + dy),
        feedback: 'That is the path along the grid: across, then up. The straight segment is shorter.',
        misconception: countsSteps,
        tutorMove: `Ask: "Going ${dx} across and ${dy} up is ${dx + dy}. Is the straight line shorter or longer?"`,
      }),
      wrongAnswer({
        match: String(sq),
        feedback: `You have the square of the distance. Take the square root of ${sq}.`,
        misconception: forgetsSquareRoot,
        tutorMove: `Ask: "Can the distance be ${sq} when the legs are only ${dx} and ${dy}?"`,
      }),
    ],
  };
}

const distanceTemplate = template({
  id: 'g8-g-b-distance-points',
  skill: distance,
  count: 36,
  generate: (r) => {
    let [dx, dy] = [r.int(1, 9), r.int(1, 9)];
    if (r.pick([true, false])) {
      const [p, q, h] = r.pick(TRIPLES.slice(0, 3));
      const k = h === 5 ? r.int(1, 3) : 1;
      [dx, dy] = r.pick([true, false]) ? [p * k, q * k] : [q * k, p * k];
    }
    r.require(dx > 0 && dy > 0 && dx * dx + dy * dy > dx + dy + 1, 'a slanted segment');
    const x1 = r.int(-6, 6);
    const y1 = r.int(-6, 6);
    return distanceBody(x1, y1, x1 + r.pick([-1, 1]) * dx, y1 + r.pick([-1, 1]) * dy);
  },
});

export const converse = curriculumSkill({
  id: 'g8-g-b-converse',
  title: 'Decide whether a triangle is a right triangle',
  standards: ['8.G.B.6'],
  tutor: {
    summary:
      'The converse of the Pythagorean theorem: if the squares of the two shorter sides add up to the square of the longest side, the triangle is a right triangle; if not, it is not.',
    mastery:
      'The student squares the two shorter sides, adds, compares with the square of the longest side, and states the conclusion with that reason.',
    watchFor: ['Adding the sides instead of the squares.', 'Deciding from how the numbers look.'],
    talkMoves: ['"Which side would be the hypotenuse?"', '"Show me the two numbers you compared."'],
    workedExample: {
      problem: 'Is a triangle with sides 5, 6 and 8 a right triangle?',
      steps: ['$5^2 + 6^2 = 25 + 36 = 61$', '$8^2 = 64$', '$61 \\ne 64$, so it is not a right triangle.'],
    },
  },
});

/** Sides a ≤ b < c; `order` is the order of the four statements. */
function converseBody(a: number, b: number, c: number, order: readonly number[]) {
  const right = a * a + b * b === c * c;
  const tag = `${a}-${b}-${c}`;
  const statements: { id: string; text: string }[] = [
    { id: `sq-yes-${tag}`, text: `Yes, because $${a}^2 + ${b}^2 = ${c}^2$` },
    { id: `sq-no-${tag}`, text: `No, because $${a}^2 + ${b}^2 \\ne ${c}^2$` },
    { id: `sum-yes-${tag}`, text: `Yes, because $${a} + ${b} > ${c}$` },
    { id: `sum-no-${tag}`, text: `No, because $${a} + ${b} \\ne ${c}$` },
  ];
  const [sqYes, sqNo, sumYes, sumNo] = statements.map((s) => s.id) as [string, string, string, string];
  const squares = `$${a}^2 + ${b}^2 = ${a * a} + ${b * b} = ${a * a + b * b}$ and $${c}^2 = ${c * c}$`;
  const sides = [a, b, c];
  const shown = order
    .filter((i) => i < 3)
    .map((i) => sides[i])
    .join(', ');
  return {
    stem: `A triangle has sides of length ${shown}. Is it a right triangle? Choose the answer with the correct reason.`,
    answer: choice({
      options: order.map((i) => statements[i] ?? { id: sqYes, text: '' }),
      correct: [right ? sqYes : sqNo],
    }),
    params: { a, b, c },
    hints: [
      hint(`If it is a right triangle, the longest side, ${c}, is the hypotenuse.`),
      hint(`Compare $${a}^2 + ${b}^2$ with $${c}^2$.`),
      bottomOut(
        `${squares}. ${right ? 'They are equal, so it is a right triangle.' : 'They are not equal, so it is not a right triangle.'}`,
      ),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: [right ? sqNo : sqYes],
        feedback: right
          ? `Check your squares: $${a}^2$ means $${a} \\times ${a}$, not $${a} \\times 2$.`
          : 'Check the squares, not how the numbers look: are the two sums really equal?',
        misconception: right ? doublesSquares : looksLikeTriple,
        tutorMove: `Ask the student to write $${a}^2$, $${b}^2$ and $${c}^2$ as numbers before deciding.`,
      }),
      wrongAnswer({
        match: [sumYes],
        feedback:
          'Every triangle has two short sides that add to more than the long side. That does not show a right angle.',
        misconception: anyTriangleIsRight,
        tutorMove:
          'Ask: "Can you draw a triangle that is not right whose short sides still add to more than the long side?"',
      }),
      wrongAnswer({
        match: [sumNo],
        feedback: 'The test for a right triangle uses the squares of the sides, not the sides.',
        misconception: addsLegs,
        tutorMove: `Ask: "What does the Pythagorean theorem say about ${a}, ${b} and ${c}? Where are the squares?"`,
      }),
    ],
  };
}

const converseTemplate = template({
  id: 'g8-g-b-converse-test',
  skill: converse,
  count: 36,
  generate: (r) => {
    const [p, q, h] = r.pick(TRIPLES.slice(0, 4));
    const k = h === 5 ? r.int(1, 6) : h === 13 ? r.int(1, 2) : 1;
    const kind = r.pick(['right', 'right', 'shifted', 'near'] as const);
    let [a, b, c] = [p * k, q * k, h * k];
    const d = r.int(1, 2);
    if (kind === 'shifted') [a, b, c] = [a + d, b + d, c + d];
    if (kind === 'near' && d === 1) c += r.pick([-1, 1]);
    if (kind === 'near' && d === 2) a += r.pick([-1, 1]);
    r.require(a + b > c && b < c, 'a triangle whose longest side is c');
    return converseBody(a, b, c, r.shuffle([0, 1, 2, 3]));
  },
});

export default cluster({
  code: '8.G.B',
  strand: 'measurement-geometry',
  title: 'The Pythagorean theorem',
  skills: [
    { skill: missingSide, pool: [sideTemplate] },
    { skill: distance, pool: [distanceTemplate] },
    { skill: converse, pool: [converseTemplate] },
  ],
  check: [
    problem({ id: 'g8-g-b-check-1', skill: missingSide, ...sideBody('hyp', 9, 12, 15) }),
    problem({ id: 'g8-g-b-check-2', skill: missingSide, ...sideBody('ladder', 5, 12, 13) }),
    problem({ id: 'g8-g-b-check-3', skill: distance, ...distanceBody(-2, 1, 4, 9) }),
    problem({ id: 'g8-g-b-check-4', skill: converse, ...converseBody(6, 8, 10, [2, 0, 3, 1]) }),
    problem({ id: 'g8-g-b-check-5', skill: converse, ...converseBody(5, 6, 8, [1, 3, 0, 2]) }),
  ],
  warmUp: [
    problem({ id: 'g8-g-b-warm-up-1', skill: missingSide, ...sideBody('hyp', 3, 4, 5) }),
    problem({ id: 'g8-g-b-warm-up-2', skill: missingSide, ...sideBody('diagonal', 8, 6, 10) }),
  ],
  exitTicket: [problem({ id: 'g8-g-b-exit-1', skill: distance, ...distanceBody(1, -3, 6, 9) })],
  scripts: SCRIPTS,
});
