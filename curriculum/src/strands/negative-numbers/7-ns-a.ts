/** 7.NS.A — Apply and extend previous understandings of operations with fractions to rational numbers. */
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
import { absoluteProblem } from './6-ns-c.js';
import {
  addsSizes,
  distanceIgnoresSigns,
  must,
  type Need,
  operationConfusion,
  paren,
  reversesDivision,
  signError,
  signRule,
  subtractNegative,
  tenths,
  wrongDirection,
} from './shared.js';

type Body = ProblemBody<never>;

// ---------------------------------------------------------------- adding and subtracting integers

export const addSubtractIntegers = curriculumSkill({
  id: 'g7-ns-a-add-subtract-integers',
  title: 'Add and subtract positive and negative numbers',
  standards: ['7.NS.A.1b', '7.NS.A.1c'],
  tutor: {
    summary:
      'Adding a positive moves right on the number line; adding a negative moves left. Subtracting is adding the opposite: $5 - (-3) = 5 + 3$.',
    mastery:
      'The student shows each step on a number line, rewrites subtraction as adding the opposite, and predicts the sign before calculating.',
    watchFor: [
      'Computing $5 - (-3)$ as 2.',
      'Adding the sizes when the signs differ: $-7 + 3 = -10$.',
      'The right size with the wrong sign.',
    ],
    talkMoves: [
      '"Where do you start on the number line? Which way do you move, and how far?"',
      '"Rewrite it as adding the opposite. What do you add?"',
      '"Before you calculate: will the answer be positive or negative?"',
    ],
    workedExample: {
      problem: '$-4 - (-9)$',
      steps: ['Subtracting $-9$ is adding its opposite: $-4 + 9$.', 'Start at $-4$ and move 9 to the right.', '$5$'],
    },
  },
});

/** `add`: a + b with opposite signs. `subneg`: a − b with b < 0. `subpos`: a − b with a < 0 < b. */
function integerBody(shape: 'add' | 'subneg' | 'subpos', a: number, b: number, need: Need): Body {
  const answer = shape === 'add' ? a + b : a - b;
  need(answer !== 0 && a !== 0 && b !== 0, 'no zeros');
  const op = shape === 'add' ? '+' : '-';
  const stem = `Find the value: $${a} ${op} ${paren(b)}$`;
  const sign = answer < 0 ? -1 : 1;
  const ladders: Record<typeof shape, [string, string, string]> = {
    add: [
      `The signs are different, so the two parts pull in opposite directions. Which number is farther from 0?`,
      `Start at $${a}$ and move ${Math.abs(b)} to the ${b < 0 ? 'left' : 'right'}. Or: $${Math.max(Math.abs(a), Math.abs(b))} - ${Math.min(Math.abs(a), Math.abs(b))}$, with the sign of the number farther from 0.`,
      `$${a} + ${paren(b)} = ${answer}$`,
    ],
    subneg: [
      `Subtracting a number is adding its opposite. What is the opposite of $${b}$?`,
      `$${a} - ${paren(b)} = ${a} + ${-b}$. Start at $${a}$ and move ${-b} to the right.`,
      `$${a} + ${-b} = ${answer}$`,
    ],
    subpos: [
      `You start below 0 and take away more. Which way do you move on the number line?`,
      `Start at $${a}$ and move ${b} to the left: $${a} + ${paren(-b)}$.`,
      `$${a} - ${b} = ${answer}$`,
    ],
  };
  const [hint1, hint2, last] = ladders[shape];
  const second = {
    add: wrongAnswer({
      match: String(sign * (Math.abs(a) + Math.abs(b))),
      feedback: `You added ${Math.abs(a)} and ${Math.abs(b)}. When the signs are different, the moves go in opposite directions.`,
      misconception: addsSizes,
      tutorMove: `Ask: "Start at $${a}$. Adding $${b}$ moves which way? Do you end farther from 0 or closer?"`,
    }),
    subneg: wrongAnswer({
      match: String(a + b),
      feedback: `Subtracting a negative is not the same as subtracting. Rewrite it as adding the opposite of $${b}$.`,
      misconception: subtractNegative,
      tutorMove: `Ask: "What is the opposite of $${b}$? So $${a} - ${paren(b)}$ is $${a}$ plus what?"`,
    }),
    subpos: wrongAnswer({
      match: String(a - -b),
      feedback: `You moved right, toward the positives. Taking away ${b} moves LEFT from $${a}$.`,
      misconception: wrongDirection,
      tutorMove: `Ask the student to put a finger on $${a}$ and move ${b} steps left on a number line.`,
    }),
  }[shape];
  need(Number(second.match) !== answer && Number(second.match) !== -answer, 'wrong answers differ');
  return {
    stem,
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { shape, a, b },
    hints: [hint(hint1), hint(hint2), bottomOut(last)],
    wrongAnswers: [
      second,
      wrongAnswer({
        match: String(-answer),
        feedback: `The size of your answer is right, but check the sign. Where do you end on the number line?`,
        misconception: signError,
        tutorMove: `Ask: "Before you calculate, will the answer be left or right of 0? Why?"`,
      }),
    ],
  };
}

