/** 6.EE.C — Represent and analyze quantitative relationships between dependent and independent variables. */
import {
  bottomOut,
  choice,
  cluster,
  curriculumSkill,
  expression,
  hint,
  numeric,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import { fixed as fixed6a } from './6-ee-a.js';
import {
  additiveRelation,
  constantAsRate,
  constantAsVariable,
  fixedNeed,
  juxtaposition,
  type Need,
  recursivePattern,
  SCRIPTS,
  sameOperation,
  swapsVariables,
  wrongInverse,
} from './shared.js';

// ---- Skill 1: from a table to an equation -------------------------------------------------------

export const tableToEquation = curriculumSkill({
  id: 'g6-ee-c-table-to-equation',
  title: 'Write an equation from a table',
  standards: ['6.EE.C.9'],
  tutor: {
    summary:
      'An equation like $y = 5x$ says how to get $y$ from ANY $x$. Look across each row (from $x$ to $y$), not only down the table, and test the rule on every row.',
    mastery: 'The student finds a rule that works for every row and checks it on at least two rows.',
    watchFor: [
      'Writing the step down the table ("add 5") as $y = x + 5$.',
      'Writing a rule that fits only the first row.',
    ],
    talkMoves: [
      '"What do you do to THIS $x$ to get THIS $y$? Does the same thing work in the next row?"',
      '"Test your equation on the last row. Does it give the $y$ in the table?"',
    ],
    workedExample: {
      problem: '$x$: 1, 2, 3, 4 and $y$: 6, 12, 18, 24. Write $y$ in terms of $x$.',
      steps: [
        'Across each row: $1 \\to 6$, $2 \\to 12$, $3 \\to 18$. Each $y$ is 6 times its $x$.',
        '$y = 6x$. Check: $6 \\times 4 = 24$.',
      ],
    },
  },
});

interface TableParams {
  readonly shape: 'times' | 'plus';
  readonly k: number;
  readonly s: number;
  readonly step: number;
}

function tableBody(p: TableParams, need: Need) {
  const { shape, k, s, step } = p;
  const xs = [0, 1, 2, 3].map((i) => s + i * step);
  const rule = (x: number) => (shape === 'times' ? k * x : x + k);
  const ys = xs.map(rule);
  const table = `$\\begin{array}{c|c|c|c|c} x & ${xs.join(' & ')} \\\\ \\hline y & ${ys.join(' & ')} \\end{array}$`;
  const answer = shape === 'times' ? `${k}x` : `x+${k}`;
  const yStep = rule(s + step) - rule(s);
  const recursive = `x+${yStep}`;
  const other = shape === 'times' ? `x+${k * s - s}` : `${k}x`;
  need(recursive !== other && recursive !== answer && s >= 1, 'wrong answers differ');
  const first = `${xs[0]} \\to ${ys[0]}`;
  return {
    stem: `The table shows how $y$ depends on $x$.\n\n${table}\n\nWrite an expression for $y$ in terms of $x$.`,
    answer: expression({ value: answer, variables: ['x'] }),
    params: { ...p },
    hints: [
      hint(`Look across a row, from $x$ to $y$: $${first}$. What do you do to $x$ to get $y$?`),
      hint(
        shape === 'times'
          ? `Compare $y$ with $x$ in each row. Is $y$ always the same number of times as big as $x$?`
          : `Compare $y$ with $x$ in each row. Is $y$ always the same amount more than $x$?`,
      ),
      bottomOut(
        shape === 'times'
          ? `Each $y$ is ${k} times its $x$: $y = ${k}x$. Check: $${k} \\times ${xs[3]} = ${ys[3]}$.`
          : `Each $y$ is ${k} more than its $x$: $y = x + ${k}$. Check: $${xs[3]} + ${k} = ${ys[3]}$.`,
      ),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: recursive,
        feedback: `$y$ goes up by ${yStep} each row, but the rule must get $y$ from $x$. Test your rule on the row $x = ${xs[3]}$.`,
        misconception: recursivePattern,
        tutorMove: `Ask: "Put $x = ${xs[3]}$ into your expression. Do you get ${ys[3]}?"`,
      }),
      shape === 'times'
        ? wrongAnswer({
            match: other,
            feedback: `That works for the first row. Does it work for $x = ${xs[3]}$?`,
            misconception: additiveRelation,
            tutorMove: `Ask: "Your rule adds ${k * s - s}. Check it on the last row: $${xs[3]} + ${k * s - s}$ is what?"`,
          })
        : wrongAnswer({
            match: other,
            feedback: `Try your rule on the first row: is ${k} times ${xs[0]} equal to ${ys[0]}?`,
            misconception: constantAsRate,
            tutorMove: `Ask: "How much bigger is $y$ than $x$ in each row? Is that adding or multiplying?"`,
          }),
    ],
  };
}

