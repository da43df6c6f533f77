/** 6.RP.A — Understand ratio concepts and use ratio reasoning to solve problems. */
import {
  bottomOut,
  cluster,
  curriculumSkill,
  hint,
  numeric,
  type ProblemBody,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import { fixedPercent, percentOf, percentTemplate } from './6-rp-a-percent.js';
import {
  additiveReasoning,
  convertsWrongDirection,
  dividesBackwards,
  multipliesByGivenAmount,
  must,
  type Need,
} from './shared.js';

type Body = ProblemBody<never>;

// ---------------------------------------------------------------- unit rates

export const unitRate = curriculumSkill({
  id: 'g6-rp-a-unit-rate',
  title: 'Find and use a unit rate',
  standards: ['6.RP.A.2', '6.RP.A.3b'],
  tutor: {
    summary:
      'A unit rate says how much for ONE: dollars for one item, miles in one hour. Divide the total by the number of items; then multiply the unit rate by any new number of items.',
    mastery:
      'The student divides to find the amount for one, says what it means ("4 dollars for each notebook"), and multiplies it to find the amount for another number.',
    watchFor: [
      'Dividing the wrong way round (items per dollar instead of dollars per item).',
      'Adding or subtracting the same amount from both quantities instead of multiplying or dividing.',
    ],
    talkMoves: [
      '"What does ONE of them cost? How do you know?"',
      '"If you buy more, should the total go up by the same amount each time?"',
      '"Say your answer as a sentence with both units."',
    ],
    workedExample: {
      problem: '5 notebooks cost \\$20. How much do 8 notebooks cost?',
      steps: ['One notebook: $20 \\div 5 = 4$, so \\$4 each.', 'Eight notebooks: $8 \\times 4 = 32$.', '\\$32'],
    },
  },
});

interface RateContext {
  readonly setup: (n: number, total: number) => string;
  readonly one: string;
  readonly more: (m: number) => string;
  readonly unit: string;
}

const RATE_CONTEXTS: readonly RateContext[] = [
  {
    setup: (n, t) => `${n} notebooks cost \\$${t}.`,
    one: 'How many dollars does one notebook cost?',
    more: (m) => `At the same price, how many dollars do ${m} notebooks cost?`,
    unit: 'dollars',
  },
  {
    setup: (n, t) => `A train travels ${t} miles in ${n} hours at a steady speed.`,
    one: 'How many miles does it travel in one hour?',
    more: (m) => `At the same speed, how many miles does it travel in ${m} hours?`,
    unit: 'miles',
  },
  {
    setup: (n, t) => `Amara reads ${t} pages in ${n} days, the same number each day.`,
    one: 'How many pages does she read in one day?',
    more: (m) => `At the same rate, how many pages does she read in ${m} days?`,
    unit: 'pages',
  },
  {
    setup: (n, t) => `A printer prints ${t} posters in ${n} minutes.`,
    one: 'How many posters does it print in one minute?',
    more: (m) => `At the same rate, how many posters does it print in ${m} minutes?`,
    unit: 'posters',
  },
];

/** n items for a total of n·u; ask for one (m = 1) or for m items. */
function unitRateBody(c: number, n: number, u: number, m: number, need: Need): Body {
  const ctx = RATE_CONTEXTS[c] as RateContext;
  const total = n * u;
  const answer = m * u;
  const [additive, multiplied] = m === 1 ? [total - (n - 1), total * m] : [total + (m - n), total * m];
  need(n >= 2 && u >= 2 && m !== n, 'two or more items, a rate above 1, a new amount');
  need(additive !== answer && multiplied !== answer && additive !== multiplied, 'wrong answers differ');
  const backwards = `${n}/${total}`;
  const wrong =
    m === 1
      ? wrongAnswer({
          match: backwards,
          feedback: `You divided ${n} by ${total}. The question asks for ${ctx.unit} for ONE, so the ${ctx.unit} go first.`,
          misconception: dividesBackwards,
          tutorMove: `Ask: "Which number should be shared out equally, ${n} or ${total}? What are you sharing it into?"`,
        })
      : wrongAnswer({
          match: String(multiplied),
          feedback: `You multiplied ${total} by ${m}. But ${total} is for ${n}, not for one. Find the amount for one first.`,
          misconception: multipliesByGivenAmount,
          tutorMove: `Ask: "What does the ${total} go with, one or ${n}? What goes with one?"`,
        });
  return {
    stem: `${ctx.setup(n, total)} ${m === 1 ? ctx.one : ctx.more(m)}`,
    answer: numeric({ value: String(answer) }),
    params: { c, n, u, m },
    hints: [
      hint(`What is the amount for just ONE? Share ${total} ${ctx.unit} equally into ${n} groups.`),
      hint(
        m === 1
          ? `Divide: $${total} \\div ${n}$.`
          : `For one: $${total} \\div ${n} = ${u}$. Now you need ${m} of those.`,
      ),
      bottomOut(
        m === 1
          ? `$${total} \\div ${n} = ${u}$ ${ctx.unit} for one.`
          : `$${total} \\div ${n} = ${u}$ for one, so $${m} \\times ${u} = ${answer}$ ${ctx.unit}.`,
      ),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: String(additive),
        feedback:
          m === 1
            ? `You took ${n - 1} away from ${total}, as from ${n}. Rates change by multiplying or dividing, not by taking away.`
            : `You ${m > n ? `added ${m - n} to` : `took ${n - m} from`} ${total}, the same change as from ${n} to ${m}. But each one is worth more than 1 of the ${ctx.unit}.`,
        misconception: additiveReasoning,
        tutorMove: `Ask: "If ${n} go with ${total}, does 1 go with ${additive}? Check it by sharing ${total} into ${n} equal groups."`,
      }),
      wrong,
    ],
  };
}

