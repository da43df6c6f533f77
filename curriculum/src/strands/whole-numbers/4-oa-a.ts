/** 4.OA.A — Use the four operations with whole numbers to solve problems. */
import { cluster, curriculumSkill, misconception, template } from '../../kit.js';
import { twoStep, twoStepSpec } from './3-oa-d.js';
import {
  additiveComparison,
  addsInsteadOfMultiplying,
  body,
  fixed,
  ignoresRemainder,
  NAMES,
  SCRIPTS,
  type Spec,
  stopsEarly,
  valid,
  type Wrong,
  wrongOperation,
} from './shared.js';

const howManyMore = misconception({
  id: 'wn-answers-how-many-more',
  title: 'Answers "how many more" instead of "how many"',
  description: 'In "k times as many", finds the difference between the two amounts instead of the larger amount.',
});

const orderOfSteps = misconception({
  id: 'wn-applies-step-to-one-part',
  title: 'Applies a step to only one part',
  description: 'Divides (or multiplies) only one of the amounts that should be combined first.',
});

export const timesAsMany = curriculumSkill({
  id: 'g4-oa-a-times-as-many',
  title: 'Solve "times as many" comparison problems',
  standards: ['4.OA.A.1', '4.OA.A.2'],
  tutor: {
    summary:
      '"5 times as many as 7" is a multiplicative comparison: $5 \\times 7 = 35$. It is not "5 more than 7". A bar model with one bar for the small amount and 5 equal bars for the large one shows it.',
    mastery:
      'The student draws a bar model, decides whether the larger or the smaller amount is missing, and multiplies or divides.',
    watchFor: [
      'Adding the numbers ("times as many" read as "more than").',
      'Finding how many more instead of how many.',
    ],
    talkMoves: [
      '"Draw one bar for the smaller amount. How many of those bars make the larger amount?"',
      '"Which amount is missing, the larger or the smaller?"',
    ],
    workedExample: {
      problem: 'A red ribbon is 4 times as long as a 6 cm blue ribbon. How long is the red ribbon?',
      steps: [
        'The blue ribbon is one bar of 6 cm; the red ribbon is 4 of those bars.',
        '$4 \\times 6 = 24$',
        'The red ribbon is 24 cm long.',
      ],
    },
  },
});

export const remainders = curriculumSkill({
  id: 'g4-oa-a-remainders',
  title: 'Interpret remainders in word problems',
  standards: ['4.OA.A.3'],
  tutor: {
    summary:
      'After dividing, the question decides what the answer is: the quotient (full groups), the quotient plus one (everyone needs a seat), or the remainder (what is left over).',
    mastery:
      'The student divides, then rereads the question and explains why the answer is the quotient, the next whole number, or the remainder.',
    watchFor: [
      'Giving the quotient when one more group is needed for the leftovers.',
      'Giving the remainder when the question asks for groups.',
    ],
    talkMoves: [
      '"What happens to the leftovers in this story?"',
      '"Reread the question. What is it asking for: groups, or what is left?"',
    ],
    workedExample: {
      problem: '30 students ride in vans that hold 8 each. How many vans are needed?',
      steps: [
        '$30 \\div 8 = 3$ R 6: 3 full vans, 6 students left.',
        'The 6 students need a van too.',
        '4 vans are needed.',
      ],
    },
  },
});

export const multiStep = curriculumSkill({
  id: 'g4-oa-a-multi-step',
  title: 'Solve multi-step word problems with whole numbers',
  standards: ['4.OA.A.3'],
  tutor: {
    summary:
      'Multi-step problems chain operations. Naming each step, and writing an equation with a letter for the unknown, keeps track of what each number means.',
    mastery: 'The student plans the steps before computing and checks the answer with an estimate.',
    watchFor: ['Stopping after the first step.', 'Doing a step to only one of the amounts.'],
    talkMoves: [
      '"What do you know, and what do you need to find first?"',
      '"Estimate: about how big should the answer be?"',
    ],
    workedExample: {
      problem: 'Lena has 50 dollars. She buys 3 books at 12 dollars each. How much money is left?',
      steps: [
        'Cost of the books: $3 \\times 12 = 36$ dollars.',
        'Money left: $50 - 36 = 14$ dollars.',
        'Equation: $50 - 3 \\times 12 = m$, $m = 14$.',
      ],
    },
  },
});

