/** 3.OA.C — Multiply and divide within 100. */
import { cluster, curriculumSkill, template } from '../../kit.js';
import { factFamilies, familySpec } from './3-oa-b.js';
import {
  addsInsteadOfMultiplying,
  body,
  factSlip,
  fixed,
  SCRIPTS,
  type Spec,
  subtractsInsteadOfDividing,
  valid,
} from './shared.js';

export const multiplyFacts = curriculumSkill({
  id: 'g3-oa-c-multiply-facts',
  title: 'Multiply within 100 using strategies',
  standards: ['3.OA.C.7'],
  tutor: {
    summary:
      'Fluent facts grow from strategies: use a fact you know ($\\times 2$, $\\times 5$, $\\times 10$) and add or take away a group. $7 \\times 6$ is $7 \\times 5$ and one more 7.',
    mastery:
      'The student answers a product or a missing factor within a few seconds, or quickly derives it from a nearby fact and says which fact helped.',
    watchFor: ['Adding the factors.', 'Landing one group off a known fact.'],
    talkMoves: ['"Which fact do you already know that is close to this one?"', '"How many groups did you add on?"'],
    workedExample: {
      problem: '$8 \\times 7$',
      steps: [
        'A nearby fact: $8 \\times 5 = 40$.',
        '$8 \\times 7$ is two more groups of 8: $40 + 16 = 56$.',
        '$8 \\times 7 = 56$',
      ],
    },
  },
});

export const divideFacts = curriculumSkill({
  id: 'g3-oa-c-divide-facts',
  title: 'Divide within 100 by thinking multiplication',
  standards: ['3.OA.C.7'],
  tutor: {
    summary: 'Every division fact within 100 hides a multiplication fact: $63 \\div 7$ asks "7 times what is 63?".',
    mastery:
      'The student finds quotients and missing dividends quickly by thinking of the multiplication fact, and checks by multiplying.',
    watchFor: ['Subtracting instead of dividing.', 'Being one group off when skip-counting.'],
    talkMoves: ['"Say it as a times question."', '"How can you check your answer with multiplication?"'],
    workedExample: {
      problem: '$63 \\div 7$',
      steps: ['Ask: 7 times what is 63?', '$7 \\times 9 = 63$', '$63 \\div 7 = 9$'],
    },
  },
});

type FactShape = 'mul' | 'mulMissing' | 'div' | 'divMissing';

function strategy(a: number, b: number): string {
  if (b > 5)
    return `Start from a fact you know: $${a} \\times 5 = ${a * 5}$. How many more groups of ${a} do you need?`;
  if (b === 4) return `Double and double again: $${a} \\times 2$, then double that.`;
  return `Skip-count by ${a}, ${b} times, one finger for each count.`;
}

