/** 6.NS.C — Apply and extend previous understandings of numbers to the system of rational numbers. */
import {
  answerText,
  bottomOut,
  cluster,
  curriculumSkill,
  frac,
  hint,
  numeric,
  type ProblemBody,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import {
  barsAsParentheses,
  comparesSizes,
  countsPoints,
  distanceIgnoresSigns,
  dropsSign,
  ignoresBars,
  keepsSign,
  must,
  type Need,
  negativesLikeWholeNumbers,
  oppositeAsReciprocal,
} from './shared.js';

type Body = ProblemBody<never>;

// ---------------------------------------------------------------- opposites and absolute value

export const oppositesAbsolute = curriculumSkill({
  id: 'g6-ns-c-opposites-absolute-value',
  title: 'Find opposites and absolute values',
  standards: ['6.NS.C.6a', '6.NS.C.7c'],
  tutor: {
    summary:
      'Opposites are the same distance from 0 on opposite sides: 5 and $-5$. The absolute value $|a|$ is the distance of $a$ from 0, so it is never negative.',
    mastery:
      'The student points to both numbers on a number line, says "the same distance from zero", and works out what is inside each pair of bars before combining.',
    watchFor: [
      'Giving the reciprocal ($\\frac{1}{5}$) for the opposite of 5.',
      'Ignoring the absolute value bars, or combining the numbers before taking absolute values.',
    ],
    talkMoves: [
      '"How far from zero is it? Show me on the number line."',
      '"What is inside each pair of bars? Work that out first."',
    ],
    workedExample: {
      problem: '$|-9| + |4|$',
      steps: ['$-9$ is 9 units from 0, so $|-9| = 9$.', '$|4| = 4$.', '$9 + 4 = 13$'],
    },
  },
});

/** `opp`: the opposite of a. `sum`: |a| + |b|. `diff`: |a| − |b|. In sum and diff, a < 0 < b. */
function absoluteBody(shape: 'opp' | 'sum' | 'diff', a: number, b: number, need: Need): Body {
  if (shape === 'opp') {
    need(Math.abs(a) >= 2, 'not 1 or −1');
    const side = a < 0 ? 'left' : 'right';
    return {
      stem: `What is the opposite of $${a}$?`,
      answer: numeric({ value: String(-a), forms: ['integer'] }),
      params: { shape, a, b },
      hints: [
        hint(`Opposites are the same distance from 0, on opposite sides. How far is $${a}$ from 0?`),
        hint(`$${a}$ is ${Math.abs(a)} units to the ${side} of 0. Go ${Math.abs(a)} units the other way.`),
        bottomOut(`The opposite of $${a}$ is $${-a}$.`),
      ],
      wrongAnswers: [
        wrongAnswer({
          match: String(a),
          feedback: `That is the same number. Its opposite is on the other side of 0.`,
          misconception: keepsSign,
          tutorMove: `Ask the student to point to $${a}$ on a number line, then to the number just as far from 0 on the other side.`,
        }),
        wrongAnswer({
          match: answerText(frac(1, a)),
          feedback: `You flipped it into a fraction: that is the reciprocal. The opposite keeps the same size and changes the side of 0.`,
          misconception: oppositeAsReciprocal,
          tutorMove: `Ask: "Is $\\frac{1}{${Math.abs(a)}}$ as far from 0 as $${a}$? What number is?"`,
        }),
      ],
    };
  }
  need(a < 0 && b > 0, 'a negative, b positive');
  const [x, y] = [Math.abs(a), b];
  const answer = shape === 'sum' ? x + y : x - y;
  const ignored = shape === 'sum' ? a + b : a - b;
  const combined = Math.abs(ignored);
  need(new Set([answer, ignored, combined]).size === 3, 'wrong answers differ');
  const op = shape === 'sum' ? '+' : '-';
  return {
    stem: `Find the value: $|${a}| ${op} |${b}|$`,
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { shape, a, b },
    hints: [
      hint(`Work out each absolute value first: how far from 0 is $${a}$? How far is ${b}?`),
      hint(`$|${a}| = ${x}$ and $|${b}| = ${y}$. Now ${shape === 'sum' ? 'add' : 'subtract'}.`),
      bottomOut(`$${x} ${op} ${y} = ${answer}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: String(ignored),
        feedback: `You worked with $${a}$ as it is. The bars ask for its distance from 0 first, and a distance is never negative.`,
        misconception: ignoresBars,
        tutorMove: `Ask: "What does $|${a}|$ mean? How far from 0 is $${a}$?"`,
      }),
      wrongAnswer({
        match: String(combined),
        feedback: `You combined the numbers first and then took the absolute value. Each number has its own bars: find each one first.`,
        misconception: barsAsParentheses,
        tutorMove: `Ask the student to cover one pair of bars with a finger and say what the other one equals.`,
      }),
    ],
  };
}

const absoluteTemplate = template({
  id: 'g6-ns-c-absolute-value',
  skill: oppositesAbsolute,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['opp', 'sum', 'diff'] as const);
    const a = shape === 'opp' ? r.pick([-1, 1]) * r.int(2, 40) : -r.int(1, 20);
    return absoluteBody(shape, a, r.int(1, 20), r.require);
  },
});

// ---------------------------------------------------------------- ordering

export const orderRationals = curriculumSkill({
  id: 'g6-ns-c-order-rational-numbers',
  title: 'Compare and order positive and negative numbers',
  standards: ['6.NS.C.7a', '6.NS.C.7b'],
  tutor: {
    summary:
      'On a number line, numbers grow to the right. Every negative number is less than 0 and every positive number; among negatives, the one FARTHER from 0 is LESS: $-8 < -3$.',
    mastery:
      'The student places the numbers on a number line, reads them from left to right, and explains "$-8$ is colder than $-3$".',
    watchFor: [
      'Choosing $-9$ as the greatest because 9 is big.',
      'Thinking $-3$ is less than $-8$ because 3 is less than 8.',
    ],
    talkMoves: [
      '"Put them on a number line. Which is farthest to the left?"',
      '"Which is colder, $-8$ degrees or $-3$ degrees?"',
    ],
    workedExample: {
      problem: 'Which is the least: $-3$, $5$, $-8$, $0$?',
      steps: [
        'On a number line from left to right: $-8$, $-3$, $0$, $5$.',
        'The least is the one farthest left.',
        '$-8$',
      ],
    },
  },
});

const ORDER_CONTEXTS: readonly [(list: string) => string, string, string][] = [
  [(list) => `Look at these numbers: ${list}.`, 'Which number is the least?', 'Which number is the greatest?'],
  [
    (list) => `The low temperatures on four winter days were ${list}, in degrees Fahrenheit.`,
    'Which temperature was the coldest?',
    'Which temperature was the warmest?',
  ],
  [
    (list) => `Four places have elevations of ${list} meters, compared with sea level.`,
    'Which elevation is the lowest?',
    'Which elevation is the highest?',
  ],
];

/** Four numbers; `ask` is the least or the greatest. */
function orderBody(c: number, n1: number, n2: number, n3: number, n4: number, ask: 'least' | 'greatest', need: Need) {
  const ns = [n1, n2, n3, n4];
  need(new Set(ns).size === 4 && ns.filter((n) => n < 0).length >= 2, 'four numbers, two negatives');
  const sorted = [...ns].sort((p, q) => p - q);
  const bySize = [...ns].sort((p, q) => Math.abs(p) - Math.abs(q) || p - q);
  const [story, least, greatest] = ORDER_CONTEXTS[c] as [(list: string) => string, string, string];
  const list = ns.map((n) => `$${n}$`).join(', ');
  const line = sorted.map((n) => `$${n}$`).join(', ');
  const answer = ask === 'least' ? (sorted[0] as number) : (sorted[3] as number);
  const wrong1 = ask === 'least' ? (bySize[0] as number) : (bySize[3] as number);
  const wrong2 = ask === 'least' ? Math.max(...ns.filter((n) => n < 0)) : Math.abs(wrong1);
  need(new Set([answer, wrong1, wrong2]).size === 3 && wrong1 < 0 === (ask === 'greatest'), 'wrong answers differ');
  const body: Body = {
    stem: `${story(list)} ${ask === 'least' ? least : greatest}`,
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { c, n1, n2, n3, n4, ask },
    hints: [
      hint(`Picture a number line: numbers get ${ask === 'least' ? 'smaller to the left' : 'bigger to the right'}.`),
      hint(
        `Every negative number is left of 0. Among negatives, the one farther from 0 is farther left. Place all four.`,
      ),
      bottomOut(`From left to right: ${line}. The ${ask} is $${answer}$.`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: String(wrong1),
        feedback:
          ask === 'least'
            ? `$${wrong1}$ is closest to 0, but that does not make it the least. Think about where each number sits on the number line.`
            : `$${wrong1}$ is far from 0, but on the LEFT side. Far left means less, not greater.`,
        misconception: comparesSizes,
        tutorMove: `Ask: "Which is colder, $${wrong1}$ degrees or $${answer}$ degrees?"`,
      }),
      wrongAnswer({
        match: String(wrong2),
        feedback:
          ask === 'least'
            ? `Among the negatives, $${wrong2}$ is the closest to 0, so it is the GREATEST negative, not the least.`
            : `Check the sign: the number in the list is $${-wrong2}$, not ${wrong2}.`,
        misconception: ask === 'least' ? negativesLikeWholeNumbers : dropsSign,
        tutorMove:
          ask === 'least'
            ? `Ask the student to put $${wrong2}$ and $${answer}$ on a number line and say which is farther left.`
            : `Ask the student to read each number in the list aloud, sign included.`,
      }),
    ],
  };
  return body;
}

const orderTemplate = template({
  id: 'g6-ns-c-order-numbers',
  skill: orderRationals,
  count: 36,
  generate: (r) => {
    const ask = r.pick(['least', 'greatest'] as const);
    const negatives = r.int(2, 3);
    const ns = [0, 1, 2, 3].map((i) => (i < negatives ? -r.int(1, 25) : r.int(1, 15)));
    const [n1, n2, n3, n4] = r.shuffle(ns) as [number, number, number, number];
    return orderBody(r.int(0, ORDER_CONTEXTS.length - 1), n1, n2, n3, n4, ask, r.require);
  },
});

// ---------------------------------------------------------------- distance on the coordinate plane

export const coordinateDistance = curriculumSkill({
  id: 'g6-ns-c-coordinate-distance',
  title: 'Find distances between points on the coordinate plane',
  standards: ['6.NS.C.8', '6.NS.C.6c'],
  tutor: {
    summary:
      'When two points share an $x$ or a $y$ coordinate, the distance between them is along one line. If they are on opposite sides of an axis, add the distances to the axis; on the same side, subtract.',
    mastery:
      'The student plots both points, counts the units (not the dots) between them, and checks with absolute values: from $-3$ to 5 is $3 + 5 = 8$.',
    watchFor: ['Subtracting 3 from 5 for the distance from $-3$ to 5.', 'Counting grid points, both ends included.'],
    talkMoves: [
      '"How far is each point from the axis? Are they on the same side or on opposite sides?"',
      '"Count the jumps, not the dots. How many jumps?"',
    ],
    workedExample: {
      problem: 'How far apart are $(-3, 4)$ and $(5, 4)$?',
      steps: [
        'Same $y$, so the distance is along a horizontal line.',
        '$-3$ is 3 units left of the $y$-axis and 5 is 5 units right: opposite sides, so add.',
        '$3 + 5 = 8$ units',
      ],
    },
  },
});

const DISTANCE_STORIES: readonly [(p: string, q: string) => string, string][] = [
  [(p, q) => `Point $A$ is at $${p}$ and point $B$ is at $${q}$. How many units apart are $A$ and $B$?`, 'units'],
  [
    (p, q) =>
      `On a town map, the library is at $${p}$ and the pool is at $${q}$. Each unit is one block. How many blocks apart are they?`,
    'blocks',
  ],
  [
    (p, q) =>
      `In a video game, Mia's character stands at $${p}$ and a coin is at $${q}$. How many units does she move to reach the coin in a straight line?`,
    'units',
  ],
];

/** Points (u, w) and (v, w) when `line` is horizontal, else (w, u) and (w, v). */
function distanceBody(c: number, u: number, v: number, w: number, line: 'h' | 'v', need: Need): Body {
  need(u !== v && u !== 0 && v !== 0, 'two different points off the axis');
  const answer = Math.abs(u - v);
  const opposite = u < 0 !== v < 0;
  const bySize = opposite ? Math.abs(Math.abs(u) - Math.abs(v)) : Math.abs(u) + Math.abs(v);
  need(new Set([answer, bySize, answer + 1]).size === 3, 'wrong answers differ');
  const [story, unit] = DISTANCE_STORIES[c] as [(p: string, q: string) => string, string];
  const p = line === 'h' ? `(${u}, ${w})` : `(${w}, ${u})`;
  const q = line === 'h' ? `(${v}, ${w})` : `(${w}, ${v})`;
  const [same, axis, coord] = line === 'h' ? ['y', 'y', 'x'] : ['x', 'x', 'y'];
  return {
    stem: story(p, q),
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { c, u, v, w, line },
    hints: [
      hint(
        `Both points have the same $${same}$-coordinate, so compare the $${coord}$-coordinates, $${u}$ and $${v}$. Are they on the same side of the $${axis}$-axis?`,
      ),
      hint(
        opposite
          ? `They are on opposite sides: $|${u}| = ${Math.abs(u)}$ and $|${v}| = ${Math.abs(v)}$. The distance crosses the axis, so add.`
          : `They are on the same side: $|${u}| = ${Math.abs(u)}$ and $|${v}| = ${Math.abs(v)}$. Subtract the smaller distance from the larger.`,
      ),
      bottomOut(
        opposite
          ? `$${Math.abs(u)} + ${Math.abs(v)} = ${answer}$ ${unit}`
          : `$${Math.max(Math.abs(u), Math.abs(v))} - ${Math.min(Math.abs(u), Math.abs(v))} = ${answer}$ ${unit}`,
      ),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: String(bySize),
        feedback: opposite
          ? `The points are on opposite sides of the $${axis}$-axis, so the path crosses it. Should the two distances be subtracted?`
          : `Both points are on the same side of the $${axis}$-axis. Does the path go all the way to the axis and back?`,
        misconception: distanceIgnoresSigns,
        tutorMove: `Ask the student to plot $${p}$ and $${q}$ and trace the path with a finger: does it cross the axis?`,
      }),
      wrongAnswer({
        match: String(answer + 1),
        feedback: `Count the jumps between the points, not the grid marks: the first mark is where you start.`,
        misconception: countsPoints,
        tutorMove: `Ask: "From 0 to 2, how many jumps? How many marks?" Then count the jumps from $${u}$ to $${v}$.`,
      }),
    ],
  };
}

const distanceTemplate = template({
  id: 'g6-ns-c-distance',
  skill: coordinateDistance,
  count: 36,
  generate: (r) => {
    const u = -r.int(1, 12);
    const v = r.pick([1, 1, 1, -1]) * r.int(1, 12);
    const [first, second] = r.pick([true, false]) ? [u, v] : [v, u];
    return distanceBody(r.int(0, 2), first, second, r.int(-9, 9), r.pick(['h', 'v'] as const), r.require);
  },
});

// ---------------------------------------------------------------- the cluster

/** A fixed problem on opposites and absolute values; later clusters warm up with it. */
export const absoluteProblem = (id: string, shape: 'opp' | 'sum' | 'diff', a: number, b: number) =>
  problem({ id, skill: oppositesAbsolute, ...absoluteBody(shape, a, b, must) });
const fixedOrder = (id: string, c: number, ns: [number, number, number, number], ask: 'least' | 'greatest') =>
  problem({ id, skill: orderRationals, ...orderBody(c, ...ns, ask, must) });
const fixedDistance = (id: string, c: number, u: number, v: number, w: number, line: 'h' | 'v') =>
  problem({ id, skill: coordinateDistance, ...distanceBody(c, u, v, w, line, must) });

export default cluster({
  code: '6.NS.C',
  strand: 'negative-numbers',
  title: 'Negative numbers, absolute value and the coordinate plane',
  skills: [
    { skill: oppositesAbsolute, pool: [absoluteTemplate] },
    { skill: orderRationals, pool: [orderTemplate] },
    { skill: coordinateDistance, pool: [distanceTemplate] },
  ],
  check: [
    absoluteProblem('g6-ns-c-check-1', 'opp', -12, 0),
    absoluteProblem('g6-ns-c-check-2', 'sum', -6, 4),
    fixedOrder('g6-ns-c-check-3', 1, [-2, 4, -9, 1], 'least'),
    fixedOrder('g6-ns-c-check-4', 0, [-15, 3, -4, 7], 'greatest'),
    fixedDistance('g6-ns-c-check-5', 0, -3, 5, 4, 'h'),
  ],
  warmUp: [
    absoluteProblem('g6-ns-c-warm-up-1', 'opp', 7, 0),
    absoluteProblem('g6-ns-c-warm-up-2', 'opp', -4, 0),
    absoluteProblem('g6-ns-c-warm-up-3', 'opp', 15, 0),
  ],
  exitTicket: [
    fixedOrder('g6-ns-c-exit-1', 2, [-5, -30, 1, -2], 'least'),
    fixedDistance('g6-ns-c-exit-2', 1, 2, -6, -1, 'v'),
  ],
  scripts: {
    warmUp: 'Three opposites to start. Show me each pair on the number line strip.',
    practice: 'Work on your own; I will come around. Sketch a number line before you answer.',
    check: 'Five problems, no hints from me. Use the number line on your desk if it helps.',
    exitTicket: 'Two last problems. Then tell me: which is less, $-10$ or $-1$, and how do you know?',
  },
});
