/** 8.F.A — Define, evaluate, and compare functions. */
import {
  bottomOut,
  choice,
  cluster,
  curriculumSkill,
  hint,
  misconception,
  numeric,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import { linearCheck, linearExit, linearOrNot, linearPool } from './8-f-a-linear.js';
import { firstValueAsInitial, ignoresXStep, initialForRate, linear, SCRIPTS, table } from './common.js';

const repeatedOutput = misconception({
  id: 'fn-repeated-output-not-function',
  title: 'Thinks a repeated output breaks a function',
  description:
    'Says a relation is not a function because two inputs share an output. Only an input with two outputs breaks it.',
});
const swapsInputOutput = misconception({
  id: 'fn-checks-outputs-not-inputs',
  title: 'Checks the outputs instead of the inputs',
  description: 'Looks for repeats among the outputs (second numbers) when deciding whether each input has one output.',
});
const repeatedPairOnly = misconception({
  id: 'fn-only-identical-pairs',
  title: 'Thinks only a repeated pair breaks a function',
  description: 'Looks for the same ordered pair listed twice, and misses one input paired with two different outputs.',
});

export const isFunction = curriculumSkill({
  id: 'g8-f-a-is-function',
  title: 'Decide whether a relation is a function',
  standards: ['8.F.A.1'],
  tutor: {
    summary:
      'A function gives each input exactly one output. A relation is not a function when some input is paired with two different outputs; two inputs sharing an output is fine.',
    mastery: 'The student scans the inputs for repeats, and for a repeated input checks whether its outputs differ.',
    watchFor: ['Rejecting a function because an output repeats.', 'Checking the outputs instead of the inputs.'],
    talkMoves: [
      '"If I put in this input, do I always know what comes out?"',
      '"Which numbers are the inputs here? Do any of them appear twice?"',
    ],
    workedExample: {
      problem: 'Is $\\{(1, 5), (2, 5), (3, 8)\\}$ a function?',
      steps: [
        'Inputs: 1, 2, 3. None repeats.',
        'Output 5 appears twice, but for different inputs: that is allowed.',
        'Yes, it is a function.',
      ],
    },
  },
});

type Pair = readonly [number, number];

function functionBody(pairs: readonly Pair[], style: 'pairs' | 'arrows') {
  const sig = pairs.map(([x, y]) => `${x}_${y}`).join('.');
  const list =
    style === 'pairs'
      ? `$\\{${pairs.map(([x, y]) => `(${x}, ${y})`).join(', ')}\\}$`
      : pairs.map(([x, y]) => `$${x} \\to ${y}$`).join(', ');
  const stem =
    style === 'pairs'
      ? `Is this relation a function? ${list}`
      : `A rule sends each input to an output: ${list}. Is the rule a function?`;
  const byInput = pairs.find(([x, y]) => pairs.some(([u, v]) => u === x && v !== y));
  const hint1 = hint('A function gives each input exactly one output. Which numbers are the inputs?');
  if (byInput) {
    const [x, y1] = byInput;
    const y2 = pairs.find(([u, v]) => u === x && v !== y1)?.[1] ?? y1;
    const ids = { correct: `no-in-${sig}`, outs: `yes-outs-${sig}`, pairs: `yes-pairs-${sig}` };
    return {
      stem,
      answer: choice({
        options: [
          { id: ids.outs, text: 'Yes: no output is repeated.' },
          { id: ids.correct, text: `No: the input ${x} has two outputs, ${y1} and ${y2}.` },
          { id: ids.pairs, text: 'Yes: no pair is listed twice.' },
        ],
        correct: [ids.correct],
      }),
      params: { pairs: sig },
      hints: [
        hint1,
        hint(`Look at the input ${x}. How many different outputs does it have?`),
        bottomOut(`Not a function: the input ${x} goes to both ${y1} and ${y2}.`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: [ids.outs],
          feedback: 'You checked the outputs. For a function, check the inputs: does any input have two outputs?',
          misconception: swapsInputOutput,
          tutorMove: `Ask: "If the input is ${x}, what is the output?"`,
        }),
        wrongAnswer({
          match: [ids.pairs],
          feedback: 'A function can also fail when one input is paired with two different outputs.',
          misconception: repeatedPairOnly,
          tutorMove: `Ask the student to circle every pair whose input is ${x}.`,
        }),
      ],
    };
  }
  const byOutput = pairs.find(([x, y]) => pairs.some(([u, v]) => v === y && u !== x)) ?? pairs[0] ?? [0, 0];
  const [x1, y] = byOutput;
  const x2 = pairs.find(([u, v]) => v === y && u !== x1)?.[0] ?? x1;
  const ids = { correct: `yes-${sig}`, out: `no-out-${sig}`, swap: `no-swap-${sig}` };
  return {
    stem,
    answer: choice({
      options: [
        { id: ids.out, text: `No: the output ${y} comes from two inputs, ${x1} and ${x2}.` },
        { id: ids.swap, text: `No: the input ${y} has two outputs, ${x1} and ${x2}.` },
        { id: ids.correct, text: 'Yes: each input has exactly one output.' },
      ],
      correct: [ids.correct],
    }),
    params: { pairs: sig },
    hints: [
      hint1,
      hint('Does any input appear twice? Two inputs may share an output.'),
      bottomOut('It is a function: every input appears once, so it has exactly one output.'),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: [ids.out],
        feedback: `Two inputs can share an output. ${x1} and ${x2} each still have just one output.`,
        misconception: repeatedOutput,
        tutorMove: `Ask: "If I tell you the input is ${x1}, do you know the output for sure?"`,
      }),
      wrongAnswer({
        match: [ids.swap],
        feedback: `${y} is an output here, not an input. The inputs are the first numbers.`,
        misconception: swapsInputOutput,
        tutorMove: 'Ask the student to point to the inputs and read them out loud.',
      }),
    ],
  };
}