const tableTemplate = template({
  id: 'g6-ee-c-table-rule',
  skill: tableToEquation,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['times', 'plus'] as const);
    return tableBody(
      { shape, k: shape === 'times' ? r.int(2, 12) : r.int(2, 20), s: r.int(1, 6), step: r.pick([1, 1, 2, 3]) },
      r.require,
    );
  },
});

// ---- Skill 2: use an equation between two variables --------------------------------------------

export const useEquation = curriculumSkill({
  id: 'g6-ee-c-use-equation',
  title: 'Use an equation between a dependent and an independent variable',
  standards: ['6.EE.C.9'],
  tutor: {
    summary:
      'In $c = 4n$, we choose $n$ (the independent variable) and $c$ depends on it (the dependent variable). Given $n$, multiply; given $c$, undo the multiplication.',
    mastery: 'The student says which variable depends on which, and finds either one from the other.',
    watchFor: [
      'Adding the rate instead of multiplying: $n + 4$.',
      'Multiplying when the dependent value is given and $n$ is asked.',
    ],
    talkMoves: [
      '"Which one do we choose, and which one depends on it?"',
      '"Which number is given, and which one is unknown? Put the given one in the equation."',
      '"Check: put both numbers into the equation. Is it true?"',
    ],
    workedExample: {
      problem: 'In $d = 50h$, what is $h$ when $d = 200$?',
      steps: ['Put in what is known: $200 = 50h$.', 'Undo times 50: $h = 200 \\div 50 = 4$.'],
    },
  },
});

const CONTEXTS = [
  {
    dep: 'c',
    ind: 'n',
    text: (k: number) => `Notebooks cost ${k} dollars each. The cost $c$ depends on the number of notebooks $n$`,
  },
  {
    dep: 'd',
    ind: 'h',
    text: (k: number) => `A cyclist rides ${k} miles each hour. The distance $d$ depends on the hours $h$`,
  },
  {
    dep: 'p',
    ind: 't',
    text: (k: number) => `Malia reads ${k} pages a day. The pages read $p$ depend on the days $t$`,
  },
  {
    dep: 'w',
    ind: 'b',
    text: (k: number) => `Each box weighs ${k} pounds. The total weight $w$ depends on the boxes $b$`,
  },
  { dep: 's', ind: 'r', text: (k: number) => `Each row has ${k} seats. The seats $s$ depend on the rows $r$` },
  {
    dep: 'e',
    ind: 'h',
    text: (k: number) => `Omar earns ${k} dollars an hour. His earnings $e$ depend on the hours $h$`,
  },
] as const;

interface UseParams {
  readonly context: number;
  readonly k: number;
  readonly n: number;
  readonly ask: 'dependent' | 'independent';
}

function useBody(p: UseParams, need: Need) {
  const { context, k, n, ask } = p;
  const c = CONTEXTS[context] ?? CONTEXTS[0];
  const total = k * n;
  const equation = `${c.dep} = ${k}${c.ind}`;
  const forward = ask === 'dependent';
  const answer = forward ? total : n;
  const [w1, w2] = forward ? [n + k, Number(`${k}${n}`)] : [total * k, total - k];
  need(w1 !== answer && w2 !== answer && w1 !== w2, 'wrong answers differ');
  const question = forward
    ? `What is $${c.dep}$ when $${c.ind} = ${n}$?`
    : `What is $${c.ind}$ when $${c.dep} = ${total}$?`;
  return {
    stem: `${c.text(k)}: $${equation}$. ${question}`,
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { ...p },
    hints: [
      hint(`$${c.ind}$ is the independent variable and $${c.dep}$ depends on it. Which one do you know here?`),
      hint(
        forward
          ? `Put ${n} in for $${c.ind}$: $${c.dep} = ${k} \\times ${n}$.`
          : `Put ${total} in for $${c.dep}$: $${total} = ${k}${c.ind}$. What times ${k} is ${total}?`,
      ),
      bottomOut(
        forward
          ? `$${c.dep} = ${k} \\times ${n} = ${total}$`
          : `$${c.ind} = ${total} \\div ${k} = ${n}$. Check: $${k} \\times ${n} = ${total}$.`,
      ),
    ] as const,
    wrongAnswers: forward
      ? [
          wrongAnswer({
            match: String(w1),
            feedback: `$${k}${c.ind}$ means ${k} times $${c.ind}$, not ${k} more than $${c.ind}$.`,
            misconception: additiveRelation,
            tutorMove: `Ask: "If there were 2 of them, what would $${c.dep}$ be? And 3? What are you doing each time?"`,
          }),
          wrongAnswer({
            match: String(w2),
            feedback: `$${k}${c.ind}$ with $${c.ind} = ${n}$ is ${k} times ${n}, not the digits side by side.`,
            misconception: juxtaposition,
            tutorMove: `Ask: "Write it with parentheses: $${k}(${n})$. What does that mean?"`,
          }),
        ]
      : [
          wrongAnswer({
            match: String(w1),
            feedback: `${total} is the value of $${c.dep}$. You need the $${c.ind}$ that gives ${total}: undo the multiplying.`,
            misconception: sameOperation,
            tutorMove: `Ask: "Put your answer in for $${c.ind}$. Is $${k}$ times it equal to ${total}?"`,
          }),
          wrongAnswer({
            match: String(w2),
            feedback: `$${k}${c.ind}$ is ${k} times $${c.ind}$. Subtracting ${k} does not undo multiplying by ${k}.`,
            misconception: wrongInverse,
            tutorMove: `Ask: "What operation undoes times ${k}? How many groups of ${k} make ${total}?"`,
          }),
        ],
  };
}

