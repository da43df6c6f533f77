/** 8.EE.B — Understand the connections between proportional relationships, lines, and linear equations. */
import {
  bottomOut,
  cluster,
  curriculumSkill,
  expression,
  hint,
  numeric,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import { fixed as fixed6c } from './6-ee-c.js';
import {
  additiveRelation,
  fixedNeed,
  linAscii,
  linTex,
  type Need,
  ratio,
  ratioTex,
  runOverRise,
  SCRIPTS,
  signedAscii,
  slopeSign,
  swapsSlopeIntercept,
  term,
} from './shared.js';

// ---- Skill 1: slope and unit rate ---------------------------------------------------------------------

export const slope = curriculumSkill({
  id: 'g8-ee-b-slope',
  title: 'Find slope from two points or a unit rate',
  standards: ['8.EE.B.5', '8.EE.B.6'],
  tutor: {
    summary:
      'Slope is rise over run: the change in $y$ divided by the change in $x$, subtracting in the same order on top and bottom. For a proportional relationship, the slope is the unit rate.',
    mastery:
      'The student finds both changes in the same order, puts the change in $y$ on top, and says what the slope means in the story.',
    watchFor: [
      'Run over rise: the change in $x$ on top.',
      'Subtracting in one order on top and the other order on the bottom.',
    ],
    talkMoves: [
      '"Going from the first point to the second: how far up or down? How far across?"',
      '"Does the line go up or down from left to right? So is the slope positive or negative?"',
      '"How many miles for ONE hour? That is the unit rate."',
    ],
    workedExample: {
      problem: 'Find the slope through $(1, 2)$ and $(4, 11)$.',
      steps: ['Change in $y$: $11 - 2 = 9$. Change in $x$: $4 - 1 = 3$.', 'Slope $= \\frac{9}{3} = 3$.'],
    },
  },
});

const RATES = [
  { x: 'hours', unit: 'hour', y: 'miles', per: 'miles per hour' },
  { x: 'pounds', unit: 'pound', y: 'dollars', per: 'dollars per pound' },
  { x: 'minutes', unit: 'minute', y: 'liters', per: 'liters per minute' },
  { x: 'days', unit: 'day', y: 'pages', per: 'pages per day' },
] as const;

interface SlopeParams {
  readonly shape: 'points' | 'rate';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly context: number;
}

function slopeBody(p: SlopeParams, need: Need) {
  const { shape, x1, y1, x2, y2, context } = p;
  const dx = x2 - x1;
  const dy = y2 - y1;
  need(dx !== 0 && dy !== 0 && Math.abs(dx) !== Math.abs(dy), 'a slope with distinct wrong answers');
  const answer = ratio(dy, dx);
  const flipped = ratio(dx, dy);
  if (shape === 'rate') {
    const c = RATES[context] ?? RATES[0];
    const diff = String(y2 - x2);
    need(x1 === 0 && y1 === 0 && diff !== answer && diff !== flipped, 'proportional, wrong answers differ');
    return {
      stem: `The graph of a proportional relationship goes through $(0, 0)$ and $(${x2}, ${y2})$, where $x$ is ${c.x} and $y$ is ${c.y}. What is the unit rate, in ${c.per}?`,
      answer: numeric({ value: answer, forms: ['integer', 'fraction', 'decimal', 'mixed'] }),
      params: { ...p },
      hints: [
        hint(`The unit rate is how many ${c.y} for one ${c.unit}. It is the slope of the graph.`),
        hint(`${y2} ${c.y} for ${x2} ${c.x}. Divide to find the ${c.y} for 1.`),
        bottomOut(`$\\frac{${y2}}{${x2}} = ${ratioTex(y2, x2)}$ ${c.per}.`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: flipped,
          feedback: `That is ${c.x} per ${c.y.replace(/s$/, '')}. The question asks for ${c.per}: ${c.y} on top.`,
          misconception: runOverRise,
          tutorMove: `Ask: "We want ${c.y} for each ${c.unit}. Which number goes on top?"`,
        }),
        wrongAnswer({
          match: diff,
          feedback: `A rate compares by dividing, not subtracting. How many ${c.y} go with one ${c.unit}?`,
          misconception: additiveRelation,
          tutorMove: `Ask: "If it were 2 ${c.x}, how would the ${c.y} change? Is that adding or multiplying?"`,
        }),
      ],
    };
  }
  return {
    stem: `Find the slope of the line through $(${x1}, ${y1})$ and $(${x2}, ${y2})$.`,
    answer: numeric({ value: answer, forms: ['integer', 'fraction', 'decimal', 'mixed'] }),
    params: { ...p },
    hints: [
      hint('Slope is the change in $y$ divided by the change in $x$. Subtract in the same order, top and bottom.'),
      hint(
        `Change in $y$: $${y2} - ${y1 < 0 ? `(${y1})` : y1} = ${dy}$. Change in $x$: $${x2} - ${x1 < 0 ? `(${x1})` : x1} = ${dx}$.`,
      ),
      bottomOut(`Slope $= \\frac{${dy}}{${dx}} = ${ratioTex(dy, dx)}$`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: flipped,
        feedback: 'The change in $y$ (rise) goes on top, the change in $x$ (run) on the bottom.',
        misconception: runOverRise,
        tutorMove: 'Ask: "Which change is the rise, up and down? Which goes on top of the fraction?"',
      }),
      wrongAnswer({
        match: ratio(-dy, dx),
        feedback: 'Check the sign. Did you subtract in the same order on the top and on the bottom?',
        misconception: slopeSign,
        tutorMove: `Ask: "Plot the two points. Does the line go up or down from left to right? So what sign should the slope have?"`,
      }),
    ],
  };
}