const integerTemplate = template({
  id: 'g7-ns-a-add-subtract',
  skill: addSubtractIntegers,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['add', 'subneg', 'subpos'] as const);
    const x = r.int(1, 20);
    const y = r.int(1, 20);
    const [a, b] = {
      add: r.pick([true, false]) ? [-x, y] : [x, -y],
      subneg: [r.pick([-1, 1]) * x, -y],
      subpos: [-x, y],
    }[shape];
    return integerBody(shape, a as number, b as number, r.require);
  },
});

// ---------------------------------------------------------------- multiplying and dividing integers

export const multiplyDivideIntegers = curriculumSkill({
  id: 'g7-ns-a-multiply-divide-integers',
  title: 'Multiply and divide positive and negative numbers',
  standards: ['7.NS.A.2a', '7.NS.A.2b'],
  tutor: {
    summary:
      'Multiply or divide the sizes, then decide the sign: the same signs give a positive, different signs give a negative. Division undoes multiplication, so it follows the same rule.',
    mastery:
      'The student says the sign first ("different signs, so negative"), then the size, and checks a quotient by multiplying back.',
    watchFor: [
      'Thinking two negatives multiply to a negative.',
      'Using the adding rules, or dividing the smaller number by the larger.',
    ],
    talkMoves: [
      '"Same signs or different signs? So is the answer positive or negative?"',
      '"Check it: multiply your answer by the divisor. Do you get back where you started?"',
    ],
    workedExample: {
      problem: '$-24 \\div (-6)$',
      steps: [
        'Sizes: $24 \\div 6 = 4$.',
        'Both negative, same signs: positive.',
        '$4$. Check: $4 \\times (-6) = -24$.',
      ],
    },
  },
});

