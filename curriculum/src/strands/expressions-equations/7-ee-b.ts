/** 7.EE.B — Solve real-life and mathematical problems using numerical and algebraic expressions and equations. */
import { bottomOut, cluster, curriculumSkill, hint, numeric, problem, template, wrongAnswer } from '../../kit.js';
import { fixed as fixed6b } from './6-ee-b.js';
import {
  distributeFirstOnly,
  fixedNeed,
  LETTERS,
  type Need,
  ratio,
  SCRIPTS,
  sameOperation,
  signed,
  stopsEarly,
  undoOrder,
} from './shared.js';

// ---- Skill 1: px + q = r ----------------------------------------------------------------------------

export const twoStepLinear = curriculumSkill({
  id: 'g7-ee-b-solve-px-q',
  title: 'Solve two-step equations like 3x + 5 = 20',
  standards: ['7.EE.B.4a'],
  tutor: {
    summary:
      'In $3x + 6 = 21$, $x$ was multiplied by 3 and then 6 was added. Undo in reverse order: subtract 6 first, then divide by 3.',
    mastery: 'The student undoes the addition first, then the multiplication, and checks by substituting.',
    watchFor: ['Adding $q$ instead of subtracting it.', 'Dividing first and then subtracting $q$ from the quotient.'],
    talkMoves: [
      '"What was done to $x$ first? What was done last? Which do we undo first?"',
      '"Cover the $3x$ with your finger: what plus 6 is 21?"',
      '"Put your answer back in. Does the left side come out to 21?"',
    ],
    workedExample: {
      problem: 'Solve $4x - 5 = 23$.',
      steps: [
        'Undo the $-5$: add 5 to both sides. $4x = 28$.',
        'Undo the times 4: $x = 28 \\div 4 = 7$.',
        'Check: $4(7) - 5 = 23$.',
      ],
    },
  },
});

interface LinearParams {
  readonly v: string;
  readonly p: number;
  readonly q: number;
  readonly x: number;
}

function linearBody(params: LinearParams, need: Need) {
  const { v, p, q, x } = params;
  const r = p * x + q;
  const same = ratio(r + q, p);
  const early = ratio(r - p * q, p);
  need(q !== 0 && p > 1 && same !== String(x) && early !== String(x) && same !== early, 'wrong answers differ');
  const undoQ = q > 0 ? `subtract ${q}` : `add ${-q}`;
  return {
    stem: `Solve for $${v}$: $${p}${v}${signed(q)} = ${r}$`,
    answer: numeric({ value: String(x), forms: ['integer'] }),
    params: { ...params },
    hints: [
      hint(
        `$${v}$ was multiplied by ${p}, then ${q > 0 ? `${q} was added` : `${-q} was subtracted`}. Undo the last step first.`,
      ),
      hint(
        `${undoQ[0]?.toUpperCase()}${undoQ.slice(1)} on both sides: $${p}${v} = ${r - q}$. Now undo the multiplying.`,
      ),
      bottomOut(
        `$${p}${v} = ${r - q}$, so $${v} = ${r - q} \\div ${p} = ${x}$. Check: $${p}(${x})${signed(q)} = ${r}$.`,
      ),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: same,
        feedback: `To undo ${q > 0 ? `adding ${q}` : `subtracting ${-q}`}, do the opposite on both sides. Check your answer in the equation.`,
        misconception: sameOperation,
        tutorMove: `Ask: "The equation ${q > 0 ? 'adds' : 'subtracts'} ${Math.abs(q)}. What is the opposite? What is $${r} ${q > 0 ? '-' : '+'} ${Math.abs(q)}$?"`,
      }),
      wrongAnswer({
        match: early,
        feedback: `You divided first. The ${Math.abs(q)} is not part of the ${p} groups, so undo it before dividing.`,
        misconception: undoOrder,
        tutorMove: `Ask: "Cover $${p}${v}$ with your finger: what number ${q > 0 ? `plus ${q}` : `minus ${-q}`} is ${r}? That number is $${p}${v}$."`,
      }),
    ],
  };
}

const linearTemplate = template({
  id: 'g7-ee-b-px-q',
  skill: twoStepLinear,
  count: 36,
  generate: (r) =>
    linearBody({ v: r.pick(LETTERS), p: r.int(2, 9), q: r.pick([-1, 1]) * r.int(1, 20), x: r.int(-6, 15) }, r.require),
});

// ---- Skill 2: p(x + q) = r ---------------------------------------------------------------------------

