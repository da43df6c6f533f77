/** 7.RP.A.3 — multistep percent problems: tax, tips, discounts, markups and percent change. */
import {
  bottomOut,
  curriculumSkill,
  hint,
  numeric,
  type ProblemBody,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import {
  decimalText,
  dollars,
  must,
  type Need,
  percentAsAmount,
  percentWrongDirection,
  percentWrongWhole,
  price,
  stopsAtPercentAmount,
} from './shared.js';

type Body = ProblemBody<never>;

export const percentProblems = curriculumSkill({
  id: 'g7-rp-a-percent-problems',
  title: 'Solve multistep percent problems',
  standards: ['7.RP.A.3'],
  tutor: {
    summary:
      'Tax, tips and markups ADD a percent of the price; discounts TAKE AWAY a percent of the price. A percent change compares the change with the ORIGINAL amount.',
    mastery:
      'The student finds the percent amount, then says whether the price goes up or down and finishes the second step; for percent change, divides the change by the starting amount.',
    watchFor: [
      'Stopping after finding the tax or discount amount.',
      'Dividing the change by the new amount instead of the original one.',
    ],
    talkMoves: [
      '"Should the final price be more or less than the starting price? Why?"',
      '"What did the amount start at? That is the 100%."',
      '"Estimate first: is your answer close to your estimate?"',
    ],
    workedExample: {
      problem: 'A game costs \\$40. It is 25% off. What is the sale price?',
      steps: [
        'The discount: 25% of 40 is $\\frac{1}{4} \\times 40 = 10$.',
        'A discount makes the price go down: $40 - 10 = 30$.',
        '\\$30',
      ],
    },
  },
});

interface PriceContext {
  readonly kind: 'up' | 'down';
  readonly rates: readonly number[];
  readonly stem: (p: string, r: number) => string;
  readonly what: string;
}

const PRICE_CONTEXTS: readonly PriceContext[] = [
  {
    kind: 'up',
    rates: [5, 6, 8, 10],
    stem: (p, r) => `A jacket costs \\$${p}. The sales tax is ${r}%. What is the total cost, in dollars, with tax?`,
    what: 'tax',
  },
  {
    kind: 'up',
    rates: [10, 15, 18, 20],
    stem: (p, r) => `A meal costs \\$${p}. Jun leaves a ${r}% tip. What is the total, in dollars, with the tip?`,
    what: 'tip',
  },
  {
    kind: 'down',
    rates: [10, 15, 20, 25, 30, 40, 50],
    stem: (p, r) => `A video game costs \\$${p}. It is on sale for ${r}% off. What is the sale price, in dollars?`,
    what: 'discount',
  },
  {
    kind: 'up',
    rates: [20, 25, 40, 50, 75],
    stem: (p, r) =>
      `A store buys a lamp for \\$${p} and marks the price up by ${r}%. What is the store's price, in dollars?`,
    what: 'markup',
  },
  {
    kind: 'down',
    rates: [5, 10, 20, 25],
    stem: (p, r) => `Bikes cost \\$${p}. Club members get ${r}% off. What does a member pay, in dollars?`,
    what: 'discount',
  },
];

/** A price of `d` dollars moved up or down by r%. */
function priceBody(c: number, d: number, r: number, need: Need): Body {
  const ctx = PRICE_CONTEXTS[c] as PriceContext;
  const amount = d * r; // cents
  const up = ctx.kind === 'up';
  const answer = dollars(d * 100 + (up ? amount : -amount));
  const wrongWay = dollars(d * 100 + (up ? -amount : amount));
  const stopped = dollars(amount);
  need(new Set([answer, wrongWay, stopped]).size === 3, 'wrong answers differ');
  return {
    stem: ctx.stem(price(d * 100), r),
    answer: numeric({ value: answer }),
    params: { c, d, r },
    hints: [
      hint(`Two steps: first find the ${ctx.what}, ${r}% of \\$${d}. Then decide: does the price go up or down?`),
      hint(`The ${ctx.what} is $\\frac{${r}}{100} \\times ${d} = ${stopped}$ dollars.`),
      bottomOut(`$${d} ${up ? '+' : '-'} ${stopped} = ${answer}$, so \\$${answer}.`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: stopped,
        feedback: `You found the ${ctx.what}. That is the first step. What happens to the price next?`,
        misconception: stopsAtPercentAmount,
        tutorMove: `Ask: "Is \\$${stopped} what the person pays, or how much the price changes?"`,
      }),
      wrongAnswer({
        match: wrongWay,
        feedback: `Good ${ctx.what} amount, but the price went the wrong way. A ${ctx.what} makes the price go ${up ? 'up' : 'down'}.`,
        misconception: percentWrongDirection,
        tutorMove: `Ask: "Does a ${ctx.what} make you pay more or less than \\$${d}?"`,
      }),
    ],
  };
}

