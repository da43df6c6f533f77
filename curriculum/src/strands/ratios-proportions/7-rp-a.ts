/** 7.RP.A — Analyze proportional relationships and use them to solve problems. */
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
  simplify,
  template,
  wrongAnswer,
} from '../../kit.js';
import { unitRateProblem } from './6-rp-a.js';
import { fixedChange, fixedPrice, percentPool, percentProblems } from './7-rp-a-percent.js';
import { additiveReasoning, decimalText, dividesBackwards, multipliesRates, must, type Need } from './shared.js';

type Body = ProblemBody<never>;

// ---------------------------------------------------------------- unit rates with fractions

export const fractionRates = curriculumSkill({
  id: 'g7-rp-a-fraction-unit-rate',
  title: 'Find a unit rate from fractions',
  standards: ['7.RP.A.1'],
  tutor: {
    summary:
      'A unit rate is the amount for ONE unit of the second quantity. With fractions, divide just as with whole numbers: $\\frac{1}{2}$ mile in $\\frac{1}{4}$ hour is $\\frac{1}{2} \\div \\frac{1}{4} = 2$ miles per hour.',
    mastery:
      'The student writes the rate as first amount ÷ second amount, divides fractions correctly, and checks with a double number line ("4 quarter hours make an hour").',
    watchFor: [
      'Multiplying the two fractions instead of dividing.',
      'Dividing the wrong way round (hours per mile instead of miles per hour).',
    ],
    talkMoves: [
      '"How many of those time pieces make one whole hour?"',
      '"Per hour means for ONE hour. Which quantity should end up being 1?"',
    ],
    workedExample: {
      problem: 'Lena walks $\\frac{2}{3}$ mile in $\\frac{1}{6}$ hour. How many miles per hour?',
      steps: [
        'Miles ÷ hours: $\\frac{2}{3} \\div \\frac{1}{6}$.',
        '$\\frac{2}{3} \\times \\frac{6}{1} = \\frac{12}{3} = 4$.',
        '4 miles per hour. Check: 6 sixths of an hour, each $\\frac{2}{3}$ mile, is 4 miles.',
      ],
    },
  },
});

const RATE_STORIES: readonly [(x: string, y: string) => string, string, string][] = [
  [(x, y) => `Lena walks $${x}$ mile in $${y}$ hour. How many miles does she walk in one hour?`, 'miles', 'hours'],
  [
    (x, y) => `Tomás paints $${x}$ of a wall in $${y}$ hour. How many walls can he paint in one hour?`,
    'walls',
    'hours',
  ],
  [
    (x, y) => `A recipe uses $${x}$ cup of sugar for $${y}$ of a batch. How many cups of sugar make a whole batch?`,
    'cups',
    'batches',
  ],
  [
    (x, y) => `A snail crawls $${x}$ foot in $${y}$ minute. How many feet does it crawl in one minute?`,
    'feet',
    'minutes',
  ],
  [
    (x, y) => `A hose fills $${x}$ of a tub in $${y}$ minute. How many tubs does it fill in one minute?`,
    'tubs',
    'minutes',
  ],
];

/** (a/b) of the first quantity for (c/d) of the second: the rate is (a/b) ÷ (c/d). */
function fractionRateBody(s: number, a: number, b: number, c: number, d: number, need: Need): Body {
  const [story, top, per] = RATE_STORIES[s] as [(x: string, y: string) => string, string, string];
  const x = frac(a, b);
  const y = frac(c, d);
  const answer = simplify(frac(a * d, b * c));
  const flipped = answerText(frac(b * c, a * d));
  const product = answerText(frac(a * c, b * d));
  need(new Set([answerText(answer), flipped, product]).size === 3, 'wrong answers differ');
  return {
    stem: story(x.tex, y.tex),
    answer: numeric({ value: answerText(answer) }),
    params: { s, a, b, c, d },
    hints: [
      hint(`Only $${y.tex}$ of one unit gives $${x.tex}$. How many pieces of size $${y.tex}$ make ONE whole?`),
      hint(`The unit rate is ${top} ÷ ${per}: $${x.tex} \\div ${y.tex}$. Multiply by the reciprocal of $${y.tex}$.`),
      bottomOut(
        `$${x.tex} \\div ${y.tex} = ${x.tex} \\times \\frac{${d}}{${c}} = ${answer.d === 1 ? answer.n : answer.tex}$`,
      ),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: product,
        feedback: `You multiplied the two fractions. That makes the amount smaller, but one whole unit should give MORE than $${x.tex}$.`,
        misconception: multipliesRates,
        tutorMove: `Ask: "If $${y.tex}$ gives $${x.tex}$, should a whole give more or less than $${x.tex}$?"`,
      }),
      wrongAnswer({
        match: flipped,
        feedback: `You divided ${per} by ${top}. The question asks for ${top} for one of the ${per}.`,
        misconception: dividesBackwards,
        tutorMove: `Ask: "Which amount should become 1? So which one do you divide by?"`,
      }),
    ],
  };
}

