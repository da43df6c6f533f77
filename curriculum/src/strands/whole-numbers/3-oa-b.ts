/** 3.OA.B — Understand properties of multiplication and the relationship between multiplication and division. */
import { cluster, curriculumSkill, misconception, template } from '../../kit.js';
import { factorSpec, unknownFactor } from './3-oa-a.js';
import {
  addsInsteadOfMultiplying,
  body,
  factSlip,
  fixed,
  SCRIPTS,
  type Spec,
  stopsEarly,
  subtractsInsteadOfDividing,
  valid,
} from './shared.js';

const factorForProduct = misconception({
  id: 'wn-factor-for-product',
  title: 'Mixes up a factor and a product',
  description:
    'Writes a factor where a product is needed, or a product where a factor is needed, when splitting or regrouping a multiplication.',
});

const factFamilyMixup = misconception({
  id: 'wn-fact-family-mixup',
  title: 'Mixes up the numbers of a fact family',
  description: 'Picks the wrong number of the fact family, e.g. says $56 \\div 7 = 7$ because 7 is in the fact.',
});

export const properties = curriculumSkill({
  id: 'g3-oa-b-properties',
  title: 'Use properties to multiply: break apart and regroup factors',
  standards: ['3.OA.B.5'],
  tutor: {
    summary:
      'A hard fact can be broken into easier ones: $7 \\times 8 = 7 \\times 5 + 7 \\times 3$ (distributive property). Factors can be grouped in any order: $3 \\times 5 \\times 2 = 3 \\times 10$ (associative and commutative properties).',
    mastery:
      'The student splits a factor into friendly parts (often 5 and the rest), finds each partial product, and adds them; regroups three factors to make a ten.',
    watchFor: [
      'Writing the part of the factor (3) where the partial product ($7 \\times 3 = 21$) belongs.',
      'Adding factors instead of multiplying them.',
    ],
    talkMoves: [
      '"Show it on an array: where does the array split?"',
      '"Which two factors are friendly to multiply first?"',
      '"What does each part of your array show?"',
    ],
    workedExample: {
      problem: '$6 \\times 8 = (6 \\times 5) + ?$',
      steps: [
        'Split 8 into 5 and 3: an array of 6 rows of 8 splits into 6 rows of 5 and 6 rows of 3.',
        'The missing part is $6 \\times 3 = 18$.',
        'Check: $30 + 18 = 48 = 6 \\times 8$.',
      ],
    },
  },
});

export const factFamilies = curriculumSkill({
  id: 'g3-oa-b-fact-families',
  title: 'Use a multiplication fact to divide (fact families)',
  standards: ['3.OA.B.6'],
  tutor: {
    summary:
      'Division is an unknown-factor problem: $32 \\div 8$ asks "8 times what makes 32?". One fact family holds $4 \\times 8 = 32$, $8 \\times 4 = 32$, $32 \\div 8 = 4$ and $32 \\div 4 = 8$.',
    mastery: 'The student turns any division fact into a multiplication question and checks a quotient by multiplying.',
    watchFor: ['Subtracting instead of dividing.', 'Picking the wrong number of the fact family.'],
    talkMoves: ['"Say the division as a times question."', '"Which three numbers are in this fact family?"'],
    workedExample: {
      problem: '$8 \\times 4 = 32$. Use it to find $32 \\div 8$.',
      steps: ['$32 \\div 8$ asks: 8 times what makes 32?', 'The fact says $8 \\times 4 = 32$.', 'So $32 \\div 8 = 4$.'],
    },
  },
});

type PropShape = 'partial' | 'join' | 'assoc';
const PAIRS: readonly (readonly [number, number])[] = [
  [2, 5],
  [5, 2],
  [2, 3],
  [3, 2],
  [2, 4],
  [3, 3],
];

