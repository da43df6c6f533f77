/** 3.OA.A — Represent and solve problems involving multiplication and division. */
import { cluster, curriculumSkill, template } from '../../kit.js';
import {
  addsInsteadOfMultiplying,
  body,
  factSlip,
  fixed,
  NAMES,
  SCRIPTS,
  type Spec,
  subtractsInsteadOfDividing,
  valid,
  wrongOperation,
} from './shared.js';

export const equalGroups = curriculumSkill({
  id: 'g3-oa-a-equal-groups',
  title: 'Solve equal-groups problems with multiplication and division',
  standards: ['3.OA.A.1', '3.OA.A.2', '3.OA.A.3'],
  tutor: {
    summary:
      'Equal groups have three numbers: how many groups, how many in each group, and the total. Multiply when the total is missing; divide when one of the other two is missing.',
    mastery:
      'The student says which number is the groups, which is the size of each group, and which is the total, then picks multiplication or division and checks the answer with the other operation.',
    watchFor: [
      'Adding the two numbers in the story instead of multiplying.',
      'Subtracting one group once when the story asks to share or to make groups.',
    ],
    talkMoves: [
      '"What is one group here? How many are in it?"',
      '"Can you draw it with circles and dots?"',
      '"Does your answer make sense? Check it with multiplication."',
    ],
    workedExample: {
      problem: 'Ana puts 24 stickers into 4 equal rows. How many stickers are in each row?',
      steps: [
        'The total is 24 and there are 4 groups (rows). The size of each group is missing.',
        'Share 24 into 4 equal groups: $24 \\div 4 = 6$, because $4 \\times 6 = 24$.',
        '6 stickers in each row.',
      ],
    },
  },
});

export const unknownFactor = curriculumSkill({
  id: 'g3-oa-a-unknown-factor',
  title: 'Find the unknown number in a multiplication or division equation',
  standards: ['3.OA.A.4'],
  tutor: {
    summary:
      'In $a \\times b = c$ or $c \\div b = a$, any one of the three numbers can be missing. The same fact family connects them, so a missing factor is found by dividing and a missing total by multiplying.',
    mastery: 'The student finds the missing number in any position and checks it by putting it back into the equation.',
    watchFor: ['Subtracting the numbers shown instead of dividing.', 'Being one group off when skip-counting.'],
    talkMoves: [
      '"Read it as a question: 6 times what makes 42?"',
      '"Put your number in the box. Is the equation true?"',
    ],
    workedExample: {
      problem: '$7 \\times ? = 56$',
      steps: [
        'Ask: 7 times what makes 56?',
        'Skip-count by 7: 7, 14, 21, 28, 35, 42, 49, 56. That is 8 sevens.',
        '$7 \\times 8 = 56$, so the missing number is 8.',
      ],
    },
  },
});

type Shape = 'product' | 'share' | 'groups';
const CONTEXTS = [
  ['bag', 'bags', 'apples'],
  ['box', 'boxes', 'crayons'],
  ['row', 'rows', 'chairs'],
  ['jar', 'jars', 'crackers'],
  ['pack', 'packs', 'stickers'],
  ['vase', 'vases', 'flowers'],
] as const;