export const twoStepGrouped = curriculumSkill({
  id: 'g7-ee-b-solve-p-x-q',
  title: 'Solve two-step equations like 3(x + 2) = 21',
  standards: ['7.EE.B.4a'],
  tutor: {
    summary:
      'In $3(x + 2) = 21$, the whole group $x + 2$ is multiplied by 3. Divide by 3 first ($x + 2 = 7$), then subtract 2. Or distribute first: $3x + 6 = 21$.',
    mastery: 'The student treats $x + q$ as one group, divides first, then undoes the $q$.',
    watchFor: ['Treating $3(x + 2)$ as $3x + 2$.', 'Adding $q$ instead of subtracting it at the end.'],
    talkMoves: [
      '"What is in the group being multiplied? Cover it: 3 times what is 21?"',
      '"If you distribute, what does the 3 multiply?"',
    ],
    workedExample: {
      problem: 'Solve $4(x - 3) = 20$.',
      steps: ['4 times the group is 20, so the group is $20 \\div 4 = 5$: $x - 3 = 5$.', 'Add 3: $x = 8$.'],
    },
  },
});

function groupedBody(params: LinearParams, need: Need) {
  const { v, p, q, x } = params;
  const r = p * (x + q);
  const firstOnly = ratio(r - q, p);
  const same = String(r / p + q);
  need(q !== 0 && firstOnly !== String(x) && same !== String(x) && firstOnly !== same, 'wrong answers differ');
  const group = `${v}${signed(q)}`;
  return {
    stem: `Solve for $${v}$: $${p}(${group}) = ${r}$`,
    answer: numeric({ value: String(x), forms: ['integer'] }),
    params: { ...params },
    hints: [
      hint(`${p} times the group $(${group})$ is ${r}. What must the group be?`),
      hint(`Divide both sides by ${p}: $${group} = ${r / p}$. Now undo the $${q > 0 ? '+' : '-'} ${Math.abs(q)}$.`),
      bottomOut(
        `$${group} = ${r / p}$, so $${v} = ${r / p} ${q > 0 ? '-' : '+'} ${Math.abs(q)} = ${x}$. Check: $${p}(${x}${signed(q)}) = ${r}$.`,
      ),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: firstOnly,
        feedback: `The ${p} multiplies the whole group, the ${Math.abs(q)} too. It is not $${p}${v}${signed(q)}$.`,
        misconception: distributeFirstOnly,
        tutorMove: `Ask: "Distribute: what is $${p}(${group})$ without parentheses?" Then solve from there.`,
      }),
      wrongAnswer({
        match: same,
        feedback: `Good first step! To undo ${q > 0 ? `+ ${q}` : `- ${-q}`}, do the opposite.`,
        misconception: sameOperation,
        tutorMove: `Ask: "$${group} = ${r / p}$. What number ${q > 0 ? `plus ${q}` : `minus ${-q}`} is ${r / p}?"`,
      }),
    ],
  };
}

const groupedTemplate = template({
  id: 'g7-ee-b-p-x-q',
  skill: twoStepGrouped,
  count: 36,
  generate: (r) =>
    groupedBody({ v: r.pick(LETTERS), p: r.int(2, 9), q: r.pick([-1, 1]) * r.int(1, 12), x: r.int(-8, 20) }, r.require),
});

// ---- Skill 3: word problems -------------------------------------------------------------------------

export const twoStepWords = curriculumSkill({
  id: 'g7-ee-b-word-problems',
  title: 'Solve word problems with two-step equations',
  standards: ['7.EE.B.3', '7.EE.B.4a'],
  tutor: {
    summary:
      'Find the starting amount (added once) and the rate (multiplied). Write "start + rate × unknown = total", then undo: subtract the start, divide by the rate.',
    mastery:
      'The student writes the equation from the story, solves it, and checks the answer makes sense in the story.',
    watchFor: [
      'Dividing the total by the rate and forgetting the one-time amount.',
      'Stopping after subtracting the start.',
    ],
    talkMoves: [
      '"Which amount is paid only once? Which one is paid again and again?"',
      '"Does your answer make sense? Work the story forward with it."',
    ],
    workedExample: {
      problem: 'A taxi costs 3 dollars plus 2 dollars per mile. A ride cost 19 dollars. How many miles?',
      steps: [
        '$3 + 2m = 19$.',
        'Take away the one-time 3: $2m = 16$.',
        '$m = 8$ miles. Check: $3 + 2 \\times 8 = 19$.',
      ],
    },
  },
});