const slopeTemplate = template({
  id: 'g8-ee-b-slope-find',
  skill: slope,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['points', 'points', 'rate'] as const);
    if (shape === 'rate') {
      const x2 = r.int(2, 8);
      return slopeBody(
        { shape, x1: 0, y1: 0, x2, y2: x2 * r.int(2, 15), context: r.int(0, RATES.length - 1) },
        r.require,
      );
    }
    return slopeBody(
      { shape, x1: r.int(-5, 5), y1: r.int(-6, 9), x2: r.int(-5, 8), y2: r.int(-6, 12), context: 0 },
      r.require,
    );
  },
});

// ---- Skill 2: y = mx + b from two points ------------------------------------------------------------

export const lineEquation = curriculumSkill({
  id: 'g8-ee-b-line-equation',
  title: 'Write y = mx + b for a line through two points',
  standards: ['8.EE.B.6'],
  tutor: {
    summary:
      'In $y = mx + b$, $m$ is the slope (rise over run) and $b$ is where the line crosses the $y$-axis (the value of $y$ when $x = 0$).',
    mastery: 'The student finds the slope first, then $b$, and checks the equation with both points.',
    watchFor: ['Swapping the slope and the $y$-intercept.', 'Using run over rise for the slope.'],
    talkMoves: [
      '"What is $y$ when $x$ is 0? Where do you see that?"',
      '"Put the second point into your equation. Does it work?"',
    ],
    workedExample: {
      problem: 'Write the equation of the line through $(0, 3)$ and $(2, 7)$.',
      steps: [
        'Slope: $\\frac{7 - 3}{2 - 0} = 2$.',
        'At $x = 0$, $y = 3$, so $b = 3$.',
        '$y = 2x + 3$. Check: $2(2) + 3 = 7$.',
      ],
    },
  },
});

interface LineParams {
  readonly m: number;
  readonly b: number;
  readonly x1: number;
  readonly run: number;
}

