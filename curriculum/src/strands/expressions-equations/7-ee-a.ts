/** 7.EE.A — Use properties of operations to generate equivalent expressions. */
import { bottomOut, cluster, curriculumSkill, expression, hint, problem, template, wrongAnswer } from '../../kit.js';
import { fixed as fixed6a } from './6-ee-a.js';
import {
  combinesUnlike,
  distributeFirstOnly,
  dropsSign,
  factorFirstOnly,
  fixedNeed,
  gcdOf,
  LETTERS,
  type Need,
  SCRIPTS,
  tenths,
  term,
} from './shared.js';

// ---- Skill 1: combine like terms ------------------------------------------------------------------

export const combineLikeTerms = curriculumSkill({
  id: 'g7-ee-a-combine-like-terms',
  title: 'Combine like terms, with negative and decimal coefficients',
  standards: ['7.EE.A.1', '7.EE.A.2'],
  tutor: {
    summary:
      'Like terms have the same variable part: $3x$ and $-2x$ are alike, $5$ and $-1$ are alike. Combine each kind separately, and keep each sign with the term after it.',
    mastery:
      'The student circles the terms of each kind with their signs, combines them, and never merges an $x$-term with a number.',
    watchFor: [
      'Adding everything into one term: $3x + 5 + 2x$ becomes $10x$.',
      'Losing a minus sign: $2x - 4 + 3$ read as $2x + 4 + 3$.',
    ],
    talkMoves: [
      '"Circle the $x$-terms in one colour and the numbers in another. Take the sign with each."',
      '"Could 3 apples and 5 bananas ever make 8 apples?"',
      '"Test with $x = 1$: does your answer give the same value as the start?"',
    ],
    workedExample: {
      problem: 'Simplify $4x - 3 + 2x + 7$.',
      steps: ['$x$-terms: $4x + 2x = 6x$.', 'Numbers: $-3 + 7 = 4$.', '$6x + 4$'],
    },
  },
});

interface CombineParams {
  readonly v: string;
  /** 1: whole numbers; 10: the numbers below are tenths. */
  readonly scale: number;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

function combineBody(p: CombineParams, need: Need) {
  const { v, scale, a, b, c, d } = p;
  const fmt = (n: number) => (scale === 1 ? String(n) : tenths(n));
  const t = (n: number) => (n === scale ? v : n === -scale ? `-${v}` : `${fmt(n)}${v}`);
  const after = (n: number, withV: boolean) => {
    const body = withV ? t(Math.abs(n)) : fmt(Math.abs(n));
    return n < 0 ? ` - ${body}` : ` + ${body}`;
  };
  const lin = (x: number, y: number) => (x === 0 ? fmt(y) : y === 0 ? t(x) : `${t(x)}${after(y, false)}`);
  const ascii = (x: number, y: number) => lin(x, y).replaceAll(' ', '');
  const start = `${t(a)}${after(b, false)}${after(c, true)}${after(d, false)}`;
  const answer = ascii(a + c, b + d);
  const oneTerm = `${fmt(a + b + c + d)}${v}`;
  const signless = ascii(Math.abs(a) + Math.abs(c), Math.abs(b) + Math.abs(d));
  need(a + c !== 0 && b + d !== 0 && a + b + c + d !== 0, 'two terms are left');
  need((c < 0 || d < 0) && signless !== answer && oneTerm !== signless, 'wrong answers differ');
  return {
    stem: `Simplify: $${start}$`,
    answer: expression({ value: answer, variables: [v], form: 'simplified' }),
    params: { ...p },
    hints: [
      hint(`Which terms are alike? Find the $${v}$-terms and the plain numbers, each with the sign in front of it.`),
      hint(`$${v}$-terms: $${t(a)}${after(c, true)}$. Numbers: $${fmt(b)}${after(d, false)}$. Combine each kind.`),
      bottomOut(
        `$${t(a)}${after(c, true)} = ${t(a + c)}$ and $${fmt(b)}${after(d, false)} = ${fmt(b + d)}$, so the answer is $${lin(a + c, b + d)}$.`,
      ),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: oneTerm,
        feedback: `$${v}$-terms and plain numbers are different kinds. They cannot be added into one term.`,
        misconception: combinesUnlike,
        tutorMove: `Ask: "Try $${v} = 2$ in the start and in your answer. Same value?" Then have them sort the terms into two groups.`,
      }),
      wrongAnswer({
        match: signless,
        feedback: 'Check the signs. A minus in front of a term belongs to that term.',
        misconception: dropsSign,
        tutorMove: `Ask: "Circle each term with the sign in front of it. Which ones are being taken away?"`,
      }),
    ],
  };
}