const ITEMS = ['stamps', 'marbles', 'points', 'books', 'seeds', 'photos'];

/** bigger: k times as many as s; smaller: c = k × s is k times as many as ?. */
export function comparisonSpec(
  shape: 'bigger' | 'smaller',
  i: number,
  n1: number,
  n2: number,
  k: number,
  s: number,
): Spec {
  const items = ITEMS[i] ?? 'stamps';
  const [p, q] = [NAMES[n1] ?? 'Maya', NAMES[n2] ?? 'Omar'];
  const c = k * s;
  const params = { shape, i, n1, n2, k, s };
  if (shape === 'bigger') {
    return {
      stem: `${p} has ${s} ${items}. ${q} has ${k} times as many ${items} as ${p}. How many ${items} does ${q} have?`,
      answer: c,
      params,
      hints: [
        `Draw a bar for ${p}'s ${s} ${items}. How many bars like it make ${q}'s amount?`,
        `${q} has ${k} groups of ${s}.`,
      ],
      bottom: `$${k} \\times ${s} = ${c}$ ${items}.`,
      wrongs: [
        {
          match: k + s,
          feedback: `"${k} times as many" is not "${k} more". Draw ${k} bars of ${s}.`,
          m: additiveComparison,
          move: `Ask: "Is ${k + s} really ${k} times as many as ${s}? Draw the bars and check."`,
        },
        {
          match: c - s,
          feedback: `That is how many MORE ${q} has than ${p}. The question asks how many ${q} has.`,
          m: howManyMore,
          move: `Ask: "Point to ${q}'s bars in your drawing. Did you count all ${k} of them?"`,
        },
      ],
    };
  }
  return {
    stem: `${q} has ${c} ${items}. That is ${k} times as many as ${p} has. How many ${items} does ${p} have?`,
    answer: s,
    params,
    hints: [
      `Who has more? ${q}'s amount is ${k} equal bars, and ${p}'s amount is one of those bars.`,
      `Split ${c} into ${k} equal parts, or think: ${k} times what is ${c}?`,
    ],
    bottom: `$${c} \\div ${k} = ${s}$, because $${k} \\times ${s} = ${c}$.`,
    wrongs: [
      {
        match: c - k,
        feedback: `"${k} times as many" is not "${k} more". ${q}'s ${c} is ${k} equal groups.`,
        m: additiveComparison,
        move: `Ask: "If ${p} had ${c - k}, would ${q}'s ${c} be ${k} times as many?"`,
      },
      {
        match: c * k,
        feedback: `Who has fewer ${items}, ${p} or ${q}? Can ${p}'s amount be bigger than ${c}?`,
        m: wrongOperation,
        move: `Ask: "Should ${p}'s number be bigger or smaller than ${c}? Which operation makes it smaller?"`,
      },
    ],
  };
}

const comparisonTemplate = template({
  id: 'g4-oa-a-times-as-many-word',
  skill: timesAsMany,
  count: 36,
  generate: (r) => {
    const n1 = r.int(0, NAMES.length - 1);
    const n2 = (n1 + r.int(1, NAMES.length - 1)) % NAMES.length;
    const shape = r.pick(['bigger', 'bigger', 'smaller'] as const);
    const s = comparisonSpec(shape, r.int(0, ITEMS.length - 1), n1, n2, r.int(2, 9), r.int(3, 12));
    r.require(valid(s), 'the wrong answers differ from the answer and from each other');
    return body(s);
  },
});

type RemShape = 'roundUp' | 'quotient' | 'remainder';