const unitRateTemplate = template({
  id: 'g6-rp-a-unit-rate-problems',
  skill: unitRate,
  count: 36,
  generate: (r) => {
    const c = r.int(0, RATE_CONTEXTS.length - 1);
    const n = r.int(2, 9);
    const u = r.int(2, 15);
    const m = r.pick([1, 1, r.int(2, 12)]);
    return unitRateBody(c, n, u, m, r.require);
  },
});

// ---------------------------------------------------------------- equivalent ratios and units

export const equivalentRatios = curriculumSkill({
  id: 'g6-rp-a-equivalent-ratios',
  title: 'Use equivalent ratios and convert units',
  standards: ['6.RP.A.1', '6.RP.A.3a', '6.RP.A.3d'],
  tutor: {
    summary:
      'Equivalent ratios come from multiplying BOTH quantities by the same number: 2 : 3 is the same mix as 6 : 9. A unit conversion is a ratio too: 1 foot to 12 inches.',
    mastery:
      'The student finds the scale factor ("6 is 3 times 2"), uses it on the other quantity, and checks a conversion by asking whether there should be more or fewer of the new unit.',
    watchFor: [
      'Adding the same amount to both quantities instead of multiplying.',
      'Dividing when converting to a smaller unit (there should be MORE small units).',
    ],
    talkMoves: [
      '"How many times bigger is the new amount? Make a ratio table row by row."',
      '"Will there be more inches or fewer inches than feet? Why?"',
    ],
    workedExample: {
      problem: 'A mix uses 2 cups of blue paint for every 3 cups of yellow. How much yellow goes with 8 cups of blue?',
      steps: ['$8 = 4 \\times 2$: the mix is 4 times as big.', 'Yellow: $4 \\times 3 = 12$.', '12 cups of yellow.'],
    },
  },
});

const MIXES: readonly [string, string, string][] = [
  ['A paint mix uses', 'cups of blue paint', 'cups of yellow paint'],
  ['A lemonade recipe uses', 'lemons', 'cups of water'],
  ['A trail mix uses', 'scoops of nuts', 'scoops of raisins'],
  ['On a school trip there are', 'adults', 'students'],
  ['A garden has', 'rows of beans', 'rows of corn'],
];

