/** 6.EE.A — Apply and extend previous understandings of arithmetic to algebraic expressions. */
import {
  bottomOut,
  cluster,
  curriculumSkill,
  expression,
  hint,
  numeric,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import {
  distributeFirstOnly,
  dropsFactor,
  dropsSign,
  exponentSwap,
  exponentTimes,
  factorFirstOnly,
  fixedNeed,
  gcdOf,
  juxtaposition,
  LETTERS,
  type Need,
  orderOfOperations,
  orderOfWords,
  SCRIPTS,
  term,
} from './shared.js';

// ---- Skill 1: whole-number exponents ------------------------------------------------------------

export const evaluatePowers = curriculumSkill({
  id: 'g6-ee-a-evaluate-powers',
  title: 'Evaluate expressions with whole-number exponents',
  standards: ['6.EE.A.1'],
  tutor: {
    summary:
      'An exponent says how many times the base is used as a factor: $4^3 = 4 \\times 4 \\times 4$. Powers come before multiplying and adding.',
    mastery: 'The student writes the power as repeated multiplication, finds it first, and then does the rest.',
    watchFor: [
      'Multiplying the base by the exponent: $4^3 = 12$.',
      'Adding or multiplying before finding the power: $2 \\cdot 3^2 = 6^2$.',
    ],
    talkMoves: [
      '"Write the power out as a multiplication. How many factors do you see?"',
      '"Which part of the expression do we find first? Why?"',
      '"Is $4^3$ closer to 12 or to 64? Check with $4 \\times 4 \\times 4$."',
    ],
    workedExample: {
      problem: 'Evaluate $5 + 2^3$.',
      steps: ['The power comes first: $2^3 = 2 \\times 2 \\times 2 = 8$.', 'Then add: $5 + 8 = 13$.'],
    },
  },
});

interface PowerParams {
  readonly shape: 'power' | 'scaled' | 'sum';
  readonly b: number;
  readonly e: number;
  readonly c: number;
}

function powerBody(p: PowerParams, need: Need) {
  const { shape, b, e, c } = p;
  const power = b ** e;
  const factors = Array.from({ length: e }, () => String(b)).join(' \\times ');
  const expr = shape === 'power' ? `${b}^${e}` : shape === 'scaled' ? `${c} \\cdot ${b}^${e}` : `${c} + ${b}^${e}`;
  const answer = shape === 'power' ? power : shape === 'scaled' ? c * power : c + power;
  const timesValue = shape === 'power' ? b * e : shape === 'scaled' ? c * b * e : c + b * e;
  const otherValue = shape === 'power' ? e ** b : shape === 'scaled' ? (c * b) ** e : (c + b) ** e;
  need(timesValue !== answer && otherValue !== answer && timesValue !== otherValue, 'wrong answers differ');
  const rest =
    shape === 'power'
      ? ''
      : shape === 'scaled'
        ? ` Then multiply: $${c} \\times ${power} = ${answer}$.`
        : ` Then add: $${c} + ${power} = ${answer}$.`;
  const other =
    shape === 'power'
      ? wrongAnswer({
          match: String(otherValue),
          feedback: `The small raised number tells how many times to use the big number. Here the base is ${b}.`,
          misconception: exponentSwap,
          tutorMove: `Ask: "In $${b}^${e}$, which number do we multiply, and how many times?" Have them point to each.`,
        })
      : wrongAnswer({
          match: String(otherValue),
          feedback: `The exponent belongs only to ${b}. Find $${b}^${e}$ before you ${shape === 'scaled' ? 'multiply' : 'add'}.`,
          misconception: orderOfOperations,
          tutorMove: `Ask: "What does the little ${e} sit on: the ${b} or the ${c}?" Then have them circle $${b}^${e}$ and find it first.`,
        });
  return {
    stem: `Find the value of $${expr}$.`,
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { ...p },
    hints: [
      hint(
        `The exponent ${e} says how many times ${b} is used as a factor.${shape === 'power' ? '' : ' Find the power first.'}`,
      ),
      hint(`$${b}^${e} = ${factors}$. Multiply two at a time.`),
      bottomOut(`$${b}^${e} = ${factors} = ${power}$.${rest} The value is ${answer}.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(timesValue),
        feedback: `An exponent is not "times the exponent". $${b}^${e}$ means ${e} factors of ${b} multiplied together.`,
        misconception: exponentTimes,
        tutorMove: `Ask: "Write $${b}^${e}$ as a multiplication. Is it $${b} \\times ${e}$ or $${factors}$?"`,
      }),
      other,
    ],
  };
}

const powersTemplate = template({
  id: 'g6-ee-a-powers',
  skill: evaluatePowers,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['power', 'power', 'scaled', 'sum'] as const);
    const b = shape === 'power' ? r.int(2, 10) : r.int(2, 6);
    const e = shape === 'power' ? r.int(2, 5) : r.int(2, 3);
    const c = shape === 'power' ? 0 : shape === 'scaled' ? r.int(2, 6) : r.int(1, 20);
    r.require(b ** e <= 1000, 'friendly powers');
    return powerBody({ shape, b, e, c }, r.require);
  },
});

const fixedPower = (id: string, p: PowerParams) => problem({ id, skill: evaluatePowers, ...powerBody(p, fixedNeed) });

// ---- Skill 2: write and evaluate expressions -----------------------------------------------------

export const writeEvaluate = curriculumSkill({
  id: 'g6-ee-a-write-evaluate',
  title: 'Write and evaluate expressions with variables',
  standards: ['6.EE.A.2', '6.EE.A.2a', '6.EE.A.2c'],
  tutor: {
    summary:
      'A variable stands for a number. $3x$ means 3 times $x$. To evaluate, replace the variable with its value and follow the order of operations. To write, turn each phrase into an operation, watching the order of "less than".',
    mastery:
      'The student substitutes with parentheses, multiplies before adding, and writes "5 less than $n$" as $n - 5$.',
    watchFor: [
      'Reading $3x$ with $x = 4$ as 34.',
      'Writing "5 less than $n$" as $5 - n$.',
      'Leaving out parentheses: "3 times the difference of $n$ and 2" written $3n - 2$.',
    ],
    talkMoves: [
      '"Rewrite it with the number in parentheses: $3(4)$. What operation is that?"',
      '"Try it with $n = 10$: is 5 less than 10 equal to $10 - 5$ or $5 - 10$?"',
      '"Which happens first in the words? Does your expression do that first?"',
    ],
    workedExample: {
      problem: 'Evaluate $4x + 3$ when $x = 5$.',
      steps: ['Replace $x$ with 5: $4(5) + 3$.', 'Multiply first: $4 \\times 5 = 20$.', 'Then add: $20 + 3 = 23$.'],
    },
  },
});

interface EvaluateParams {
  readonly shape: 'ax+b' | 'x^2+b' | 'a(x+b)';
  readonly v: string;
  readonly a: number;
  readonly x: number;
  readonly b: number;
}

function evaluateBody(p: EvaluateParams, need: Need) {
  const { shape, v, a, x, b } = p;
  const expr = shape === 'ax+b' ? `${a}${v} + ${b}` : shape === 'x^2+b' ? `${v}^2 + ${b}` : `${a}(${v} + ${b})`;
  const put = shape === 'ax+b' ? `${a}(${x}) + ${b}` : shape === 'x^2+b' ? `(${x})^2 + ${b}` : `${a}(${x} + ${b})`;
  const answer = shape === 'ax+b' ? a * x + b : shape === 'x^2+b' ? x * x + b : a * (x + b);
  const concat = Number(`${a}${x}`) + b;
  const wrongs =
    shape === 'ax+b'
      ? [
          wrongAnswer({
            match: String(concat),
            feedback: `$${a}${v}$ means ${a} times ${v}, not the digits ${a} and ${x} side by side.`,
            misconception: juxtaposition,
            tutorMove: `Ask: "Write $${a}${v}$ with ${x} in parentheses: $${a}(${x})$. What operation is that?"`,
          }),
          wrongAnswer({
            match: String(a * (x + b)),
            feedback: 'You added before multiplying. Multiplication comes before addition.',
            misconception: orderOfOperations,
            tutorMove: `Ask: "What is $${a}(${x})$ on its own? Now add ${b} to that."`,
          }),
        ]
      : shape === 'x^2+b'
        ? [
            wrongAnswer({
              match: String(2 * x + b),
              feedback: `$${v}^2$ means ${v} times ${v}, not 2 times ${v}.`,
              misconception: exponentTimes,
              tutorMove: `Ask: "Write $${x}^2$ as a multiplication. Is it $2 \\times ${x}$ or $${x} \\times ${x}$?"`,
            }),
            wrongAnswer({
              match: String((x + b) ** 2),
              feedback: `The exponent is only on ${v}. Square ${x} first, then add ${b}.`,
              misconception: orderOfOperations,
              tutorMove: `Ask: "What does the little 2 sit on? Circle it, find it, then add."`,
            }),
          ]
        : [
            wrongAnswer({
              match: String(a * x + b),
              feedback: `${a} multiplies everything in the parentheses, the ${b} too. Or add inside the parentheses first.`,
              misconception: distributeFirstOnly,
              tutorMove: `Ask: "What is $${x} + ${b}$? Now what is ${a} groups of that?"`,
            }),
            wrongAnswer({
              match: String(concat),
              feedback: `$${a}(${x} + ${b})$ means ${a} times the sum, not the digits ${a} and ${x} side by side.`,
              misconception: juxtaposition,
              tutorMove: `Ask: "What does a number right next to parentheses mean? Say it as a sentence."`,
            }),
          ];
  const matches = wrongs.map((w) => w.match);
  need(!matches.includes(String(answer)) && matches[0] !== matches[1], 'wrong answers differ');
  return {
    stem: `Evaluate $${expr}$ when $${v} = ${x}$.`,
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { ...p },
    hints: [
      hint(`Replace $${v}$ with ${x}, in parentheses: $${put}$.`),
      hint(
        shape === 'a(x+b)'
          ? 'Work inside the parentheses first, then multiply.'
          : shape === 'x^2+b'
            ? 'Find the power first, then add.'
            : 'Multiply first, then add.',
      ),
      bottomOut(`$${put} = ${answer}$`),
    ] as const,
    wrongAnswers: wrongs,
  };
}

const evaluateTemplate = template({
  id: 'g6-ee-a-evaluate-expression',
  skill: writeEvaluate,
  count: 20,
  generate: (r) => {
    const shape = r.pick(['ax+b', 'x^2+b', 'a(x+b)'] as const);
    return evaluateBody({ shape, v: r.pick(LETTERS), a: r.int(2, 9), x: r.int(2, 9), b: r.int(1, 15) }, r.require);
  },
});

interface WriteParams {
  readonly shape: 'less-than-times' | 'more-than-quotient' | 'times-difference';
  readonly v: string;
  readonly a: number;
  readonly b: number;
}

function writeBody(p: WriteParams) {
  const { shape, v, a, b } = p;
  const words =
    shape === 'less-than-times'
      ? `${b} less than ${a} times $${v}$`
      : shape === 'more-than-quotient'
        ? `${b} more than the quotient of $${v}$ and ${a}`
        : `${a} times the difference of $${v}$ and ${b}`;
  const [answer, shown] =
    shape === 'less-than-times'
      ? [`${a}${v}-${b}`, `${a}${v} - ${b}`]
      : shape === 'more-than-quotient'
        ? [`${v}/${a}+${b}`, `\\frac{${v}}{${a}} + ${b}`]
        : [`${a}(${v}-${b})`, `${a}(${v} - ${b})`];
  const [reversed, grouped] =
    shape === 'less-than-times'
      ? [`${b}-${a}${v}`, `${a}(${v}-${b})`]
      : shape === 'more-than-quotient'
        ? [`${a}/${v}+${b}`, `(${v}+${b})/${a}`]
        : [`${a}(${b}-${v})`, `${a}${v}-${b}`];
  return {
    stem: `Write an expression for: ${words}.`,
    answer: expression({ value: answer, variables: [v] }),
    params: { ...p },
    hints: [
      hint('Say the phrase in parts. Which operation happens first, and which happens last?'),
      hint(
        shape === 'less-than-times'
          ? `"${b} less than" something means start with that something and take away ${b}.`
          : shape === 'more-than-quotient'
            ? `"The quotient of $${v}$ and ${a}" is $${v}$ divided by ${a}. Then add ${b}.`
            : `"The difference of $${v}$ and ${b}" is one group: put it in parentheses before multiplying.`,
      ),
      bottomOut(`$${shown}$`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: reversed,
        feedback: 'Check the order. Try a number for the variable and read your expression back in words.',
        misconception: orderOfWords,
        tutorMove: `Ask: "If $${v} = 20$, what should the answer be? Does your expression give that?"`,
      }),
      wrongAnswer({
        match: grouped,
        feedback: 'The numbers are right but the grouping is not. Which operation should happen first?',
        misconception: orderOfOperations,
        tutorMove: `Ask: "Read the phrase again. Which part is one group? Where do the parentheses go?"`,
      }),
    ],
  };
}

const writeTemplate = template({
  id: 'g6-ee-a-write-expression',
  skill: writeEvaluate,
  count: 20,
  generate: (r) =>
    writeBody({
      shape: r.pick(['less-than-times', 'more-than-quotient', 'times-difference'] as const),
      v: r.pick(LETTERS),
      a: r.int(2, 9),
      b: r.int(1, 12),
    }),
});

// ---- Skill 3: equivalent expressions (distribute and factor) -----------------------------------

export const equivalentExpressions = curriculumSkill({
  id: 'g6-ee-a-equivalent-expressions',
  title: 'Write equivalent expressions with the distributive property',
  standards: ['6.EE.A.3', '6.EE.A.4'],
  tutor: {
    summary:
      'The distributive property: $3(x + 4)$ is 3 groups of $x + 4$, so it equals $3x + 12$. Factoring runs it backwards: $6x + 9 = 3(2x + 3)$.',
    mastery:
      'The student multiplies every term inside the parentheses, and checks a factoring by distributing it back.',
    watchFor: [
      'Multiplying only the first term: $3(x + 4) = 3x + 4$.',
      'Dividing only the first term when factoring: $6x + 9 = 3(2x + 9)$.',
    ],
    talkMoves: [
      '"Draw 3 groups of $x + 4$. How many 4s are there?"',
      '"Distribute your answer back. Do you get the expression you started with?"',
      '"Test both with $x = 1$. Do they give the same number?"',
    ],
    workedExample: {
      problem: 'Write $4(x + 5)$ without parentheses.',
      steps: ['4 groups of $x + 5$: four $x$ and four 5s.', '$4 \\cdot x + 4 \\cdot 5 = 4x + 20$.'],
    },
  },
});

interface DistributeParams {
  readonly shape: 'expand' | 'factor';
  readonly v: string;
  readonly a: number;
  readonly c: number;
  readonly b: number;
  readonly sign: number;
}

function distributeBody(p: DistributeParams, need: Need) {
  const { shape, v, a, c, b, sign } = p;
  const op = sign > 0 ? '+' : '-';
  const inner = `${term(c, v)} ${op} ${b}`;
  const innerAscii = `${term(c, v)}${op}${b}`;
  const expanded = `${term(a * c, v)} ${op} ${a * b}`;
  const expandedAscii = `${term(a * c, v)}${op}${a * b}`;
  if (shape === 'expand') {
    const secondOnly = sign > 0 ? `${term(c, v)}+${a * b}` : `${term(a * c, v)}+${a * b}`;
    return {
      stem: `Use the distributive property to write without parentheses: $${a}(${inner})$`,
      answer: expression({ value: expandedAscii, variables: [v], form: 'expanded' }),
      params: { ...p },
      hints: [
        hint(`$${a}(${inner})$ means ${a} groups of $${inner}$. Every term inside gets multiplied.`),
        hint(`Multiply ${a} by $${term(c, v)}$, and multiply ${a} by ${b}.`),
        bottomOut(`$${a} \\cdot ${term(c, v)} ${op} ${a} \\cdot ${b} = ${expanded}$`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: `${term(a * c, v)}${op}${b}`,
          feedback: `You multiplied the first term. The ${b} is inside the parentheses too.`,
          misconception: distributeFirstOnly,
          tutorMove: `Ask: "Draw ${a} groups of $${inner}$. How many ${b}s do you see?"`,
        }),
        sign > 0
          ? wrongAnswer({
              match: secondOnly,
              feedback: `You multiplied the ${b}. The $${term(c, v)}$ is inside the parentheses too.`,
              misconception: distributeFirstOnly,
              tutorMove: `Ask: "How many $${v}$s are in ${a} groups of $${inner}$?"`,
            })
          : wrongAnswer({
              match: secondOnly,
              feedback: 'Check the sign. What was being subtracted inside the parentheses?',
              misconception: dropsSign,
              tutorMove: `Ask: "Inside, ${b} is taken away. In ${a} groups, is ${a * b} added or taken away?"`,
            }),
      ],
    };
  }
  need(gcdOf(c, b) === 1, 'the common factor is the greatest');
  const factored = `${a}(${innerAscii})`;
  return {
    stem: `Factor out the greatest common factor to write an equivalent expression: $${expanded}$`,
    answer: expression({ value: factored, variables: [v], form: 'factored' }),
    params: { ...p },
    hints: [
      hint(`What is the greatest number that divides both ${a * c} and ${a * b}?`),
      hint(`Divide each term by ${a}. Write ${a} outside the parentheses and what is left inside.`),
      bottomOut(
        `$${expanded} = ${a}(${inner})$, because $${a} \\cdot ${term(c, v)} = ${term(a * c, v)}$ and $${a} \\cdot ${b} = ${a * b}$.`,
      ),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: `${a}(${term(c, v)}${op}${a * b})`,
        feedback: 'Distribute your answer back. Do you get the same expression? Every term must be divided.',
        misconception: factorFirstOnly,
        tutorMove: `Ask: "Multiply your answer out. What do you get for the number term?"`,
      }),
      wrongAnswer({
        match: innerAscii,
        feedback: `Good division! But the ${a} you took out has to stay in front of the parentheses.`,
        misconception: dropsFactor,
        tutorMove: `Ask: "Test with $${v} = 1$. Does your expression give the same value as $${expanded}$?"`,
      }),
    ],
  };
}

const distributeTemplate = template({
  id: 'g6-ee-a-distribute-factor',
  skill: equivalentExpressions,
  count: 36,
  generate: (r) =>
    distributeBody(
      {
        shape: r.pick(['expand', 'factor'] as const),
        v: r.pick(LETTERS),
        a: r.int(2, 9),
        c: r.pick([1, 1, 2, 3, 4, 5]),
        b: r.int(1, 10),
        sign: r.pick([1, 1, -1]),
      },
      r.require,
    ),
});

export const fixed = {
  power: (id: string, p: PowerParams) => fixedPower(id, p),
  evaluate: (id: string, p: EvaluateParams) => problem({ id, skill: writeEvaluate, ...evaluateBody(p, fixedNeed) }),
  write: (id: string, p: WriteParams) => problem({ id, skill: writeEvaluate, ...writeBody(p) }),
  distribute: (id: string, p: DistributeParams) =>
    problem({ id, skill: equivalentExpressions, ...distributeBody(p, fixedNeed) }),
};

export default cluster({
  code: '6.EE.A',
  strand: 'expressions-equations',
  title: 'Expressions: exponents, variables and equivalent expressions',
  skills: [
    { skill: evaluatePowers, pool: [powersTemplate] },
    { skill: writeEvaluate, pool: [evaluateTemplate, writeTemplate] },
    { skill: equivalentExpressions, pool: [distributeTemplate] },
  ],
  check: [
    fixed.power('g6-ee-a-check-1', { shape: 'sum', b: 3, e: 2, c: 4 }),
    fixed.evaluate('g6-ee-a-check-2', { shape: 'ax+b', v: 'n', a: 5, x: 3, b: 2 }),
    fixed.write('g6-ee-a-check-3', { shape: 'less-than-times', v: 'x', a: 4, b: 7 }),
    fixed.distribute('g6-ee-a-check-4', { shape: 'expand', v: 'x', a: 3, c: 1, b: 4, sign: 1 }),
    fixed.distribute('g6-ee-a-check-5', { shape: 'factor', v: 'y', a: 5, c: 2, b: 3, sign: 1 }),
  ],
  warmUp: [
    fixed.power('g6-ee-a-warm-up-1', { shape: 'power', b: 5, e: 2, c: 0 }),
    fixed.power('g6-ee-a-warm-up-2', { shape: 'power', b: 2, e: 5, c: 0 }),
  ],
  exitTicket: [fixed.distribute('g6-ee-a-exit-1', { shape: 'expand', v: 'n', a: 6, c: 1, b: 2, sign: -1 })],
  scripts: SCRIPTS,
});