/** n items in groups of k; the question asks for the groups needed, the full groups or the leftovers. */
export function remainderSpec(shape: RemShape, name: string, n: number, k: number): Spec {
  const q = Math.floor(n / k);
  const r = n - q * k;
  const params = { shape, name, n, k };
  const division = `$${n} \\div ${k} = ${q}$ R ${r}`;
  const stems: Record<RemShape, string> = {
    roundUp: `${n} students are going on a trip. Each van holds ${k} students. How many vans are needed so that every student has a seat?`,
    quotient: `${name} packs ${n} eggs into cartons that hold ${k} eggs each. How many cartons can ${name} fill completely?`,
    remainder: `${name} deals ${n} cards equally to ${k} players, giving out as many as possible. How many cards are left over?`,
  };
  const answers: Record<RemShape, number> = { roundUp: q + 1, quotient: q, remainder: r };
  const endings: Record<RemShape, string> = {
    roundUp: `The ${r} students left over need a van too: ${q + 1} vans.`,
    quotient: `${q} cartons are full; the ${r} extra eggs do not fill a carton. Answer: ${q}.`,
    remainder: `Each player gets ${q} cards and ${r} are left over. Answer: ${r}.`,
  };
  const asWrong = {
    roundUp: {
      feedback: 'One of those groups would not be full. Does the question need that extra group?',
      move: `Ask: "With ${q} groups of ${k}, is everything used up? What happens to the ${r} left?"`,
    },
    quotient: {
      feedback: 'That is how many full groups there are, but think about what the question asks for.',
      move: `Ask: "What happens to the ${r} left over in this story?"`,
    },
    remainder: {
      feedback: 'That is what is left over after making groups. Is that what the question asks for?',
      move: 'Ask: "Does the question ask for groups or for what is left over?"',
    },
  } as const;
  const others = (['roundUp', 'quotient', 'remainder'] as const).filter((x) => x !== shape);
  const wrongs = others.map((x) => ({ match: answers[x], ...asWrong[x], m: ignoresRemainder })) as [Wrong, Wrong];
  return {
    stem: stems[shape],
    answer: answers[shape],
    params,
    hints: [
      `Divide ${n} by ${k}. How many full groups of ${k}, and how many are left over?`,
      `${division}. Now reread the question: what does it ask for?`,
    ],
    bottom: `${division}. ${endings[shape]}`,
    wrongs,
  };
}

const remainderTemplate = template({
  id: 'g4-oa-a-remainder-word',
  skill: remainders,
  count: 36,
  generate: (r) => {
    const k = r.int(3, 9);
    const n = r.int(5 * k, 30 * k);
    const shape = r.pick(['roundUp', 'quotient', 'roundUp', 'quotient', 'remainder'] as const);
    const s = remainderSpec(shape, r.pick(NAMES), n, k);
    r.require(n % k !== 0, 'there is a remainder');
    r.require(valid(s), 'the wrong answers differ from the answer and from each other');
    return body(s);
  },
});