/** a : b scaled by k; `side` says which quantity is asked for. */
function ratioBody(c: number, a: number, b: number, k: number, side: 'first' | 'second', need: Need): Body {
  const [intro, first, second] = MIXES[c] as [string, string, string];
  const [given, other, givenName, askName] = side === 'second' ? [a, b, first, second] : [b, a, second, first];
  const scaled = given * k;
  const answer = other * k;
  const additive = other + (scaled - given);
  const multiplied = other * scaled;
  need(additive !== answer && multiplied !== answer && additive !== multiplied, 'wrong answers differ');
  return {
    stem: `${intro} ${a} ${first} for every ${b} ${second}. At the same ratio, how many ${askName} go with ${scaled} ${givenName}?`,
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { c, a, b, k, side },
    hints: [
      hint(`Make a ratio table: ${a} ${first} with ${b} ${second}. How many times bigger is ${scaled} than ${given}?`),
      hint(`$${scaled} = ${k} \\times ${given}$. Multiply the other quantity by ${k} too.`),
      bottomOut(`$${k} \\times ${other} = ${answer}$ ${askName}.`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: String(additive),
        feedback: `You added ${scaled - given} to ${other}, because ${given} grew by ${scaled - given}. Equal ratios grow by multiplying both numbers.`,
        misconception: additiveReasoning,
        tutorMove: `Ask: "Is ${given} : ${other} the same mix as ${scaled} : ${additive}? Build the ratio table one row at a time."`,
      }),
      wrongAnswer({
        match: String(multiplied),
        feedback: `You multiplied ${other} by ${scaled}. Multiply by how many TIMES bigger the new amount is instead.`,
        misconception: multipliesByGivenAmount,
        tutorMove: `Ask: "How many groups of ${given} are in ${scaled}? That is the number to multiply by."`,
      }),
    ],
  };
}

const ratioTemplate = template({
  id: 'g6-rp-a-ratio-missing-value',
  skill: equivalentRatios,
  count: 36,
  generate: (r) => {
    const a = r.int(1, 9);
    const b = r.int(2, 9);
    r.require(a !== b, 'two different quantities');
    return ratioBody(r.int(0, MIXES.length - 1), a, b, r.int(2, 8), r.pick(['first', 'second'] as const), r.require);
  },
});

/** [one big unit, big units, one small unit, small units, small units in one big unit] */
const UNITS: readonly [string, string, string, string, number][] = [
  ['foot', 'feet', 'inch', 'inches', 12],
  ['yard', 'yards', 'foot', 'feet', 3],
  ['meter', 'meters', 'centimeter', 'centimeters', 100],
  ['kilogram', 'kilograms', 'gram', 'grams', 1000],
  ['hour', 'hours', 'minute', 'minutes', 60],
  ['gallon', 'gallons', 'quart', 'quarts', 4],
  ['pound', 'pounds', 'ounce', 'ounces', 16],
  ['week', 'weeks', 'day', 'days', 7],
];