/** a groups of b; the shape says which of groups, size, total is asked. */
export function groupsSpec(shape: Shape, name: string, ctx: number, a: number, b: number): Spec {
  const [one, many, items] = CONTEXTS[ctx] ?? CONTEXTS[0];
  const c = a * b;
  const params = { shape, name, ctx, a, b };
  if (shape === 'product') {
    return {
      stem: `${name} has ${a} ${many} with ${b} ${items} in each ${one}. How many ${items} are there in all?`,
      answer: c,
      params,
      hints: [
        `Every ${one} has the same number of ${items}. How many ${many} are there, and how many ${items} in each?`,
        `Skip-count by ${b}, one count for each ${one}, or find $${a} \\times ${b}$.`,
      ],
      bottom: `$${a} \\times ${b} = ${c}$, so there are ${c} ${items}.`,
      wrongs: [
        {
          match: a + b,
          feedback: `You added ${a} and ${b}. There are ${b} ${items} in EACH ${one}: try drawing the ${many}.`,
          m: addsInsteadOfMultiplying,
          move: `Ask: "Draw ${a} ${many} with ${b} dots in each. How many dots did you draw?"`,
        },
        {
          match: (a + 1) * b,
          feedback: `Very close! Count your groups again: how many ${many} are there?`,
          m: factSlip,
          move: `Ask: "Skip-count by ${b} and raise a finger for each ${one}. When do you stop?"`,
        },
      ],
    };
  }
  if (shape === 'share') {
    return {
      stem: `${name} shares ${c} ${items} equally among ${a} ${many}. How many ${items} go in each ${one}?`,
      answer: b,
      params,
      hints: [
        `You know the total, ${c}, and the number of ${many}, ${a}. What is missing?`,
        `Think: ${a} times what number makes ${c}?`,
      ],
      bottom: `$${c} \\div ${a} = ${b}$, because $${a} \\times ${b} = ${c}$. Each ${one} gets ${b}.`,
      wrongs: [
        {
          match: c - a,
          feedback: `You took ${a} away from ${c}. Sharing means splitting ${c} into ${a} equal groups.`,
          m: subtractsInsteadOfDividing,
          move: `Ask: "If each ${one} got ${c - a}, how many ${items} would you need?"`,
        },
        {
          match: c * a,
          feedback: `Your answer is bigger than ${c}, the total. Can one ${one} hold more than all the ${items}?`,
          m: wrongOperation,
          move: `Ask: "Will each ${one} get more or fewer than ${c}? So which operation fits?"`,
        },
      ],
    };
  }
  return {
    stem: `${name} has ${c} ${items} and puts ${b} in each ${one}. How many ${many} can ${name} fill?`,
    answer: a,
    params,
    hints: [
      `You know the total, ${c}, and how many go in each ${one}, ${b}. What is missing?`,
      `How many groups of ${b} make ${c}? Skip-count by ${b} until you reach ${c}.`,
    ],
    bottom: `$${c} \\div ${b} = ${a}$, because $${a} \\times ${b} = ${c}$. ${name} fills ${a} ${many}.`,
    wrongs: [
      {
        match: c - b,
        feedback: `You filled one ${one} and stopped. Keep making groups of ${b} until the ${items} run out.`,
        m: subtractsInsteadOfDividing,
        move: `Ask: "After one ${one}, how many ${items} are left? Can you fill another?"`,
      },
      {
        match: c * b,
        feedback: `That is more ${many} than there are ${items}! Check which operation fits the story.`,
        m: wrongOperation,
        move: `Ask: "With ${c} ${items}, could you fill ${c * b} ${many}? How do you find how many groups of ${b}?"`,
      },
    ],
  };
}

const equalGroupsTemplate = template({
  id: 'g3-oa-a-equal-groups-word',
  skill: equalGroups,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['product', 'product', 'share', 'groups'] as const);
    const s = groupsSpec(shape, r.pick(NAMES), r.int(0, CONTEXTS.length - 1), r.int(2, 9), r.int(2, 10));
    r.require(valid(s), 'the wrong answers differ from the answer and from each other');
    return body(s);
  },
});