/** change: m dollars minus a items at b each; pack: a boxes of b plus e loose, shared into d bags. */
export function multiStepSpec(
  shape: 'change' | 'pack',
  name: string,
  a: number,
  b: number,
  e: number,
  d: number,
): Spec {
  const params = { shape, name, a, b, e, d };
  if (shape === 'change') {
    const m = e;
    return {
      stem: `${name} has ${m} dollars and buys ${a} tickets that cost ${b} dollars each. How many dollars does ${name} have left?`,
      answer: m - a * b,
      params,
      hints: [
        'What do you need to know before you can find the money left?',
        `Find the cost of ${a} tickets at ${b} dollars each, then subtract it from ${m}.`,
      ],
      bottom: `$${a} \\times ${b} = ${a * b}$, then $${m} - ${a * b} = ${m - a * b}$ dollars.`,
      wrongs: [
        {
          match: a * b,
          feedback: `That is what the tickets cost. The question asks how much money ${name} has left.`,
          m: stopsEarly,
          move: `Ask: "${name} paid ${a * b} dollars. How much is left from ${m}?"`,
        },
        {
          match: m - a - b,
          feedback: `Each ticket costs ${b} dollars. What do ${a} tickets cost?`,
          m: addsInsteadOfMultiplying,
          move: `Ask: "Count out the cost of the tickets one by one: ${b}, ${2 * b}, …"`,
        },
      ],
    };
  }
  const total = a * b + e;
  return {
    stem: `${name} has ${a} boxes with ${b} pencils in each box, and ${e} loose pencils. ${name} puts all the pencils into ${d} equal bags. How many pencils go in each bag?`,
    answer: total / d,
    params,
    hints: [
      'First find how many pencils there are in all.',
      `There are $${a} \\times ${b} + ${e}$ pencils. Share them into ${d} equal bags.`,
    ],
    bottom: `$${a} \\times ${b} + ${e} = ${total}$, then $${total} \\div ${d} = ${total / d}$ pencils.`,
    wrongs: [
      {
        match: total,
        feedback: `That is how many pencils there are in all. Now put them into ${d} equal bags.`,
        m: stopsEarly,
        move: `Ask: "What happens to the ${total} pencils next in the story?"`,
      },
      {
        match: (a * b) / d + e,
        feedback: 'The loose pencils go into the bags too. Put all the pencils together before sharing.',
        m: orderOfSteps,
        move: `Ask: "Where did the ${e} loose pencils go? Are they shared too?"`,
      },
    ],
  };
}

const multiStepTemplate = template({
  id: 'g4-oa-a-multi-step-word',
  skill: multiStep,
  count: 36,
  generate: (r) => {
    const name = r.pick(NAMES);
    let s: Spec;
    if (r.int(0, 1) === 0) {
      const [a, b] = [r.int(2, 6), r.int(3, 15)];
      s = multiStepSpec('change', name, a, b, r.pick([20, 50, 100]), 1);
      r.require(a * b < (s.params.e as number), 'the tickets cost less than the money');
    } else {
      const d = r.int(2, 6);
      s = multiStepSpec('pack', name, r.int(2, 9), d * r.int(2, 5), d * r.int(1, 4), d);
    }
    r.require(valid(s), 'the wrong answers differ from the answer and are whole');
    return body(s);
  },
});

export default cluster({
  code: '4.OA.A',
  strand: 'whole-numbers',
  title: 'Multiplicative comparison and multi-step problems',
  skills: [
    { skill: timesAsMany, pool: [comparisonTemplate] },
    { skill: remainders, pool: [remainderTemplate] },
    { skill: multiStep, pool: [multiStepTemplate] },
  ],
  check: [
    fixed('g4-oa-a-check-1', timesAsMany, comparisonSpec('bigger', 0, 0, 1, 4, 9)),
    fixed('g4-oa-a-check-2', timesAsMany, comparisonSpec('smaller', 1, 2, 3, 6, 7)),
    fixed('g4-oa-a-check-3', remainders, remainderSpec('roundUp', 'Lucas', 45, 6)),
    fixed('g4-oa-a-check-4', remainders, remainderSpec('remainder', 'Sofia', 38, 5)),
    fixed('g4-oa-a-check-5', multiStep, multiStepSpec('change', 'Amara', 4, 8, 50, 1)),
  ],
  warmUp: [
    fixed('g4-oa-a-warm-up-1', twoStep, twoStepSpec('mulSub', 'Kenji', 1, 5, 6, 4)),
    fixed('g4-oa-a-warm-up-2', twoStep, twoStepSpec('mulAdd', 'Zoe', 5, 3, 7, 9)),
  ],
  exitTicket: [
    fixed('g4-oa-a-exit-1', remainders, remainderSpec('quotient', 'Omar', 53, 6)),
    fixed('g4-oa-a-exit-2', multiStep, multiStepSpec('pack', 'Lin', 3, 8, 6, 6)),
  ],
  scripts: SCRIPTS,
});