const priceTemplate = template({
  id: 'g7-rp-a-percent-price',
  skill: percentProblems,
  count: 36,
  generate: (r) => {
    const c = r.int(0, PRICE_CONTEXTS.length - 1);
    const rate = r.pick((PRICE_CONTEXTS[c] as PriceContext).rates);
    return priceBody(c, r.int(8, 120), rate, r.require);
  },
});

const CHANGE_CONTEXTS: readonly ((a: number, b: number, way: string) => string)[] = [
  (a, b, way) => `A school club had ${a} members last year and has ${b} this year. By what percent did it ${way}?`,
  (a, b, way) => `The price of a bike went from \\$${a} to \\$${b}. By what percent did the price ${way}?`,
  (a, b, way) => `A town recycled ${a} tons in May and ${b} tons in June. By what percent did the amount ${way}?`,
  (a, b, way) =>
    `Ravi's plant was ${a} mm tall. A month later it was ${b} mm tall. By what percent did its height ${way}?`,
];

/** From a to a·(1 ± p/100). */
function changeBody(c: number, a: number, p: number, way: 'increase' | 'decrease', need: Need): Body {
  const change = (a * p) / 100;
  need(Number.isInteger(change) && (way === 'increase' || p < 100), 'a whole-number change');
  const b = way === 'increase' ? a + change : a - change;
  need(b > 0, 'something is left');
  // Compared with the new amount; a student rounds a long decimal to a whole percent.
  const wrongBase = decimalText(change * 100, b, 1) ?? String(Math.round((change * 100) / b));
  need(c !== 3 || way === 'increase', 'plants grow');
  need(new Set([String(p), String(change), wrongBase]).size === 3, 'wrong answers differ');
  return {
    stem: (CHANGE_CONTEXTS[c] as (a: number, b: number, way: string) => string)(a, b, way),
    answer: numeric({ value: `${p}%` }),
    params: { c, a, p, way },
    hints: [
      hint(`First find the change: how far is it from ${a} to ${b}? Compare the change with the amount at the START.`),
      hint(`The change is ${change}. What percent of ${a} is ${change}? Write $\\frac{${change}}{${a}}$ out of 100.`),
      bottomOut(
        `$\\frac{${change}}{${a}} = \\frac{${p}}{100}$, so it went ${way === 'increase' ? 'up' : 'down'} by ${p}%.`,
      ),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: String(change),
        feedback: `${change} is how much it changed, not the percent. Compare the change with the starting amount, ${a}.`,
        misconception: percentAsAmount,
        tutorMove: `Ask: "A change of ${change} out of how many? What would the percent be if it started at 100?"`,
      }),
      wrongAnswer({
        match: wrongBase,
        feedback: `You compared the change with ${b}, the new amount. A percent change is always compared with where it STARTED.`,
        misconception: percentWrongWhole,
        tutorMove: `Ask: "Which amount came first, ${a} or ${b}? That one is the 100%."`,
      }),
    ],
  };
}

const changeTemplate = template({
  id: 'g7-rp-a-percent-change',
  skill: percentProblems,
  count: 36,
  generate: (r) => {
    const way = r.pick(['increase', 'decrease'] as const);
    const p = 5 * r.int(1, way === 'increase' ? 30 : 19);
    return changeBody(r.int(0, 3), 20 * r.int(1, 15), p, way, r.require);
  },
});

export const percentPool = [priceTemplate, changeTemplate] as const;

export const fixedPrice = (id: string, c: number, d: number, r: number) =>
  problem({ id, skill: percentProblems, ...priceBody(c, d, r, must) });
export const fixedChange = (id: string, c: number, a: number, p: number, way: 'increase' | 'decrease') =>
  problem({ id, skill: percentProblems, ...changeBody(c, a, p, way, must) });
