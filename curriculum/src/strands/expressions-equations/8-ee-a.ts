/** 8.EE.A — Expressions and equations work with radicals and integer exponents. */
import { bottomOut, cluster, curriculumSkill, hint, numeric, problem, template, wrongAnswer } from '../../kit.js';
import { fixed as fixed6a } from './6-ee-a.js';
import {
  countsZeros,
  dropsSign,
  exponentRules,
  exponentSignFlip,
  exponentTimes,
  fixedNeed,
  type Need,
  negativeExponent,
  ratio,
  rootHalves,
  SCRIPTS,
  sameOperation,
  tenths,
} from './shared.js';

// ---- Skill 1: integer exponents ---------------------------------------------------------------------

export const integerExponents = curriculumSkill({
  id: 'g8-ee-a-integer-exponents',
  title: 'Use the properties of integer exponents',
  standards: ['8.EE.A.1'],
  tutor: {
    summary:
      'Multiplying powers of the same base adds the exponents; dividing subtracts them; a power of a power multiplies them. A negative exponent means "one over": $2^{-3} = \\frac{1}{2^3} = \\frac{1}{8}$.',
    mastery:
      'The student can say WHY a rule holds by writing the factors out, and never turns a negative exponent into a negative number.',
    watchFor: [
      'Thinking $2^{-3}$ is negative.',
      'Multiplying exponents when multiplying powers, or adding them for a power of a power.',
    ],
    talkMoves: [
      '"Write the factors out: how many 3s are multiplied in all?"',
      '"Follow the pattern $2^3 = 8$, $2^2 = 4$, $2^1 = 2$, $2^0 = 1$. What comes next?"',
    ],
    workedExample: {
      problem: 'Write $5^6 \\cdot 5^{-2}$ as one power of 5.',
      steps: ['Same base, multiplying: add the exponents.', '$6 + (-2) = 4$, so $5^6 \\cdot 5^{-2} = 5^4$.'],
    },
  },
});

interface ExponentParams {
  readonly shape: 'negative' | 'product' | 'quotient' | 'power';
  readonly b: number;
  readonly m: number;
  readonly k: number;
}

const pow = (n: number) => `{${n}}`;

