/** 3.OA.D — Solve problems involving the four operations, and identify and explain patterns in arithmetic. */
import { cluster, curriculumSkill, misconception, template } from '../../kit.js';
import { factSpec, multiplyFacts } from './3-oa-c.js';
import {
  addsInsteadOfMultiplying,
  body,
  fixed,
  NAMES,
  SCRIPTS,
  type Spec,
  stopsEarly,
  subtractsInsteadOfDividing,
  valid,
} from './shared.js';

const wrongRule = misconception({
  id: 'wn-pattern-wrong-rule',
  title: 'Uses the wrong rule for a pattern',
  description:
    'Continues a pattern with its first number or another number instead of the amount it changes by each time.',
});

const skipsTerm = misconception({
  id: 'wn-pattern-skips-term',
  title: 'Skips a term of the pattern',
  description: 'Applies the rule twice, so the answer is the number after the next one.',
});

const wrongDirection = misconception({
  id: 'wn-pattern-wrong-direction',
  title: 'Goes the wrong way in a pattern',
  description: 'Adds the step to a pattern that is going down (or subtracts in one going up).',
});

export const twoStep = curriculumSkill({
  id: 'g3-oa-d-two-step',
  title: 'Solve two-step word problems',
  standards: ['3.OA.D.8'],
  tutor: {
    summary:
      'A two-step problem hides a first answer that the question does not ask for. Find it, then use it in the second step. Writing one equation with a letter for the unknown keeps the steps in order.',
    mastery:
      'The student names the two steps before computing, writes an equation, and checks that the answer fits the story.',
    watchFor: ['Stopping after the first step.', 'Adding the numbers of the story instead of multiplying.'],
    talkMoves: [
      '"What do you need to know first?"',
      '"Tell me the story in your own words. What happens first, then next?"',
      '"Does your answer make sense in the story?"',
    ],
    workedExample: {
      problem: 'Ravi buys 4 packs of 6 markers and gives away 5. How many markers does he have?',
      steps: [
        'First step: how many markers he bought: $4 \\times 6 = 24$.',
        'Second step: he gives away 5: $24 - 5 = 19$.',
        'One equation: $4 \\times 6 - 5 = m$, so $m = 19$ markers.',
      ],
    },
  },
});

export const patterns = curriculumSkill({
  id: 'g3-oa-d-patterns',
  title: 'Continue arithmetic patterns',
  standards: ['3.OA.D.9'],
  tutor: {
    summary:
      'In an arithmetic pattern every number changes by the same amount. Find that amount by comparing neighbours, then keep going; patterns in the times table (count by 4s) are the same idea.',
    mastery:
      'The student finds the change between neighbours, checks it across the whole pattern, and explains the rule in words.',
    watchFor: ['Using the first number as the rule.', 'Going the wrong way in a decreasing pattern.'],
    talkMoves: [
      '"How much does it change from one number to the next? Check every jump."',
      '"Is the pattern going up or down?"',
    ],
    workedExample: {
      problem: 'What comes next? 3, 7, 11, 15, ?',
      steps: ['The jumps: 3 to 7 is +4, 7 to 11 is +4, 11 to 15 is +4.', 'The rule is add 4.', '$15 + 4 = 19$'],
    },
  },
});

type StepShape = 'mulSub' | 'mulAdd' | 'divAdd';
const THINGS = ['cards', 'stickers', 'beads', 'markers', 'shells', 'stamps'];

/** mulSub: a packs of b, gives away e; mulAdd: has e, buys a packs of b; divAdd: a·b shared by a, plus e each. */
export function twoStepSpec(shape: StepShape, name: string, t: number, a: number, b: number, e: number): Spec {
  const things = THINGS[t] ?? 'cards';
  const c = a * b;
  const params = { shape, name, t, a, b, e };
  if (shape === 'mulSub') {
    return {
      stem: `${name} buys ${a} packs of ${things} with ${b} in each pack, then gives away ${e}. How many ${things} does ${name} have now?`,
      answer: c - e,
      params,
      hints: [
        'What do you need to find first?',
        `First find how many ${things} are in ${a} packs of ${b}. Then take away ${e}.`,
      ],
      bottom: `$${a} \\times ${b} = ${c}$, then $${c} - ${e} = ${c - e}$ ${things}.`,
      wrongs: [
        {
          match: c,
          feedback: `You found how many ${name} bought. Read the story again: what happens next?`,
          m: stopsEarly,
          move: `Ask: "After buying ${c}, what does ${name} do? Act it out."`,
        },
        {
          match: a + b - e,
          feedback: `There are ${b} in EACH of ${a} packs. Is ${a} + ${b} the number of ${things} bought?`,
          m: addsInsteadOfMultiplying,
          move: `Ask: "Draw the ${a} packs. How many ${things} are in all of them?"`,
        },
      ],
    };
  }
  if (shape === 'mulAdd') {
    return {
      stem: `${name} has ${e} ${things}, then buys ${a} packs with ${b} ${things} in each pack. How many ${things} does ${name} have now?`,
      answer: e + c,
      params,
      hints: [
        'Which part of the story needs multiplying?',
        `Find how many are in ${a} packs of ${b}, then add the ${e} from the start.`,
      ],
      bottom: `$${a} \\times ${b} = ${c}$, then $${e} + ${c} = ${e + c}$ ${things}.`,
      wrongs: [
        {
          match: c,
          feedback: `That is how many are in the new packs. ${name} had some ${things} at the start too.`,
          m: stopsEarly,
          move: `Ask: "How many did ${name} have before buying? Where are those in your answer?"`,
        },
        {
          match: e + a + b,
          feedback: `Each pack has ${b} ${things}. How many are in ${a} packs?`,
          m: addsInsteadOfMultiplying,
          move: `Ask: "Skip-count the packs by ${b}. How many ${things} are in the packs?"`,
        },
      ],
    };
  }
  return {
    stem: `${name} shares ${c} ${things} equally among ${a} friends. Then each friend gets ${e} more. How many ${things} does each friend have now?`,
    answer: b + e,
    params,
    hints: ['What do you need to find first?', `First share ${c} into ${a} equal groups. Then add ${e} to one group.`],
    bottom: `$${c} \\div ${a} = ${b}$, then $${b} + ${e} = ${b + e}$ ${things} each.`,
    wrongs: [
      {
        match: b,
        feedback: 'Good sharing! But each friend then gets more. Read the last part again.',
        m: stopsEarly,
        move: `Ask: "After sharing, what happens next in the story?"`,
      },
      {
        match: c - a + e,
        feedback: `Sharing ${c} among ${a} friends means making ${a} equal groups, not taking ${a} away.`,
        m: subtractsInsteadOfDividing,
        move: `Ask: "Deal out ${c} counters to ${a} friends. How many does each get?"`,
      },
    ],
  };
}