const combineTemplate = template({
  id: 'g7-ee-a-combine',
  skill: combineLikeTerms,
  count: 36,
  generate: (r) => {
    const scale = r.pick([1, 1, 10]);
    const draw = () => (scale === 1 ? r.pick([-1, 1]) * r.int(1, 9) : r.pick([-1, 1]) * r.int(1, 9) * 5);
    const big = () => (scale === 1 ? r.pick([-1, 1]) * r.int(1, 15) : r.pick([-1, 1]) * r.int(1, 40));
    return combineBody({ v: r.pick(LETTERS), scale, a: Math.abs(draw()), b: big(), c: draw(), d: big() }, r.require);
  },
});

// ---- Skill 2: expand and factor with negative and fractional coefficients --------------------------

export const expandFactorRational = curriculumSkill({
  id: 'g7-ee-a-expand-factor',
  title: 'Expand and factor with negative and fraction coefficients',
  standards: ['7.EE.A.1'],
  tutor: {
    summary:
      'The factor in front multiplies every term inside, sign included: $-3(2x - 4) = -6x + 12$. Factoring undoes it: $-6x + 12 = -3(2x - 4)$.',
    mastery: 'The student multiplies each term with its sign, and checks a factoring by expanding it back.',
    watchFor: [
      'Multiplying only the first term: $-3(2x - 4) = -6x - 4$.',
      'Sign slips: $-3 \\times (-4)$ written as $-12$.',
    ],
    talkMoves: [
      '"Write the two products separately: $-3 \\cdot 2x$ and $-3 \\cdot (-4)$. What is each?"',
      '"Expand your factored answer. Do you get back what you started with?"',
    ],
    workedExample: {
      problem: 'Expand $\\frac{1}{2}(6x + 10)$.',
      steps: ['Half of $6x$ is $3x$.', 'Half of 10 is 5.', '$3x + 5$'],
    },
  },
});

interface RationalParams {
  readonly shape: 'negative' | 'fraction' | 'factor';
  readonly v: string;
  readonly g: number;
  readonly m: number;
  readonly n: number;
  readonly sign: number;
}