function exponentBody(p: ExponentParams, need: Need) {
  const { shape, b, m, k } = p;
  if (shape === 'negative') {
    const big = b ** m;
    need(m >= 2 && big <= 1000, 'a friendly power');
    const factors = Array.from({ length: m }, () => String(b)).join(' \\times ');
    return {
      stem: `Find the value of $${b}^{-${m}}$. Write it as a fraction.`,
      answer: numeric({ value: `1/${big}`, forms: ['fraction', 'decimal'] }),
      params: { ...p },
      hints: [
        hint(
          'A negative exponent does not make the number negative. Look at the pattern: each step down in the exponent divides by the base.',
        ),
        hint(`$${b}^{-${m}} = \\frac{1}{${b}^${m}}$. What is $${b}^${m}$?`),
        bottomOut(`$${b}^{-${m}} = \\frac{1}{${factors}} = \\frac{1}{${big}}$`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: `-${big}`,
          feedback:
            'A negative exponent means "one over", not a negative number. Is the value bigger or smaller than 1?',
          misconception: negativeExponent,
          tutorMove: `Ask: "$${b}^2$, $${b}^1$, $${b}^0$: what do you do each step? Keep going past $${b}^0$."`,
        }),
        wrongAnswer({
          match: `-${b * m}`,
          feedback: `An exponent is not multiplied by the base. And a negative exponent means "one over".`,
          misconception: exponentTimes,
          tutorMove: `Ask: "What is $${b}^${m}$ written as a multiplication? Now what does the minus in the exponent do?"`,
        }),
      ],
    };
  }
  const [expr, answer, w1, w2] =
    shape === 'product'
      ? [`${b}^${pow(m)} \\cdot ${b}^${pow(k)}`, m + k, m * k, Math.abs(m) + Math.abs(k)]
      : shape === 'quotient'
        ? [`\\frac{${b}^${pow(m)}}{${b}^${pow(k)}}`, m - k, m + k, k - m]
        : [`(${b}^${pow(m)})^${pow(k)}`, m * k, m + k, -m * k];
  need(new Set([answer, w1, w2]).size === 3, 'wrong answers differ');
  const rule =
    shape === 'product'
      ? 'Multiplying powers of the same base: add the exponents.'
      : shape === 'quotient'
        ? 'Dividing powers of the same base: subtract the bottom exponent from the top one.'
        : 'A power of a power: multiply the exponents.';
  const work =
    shape === 'product'
      ? `${m} + ${k < 0 ? `(${k})` : k}`
      : shape === 'quotient'
        ? `${m} - ${k < 0 ? `(${k})` : k}`
        : `${m} \\times ${k < 0 ? `(${k})` : k}`;
  return {
    stem: `Write as one power of ${b}: $${expr} = ${b}^{?}$. What is the exponent?`,
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { ...p },
    hints: [
      hint(
        `Think about what each power means as factors of ${b}. ${shape === 'quotient' ? 'Which factors cancel?' : `How many factors of ${b} are there in all?`}`,
      ),
      hint(rule),
      bottomOut(`$${work} = ${answer}$, so $${expr} = ${b}^${pow(answer)}$.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(w1),
        feedback:
          shape === 'power'
            ? `$(${b}^${pow(m)})^${pow(k)}$ is ${Math.abs(k)} copies of $${b}^${pow(m)}$ multiplied together. Count the factors.`
            : shape === 'product'
              ? 'When powers are multiplied, the factors are put together, so their counts add.'
              : 'Dividing cancels factors, so the exponents are subtracted, not added.',
        misconception: exponentRules,
        tutorMove: `Ask: "Write it out with small numbers, like $${b}^2 \\cdot ${b}^3$. How many ${b}s in all?"`,
      }),
      wrongAnswer({
        match: String(w2),
        feedback: 'Check the signs. A negative exponent counts factors in the denominator.',
        misconception: dropsSign,
        tutorMove: `Ask: "Say the computation with signs: ${work.replace(/\\times/g, 'times')}. What is it?"`,
      }),
    ],
  };
}

const exponentTemplate = template({
  id: 'g8-ee-a-exponents',
  skill: integerExponents,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['negative', 'product', 'quotient', 'power'] as const);
    const e = () => r.pick([-1, 1]) * r.int(1, 8);
    return exponentBody(
      { shape, b: r.pick([2, 3, 4, 5, 6, 7, 10]), m: shape === 'negative' ? r.int(2, 4) : e(), k: e() },
      r.require,
    );
  },
});

// ---- Skill 2: square and cube roots -----------------------------------------------------------------

export const roots = curriculumSkill({
  id: 'g8-ee-a-roots',
  title: 'Square roots and cube roots',
  standards: ['8.EE.A.2'],
  tutor: {
    summary:
      '$\\sqrt{49}$ is the number that times itself is 49: 7. $\\sqrt[3]{64}$ is the number used three times as a factor to make 64: 4. Solving $x^2 = 49$ (positive) or $x^3 = 64$ asks the same.',
    mastery: 'The student checks a root by multiplying it back, and never halves to take a square root.',
    watchFor: [
      'Dividing by 2 for a square root or by 3 for a cube root.',
      'Squaring again instead of taking the root.',
    ],
    talkMoves: [
      '"What number times itself gives this? Check by multiplying."',
      '"Is $\\sqrt{36} = 18$? What is $18 \\times 18$?"',
    ],
    workedExample: {
      problem: 'Solve $x^3 = 125$.',
      steps: ['Which number, used 3 times as a factor, gives 125?', '$5 \\times 5 \\times 5 = 125$, so $x = 5$.'],
    },
  },
});

interface RootParams {
  readonly shape: 'sqrt' | 'cbrt' | 'square-eq' | 'cube-eq';
  readonly n: number;
}

function rootBody(p: RootParams, need: Need) {
  const { shape, n } = p;
  const square = shape === 'sqrt' || shape === 'square-eq';
  const value = square ? n * n : n ** 3;
  const halved = ratio(value, square ? 2 : 3);
  const again = String(square ? value * value : value ** 3);
  need(halved !== String(n) && again !== String(n) && (square ? n > 0 : n !== 0), 'wrong answers differ');
  const stem =
    shape === 'sqrt'
      ? `Find $\\sqrt{${value}}$.`
      : shape === 'cbrt'
        ? `Find $\\sqrt[3]{${value}}$.`
        : shape === 'square-eq'
          ? `Solve $x^2 = ${value}$. Give the positive solution.`
          : `Solve $x^3 = ${value}$.`;
  const check = square
    ? `${n} \\times ${n} = ${value}`
    : `${n < 0 ? `(${n})` : n} \\times ${n < 0 ? `(${n})` : n} \\times ${n < 0 ? `(${n})` : n} = ${value}`;
  return {
    stem,
    answer: numeric({ value: String(n), forms: ['integer'] }),
    params: { ...p },
    hints: [
      hint(
        square
          ? `Which number times itself makes ${value}?`
          : `Which number used three times as a factor makes ${value}?`,
      ),
      hint(
        square
          ? `Try some squares: $${n - 1}^2 = ${(n - 1) ** 2}$. Is ${value} bigger?`
          : `Try some cubes: $2^3 = 8$, $3^3 = 27$, $4^3 = 64$, $5^3 = 125$.${n < 0 ? ' A negative times a negative times a negative is negative.' : ''}`,
      ),
      bottomOut(`$${check}$, so the answer is ${n}.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: halved,
        feedback: `A ${square ? 'square' : 'cube'} root is not ${square ? 'half' : 'a third'} of the number. Multiply your answer by itself${square ? '' : ' three times'} to check.`,
        misconception: rootHalves,
        tutorMove: `Ask: "What is ${halved} times ${halved}${square ? '' : ` times ${halved}`}? Is it ${value}?"`,
      }),
      wrongAnswer({
        match: again,
        feedback: `You ${square ? 'squared' : 'cubed'} the number. We need the number that was ${square ? 'squared' : 'cubed'} to make ${value}.`,
        misconception: sameOperation,
        tutorMove: `Ask: "Is your answer bigger or smaller than ${value}? Should a ${square ? 'square' : 'cube'} root be bigger?"`,
      }),
    ],
  };
}