function lineBody(p: LineParams, need: Need) {
  const { m, b, x1, run } = p;
  const x2 = x1 + run;
  const [y1, y2] = [m * x1 + b, m * x2 + b];
  need(Math.abs(m) >= 2 && b !== 0 && b !== m && run > 0, 'distinct wrong answers');
  const answer = linAscii(m, 'x', b);
  const swapped = `${term(b, 'x')}${signedAscii(m)}`;
  const flipped = `${m < 0 ? '-' : ''}1/${Math.abs(m)}*x${signedAscii(b)}`;
  return {
    stem: `A line goes through $(${x1}, ${y1})$ and $(${x2}, ${y2})$. Its equation is $y = mx + b$. Type the expression $mx + b$, with the numbers filled in.`,
    answer: expression({ value: answer, variables: ['x'] }),
    params: { ...p },
    hints: [
      hint('Find the slope $m$ first: change in $y$ over change in $x$.'),
      hint(
        x1 === 0
          ? `The slope is $\\frac{${y2 - y1}}{${run}} = ${m}$. The point $(0, ${y1})$ is on the $y$-axis: what is $b$?`
          : `The slope is $\\frac{${y2 - y1}}{${run}} = ${m}$. Find $b$ from one point: $${y1} = ${m}(${x1}) + b$.`,
      ),
      bottomOut(
        `$m = ${m}$ and $b = ${b}$, so $y = ${linTex(m, 'x', b)}$. Check: $${m}(${x2})${b < 0 ? ` - ${-b}` : ` + ${b}`} = ${y2}$.`,
      ),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: swapped,
        feedback:
          'The slope multiplies $x$; the $y$-intercept is added on its own. Check your equation with one of the points.',
        misconception: swapsSlopeIntercept,
        tutorMove: `Ask: "Put $x = ${x2}$ into your equation. Do you get ${y2}?"`,
      }),
      wrongAnswer({
        match: flipped,
        feedback: 'Your slope is upside down: change in $y$ goes on top.',
        misconception: runOverRise,
        tutorMove: `Ask: "From one point to the other, how far up or down? How far across? Which goes on top?"`,
      }),
    ],
  };
}

const lineTemplate = template({
  id: 'g8-ee-b-line',
  skill: lineEquation,
  count: 36,
  generate: (r) =>
    lineBody(
      {
        m: r.pick([-1, 1]) * r.int(2, 5),
        b: r.int(-9, 9),
        x1: r.pick([0, 0, r.int(-3, 4)]),
        run: r.int(1, 4),
      },
      r.require,
    ),
});

export const fixed = {
  slope: (id: string, p: SlopeParams) => problem({ id, skill: slope, ...slopeBody(p, fixedNeed) }),
  line: (id: string, p: LineParams) => problem({ id, skill: lineEquation, ...lineBody(p, fixedNeed) }),
};

export default cluster({
  code: '8.EE.B',
  strand: 'expressions-equations',
  title: 'Slope, proportional relationships and y = mx + b',
  skills: [
    { skill: slope, pool: [slopeTemplate] },
    { skill: lineEquation, pool: [lineTemplate] },
  ],
  check: [
    fixed.slope('g8-ee-b-check-1', { shape: 'points', x1: 1, y1: 2, x2: 3, y2: 8, context: 0 }),
    fixed.slope('g8-ee-b-check-2', { shape: 'points', x1: -2, y1: 5, x2: 2, y2: -1, context: 0 }),
    fixed.slope('g8-ee-b-check-3', { shape: 'rate', x1: 0, y1: 0, x2: 3, y2: 135, context: 0 }),
    fixed.line('g8-ee-b-check-4', { m: 2, b: 3, x1: 0, run: 2 }),
    fixed.line('g8-ee-b-check-5', { m: -3, b: 4, x1: 1, run: 2 }),
  ],
  // A rule from a table is the first step towards a line's equation.
  warmUp: [
    fixed6c.table('g8-ee-b-warm-up-1', { shape: 'times', k: 5, s: 1, step: 1 }),
    fixed6c.table('g8-ee-b-warm-up-2', { shape: 'plus', k: 4, s: 1, step: 2 }),
  ],
  exitTicket: [fixed.line('g8-ee-b-exit-1', { m: 4, b: -2, x1: 0, run: 1 })],
  scripts: SCRIPTS,
});