const fractionRateTemplate = template({
  id: 'g7-rp-a-fraction-rate',
  skill: fractionRates,
  count: 36,
  generate: (r) => {
    const b = r.pick([2, 3, 4, 5, 6, 8]);
    const d = r.pick([2, 3, 4, 5, 6, 8, 10]);
    const x = r.fraction({ maxDenominator: b, minDenominator: b });
    const y = r.fraction({ maxDenominator: d, minDenominator: d });
    r.require(x.n * d > y.n * b || r.int(0, 3) === 0, 'mostly rates above 1');
    return fractionRateBody(r.int(0, RATE_STORIES.length - 1), x.n, b, y.n, d, r.require);
  },
});

// ---------------------------------------------------------------- constant of proportionality

export const constantOfProportionality = curriculumSkill({
  id: 'g7-rp-a-constant-of-proportionality',
  title: 'Find and use the constant of proportionality',
  standards: ['7.RP.A.2a', '7.RP.A.2b', '7.RP.A.2c'],
  tutor: {
    summary:
      'In a proportional relationship $y = kx$: every $y$ is the same number $k$ times its $x$. Find $k$ by dividing any $y$ by its $x$; use it to find missing values.',
    mastery:
      'The student divides $y$ by $x$ for two or more pairs, sees the same $k$, writes $y = kx$, and multiplies a new $x$ by $k$.',
    watchFor: ['Using the difference $y - x$ instead of the quotient.', 'Dividing $x$ by $y$ instead of $y$ by $x$.'],
    talkMoves: [
      '"Divide each y by its x. Do you always get the same number?"',
      '"Check your k: does $k$ times each x give the y in the table?"',
    ],
    workedExample: {
      problem: 'x: 2, 4, 6 and y: 5, 10, 15. Find $k$ in $y = kx$.',
      steps: [
        '$5 \\div 2 = 2.5$, $10 \\div 4 = 2.5$, $15 \\div 6 = 2.5$.',
        'The same every time: $k = 2.5$.',
        '$y = 2.5x$',
      ],
    },
  },
});

const TABLE_STORIES: readonly string[] = [
  'The table shows the cost $y$, in dollars, of $x$ pounds of apples.',
  'The table shows the distance $y$, in miles, a cyclist rides in $x$ hours.',
  'The table shows the number of cups of flour $y$ for $x$ batches of muffins.',
  'The table shows how many liters of water $y$ a pump moves in $x$ minutes.',
];