function rationalBody(p: RationalParams, need: Need) {
  const { shape, v, g, m, n, sign } = p;
  const op = sign > 0 ? '+' : '-';
  const flip = sign > 0 ? '-' : '+';
  if (shape === 'factor') {
    // -g·m v + g·n (sign +) or -g·m v - g·n (sign -), factored as -g(m v ∓ n).
    need(gcdOf(m, n) === 1, 'factored completely');
    const start = `-${term(g * m, v)} ${op} ${g * n}`;
    return {
      stem: `Factor out $-${g}$: $${start}$`,
      answer: expression({ value: `-${g}(${term(m, v)}${flip}${n})`, variables: [v], form: 'factored' }),
      params: { ...p },
      hints: [
        hint(`Divide each term by $-${g}$, sign included.`),
        hint(
          `$-${term(g * m, v)} \\div (-${g}) = ${term(m, v)}$. What is $${sign > 0 ? '' : '-'}${g * n} \\div (-${g})$?`,
        ),
        bottomOut(
          `$${start} = -${g}(${term(m, v)} ${flip} ${n})$. Check: $-${g} \\cdot ${flip === '-' ? `(-${n})` : n} = ${sign > 0 ? '' : '-'}${g * n}$.`,
        ),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: `-${g}(${term(m, v)}${op}${n})`,
          feedback: 'Expand your answer back. Does the number term come out with the right sign?',
          misconception: dropsSign,
          tutorMove: `Ask: "What is $-${g}$ times ${op === '+' ? n : `$-${n}$`}? Is that the term you started with?"`,
        }),
        wrongAnswer({
          match: `-${g}(${term(m, v)}${flip}${g * n})`,
          feedback: 'You divided the first term. Divide the number term by the factor too.',
          misconception: factorFirstOnly,
          tutorMove: `Ask: "Expand your answer. What number term do you get? Is it ${sign > 0 ? '' : '-'}${g * n}?"`,
        }),
      ],
    };
  }
  // negative: -g(m v ± n); fraction: (1/g)(g·m v ± g·n).
  const negative = shape === 'negative';
  const factor = negative ? `-${g}` : `\\frac{1}{${g}}`;
  const inner = negative ? `${term(m, v)} ${op} ${n}` : `${term(g * m, v)} ${op} ${g * n}`;
  const [first, second] = negative ? [-g * m, -g * sign * n] : [m, sign * n];
  const answer = `${term(first, v)}${second > 0 ? '+' : ''}${second}`;
  const firstOnly = `${term(first, v)}${negative ? `${op}${n}` : `${op}${g * n}`}`;
  const other = negative
    ? `${term(first, v)}${second > 0 ? '-' : '+'}${Math.abs(second)}`
    : `${term(g * m, v)}${op}${n}`;
  need(firstOnly !== answer && other !== answer && other !== firstOnly, 'wrong answers differ');
  const shown = `${term(first, v)} ${second > 0 ? '+' : '-'} ${Math.abs(second)}`;
  return {
    stem: `Expand: $${factor}(${inner})$`,
    answer: expression({ value: answer, variables: [v], form: 'expanded' }),
    params: { ...p },
    hints: [
      hint(`$${factor}$ multiplies BOTH terms inside the parentheses, with their signs.`),
      hint(
        negative
          ? `Find $-${g} \\cdot ${term(m, v)}$ and $-${g} \\cdot ${op === '+' ? n : `(-${n})`}$.`
          : `Multiplying by $\\frac{1}{${g}}$ is dividing by ${g}. Divide each term by ${g}.`,
      ),
      bottomOut(`$${factor}(${inner}) = ${shown}$`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: firstOnly,
        feedback: `You multiplied the first term. The ${negative ? n : g * n} is inside the parentheses too.`,
        misconception: distributeFirstOnly,
        tutorMove: `Ask: "Draw an arrow from $${factor}$ to each term inside. What does the second arrow give?"`,
      }),
      negative
        ? wrongAnswer({
            match: other,
            feedback:
              'Check the sign of the second term: a negative times a negative is positive, a negative times a positive is negative.',
            misconception: dropsSign,
            tutorMove: `Ask: "What is $-${g} \\times ${op === '+' ? n : `(-${n})`}$? Say the sign rule out loud."`,
          })
        : wrongAnswer({
            match: other,
            feedback: `You divided the number term. The $${term(g * m, v)}$ is inside the parentheses too.`,
            misconception: distributeFirstOnly,
            tutorMove: `Ask: "What is $\\frac{1}{${g}}$ of $${term(g * m, v)}$? And of ${g * n}?"`,
          }),
    ],
  };
}

const rationalTemplate = template({
  id: 'g7-ee-a-expand-factor-rational',
  skill: expandFactorRational,
  count: 36,
  generate: (r) =>
    rationalBody(
      {
        shape: r.pick(['negative', 'fraction', 'factor'] as const),
        v: r.pick(LETTERS),
        g: r.int(2, 6),
        m: r.int(1, 5),
        n: r.int(1, 9),
        sign: r.pick([1, -1]),
      },
      r.require,
    ),
});

// ---- Skill 3: subtract linear expressions ---------------------------------------------------------

export const subtractExpressions = curriculumSkill({
  id: 'g7-ee-a-subtract-expressions',
  title: 'Subtract linear expressions',
  standards: ['7.EE.A.1'],
  tutor: {
    summary:
      'Subtracting an expression subtracts EVERY term of it: $(5x + 3) - (2x - 4) = 5x + 3 - 2x + 4 = 3x + 7$. The minus in front of the parentheses is like $-1$ distributed.',
    mastery:
      'The student rewrites the subtraction with every sign of the second expression changed, then combines like terms.',
    watchFor: [
      'Subtracting only the first term of the second expression.',
      'Ignoring the minus in front of the parentheses and adding.',
    ],
    talkMoves: [
      '"What is being taken away? All of $(2x - 4)$, or only the $2x$?"',
      '"Rewrite it without parentheses first. What happens to each sign?"',
    ],
    workedExample: {
      problem: '$(6x + 1) - (4x - 3)$',
      steps: ['Take away every term: $6x + 1 - 4x + 3$.', 'Combine: $2x + 4$.'],
    },
  },
});