const rootTemplate = template({
  id: 'g8-ee-a-roots-find',
  skill: roots,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['sqrt', 'cbrt', 'square-eq', 'cube-eq'] as const);
    const n =
      shape === 'sqrt' || shape === 'square-eq'
        ? r.int(3, 20)
        : shape === 'cbrt'
          ? r.int(2, 10)
          : r.pick([-1, 1]) * r.int(2, 10);
    return rootBody({ shape, n }, r.require);
  },
});

// ---- Skill 3: scientific notation -------------------------------------------------------------------

export const scientificNotation = curriculumSkill({
  id: 'g8-ee-a-scientific-notation',
  title: 'Read and write numbers in scientific notation',
  standards: ['8.EE.A.3', '8.EE.A.4'],
  tutor: {
    summary:
      'In $3.4 \\times 10^6$, the power of 10 says how many places the decimal point moves: right for a positive power (big numbers), left for a negative power (small numbers).',
    mastery:
      'The student counts places moved (not zeros), and picks the sign of the exponent from whether the number is big or small.',
    watchFor: [
      'Counting zeros instead of places: $3{,}400{,}000 = 3.4 \\times 10^5$.',
      'A positive exponent for a number less than 1.',
    ],
    talkMoves: [
      '"Put your finger on the decimal point. Hop one place at a time and count."',
      '"Is this number bigger or smaller than 1? So is the power of 10 positive or negative?"',
    ],
    workedExample: {
      problem: 'Write $0.00052$ in scientific notation.',
      steps: [
        'Move the point right until one nonzero digit is in front: $5.2$, 4 hops.',
        'The number is small, so the exponent is negative: $5.2 \\times 10^{-4}$.',
      ],
    },
  },
});

interface SciParams {
  readonly shape: 'exp-big' | 'exp-small' | 'standard-big' | 'standard-small';
  /** The two digits of the mantissa: 34 is 3.4. */
  readonly d: number;
  /** How many places (always positive). */
  readonly e: number;
}

/** 3400000 → 3{,}400{,}000 */
const grouped = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, '{,}');