/** partial: a × (5 + b) = a × 5 + ?; join: a × 5 + a × b = a × ?; assoc: a × p × q = ? (p, q from PAIRS). */
export function propertySpec(shape: PropShape, a: number, b: number): Spec {
  const params = { shape, a, b };
  if (shape === 'partial') {
    const whole = 5 + b;
    return {
      stem: `Fill in the missing number: $${a} \\times ${whole} = (${a} \\times 5) + ?$`,
      answer: a * b,
      params,
      hints: [
        `Think of an array with ${a} rows of ${whole}. Split each row into 5 and ${b}.`,
        `The first part is ${a} rows of 5. What is the other part?`,
      ],
      bottom: `$${a} \\times ${whole} = (${a} \\times 5) + (${a} \\times ${b}) = ${a * 5} + ${a * b}$, so the missing number is ${a * b}.`,
      wrongs: [
        {
          match: b,
          feedback: `${b} is the part of the factor. The missing number is a whole part of the array: ${a} rows of ${b}.`,
          m: factorForProduct,
          move: `Ask: "Point to the ${a} rows of ${b} in the array. How many squares is that?"`,
        },
        {
          match: a * whole,
          feedback: `That is all of $${a} \\times ${whole}$. The missing number is only the part that is left after $${a} \\times 5$.`,
          m: factorForProduct,
          move: `Ask: "If you add $${a} \\times 5$ to your number, do you get $${a} \\times ${whole}$?"`,
        },
      ],
    };
  }
  if (shape === 'join') {
    return {
      stem: `Fill in the missing number: $(${a} \\times 5) + (${a} \\times ${b}) = ${a} \\times ?$`,
      answer: 5 + b,
      params,
      hints: [
        `Picture ${a} rows of 5 next to ${a} rows of ${b}. Push them together.`,
        `Each row now has 5 and ${b} more. How long is each row?`,
      ],
      bottom: `$(${a} \\times 5) + (${a} \\times ${b}) = ${a} \\times (5 + ${b}) = ${a} \\times ${5 + b}$.`,
      wrongs: [
        {
          match: 5 * b,
          feedback: `You multiplied 5 and ${b}. When the two arrays are pushed together, the rows get longer: add the parts of a row.`,
          m: addsInsteadOfMultiplying,
          move: `Ask: "Draw one row with 5 and then ${b} more. How many squares in the row?"`,
        },
        {
          match: a * (5 + b),
          feedback: `That is the value of the whole thing. The box is a factor: ${a} times what?`,
          m: factorForProduct,
          move: `Ask: "Is ${a} times ${a * (5 + b)} the same as your sum?"`,
        },
      ],
    };
  }
  const [p, q] = PAIRS[b % PAIRS.length] ?? [2, 5];
  return {
    stem: `Find the product: $${a} \\times ${p} \\times ${q}$`,
    answer: a * p * q,
    params: { shape, a, p, q },
    hints: [
      'You can multiply the factors in any order. Which two are easy to multiply first?',
      `Try $${p} \\times ${q}$ first, then multiply by ${a}.`,
    ],
    bottom: `$${a} \\times (${p} \\times ${q}) = ${a} \\times ${p * q} = ${a * p * q}$`,
    wrongs: [
      {
        match: a + p + q,
        feedback: 'You added the numbers. Each $\\times$ sign means multiply.',
        m: addsInsteadOfMultiplying,
        move: `Ask: "What does $${p} \\times ${q}$ mean? Show it with counters."`,
      },
      {
        match: a * p,
        feedback: `Good start with $${a} \\times ${p}$! There is one more factor to multiply by.`,
        m: stopsEarly,
        move: `Ask: "How many factors are there? Have you used all of them?"`,
      },
    ],
  };
}

const propertiesTemplate = template({
  id: 'g3-oa-b-properties-missing',
  skill: properties,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['partial', 'partial', 'join', 'assoc', 'assoc'] as const);
    const s = propertySpec(shape, r.int(2, 9), shape === 'assoc' ? r.int(0, PAIRS.length - 1) : r.int(1, 5));
    r.require(valid(s), 'the wrong answers differ from the answer and from each other');
    return body(s);
  },
});