/** `mul`: a × b. `div`: (a·b) ÷ b, whose answer is a. */
function productBody(shape: 'mul' | 'div', a: number, b: number, need: Need): Body {
  need(Math.abs(a) >= 2 && Math.abs(b) >= 2 && (a < 0 || b < 0), 'a negative, no ±1');
  const dividend = a * b;
  const answer = shape === 'mul' ? a * b : a;
  const [x, y] = shape === 'mul' ? [a, b] : [dividend, b];
  const sym = shape === 'mul' ? '\\times' : '\\div';
  const signs = x < 0 === y < 0 ? 'the same signs' : 'different signs';
  const other =
    shape === 'mul'
      ? wrongAnswer({
          match: String(a + b),
          feedback: `You added the numbers. This is multiplication: find ${Math.abs(a)} groups of ${Math.abs(b)}, then decide the sign.`,
          misconception: operationConfusion,
          tutorMove: `Ask: "What does $${a} ${sym} ${paren(b)}$ ask you to do? What is $${Math.abs(a)} \\times ${Math.abs(b)}$?"`,
        })
      : wrongAnswer({
          match: answerText(frac(b, dividend)),
          feedback: `You divided $${b}$ by $${dividend}$. Division keeps its order: $${dividend}$ is split by $${b}$.`,
          misconception: reversesDivision,
          tutorMove: `Ask: "What times $${paren(b)}$ gives $${dividend}$?"`,
        });
  need(![answer, -answer].includes(Number(other.match)), 'wrong answers differ');
  return {
    stem: `Find the value: $${x} ${sym} ${paren(y)}$`,
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { shape, a, b },
    hints: [
      hint(`First ignore the signs: what is $${Math.abs(x)} ${sym} ${Math.abs(y)}$?`),
      hint(
        `Now the sign: $${x}$ and $${y}$ have ${signs}, so the answer is ${x < 0 === y < 0 ? 'positive' : 'negative'}.`,
      ),
      bottomOut(`$${x} ${sym} ${paren(y)} = ${answer}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: String(-answer),
        feedback: `The size is right; check the sign. ${signs === 'the same signs' ? 'Same signs give a positive.' : 'Different signs give a negative.'}`,
        misconception: signRule,
        tutorMove: `Ask: "Are the signs the same or different? What does that tell you?" Then check with the pattern $3 \\times ${paren(y < 0 ? -2 : 2)}$, $2 \\times ${paren(y < 0 ? -2 : 2)}$, … down to $-1 \\times ${paren(y < 0 ? -2 : 2)}$.`,
      }),
      other,
    ],
  };
}

const productTemplate = template({
  id: 'g7-ns-a-multiply-divide',
  skill: multiplyDivideIntegers,
  count: 36,
  generate: (r) => {
    const [sa, sb] = r.pick([
      [-1, -1],
      [-1, 1],
      [1, -1],
    ]) as [number, number];
    return productBody(r.pick(['mul', 'div'] as const), sa * r.int(2, 12), sb * r.int(2, 12), r.require);
  },
});

// ---------------------------------------------------------------- rational numbers in context

export const rationalContexts = curriculumSkill({
  id: 'g7-ns-a-rational-number-problems',
  title: 'Solve problems with positive and negative decimals',
  standards: ['7.NS.A.3', '7.NS.A.1d'],
  tutor: {
    summary:
      'Temperatures and elevations go below zero. A rise or a climb adds, a drop or a dive subtracts; the change between two values is the later one minus the earlier one.',
    mastery:
      'The student writes the number sentence first ($-4.5 + 7$), sketches a vertical number line, and checks the answer against the story.',
    watchFor: [
      'Subtracting the sizes when a change crosses zero.',
      'Moving the wrong way: adding for a drop, subtracting for a climb.',
    ],
    talkMoves: [
      '"Write the number sentence before you calculate. What is the start? What happens?"',
      '"Does the answer make sense? Should it be above or below zero?"',
    ],
    workedExample: {
      problem: 'It was $-3.5$ °C at 6 a.m. and $4$ °C at noon. How many degrees did it rise?',
      steps: ['Change: $4 - (-3.5) = 4 + 3.5$.', 'From $-3.5$ up to 0 is 3.5; from 0 up to 4 is 4.', '$7.5$ degrees'],
    },
  },
});

/** Numbers in tenths. `rise`: from a < 0 to b > 0. `dive`: at a < 0, up by b. `drop`: at a > 0, down by b. */
function contextBody(shape: 'rise' | 'dive' | 'drop', a: number, b: number, need: Need): Body {
  const answer = { rise: b - a, dive: a + b, drop: a - b }[shape];
  const first = { rise: b + a, dive: a - b, drop: a + b }[shape];
  need(answer !== 0 && first !== answer && first !== -answer, 'wrong answers differ');
  need(shape === 'rise' || answer < 0, 'the diver stays under water; the drop goes below zero');
  const [A, B, R] = [tenths(a), tenths(b), tenths(answer)];
  const stems = {
    rise: `At 6 a.m. the temperature was $${A}$ °C. At noon it was $${B}$ °C. By how many degrees did the temperature rise?`,
    dive: `A diver is at an elevation of $${A}$ meters (below sea level). She swims up ${B} meters. What is her new elevation, in meters?`,
    drop: `At 4 p.m. the temperature was $${A}$ °C. By midnight it had dropped ${B} degrees. What was the temperature at midnight, in °C?`,
  };
  const sentence = {
    rise: `${B} - (${A}) = ${B} + ${tenths(-a)}`,
    dive: `${A} + ${B}`,
    drop: `${A} - ${B}`,
  }[shape];
  return {
    stem: stems[shape],
    answer: numeric({ value: R }),
    params: { shape, a, b },
    hints: [
      hint(
        shape === 'rise'
          ? `The change is the later temperature minus the earlier one. Sketch a thermometer: how far from $${A}$ up to 0, then from 0 to ${B}?`
          : `Write a number sentence: start at $${A}$, then ${shape === 'dive' ? 'go UP' : 'go DOWN'} ${B}. Which sign goes between them?`,
      ),
      hint(
        shape === 'rise'
          ? `From $${A}$ up to 0 is ${tenths(-a)}. From 0 up to ${B} is ${B}. Add the two parts.`
          : `The number sentence is $${sentence}$. Use a number line: does the answer end above or below 0?`,
      ),
      bottomOut(`$${sentence} = ${R}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: tenths(first),
        feedback:
          shape === 'rise'
            ? `You subtracted ${tenths(-a)} from ${B}. The temperature went up through 0, so the two parts add.`
            : `Check the direction: ${shape === 'dive' ? 'swimming up' : 'a drop'} moves ${shape === 'dive' ? 'up, toward 0' : 'down'} from $${A}$.`,
        misconception: shape === 'rise' ? distanceIgnoresSigns : wrongDirection,
        tutorMove:
          shape === 'rise'
            ? `Ask the student to count up on a thermometer drawing from $${A}$ to 0, then from 0 to ${B}.`
            : `Ask: "Start at $${A}$. Does your answer end up higher or lower? Should it?"`,
      }),
      wrongAnswer({
        match: tenths(-answer),
        feedback: `The size of your answer is right; check the sign. Is the answer above or below zero?`,
        misconception: signError,
        tutorMove: `Ask: "Sketch it on a vertical number line. Where do you end, above 0 or below?"`,
      }),
    ],
  };
}