/** q big units; `way` down asks for small units (q·f), up gives q·f small units and asks for big. */
function conversionBody(u: number, q: number, way: 'down' | 'up', need: Need): Body {
  const [bigOne, big, smallOne, small, f] = UNITS[u] as [string, string, string, string, number];
  const s = q * f;
  const [given, givenUnit, askUnit, answer] = way === 'down' ? [q, big, small, s] : [s, small, big, q];
  const flipped = way === 'down' ? `${q}/${f}` : String(s * f);
  const additive = way === 'down' ? q + f : s - f;
  need(additive !== answer && q >= 2, 'the additive answer differs');
  return {
    stem: `There are ${f} ${small} in 1 ${bigOne}. How many ${askUnit} are in ${given} ${givenUnit}?`,
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { u, q, way },
    hints: [
      hint(
        `${small[0]?.toUpperCase()}${small.slice(1)} are smaller than ${big}. Should there be more ${askUnit} or fewer than ${given}?`,
      ),
      hint(
        way === 'down'
          ? `Each of the ${q} ${big} is ${f} ${small}: multiply.`
          : `How many groups of ${f} ${small} are in ${s}? Divide.`,
      ),
      bottomOut(way === 'down' ? `$${q} \\times ${f} = ${s}$ ${small}.` : `$${s} \\div ${f} = ${q}$ ${big}.`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: flipped,
        feedback:
          way === 'down'
            ? `You divided, which gives fewer ${small}. Small units need MORE of them to fill the same length or time.`
            : `You multiplied, which gives a huge number of ${big}. Big units need FEWER of them.`,
        misconception: convertsWrongDirection,
        tutorMove: `Ask: "Which is bigger, 1 ${bigOne} or 1 ${smallOne}? So should the number go up or down?"`,
      }),
      wrongAnswer({
        match: String(additive),
        feedback: `You ${way === 'down' ? 'added' : 'subtracted'} ${f}. Each single ${bigOne} is ${f} ${small}, so think in groups of ${f}.`,
        misconception: additiveReasoning,
        tutorMove: `Ask the student to make a table: 1 ${bigOne} is ${f}, 2 ${big} is ${2 * f}, 3 ${big} is ${3 * f} … and continue it.`,
      }),
    ],
  };
}

const conversionTemplate = template({
  id: 'g6-rp-a-unit-conversion',
  skill: equivalentRatios,
  count: 36,
  generate: (r) => {
    const u = r.int(0, UNITS.length - 1);
    const q = r.int(2, (UNITS[u]?.[4] ?? 0) >= 100 ? 9 : 15);
    return conversionBody(u, q, r.pick(['down', 'up'] as const), r.require);
  },
});

// ---------------------------------------------------------------- fixed problems

/** A fixed unit-rate problem; later clusters warm up with it. */
export const unitRateProblem = (id: string, c: number, n: number, u: number, m: number) =>
  problem({ id, skill: unitRate, ...unitRateBody(c, n, u, m, must) });
const fixedRatio = (id: string, c: number, a: number, b: number, k: number) =>
  problem({ id, skill: equivalentRatios, ...ratioBody(c, a, b, k, 'second', must) });
const fixedConversion = (id: string, u: number, q: number, way: 'down' | 'up') =>
  problem({ id, skill: equivalentRatios, ...conversionBody(u, q, way, must) });

export default cluster({
  code: '6.RP.A',
  strand: 'ratios-proportions',
  title: 'Ratios, rates and percents',
  skills: [
    { skill: equivalentRatios, pool: [ratioTemplate, conversionTemplate] },
    { skill: unitRate, pool: [unitRateTemplate] },
    { skill: percentOf, pool: [percentTemplate] },
  ],
  check: [
    fixedRatio('g6-rp-a-check-1', 0, 2, 3, 4),
    fixedConversion('g6-rp-a-check-2', 0, 4, 'down'),
    unitRateProblem('g6-rp-a-check-3', 0, 6, 3, 1),
    unitRateProblem('g6-rp-a-check-4', 1, 3, 40, 5),
    fixedPercent('g6-rp-a-check-5', 25, 80, 'part'),
  ],
  warmUp: [
    fixedRatio('g6-rp-a-warm-up-1', 1, 2, 5, 3),
    fixedRatio('g6-rp-a-warm-up-2', 3, 2, 9, 2),
    fixedConversion('g6-rp-a-warm-up-3', 7, 3, 'down'),
  ],
  exitTicket: [unitRateProblem('g6-rp-a-exit-1', 2, 4, 5, 7), fixedPercent('g6-rp-a-exit-2', 10, 60, 'part')],
  scripts: {
    warmUp: 'Quick ratio tables to start. Say the scale factor out loud before you write.',
    practice: 'Work on your own; I will come around. Before you answer, say what ONE is worth.',
    check: 'Five problems, no hints from me. Show your ratio table or unit rate.',
    exitTicket: 'Two last problems. Then tell me: when do you multiply and when do you divide?',
  },
});