/** mul: a × b = ?; mulMissing: a × ? = ab; div: ab ÷ b = ?; divMissing: ? ÷ b = a. */
export function factSpec(shape: FactShape, a: number, b: number): Spec {
  const c = a * b;
  const params = { shape, a, b };
  switch (shape) {
    case 'mul':
      return {
        stem: `Multiply: $${a} \\times ${b}$`,
        answer: c,
        params,
        hints: [
          `$${a} \\times ${b}$ means ${a} groups of ${b}${a === b ? '' : `, or ${b} groups of ${a}`}. Which fact nearby do you know?`,
          strategy(a, b),
        ],
        bottom: `$${a} \\times ${b} = ${c}$`,
        wrongs: [
          {
            match: a + b,
            feedback: `You added ${a} and ${b}. Multiplying means ${b} groups of ${a}.`,
            m: addsInsteadOfMultiplying,
            move: `Ask: "Show me ${b} groups of ${a} with counters or a drawing."`,
          },
          {
            match: a * (b - 1),
            feedback: 'Close! You may be one group short. Count the groups again.',
            m: factSlip,
            move: `Ask: "Skip-count by ${a} and raise a finger each time. Did you raise ${b} fingers?"`,
          },
        ],
      };
    case 'mulMissing':
      return {
        stem: `Find the missing factor: $${a} \\times ? = ${c}$`,
        answer: b,
        params,
        hints: [
          `Ask yourself: how many groups of ${a} make ${c}?`,
          `Skip-count by ${a} and count how many times you count until you reach ${c}.`,
        ],
        bottom: `$${a} \\times ${b} = ${c}$, so the missing factor is ${b}.`,
        wrongs: [
          {
            match: c - a,
            feedback: `You subtracted ${a}. Find how many ${a}s make ${c}.`,
            m: subtractsInsteadOfDividing,
            move: `Ask: "Is ${a} times ${c - a} really ${c}? Try it."`,
          },
          {
            match: b - 1,
            feedback: `Close! Check: what is $${a} \\times ${b - 1}$?`,
            m: factSlip,
            move: `Ask the student to skip-count by ${a} to ${c}, one finger for each count.`,
          },
        ],
      };
    case 'div':
      return {
        stem: `Divide: $${c} \\div ${b}$`,
        answer: a,
        params,
        hints: [
          `Say it as a times question: ${b} times what makes ${c}?`,
          `Skip-count by ${b} until you reach ${c}. How many counts did it take?`,
        ],
        bottom: `$${b} \\times ${a} = ${c}$, so $${c} \\div ${b} = ${a}$.`,
        wrongs: [
          {
            match: c - b,
            feedback: `You subtracted ${b} once. Division asks how many groups of ${b} fit in ${c}.`,
            m: subtractsInsteadOfDividing,
            move: `Ask: "How many groups of ${b} can you make from ${c} counters?"`,
          },
          {
            match: a + 1,
            feedback: `Close! Check: what is $${b} \\times ${a + 1}$?`,
            m: factSlip,
            move: `Ask: "Multiply your answer by ${b}. Do you get ${c}?"`,
          },
        ],
      };
    case 'divMissing':
      return {
        stem: `Find the missing number: $? \\div ${b} = ${a}$`,
        answer: c,
        params,
        hints: [
          `The missing number splits into ${b} equal groups with ${a} in each.`,
          `Multiply to find the total: ${b} groups of ${a}.`,
        ],
        bottom: `$${b} \\times ${a} = ${c}$, so $${c} \\div ${b} = ${a}$.`,
        wrongs: [
          {
            match: a + b,
            feedback: `You added ${a} and ${b}. Check: is $${a + b} \\div ${b}$ equal to ${a}?`,
            m: addsInsteadOfMultiplying,
            move: `Ask: "Draw ${b} groups of ${a}. How many in all?"`,
          },
          {
            match: c + b,
            feedback: 'Close! Check your answer: divide it by the divisor. Do you get the quotient shown?',
            m: factSlip,
            move: `Ask: "What is ${c + b} divided by ${b}? Is it ${a}?"`,
          },
        ],
      };
  }
}

const multiplyTemplate = template({
  id: 'g3-oa-c-multiply-fact',
  skill: multiplyFacts,
  count: 36,
  generate: (r) => {
    const s = factSpec(r.pick(['mul', 'mul', 'mulMissing'] as const), r.int(2, 10), r.int(3, 10));
    r.require(valid(s), 'the wrong answers differ from the answer and from each other');
    return body(s);
  },
});

const divideTemplate = template({
  id: 'g3-oa-c-divide-fact',
  skill: divideFacts,
  count: 36,
  generate: (r) => {
    const s = factSpec(r.pick(['div', 'divMissing'] as const), r.int(2, 10), r.int(2, 10));
    r.require(valid(s), 'the wrong answers differ from the answer and from each other');
    return body(s);
  },
});

export default cluster({
  code: '3.OA.C',
  strand: 'whole-numbers',
  title: 'Multiply and divide within 100',
  skills: [
    { skill: multiplyFacts, pool: [multiplyTemplate] },
    { skill: divideFacts, pool: [divideTemplate] },
  ],
  check: [
    fixed('g3-oa-c-check-1', multiplyFacts, factSpec('mul', 7, 8)),
    fixed('g3-oa-c-check-2', multiplyFacts, factSpec('mulMissing', 6, 9)),
    fixed('g3-oa-c-check-3', divideFacts, factSpec('div', 8, 6)),
    fixed('g3-oa-c-check-4', divideFacts, factSpec('divMissing', 9, 4)),
    fixed('g3-oa-c-check-5', multiplyFacts, factSpec('mul', 9, 6)),
  ],
  warmUp: [
    fixed('g3-oa-c-warm-up-1', factFamilies, familySpec('toDiv', 5, 7)),
    fixed('g3-oa-c-warm-up-2', factFamilies, familySpec('toMul', 3, 8)),
  ],
  exitTicket: [
    fixed('g3-oa-c-exit-1', multiplyFacts, factSpec('mul', 6, 7)),
    fixed('g3-oa-c-exit-2', divideFacts, factSpec('div', 7, 9)),
  ],
  scripts: SCRIPTS,
});