/** y = (h/2)·x over x1, x2, x3; `ask` is the constant itself or the y of x4. */
function proportionalBody(
  s: number,
  h: number,
  x1: number,
  x2: number,
  x3: number,
  x4: number,
  ask: 'k' | 'y',
  need: Need,
): Body {
  const ys = [x1, x2, x3, x4].map((x) => (h * x) / 2);
  need(
    ys.every((y) => Number.isInteger(y)),
    'whole-number y values',
  );
  const [y1, y2, y3, y4] = ys as [number, number, number, number];
  const k = decimalText(h, 2) as string;
  const row = (cells: (number | string)[]) => cells.join(' & ');
  const yRow = ask === 'k' ? [y1, y2, y3] : [y1, y2, y3, '?'];
  const xRow = ask === 'k' ? [x1, x2, x3] : [x1, x2, x3, x4];
  const table = `$\\begin{array}{c|${'c'.repeat(xRow.length)}} x & ${row(xRow)} \\\\ \\hline y & ${row(yRow)} \\end{array}$`;
  const [answer, additive, backwards] =
    ask === 'k' ? [k, String(y1 - x1), `${x1}/${y1}`] : [String(y4), String(y3 + (x4 - x3)), `${2 * x4}/${h}`];
  need(
    new Set([answer, additive, backwards]).size === 3 && Number(additive) !== Number(answer),
    'wrong answers differ',
  );
  return {
    stem:
      ask === 'k'
        ? `${TABLE_STORIES[s]} It is proportional. What is the constant of proportionality $k$ in $y = kx$?\n\n${table}`
        : `${TABLE_STORIES[s]} It is proportional. What is the missing value of $y$?\n\n${table}`,
    answer: numeric({ value: answer }),
    params: { s, h, x1, x2, x3, x4, ask },
    hints: [
      hint(`In a proportional table, each $y$ is the same number of times its $x$. Divide: $${y1} \\div ${x1}$.`),
      hint(
        ask === 'k'
          ? `Check another pair: $${y2} \\div ${x2}$. Is it the same?`
          : `$k = ${y1} \\div ${x1} = ${k}$. So $y = ${k}x$.`,
      ),
      bottomOut(ask === 'k' ? `$k = ${y1} \\div ${x1} = ${k}$, so $y = ${k}x$.` : `$y = ${k} \\times ${x4} = ${y4}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: additive,
        feedback:
          ask === 'k'
            ? `You found how much bigger $y$ is than $x$. Does $x + ${y1 - x1}$ give every $y$ in the table? Look for a multiplier.`
            : `You added ${x4 - x3}, the jump in $x$. In a proportional table $y$ grows ${k} times as fast as $x$.`,
        misconception: additiveReasoning,
        tutorMove: `Ask: "Try your rule on the pair ${x2} and ${y2}. Does it work?"`,
      }),
      wrongAnswer({
        match: backwards,
        feedback: `You divided $x$ by $y$. The constant $k$ in $y = kx$ is $y$ divided by $x$.`,
        misconception: dividesBackwards,
        tutorMove: `Ask: "In $y = kx$, what do you multiply $x$ by to get $y$? Check with ${x1} and ${y1}."`,
      }),
    ],
  };
}

const proportionalTemplate = template({
  id: 'g7-rp-a-constant-table',
  skill: constantOfProportionality,
  count: 36,
  generate: (r) => {
    const h = r.pick([3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 24]);
    const xs = r.shuffle([2, 3, 4, 5, 6, 8, 10, 12]).slice(0, 4);
    const [x1, x2, x3] = (xs.slice(0, 3) as number[]).sort((p, q) => p - q) as [number, number, number];
    const x4 = Math.max(x3 + r.int(1, 4), xs[3] as number);
    return proportionalBody(r.int(0, 3), h, x1, x2, x3, x4, r.pick(['k', 'y'] as const), r.require);
  },
});

// ---------------------------------------------------------------- the cluster

const fixedRate = (id: string, s: number, a: number, b: number, c: number, d: number) =>
  problem({ id, skill: fractionRates, ...fractionRateBody(s, a, b, c, d, must) });
const fixedTable = (id: string, s: number, h: number, xs: [number, number, number, number], ask: 'k' | 'y') =>
  problem({ id, skill: constantOfProportionality, ...proportionalBody(s, h, ...xs, ask, must) });

export default cluster({
  code: '7.RP.A',
  strand: 'ratios-proportions',
  title: 'Proportional relationships and percents',
  skills: [
    { skill: fractionRates, pool: [fractionRateTemplate] },
    { skill: constantOfProportionality, pool: [proportionalTemplate] },
    { skill: percentProblems, pool: percentPool },
  ],
  check: [
    fixedRate('g7-rp-a-check-1', 0, 1, 2, 1, 4),
    fixedTable('g7-rp-a-check-2', 0, 6, [1, 2, 4, 5], 'k'),
    fixedTable('g7-rp-a-check-3', 1, 5, [2, 4, 6, 10], 'y'),
    fixedPrice('g7-rp-a-check-4', 2, 40, 25),
    fixedChange('g7-rp-a-check-5', 0, 40, 25, 'increase'),
  ],
  // Warm-up on the grade 6 skill this cluster builds on: whole-number unit rates.
  warmUp: [
    unitRateProblem('g7-rp-a-warm-up-1', 1, 3, 12, 1),
    unitRateProblem('g7-rp-a-warm-up-2', 0, 4, 6, 1),
    unitRateProblem('g7-rp-a-warm-up-3', 2, 5, 8, 3),
  ],
  exitTicket: [fixedTable('g7-rp-a-exit-1', 2, 8, [1, 3, 5, 7], 'y'), fixedPrice('g7-rp-a-exit-2', 0, 50, 8)],
  scripts: {
    warmUp: 'Three quick unit rates. For each one, say out loud: "how much for ONE?"',
    practice: 'Work on your own; I will come around. Estimate before you calculate, then check against it.',
    check: 'Five problems, no hints from me. For percents, say whether the answer goes up or down.',
    exitTicket: 'Two last problems. Then tell me how you can tell a table is proportional.',
  },
});