const twoStepTemplate = template({
  id: 'g3-oa-d-two-step-word',
  skill: twoStep,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['mulSub', 'mulAdd', 'divAdd'] as const);
    const s = twoStepSpec(shape, r.pick(NAMES), r.int(0, THINGS.length - 1), r.int(2, 9), r.int(2, 10), r.int(2, 12));
    r.require(valid(s), 'the wrong answers differ, are whole and not negative');
    return body(s);
  },
});

/** The next number of s, s ± d, s ± 2d, s ± 3d. */
export function patternSpec(down: boolean, s: number, d: number): Spec {
  const step = down ? -d : d;
  const terms = [0, 1, 2, 3].map((i) => s + i * step);
  const last = terms[3] ?? s;
  const next = last + step;
  const list = terms.join(', ');
  return {
    stem: `What number comes next? ${list}, ?`,
    answer: next,
    params: { down: down ? 1 : 0, s, d },
    hints: [
      'Look at each jump from one number to the next. Is it the same every time?',
      `From ${terms[0]} to ${terms[1]} the pattern goes ${down ? 'down' : 'up'} by ${d}. Check the other jumps, then make one more jump.`,
    ],
    bottom: `The rule is ${down ? 'subtract' : 'add'} ${d}: $${last} ${down ? '-' : '+'} ${d} = ${next}$.`,
    wrongs: [
      down
        ? {
            match: last + d,
            feedback: 'Is the pattern going up or down? Look at the numbers again.',
            m: wrongDirection,
            move: `Ask: "Is ${terms[1]} bigger or smaller than ${terms[0]}? So should the next number be bigger or smaller than ${last}?"`,
          }
        : {
            match: last + s,
            feedback: `You added ${s}, the first number. Look at how much each jump is.`,
            m: wrongRule,
            move: `Ask: "How much is the jump from ${terms[0]} to ${terms[1]}? And from ${terms[1]} to ${terms[2]}?"`,
          },
      {
        match: last + 2 * step,
        feedback: 'You found the rule! Check: did you make one jump or two?',
        m: skipsTerm,
        move: `Ask: "Point to ${last}. Make one jump. Where do you land?"`,
      },
    ],
  };
}

const patternTemplate = template({
  id: 'g3-oa-d-pattern-next',
  skill: patterns,
  count: 36,
  generate: (r) => {
    const down = r.int(0, 2) === 0;
    const d = r.int(2, 10);
    const s = down ? r.int(5 * d, 100) : r.int(1, 40);
    const spec = patternSpec(down, s, d);
    r.require(s !== d, 'the first number differs from the step');
    r.require(valid(spec), 'the wrong answers differ from the answer and are not negative');
    return body(spec);
  },
});

export default cluster({
  code: '3.OA.D',
  strand: 'whole-numbers',
  title: 'Two-step problems and arithmetic patterns',
  skills: [
    { skill: twoStep, pool: [twoStepTemplate] },
    { skill: patterns, pool: [patternTemplate] },
  ],
  check: [
    fixed('g3-oa-d-check-1', twoStep, twoStepSpec('mulSub', 'Priya', 0, 3, 8, 5)),
    fixed('g3-oa-d-check-2', twoStep, twoStepSpec('mulAdd', 'Diego', 2, 5, 4, 7)),
    fixed('g3-oa-d-check-3', twoStep, twoStepSpec('divAdd', 'Fatima', 4, 4, 6, 3)),
    fixed('g3-oa-d-check-4', patterns, patternSpec(false, 5, 4)),
    fixed('g3-oa-d-check-5', patterns, patternSpec(true, 60, 6)),
  ],
  warmUp: [
    fixed('g3-oa-d-warm-up-1', multiplyFacts, factSpec('mul', 4, 7)),
    fixed('g3-oa-d-warm-up-2', multiplyFacts, factSpec('mul', 6, 8)),
    fixed('g3-oa-d-warm-up-3', multiplyFacts, factSpec('mul', 3, 9)),
  ],
  exitTicket: [fixed('g3-oa-d-exit-1', twoStep, twoStepSpec('mulSub', 'Noah', 3, 6, 5, 8))],
  scripts: SCRIPTS,
});