const functionTemplate = template({
  id: 'g8-f-a-is-function-relation',
  skill: isFunction,
  count: 36,
  generate: (r) => {
    const xs = r.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).slice(0, 5);
    const ys = r.shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]).slice(0, 5);
    const not = r.pick([true, false]);
    // Not a function: the last input repeats the first with another output. A function: two outputs are equal.
    if (not) xs[4] = xs[0] ?? 0;
    else ys[4] = ys[0] ?? 0;
    const pairs = r.shuffle(xs.map((x, i): Pair => [x, ys[i] ?? 0]));
    return functionBody(pairs, r.pick(['pairs', 'arrows'] as const));
  },
});

export const compareRates = curriculumSkill({
  id: 'g8-f-a-compare-rates',
  title: 'Compare rates of change of functions given in different ways',
  standards: ['8.F.A.2'],
  tutor: {
    summary:
      'To compare two linear functions given in different ways, find the same property for each. The rate of change is $m$ in $y = mx + b$; in a table it is the change in y divided by the change in x. The initial value is y at $x = 0$.',
    mastery:
      'The student finds both rates (dividing by the change in x for the table) before comparing, and does not use the starting values.',
    watchFor: ['Using the starting value (b) as the rate.', 'Using the jump in y when x goes up by 2.'],
    talkMoves: [
      '"How much does x go up from one column to the next? And y?"',
      '"Which number in the equation tells how fast y grows?"',
    ],
    workedExample: {
      problem: 'A: $y = 4x + 1$. B: x = 0, 2, 4 gives y = 3, 9, 15. Which grows faster?',
      steps: [
        'A grows by 4 for each 1 in x.',
        'B: y goes up 6 while x goes up 2, so $6 \\div 2 = 3$ per 1.',
        'A grows faster: rate 4.',
      ],
    },
  },
});

/**
 * Equation y = me·x + be against a table of y = mt·x + bt; eqFirst names the equation "A". Asking for the
 * rate, the table's x goes up by s (2 or 3); asking for the initial value, the table starts at x = 1.
 */