interface SubtractParams {
  readonly v: string;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

function subtractBody(p: SubtractParams, need: Need) {
  const { v, a, b, c, d } = p;
  const lin = (x: number, y: number) =>
    x === 0 ? String(y) : `${term(x, v)}${y === 0 ? '' : y > 0 ? ` + ${y}` : ` - ${-y}`}`;
  const ascii = (x: number, y: number) => lin(x, y).replaceAll(' ', '');
  const answer = ascii(a - c, b - d);
  const firstOnly = ascii(a - c, b + d);
  const added = ascii(a + c, b + d);
  need(a !== c && b !== d && d !== 0 && firstOnly !== added, 'two terms are left and wrong answers differ');
  const rewritten = `${term(a, v)}${b > 0 ? ` + ${b}` : ` - ${-b}`} - ${term(c, v)}${d > 0 ? ` - ${d}` : ` + ${-d}`}`;
  return {
    stem: `Subtract and simplify: $(${lin(a, b)}) - (${lin(c, d)})$`,
    answer: expression({ value: answer, variables: [v], form: 'simplified' }),
    params: { ...p },
    hints: [
      hint(`The whole expression $${lin(c, d)}$ is taken away, not only its first term.`),
      hint(`Rewrite without parentheses, changing the sign of each term you take away: $${rewritten}$.`),
      bottomOut(`$${rewritten} = ${lin(a - c, b - d)}$`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: firstOnly,
        feedback: `You took away $${term(c, v)}$. The ${d > 0 ? d : -d} is part of what is taken away too.`,
        misconception: distributeFirstOnly,
        tutorMove: `Ask: "The minus sign is in front of the whole parentheses. What does it do to the ${d}?"`,
      }),
      wrongAnswer({
        match: added,
        feedback:
          'It looks like you added the two expressions. The minus sign in front of the parentheses means take ALL of it away.',
        misconception: dropsSign,
        tutorMove: `Ask: "Is this addition or subtraction? What should happen to $${term(c, v)}$?"`,
      }),
    ],
  };
}

const subtractTemplate = template({
  id: 'g7-ee-a-subtract',
  skill: subtractExpressions,
  count: 36,
  generate: (r) =>
    subtractBody(
      {
        v: r.pick(LETTERS),
        a: r.int(3, 12),
        b: r.pick([-1, 1]) * r.int(1, 12),
        c: r.int(1, 9),
        d: r.pick([-1, 1]) * r.int(1, 12),
      },
      r.require,
    ),
});

export const fixed = {
  combine: (id: string, p: CombineParams) => problem({ id, skill: combineLikeTerms, ...combineBody(p, fixedNeed) }),
  rational: (id: string, p: RationalParams) =>
    problem({ id, skill: expandFactorRational, ...rationalBody(p, fixedNeed) }),
  subtract: (id: string, p: SubtractParams) =>
    problem({ id, skill: subtractExpressions, ...subtractBody(p, fixedNeed) }),
};

export default cluster({
  code: '7.EE.A',
  strand: 'expressions-equations',
  title: 'Equivalent expressions with rational coefficients',
  skills: [
    { skill: combineLikeTerms, pool: [combineTemplate] },
    { skill: expandFactorRational, pool: [rationalTemplate] },
    { skill: subtractExpressions, pool: [subtractTemplate] },
  ],
  check: [
    fixed.combine('g7-ee-a-check-1', { v: 'x', scale: 1, a: 4, b: 6, c: -1, d: -2 }),
    fixed.combine('g7-ee-a-check-2', { v: 'n', scale: 10, a: 15, b: 20, c: 5, d: -5 }),
    fixed.rational('g7-ee-a-check-3', { shape: 'negative', v: 'x', g: 3, m: 2, n: 4, sign: -1 }),
    fixed.rational('g7-ee-a-check-4', { shape: 'fraction', v: 'y', g: 2, m: 3, n: 5, sign: 1 }),
    fixed.subtract('g7-ee-a-check-5', { v: 'x', a: 7, b: 2, c: 3, d: -5 }),
  ],
  // Distributing with whole numbers comes first.
  warmUp: [
    fixed6a.distribute('g7-ee-a-warm-up-1', { shape: 'expand', v: 'x', a: 4, c: 1, b: 3, sign: 1 }),
    fixed6a.distribute('g7-ee-a-warm-up-2', { shape: 'expand', v: 'n', a: 5, c: 2, b: 1, sign: -1 }),
  ],
  exitTicket: [fixed.subtract('g7-ee-a-exit-1', { v: 'm', a: 9, b: -4, c: 2, d: 6 })],
  scripts: SCRIPTS,
});