const contextTemplate = template({
  id: 'g7-ns-a-rational-contexts',
  skill: rationalContexts,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['rise', 'dive', 'drop'] as const);
    const x = 5 * r.int(1, 30);
    const y = 5 * r.int(1, 30);
    return contextBody(shape, shape === 'drop' ? x : -x, y, r.require);
  },
});

// ---------------------------------------------------------------- the cluster

const fixedInteger = (id: string, shape: 'add' | 'subneg' | 'subpos', a: number, b: number) =>
  problem({ id, skill: addSubtractIntegers, ...integerBody(shape, a, b, must) });
const fixedProduct = (id: string, shape: 'mul' | 'div', a: number, b: number) =>
  problem({ id, skill: multiplyDivideIntegers, ...productBody(shape, a, b, must) });
const fixedContext = (id: string, shape: 'rise' | 'dive' | 'drop', a: number, b: number) =>
  problem({ id, skill: rationalContexts, ...contextBody(shape, a, b, must) });

export default cluster({
  code: '7.NS.A',
  strand: 'negative-numbers',
  title: 'Operations with positive and negative numbers',
  skills: [
    { skill: addSubtractIntegers, pool: [integerTemplate] },
    { skill: multiplyDivideIntegers, pool: [productTemplate] },
    { skill: rationalContexts, pool: [contextTemplate] },
  ],
  check: [
    fixedInteger('g7-ns-a-check-1', 'add', -9, 4),
    fixedInteger('g7-ns-a-check-2', 'subneg', 6, -5),
    fixedProduct('g7-ns-a-check-3', 'mul', -7, -3),
    fixedProduct('g7-ns-a-check-4', 'div', -4, 6),
    fixedContext('g7-ns-a-check-5', 'rise', -25, 60),
  ],
  // Warm-up on the grade 6 skill this cluster builds on: opposites.
  warmUp: [
    absoluteProblem('g7-ns-a-warm-up-1', 'opp', -8, 0),
    absoluteProblem('g7-ns-a-warm-up-2', 'opp', 13, 0),
    absoluteProblem('g7-ns-a-warm-up-3', 'sum', -5, 3),
  ],
  exitTicket: [fixedInteger('g7-ns-a-exit-1', 'subpos', -3, 8), fixedProduct('g7-ns-a-exit-2', 'mul', 5, -4)],
  scripts: {
    warmUp: 'Opposites first: subtracting is adding the opposite, so we need them today.',
    practice: 'Work on your own; I will come around. Say the sign of the answer before you calculate.',
    check: 'Five problems, no hints from me. Sketch a number line when the signs get tricky.',
    exitTicket: 'Two last problems. Then tell me one rule about signs in your own words.',
  },
});