function compareBody(
  ask: 'rate' | 'initial',
  me: number,
  be: number,
  mt: number,
  bt: number,
  s: number,
  eqFirst: boolean,
) {
  const xs = ask === 'rate' ? [0, s, 2 * s, 3 * s] : [1, 2, 3, 4];
  const ys = xs.map((x) => mt * x + bt);
  const [eqName, tabName] = eqFirst ? ['A', 'B'] : ['B', 'A'];
  const eqText = `Function ${eqName} is $y = ${linear(me, be).tex}$.`;
  const tabText = `Function ${tabName} is given by this table: ${table(xs, ys)}`;
  const intro = `${eqFirst ? eqText : tabText} ${eqFirst ? tabText : eqText}`;
  if (ask === 'initial') {
    const answer = Math.max(be, bt);
    return {
      stem: `${intro} Which function has the greater initial value (the value of y when $x = 0$)? Type that initial value.`,
      answer: numeric({ value: String(answer), forms: ['integer'] }),
      params: { ask, me, be, mt, bt, s },
      hints: [
        hint('The initial value is y when x is 0. The table does not start at 0: work one step back.'),
        hint(
          `In the equation it is ${be}. In the table, y goes up by ${mt} for each 1 in x, and at $x = 1$ it is ${mt + bt}.`,
        ),
        bottomOut(`Table: $${mt + bt} - ${mt} = ${bt}$. Equation: ${be}. The greater initial value is ${answer}.`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: String(Math.max(be, bt + mt)),
          feedback: 'The table starts at $x = 1$, not $x = 0$. Go back one step to find the initial value.',
          misconception: firstValueAsInitial,
          tutorMove: `Ask: "What is x in the first column of the table? What would y be one column earlier?"`,
        }),
        wrongAnswer({
          match: String(Math.max(me, mt)),
          feedback: 'That is a rate of change: how fast y grows. The initial value is where y starts.',
          misconception: initialForRate,
          tutorMove: `Ask: "In $y = ${linear(me, be).tex}$, what is y when x is 0?"`,
        }),
      ],
    };
  }
  const answer = Math.max(me, mt);
  return {
    stem: `${intro} Which function has the greater rate of change? Type that rate of change.`,
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { ask, me, be, mt, bt, s },
    hints: [
      hint('The rate of change is how much y changes when x goes up by 1. Find it for both functions.'),
      hint(`In the equation the rate is ${me}. In the table, x goes up by ${s} while y goes up by ${s * mt}.`),
      bottomOut(`Table: $${s * mt} \\div ${s} = ${mt}$. Equation: ${me}. The greater rate is ${answer}.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(Math.max(be, bt)),
        feedback: 'That is a starting value (the y-value when x is 0), not how fast y changes.',
        misconception: initialForRate,
        tutorMove: `Ask: "When x goes from 0 to 1 in function ${eqName}, how much does y change?"`,
      }),
      wrongAnswer({
        match: String(Math.max(me, s * mt)),
        feedback: `In the table x goes up by ${s}, not 1. Divide the change in y by the change in x.`,
        misconception: ignoresXStep,
        tutorMove: `Ask: "In the table, how much does y change when x goes up by just 1?"`,
      }),
    ],
  };
}

const compareTemplate = template({
  id: 'g8-f-a-compare-rates-table',
  skill: compareRates,
  count: 36,
  generate: (r) => {
    const ask = r.pick(['rate', 'initial', 'initial'] as const);
    const s = ask === 'rate' ? r.int(2, 3) : 1;
    const me = r.int(2, 12);
    const mt = r.int(2, 12);
    const be = r.int(0, 40);
    const bt = r.int(0, 40);
    const answer = ask === 'rate' ? Math.max(me, mt) : Math.max(be, bt);
    const wrong = ask === 'rate' ? [Math.max(be, bt), Math.max(me, s * mt)] : [Math.max(be, bt + mt), Math.max(me, mt)];
    r.require(me !== mt && be !== bt && new Set([answer, ...wrong]).size === 3, 'wrong answers differ');
    return compareBody(ask, me, be, mt, bt, s, r.pick([true, false]));
  },
});

export default cluster({
  code: '8.F.A',
  strand: 'functions',
  title: 'Define, evaluate and compare functions',
  skills: [
    { skill: isFunction, pool: [functionTemplate] },
    { skill: compareRates, pool: [compareTemplate] },
    { skill: linearOrNot, pool: linearPool },
  ],
  check: [
    problem({
      id: 'g8-f-a-check-1',
      skill: isFunction,
      ...functionBody(
        [
          [1, 6],
          [2, 9],
          [3, 6],
          [4, 11],
        ],
        'pairs',
      ),
    }),
    problem({
      id: 'g8-f-a-check-2',
      skill: isFunction,
      ...functionBody(
        [
          [5, 2],
          [7, 4],
          [5, 8],
          [9, 1],
        ],
        'arrows',
      ),
    }),
    problem({ id: 'g8-f-a-check-3', skill: compareRates, ...compareBody('rate', 5, 1, 3, 7, 2, true) }),
    problem({ id: 'g8-f-a-check-4', skill: compareRates, ...compareBody('initial', 4, 9, 6, 12, 1, false) }),
    linearCheck,
  ],
  warmUp: [
    problem({
      id: 'g8-f-a-warm-up-1',
      skill: isFunction,
      ...functionBody(
        [
          [0, 3],
          [1, 5],
          [2, 3],
        ],
        'pairs',
      ),
    }),
    problem({
      id: 'g8-f-a-warm-up-2',
      skill: isFunction,
      ...functionBody(
        [
          [4, 1],
          [6, 2],
          [4, 7],
        ],
        'arrows',
      ),
    }),
  ],
  exitTicket: [linearExit],
  scripts: SCRIPTS,
});