function sciBody(p: SciParams, need: Need) {
  const { shape, d, e } = p;
  need(d % 10 !== 0, 'two significant digits');
  const mant = `${Math.floor(d / 10)}.${d % 10}`;
  const big = `${d}${'0'.repeat(e - 1)}`;
  const small = `0.${'0'.repeat(e - 1)}${d}`;
  const isBig = shape === 'exp-big' || shape === 'standard-big';
  const power = isBig ? `10^{${e}}` : `10^{-${e}}`;
  if (shape === 'exp-big' || shape === 'exp-small') {
    const answer = isBig ? e : -e;
    const zeros = isBig ? e - 1 : -(e - 1);
    return {
      stem: `Fill in the exponent: $${isBig ? grouped(big) : small} = ${mant} \\times 10^{?}$`,
      answer: numeric({ value: String(answer), forms: ['integer'] }),
      params: { ...p },
      hints: [
        hint(`Is the number bigger or smaller than 1? That gives the sign of the exponent.`),
        hint(`Count how many places the decimal point moves to get from ${mant} to the number. Count hops, not zeros.`),
        bottomOut(
          `From ${mant} the point moves ${e} places ${isBig ? 'right' : 'left'}, so the exponent is ${answer}.`,
        ),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: String(zeros),
          feedback:
            'Count how many places the decimal point moves. The digit after the point in the mantissa uses one place too.',
          misconception: countsZeros,
          tutorMove: `Ask: "Start at ${mant} and hop the point one place at a time until you reach the number. How many hops?"`,
        }),
        wrongAnswer({
          match: String(-answer),
          feedback: isBig
            ? 'This number is bigger than 1, so the power of 10 is positive.'
            : 'This number is less than 1, so the power of 10 is negative.',
          misconception: exponentSignFlip,
          tutorMove: `Ask: "Is ${isBig ? grouped(big) : small} more or less than 1? What does a negative power of 10 do?"`,
        }),
      ],
    };
  }
  const answer = isBig ? big : small;
  const extra = isBig ? `${big}0` : `0.${'0'.repeat(e)}${d}`;
  // The exponent used as a multiplier (3.4 × 6), or the point moved the wrong way.
  const second = isBig ? tenths(d * e) : big;
  return {
    stem: `Write $${mant} \\times ${power}$ as an ordinary number.`,
    answer: numeric({ value: answer, forms: ['integer', 'decimal'] }),
    params: { ...p },
    hints: [
      hint(`$${power}$ moves the decimal point ${e} places to the ${isBig ? 'right' : 'left'}.`),
      hint(`Start with ${mant} and hop the point ${e} times. Fill empty places with zeros.`),
      bottomOut(`$${mant} \\times ${power} = ${isBig ? grouped(big) : small}$`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: extra,
        feedback: `Adding ${e} zeros is not the same as moving the point ${e} places. The digit ${d % 10} already uses one place.`,
        misconception: countsZeros,
        tutorMove: `Ask: "Hop the point one place at a time from ${mant}. Where is it after ${e} hops?"`,
      }),
      isBig
        ? wrongAnswer({
            match: second,
            feedback: `$10^{${e}}$ is not ${e} times 10 or ${e}: it is ${e} tens multiplied together.`,
            misconception: exponentTimes,
            tutorMove: `Ask: "What is $10^${e}$ written out as a multiplication?"`,
          })
        : wrongAnswer({
            match: second,
            feedback: 'A negative power of 10 makes the number smaller, not bigger. Which way should the point move?',
            misconception: exponentSignFlip,
            tutorMove: `Ask: "Is $10^{-${e}}$ more or less than 1? So is the answer more or less than ${mant}?"`,
          }),
    ],
  };
}

const sciTemplate = template({
  id: 'g8-ee-a-scientific',
  skill: scientificNotation,
  count: 36,
  generate: (r) =>
    sciBody(
      {
        shape: r.pick(['exp-big', 'exp-small', 'standard-big', 'standard-small'] as const),
        d: r.int(11, 99),
        e: r.int(2, 8),
      },
      r.require,
    ),
});

export const fixed = {
  exponent: (id: string, p: ExponentParams) => problem({ id, skill: integerExponents, ...exponentBody(p, fixedNeed) }),
  root: (id: string, p: RootParams) => problem({ id, skill: roots, ...rootBody(p, fixedNeed) }),
  sci: (id: string, p: SciParams) => problem({ id, skill: scientificNotation, ...sciBody(p, fixedNeed) }),
};

export default cluster({
  code: '8.EE.A',
  strand: 'expressions-equations',
  title: 'Integer exponents, roots and scientific notation',
  skills: [
    { skill: integerExponents, pool: [exponentTemplate] },
    { skill: roots, pool: [rootTemplate] },
    { skill: scientificNotation, pool: [sciTemplate] },
  ],
  check: [
    fixed.exponent('g8-ee-a-check-1', { shape: 'negative', b: 3, m: 2, k: 1 }),
    fixed.exponent('g8-ee-a-check-2', { shape: 'product', b: 2, m: 5, k: -3 }),
    fixed.root('g8-ee-a-check-3', { shape: 'square-eq', n: 9 }),
    fixed.sci('g8-ee-a-check-4', { shape: 'exp-big', d: 34, e: 6 }),
    fixed.sci('g8-ee-a-check-5', { shape: 'standard-small', d: 61, e: 3 }),
  ],
  // Whole-number exponents come first.
  warmUp: [
    fixed6a.power('g8-ee-a-warm-up-1', { shape: 'power', b: 3, e: 4, c: 0 }),
    fixed6a.power('g8-ee-a-warm-up-2', { shape: 'power', b: 10, e: 3, c: 0 }),
  ],
  exitTicket: [fixed.exponent('g8-ee-a-exit-1', { shape: 'negative', b: 2, m: 3, k: 1 })],
  scripts: SCRIPTS,
});