type FactorShape = 'a?c' | '?bc' | 'c?a' | '?ba' | 'c=a?' | 'ab?';
export function factorSpec(shape: FactorShape, a: number, b: number): Spec {
  const c = a * b;
  const params = { shape, a, b };
  const check = 'Put your number in the box and check that the equation is true.';
  switch (shape) {
    case 'a?c':
    case 'c=a?': {
      const eq = shape === 'a?c' ? `${a} \\times ? = ${c}` : `${c} = ${a} \\times ?`;
      return {
        stem: `Find the missing number: $${eq}$`,
        answer: b,
        params,
        hints: [
          `Read it as a question: ${a} times what number makes ${c}?`,
          `Skip-count by ${a} until you reach ${c}. ${check}`,
        ],
        bottom: `$${a} \\times ${b} = ${c}$, so the missing number is ${b}.`,
        wrongs: [
          {
            match: c - a,
            feedback: `You subtracted ${a} from ${c}. The box is multiplied by ${a}: how many ${a}s make ${c}?`,
            m: subtractsInsteadOfDividing,
            move: `Ask: "What is ${a} times ${c - a}? Is that ${c}?"`,
          },
          {
            match: b + 1,
            feedback: `So close! Check: what is $${a} \\times ${b + 1}$?`,
            m: factSlip,
            move: `Ask the student to skip-count by ${a} out loud, one finger per count.`,
          },
        ],
      };
    }
    case '?bc':
      return {
        stem: `Find the missing number: $? \\times ${b} = ${c}$`,
        answer: a,
        params,
        hints: [
          `Read it as a question: what number times ${b} makes ${c}?`,
          `How many groups of ${b} make ${c}? ${check}`,
        ],
        bottom: `$${a} \\times ${b} = ${c}$, so the missing number is ${a}.`,
        wrongs: [
          {
            match: c - b,
            feedback: `You subtracted ${b} from ${c}. How many ${b}s make ${c}?`,
            m: subtractsInsteadOfDividing,
            move: `Ask: "What is ${c - b} times ${b}? Is that ${c}?"`,
          },
          {
            match: a + 1,
            feedback: `So close! Check: what is $${a + 1} \\times ${b}$?`,
            m: factSlip,
            move: `Ask the student to skip-count by ${b} out loud, one finger per count.`,
          },
        ],
      };
    case 'c?a':
      return {
        stem: `Find the missing number: $${c} \\div ? = ${a}$`,
        answer: b,
        params,
        hints: [
          `${c} split into equal groups gives ${a} in each. How many groups?`,
          `Think: ${a} times what number makes ${c}? ${check}`,
        ],
        bottom: `$${c} \\div ${b} = ${a}$, because $${a} \\times ${b} = ${c}$.`,
        wrongs: [
          {
            match: c - a,
            feedback: `You subtracted. Division asks how many equal groups: ${a} times what makes ${c}?`,
            m: subtractsInsteadOfDividing,
            move: `Ask: "What is ${c} divided by ${c - a}? Is it ${a}?"`,
          },
          {
            match: b + 1,
            feedback: `So close! Check: what is $${a} \\times ${b + 1}$?`,
            m: factSlip,
            move: `Ask the student to skip-count by ${a} out loud, one finger per count.`,
          },
        ],
      };
    case '?ba':
    case 'ab?':
      return {
        stem: `Find the missing number: $${shape === '?ba' ? `? \\div ${b} = ${a}` : `${b} \\times ${a} = ?`}$`,
        answer: c,
        params,
        hints: [`The missing number is the total of ${b} equal groups of ${a}.`, `Skip-count by ${a}, ${b} times.`],
        bottom: `$${b} \\times ${a} = ${c}$, and $${c} \\div ${b} = ${a}$.`,
        wrongs: [
          {
            match: a + b,
            feedback: `You added ${a} and ${b}. But there are ${b} groups with ${a} in each group.`,
            m: addsInsteadOfMultiplying,
            move: `Ask: "Draw ${b} groups with ${a} in each. How many in all?"`,
          },
          {
            match: c - a,
            feedback: `Close! Count your groups of ${a} again: there should be ${b} of them.`,
            m: factSlip,
            move: `Ask: "Skip-count by ${a}, ${b} times. Hold up a finger for each count."`,
          },
        ],
      };
  }
}

const unknownFactorTemplate = template({
  id: 'g3-oa-a-unknown-factor-equation',
  skill: unknownFactor,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['a?c', '?bc', 'c?a', '?ba', 'c=a?', 'ab?'] as const);
    const s = factorSpec(shape, r.int(2, 10), r.int(2, 10));
    r.require(valid(s), 'the wrong answers differ from the answer and from each other');
    return body(s);
  },
});

export default cluster({
  code: '3.OA.A',
  strand: 'whole-numbers',
  title: 'Multiplication and division as equal groups',
  skills: [
    { skill: equalGroups, pool: [equalGroupsTemplate] },
    { skill: unknownFactor, pool: [unknownFactorTemplate] },
  ],
  check: [
    fixed('g3-oa-a-check-1', equalGroups, groupsSpec('product', 'Lin', 0, 4, 6)),
    fixed('g3-oa-a-check-2', equalGroups, groupsSpec('share', 'Omar', 2, 3, 7)),
    fixed('g3-oa-a-check-3', equalGroups, groupsSpec('groups', 'Zoe', 4, 5, 4)),
    fixed('g3-oa-a-check-4', unknownFactor, factorSpec('a?c', 6, 7)),
    fixed('g3-oa-a-check-5', unknownFactor, factorSpec('?ba', 8, 3)),
  ],
  warmUp: [
    fixed('g3-oa-a-warm-up-1', equalGroups, groupsSpec('product', 'Kenji', 1, 3, 5)),
    fixed('g3-oa-a-warm-up-2', equalGroups, groupsSpec('product', 'Amara', 3, 2, 9)),
  ],
  exitTicket: [fixed('g3-oa-a-exit-1', unknownFactor, factorSpec('c?a', 4, 9))],
  scripts: SCRIPTS,
});