/** toDiv: a × b = c, find c ÷ a; toMul: c ÷ a = b, find b × a. */
export function familySpec(shape: 'toDiv' | 'toMul', a: number, b: number): Spec {
  const c = a * b;
  const params = { shape, a, b };
  if (shape === 'toDiv') {
    return {
      stem: `$${a} \\times ${b} = ${c}$. Use this fact to find $${c} \\div ${a}$.`,
      answer: b,
      params,
      hints: [
        `Say the division as a question: ${a} times what makes ${c}?`,
        `Look at the fact you are given. Which number times ${a} makes ${c}?`,
      ],
      bottom: `$${a} \\times ${b} = ${c}$, so $${c} \\div ${a} = ${b}$.`,
      wrongs: [
        {
          match: c - a,
          feedback: `You subtracted ${a}. Division asks how many ${a}s make ${c}.`,
          m: subtractsInsteadOfDividing,
          move: `Ask: "Is ${a} times ${c - a} equal to ${c}?"`,
        },
        {
          match: a,
          feedback: `${a} is the number you divide by. Which other number is in this fact family?`,
          m: factFamilyMixup,
          move: `Ask: "Name the three numbers in this fact family. Which one is missing from $${c} \\div ${a}$?"`,
        },
      ],
    };
  }
  return {
    stem: `$${c} \\div ${a} = ${b}$. Use this fact to find $${b} \\times ${a}$.`,
    answer: c,
    params,
    hints: [
      `The division fact says ${c} splits into ${a} groups of ${b}.`,
      `Putting the ${a} groups of ${b} back together makes the total.`,
    ],
    bottom: `$${c} \\div ${a} = ${b}$, so $${b} \\times ${a} = ${c}$.`,
    wrongs: [
      {
        match: a + b,
        feedback: `You added ${a} and ${b}. Multiplying puts ${a} groups of ${b} together.`,
        m: addsInsteadOfMultiplying,
        move: `Ask: "Draw ${a} groups with ${b} in each. How many in all?"`,
      },
      {
        match: c - b,
        feedback: 'Close! Count your groups again and compare with the division fact.',
        m: factSlip,
        move: `Ask: "Skip-count by ${b}, ${a} times. Which number do you land on?"`,
      },
    ],
  };
}

const familyTemplate = template({
  id: 'g3-oa-b-fact-family',
  skill: factFamilies,
  count: 36,
  generate: (r) => {
    const s = familySpec(r.pick(['toDiv', 'toMul'] as const), r.int(2, 10), r.int(2, 10));
    r.require(valid(s), 'the wrong answers differ from the answer and from each other');
    return body(s);
  },
});

export default cluster({
  code: '3.OA.B',
  strand: 'whole-numbers',
  title: 'Properties of multiplication; multiplication and division',
  skills: [
    { skill: properties, pool: [propertiesTemplate] },
    { skill: factFamilies, pool: [familyTemplate] },
  ],
  check: [
    fixed('g3-oa-b-check-1', properties, propertySpec('partial', 7, 3)),
    fixed('g3-oa-b-check-2', properties, propertySpec('join', 4, 2)),
    fixed('g3-oa-b-check-3', properties, propertySpec('assoc', 6, 0)),
    fixed('g3-oa-b-check-4', factFamilies, familySpec('toDiv', 8, 4)),
    fixed('g3-oa-b-check-5', factFamilies, familySpec('toMul', 6, 9)),
  ],
  warmUp: [
    fixed('g3-oa-b-warm-up-1', unknownFactor, factorSpec('a?c', 5, 6)),
    fixed('g3-oa-b-warm-up-2', unknownFactor, factorSpec('ab?', 4, 3)),
  ],
  exitTicket: [fixed('g3-oa-b-exit-1', properties, propertySpec('partial', 6, 4))],
  scripts: SCRIPTS,
});