const STORIES = [
  (p: number, q: number, r: number) =>
    `A gym charges ${q} dollars to join plus ${p} dollars a month. Ava has paid ${r} dollars in all. For how many months has she been a member?`,
  (p: number, q: number, r: number) =>
    `A taxi ride costs ${q} dollars plus ${p} dollars per mile. A ride cost ${r} dollars. How many miles long was it?`,
  (p: number, q: number, r: number) =>
    `A class trip costs ${q} dollars for the bus plus ${p} dollars per student. The total was ${r} dollars. How many students went?`,
  (p: number, q: number, r: number) =>
    `A plant is ${q} cm tall and grows ${p} cm each week. After how many weeks will it be ${r} cm tall?`,
  (p: number, q: number, r: number) =>
    `Lucía has ${q} dollars and saves ${p} dollars each week. After how many weeks will she have ${r} dollars?`,
] as const;

interface WordParams {
  readonly story: number;
  readonly p: number;
  readonly q: number;
  readonly x: number;
}

function wordBody(params: WordParams, need: Need) {
  const { story, p, q, x } = params;
  const r = p * x + q;
  const tell = STORIES[story] ?? STORIES[0];
  const ignoreStart = ratio(r, p);
  const early = String(r - q);
  const same = ratio(r + q, p);
  need(new Set([ignoreStart, early, same, String(x)]).size === 4, 'wrong answers differ');
  return {
    stem: tell(p, q, r),
    answer: numeric({ value: String(x), forms: ['integer'] }),
    params: { ...params },
    hints: [
      hint(`Which amount happens once, and which happens again and again? Call the unknown $n$.`),
      hint(`The equation is $${q} + ${p}n = ${r}$. Undo the one-time ${q} first.`),
      bottomOut(
        `$${p}n = ${r} - ${q} = ${r - q}$, so $n = ${r - q} \\div ${p} = ${x}$. Check: $${q} + ${p} \\times ${x} = ${r}$.`,
      ),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: ignoreStart,
        feedback: `The ${q} is counted only once, not ${p} at a time. Take it away before you divide.`,
        misconception: undoOrder,
        tutorMove: `Ask: "How much of the ${r} is the one-time ${q}? What is left for the part that repeats?"`,
      }),
      wrongAnswer({
        match: early,
        feedback: `${r - q} is what the repeating part adds up to. How many ${p}s make ${r - q}?`,
        misconception: stopsEarly,
        tutorMove: `Ask: "Work the story forward with ${r - q}. Is the total ${r}?"`,
      }),
      wrongAnswer({
        match: same,
        feedback: `The ${q} is already part of the total ${r}, so take it away, do not add it.`,
        misconception: sameOperation,
        tutorMove: `Ask: "Is ${q} already inside the ${r}? So do we add it or take it away?"`,
      }),
    ],
  };
}

const wordTemplate = template({
  id: 'g7-ee-b-word',
  skill: twoStepWords,
  count: 36,
  generate: (r) =>
    wordBody({ story: r.int(0, STORIES.length - 1), p: r.int(2, 12), q: r.int(2, 30), x: r.int(2, 40) }, r.require),
});

export const fixed = {
  linear: (id: string, p: LinearParams) => problem({ id, skill: twoStepLinear, ...linearBody(p, fixedNeed) }),
  grouped: (id: string, p: LinearParams) => problem({ id, skill: twoStepGrouped, ...groupedBody(p, fixedNeed) }),
  word: (id: string, p: WordParams) => problem({ id, skill: twoStepWords, ...wordBody(p, fixedNeed) }),
};

export default cluster({
  code: '7.EE.B',
  strand: 'expressions-equations',
  title: 'Two-step equations and word problems',
  skills: [
    { skill: twoStepLinear, pool: [linearTemplate] },
    { skill: twoStepGrouped, pool: [groupedTemplate] },
    { skill: twoStepWords, pool: [wordTemplate] },
  ],
  check: [
    fixed.linear('g7-ee-b-check-1', { v: 'x', p: 3, q: 5, x: 6 }),
    fixed.linear('g7-ee-b-check-2', { v: 'n', p: 4, q: -7, x: 5 }),
    fixed.grouped('g7-ee-b-check-3', { v: 'x', p: 2, q: 3, x: 8 }),
    fixed.word('g7-ee-b-check-4', { story: 1, p: 2, q: 4, x: 9 }),
    fixed.word('g7-ee-b-check-5', { story: 3, p: 3, q: 10, x: 6 }),
  ],
  // One-step equations come first.
  warmUp: [
    fixed6b.oneStep('g7-ee-b-warm-up-1', { shape: 'x+p', v: 'x', p: 7, x: 12 }),
    fixed6b.oneStep('g7-ee-b-warm-up-2', { shape: 'px', v: 'x', p: 5, x: 9 }),
  ],
  exitTicket: [fixed.grouped('g7-ee-b-exit-1', { v: 'n', p: 5, q: -2, x: 6 })],
  scripts: SCRIPTS,
});