const useTemplate = template({
  id: 'g6-ee-c-use-equation-values',
  skill: useEquation,
  count: 36,
  generate: (r) =>
    useBody(
      {
        context: r.int(0, CONTEXTS.length - 1),
        k: r.int(2, 15),
        n: r.int(2, 15),
        ask: r.pick(['dependent', 'independent'] as const),
      },
      r.require,
    ),
});

const fixedTable = (id: string, p: TableParams) => problem({ id, skill: tableToEquation, ...tableBody(p, fixedNeed) });
const fixedUse = (id: string, p: UseParams) => problem({ id, skill: useEquation, ...useBody(p, fixedNeed) });
export const fixed = { table: fixedTable, use: fixedUse };

/** Naming the variables, for the check. */
const whichDepends = problem({
  id: 'g6-ee-c-check-5',
  skill: useEquation,
  stem: 'A car goes 60 miles each hour: $d = 60h$, where $d$ is the distance and $h$ is the hours driven. Which is the dependent variable?',
  answer: choice({
    options: [
      { id: 'distance', text: 'the distance $d$' },
      { id: 'hours', text: 'the hours $h$' },
      { id: 'speed', text: 'the 60 miles each hour' },
    ],
    correct: ['distance'],
  }),
  hints: [
    hint('The dependent variable is the one that depends on the other: it changes BECAUSE the other changes.'),
    hint('Which do we choose first: how long to drive, or how far we went?'),
    bottomOut('We choose the hours $h$; the distance $d$ depends on them. $d$ is the dependent variable.'),
  ] as const,
  wrongAnswers: [
    wrongAnswer({
      match: ['hours'],
      feedback:
        'We choose how many hours to drive. Does the distance depend on the hours, or the hours on the distance?',
      misconception: swapsVariables,
      tutorMove: 'Ask: "If you drive longer, what else changes? So which one depends on the other?"',
    }),
    wrongAnswer({
      match: ['speed'],
      feedback: 'The 60 never changes here, so it is not a variable. Which of the two letters depends on the other?',
      misconception: constantAsVariable,
      tutorMove: 'Ask: "Which numbers can change in this story? Which one stays 60 the whole time?"',
    }),
  ],
});

export default cluster({
  code: '6.EE.C',
  strand: 'expressions-equations',
  title: 'Dependent and independent variables',
  skills: [
    { skill: tableToEquation, pool: [tableTemplate] },
    { skill: useEquation, pool: [useTemplate] },
  ],
  check: [
    fixedTable('g6-ee-c-check-1', { shape: 'times', k: 4, s: 1, step: 1 }),
    fixedTable('g6-ee-c-check-2', { shape: 'plus', k: 7, s: 2, step: 2 }),
    fixedUse('g6-ee-c-check-3', { context: 0, k: 3, n: 8, ask: 'dependent' }),
    fixedUse('g6-ee-c-check-4', { context: 1, k: 45, n: 4, ask: 'independent' }),
    whichDepends,
  ],
  // Writing an equation is writing an expression: a warm-up on that.
  warmUp: [
    fixed6a.write('g6-ee-c-warm-up-1', { shape: 'less-than-times', v: 'n', a: 2, b: 3 }),
    fixed6a.evaluate('g6-ee-c-warm-up-2', { shape: 'ax+b', v: 'x', a: 6, x: 4, b: 1 }),
  ],
  exitTicket: [fixedTable('g6-ee-c-exit-1', { shape: 'times', k: 3, s: 2, step: 1 })],
  scripts: SCRIPTS,
});
