/** 5.NBT.B — Perform operations with multi-digit whole numbers and with decimals to hundredths. */
import { cluster, curriculumSkill, misconception, template } from '../../kit.js';
import { powerSpec, powersOfTen } from './5-nbt-a.js';
import { body, dec, fixed, missingPlaceholder, placeValueSlip, SCRIPTS, type Spec, tex, txt, valid } from './shared.js';

const onePartialProduct = misconception({
  id: 'wn-one-partial-product',
  title: 'Multiplies by only one digit of the second factor',
  description: 'Finds the partial product for the ones digit and forgets the one for the tens digit.',
});

const roundedDivisor = misconception({
  id: 'wn-unadjusted-estimate',
  title: 'Divides by a rounded divisor and does not adjust',
  description: 'Estimates with the tens of the divisor (24 → 20) and keeps that quotient without checking it.',
});

const alignsRight = misconception({
  id: 'wn-decimals-aligned-right',
  title: 'Lines up decimals by the last digit',
  description:
    'Lines up the right-hand digits (as with whole numbers) instead of the decimal points, so tenths are added to hundredths.',
});

const partsSeparately = misconception({
  id: 'wn-decimal-parts-as-whole-numbers',
  title: 'Treats the two sides of the point as separate whole numbers',
  description: 'Adds the whole parts and the decimal parts as whole numbers: 3.5 + 2.48 = 5.53.',
});

const ignoresPoint = misconception({
  id: 'wn-ignores-decimal-point',
  title: 'Ignores the decimal point in a product',
  description: 'Multiplies the digits as whole numbers and leaves out the decimal point: 0.6 × 7 = 42.',
});

const pointLikeAddition = misconception({
  id: 'wn-misplaces-product-point',
  title: 'Misplaces the decimal point in a product',
  description:
    'Counts the decimal places of a product wrongly, e.g. gives it as many places as one factor, as in addition: 0.3 × 0.4 = 1.2.',
});

export const multiplyFluent = curriculumSkill({
  id: 'g5-nbt-b-multiply',
  title: 'Multiply multi-digit whole numbers',
  standards: ['5.NBT.B.5'],
  tutor: {
    summary:
      'The standard algorithm finds one partial product per digit of the second factor: $243 \\times 36 = 243 \\times 6 + 243 \\times 30$. The second row is tens, so it ends in a 0.',
    mastery:
      'The student writes both partial products with the placeholder zero, adds them, and checks with an estimate.',
    watchFor: ['Leaving out the 0 in the tens partial product.', 'Finding only the ones partial product.'],
    talkMoves: ['"What is the 3 in 36 worth?"', '"Estimate: about how big should the product be?"'],
    workedExample: {
      problem: '$243 \\times 36$',
      steps: ['$243 \\times 6 = 1{,}458$', '$243 \\times 30 = 7{,}290$', '$1{,}458 + 7{,}290 = 8{,}748$'],
    },
  },
});

export const divideTwoDigit = curriculumSkill({
  id: 'g5-nbt-b-divide-two-digit',
  title: 'Divide by two-digit divisors',
  standards: ['5.NBT.B.6'],
  tutor: {
    summary:
      'Divide with partial quotients: take away easy multiples of the divisor (10 groups, 5 groups, 2 groups) and add up the groups taken. Rounding the divisor gives an estimate that must be checked.',
    mastery: 'The student estimates, adjusts the estimate, and checks the quotient by multiplying.',
    watchFor: ['Keeping an estimate made with a rounded divisor.', 'Writing a quotient digit in the wrong place.'],
    talkMoves: [
      '"How many groups of the divisor can you take away easily?"',
      '"Multiply your quotient by the divisor. Do you get the dividend?"',
    ],
    workedExample: {
      problem: '$864 \\div 24$',
      steps: [
        'Take away 30 groups: $864 - 720 = 144$.',
        'Take away 6 groups: $144 - 144 = 0$.',
        '$30 + 6 = 36$, so $864 \\div 24 = 36$ (check: $36 \\times 24 = 864$).',
      ],
    },
  },
});

export const addSubDecimals = curriculumSkill({
  id: 'g5-nbt-b-add-subtract-decimals',
  title: 'Add and subtract decimals to hundredths',
  standards: ['5.NBT.B.7'],
  tutor: {
    summary:
      'Add and subtract decimals like whole numbers, place by place, with the decimal points lined up: tenths with tenths, hundredths with hundredths. Writing a 0 (3.5 = 3.50) helps line them up.',
    mastery:
      'The student lines up the points, writes zeros in empty places, regroups across the point, and checks with an estimate.',
    watchFor: [
      'Lining up the last digits instead of the points.',
      'Working on the whole parts and decimal parts as separate whole numbers.',
    ],
    talkMoves: [
      '"Estimate with whole numbers first. About how much?"',
      '"Write both numbers with two decimal places. Now line them up."',
    ],
    workedExample: {
      problem: '$3.5 + 2.48$',
      steps: [
        'Write 3.5 as 3.50 and line up the points.',
        'Hundredths: 0 + 8 = 8. Tenths: 5 + 4 = 9. Ones: 3 + 2 = 5.',
        '$3.50 + 2.48 = 5.98$',
      ],
    },
  },
});

export const multiplyDecimals = curriculumSkill({
  id: 'g5-nbt-b-multiply-decimals',
  title: 'Multiply decimals to hundredths',
  standards: ['5.NBT.B.7'],
  tutor: {
    summary:
      'Multiply as if the factors were whole numbers, then use the size of the factors to place the point: tenths times tenths makes hundredths ($0.3 \\times 0.4 = 0.12$).',
    mastery:
      'The student multiplies, places the point by counting decimal places or by estimating, and explains why the product can be smaller than a factor.',
    watchFor: [
      'Leaving out the decimal point.',
      'Giving the product as many decimal places as one factor, as in addition.',
    ],
    talkMoves: [
      '"Estimate: is the answer closer to 1, to 10 or to 0.1?"',
      '"Tenths of tenths are what size of piece?"',
    ],
    workedExample: {
      problem: '$1.2 \\times 0.4$',
      steps: [
        '$12 \\times 4 = 48$.',
        'Tenths times tenths are hundredths: 48 hundredths.',
        '$1.2 \\times 0.4 = 0.48$ (about 1 times a bit less than a half).',
      ],
    },
  },
});

/** n × m with n three or four digits, m two digits. */
export function multiplyFluentSpec(n: number, m: number): Spec {
  const [tens, ones] = [Math.floor(m / 10), m % 10];
  return {
    stem: `Multiply: $${tex(n)} \\times ${m}$`,
    answer: n * m,
    params: { n, m },
    hints: [
      `Estimate first: about how much is $${tex(n)} \\times ${m}$?`,
      `Find two partial products: $${tex(n)} \\times ${ones}$ and $${tex(n)} \\times ${tens * 10}$. Then add them.`,
    ],
    bottom: `$${tex(n * ones)} + ${tex(n * tens * 10)} = ${tex(n * m)}$`,
    wrongs: [
      {
        match: n * ones + n * tens,
        feedback: `The ${tens} in ${m} means ${tens} tens. Check your second partial product.`,
        m: missingPlaceholder,
        move: `Ask: "What is the ${tens} in ${m} worth? So what is the second row: ${n} times what?"`,
      },
      {
        match: n * ones,
        feedback: `You multiplied by the ${ones} ones. There is also the tens digit of ${m} to multiply by.`,
        m: onePartialProduct,
        move: `Ask: "${m} is ${tens * 10} and ${ones}. Which part have you multiplied by?"`,
      },
    ],
  };
}

const multiplyTemplate = template({
  id: 'g5-nbt-b-multiply-standard',
  skill: multiplyFluent,
  count: 36,
  generate: (r) => {
    const s = multiplyFluentSpec(r.int(102, 2999), r.int(12, 89));
    r.require((s.params.m as number) % 10 !== 0, 'the second factor has a ones digit');
    r.require(valid(s), 'the wrong answers differ');
    return body(s);
  },
});

/** (q × d) ÷ d with a two-digit divisor d. */
export function divideTwoDigitSpec(q: number, d: number): Spec {
  const n = q * d;
  const rounded = Math.floor(d / 10) * 10;
  const estimate = Math.floor(n / rounded);
  const nearest = Math.round(d / 10) * 10;
  return {
    stem: `Divide: $${tex(n)} \\div ${d}$`,
    answer: q,
    params: { n, d },
    hints: [
      `Estimate with a ten close to ${d}: about how many ${nearest}s are in ${txt(n)}? Then check your guess with ${d} and adjust it.`,
      `Take away easy groups of ${d} (10 groups is $${tex(10 * d)}$) until nothing is left, and count the groups.`,
    ],
    bottom: `$${tex(n)} \\div ${d} = ${q}$ (check: $${q} \\times ${d} = ${tex(n)}$)`,
    wrongs: [
      {
        match: estimate,
        feedback: `Check your answer: multiply it by ${d}. Is it ${txt(n)}?`,
        m: roundedDivisor,
        move: `Ask: "What is ${estimate} × ${d}? Is that more or less than ${n}? How should you adjust?"`,
      },
      {
        match: q * 10,
        feedback: `Estimate the size: $${d} \\times 10 = ${10 * d}$ and $${d} \\times 100 = ${tex(100 * d)}$. How many digits should the quotient have?`,
        m: placeValueSlip,
        move: `Ask: "Is ${txt(n)} more or less than ${d} × 100? So is the quotient more or less than 100?"`,
      },
    ],
  };
}

const divideTemplate = template({
  id: 'g5-nbt-b-divide-two-digit-exact',
  skill: divideTwoDigit,
  count: 36,
  generate: (r) => {
    const d = r.int(12, 49);
    const q = r.int(12, 99);
    r.require(d % 10 !== 0 && q * d <= 9999, 'a two-digit divisor, a dividend up to 9,999');
    const s = divideTwoDigitSpec(q, d);
    r.require(valid(s), 'the wrong answers differ');
    return body(s);
  },
});

/** a hundredths ± b tenths. */
export function decimalSumSpec(op: 'add' | 'sub', a: number, b: number): Spec {
  const [w1, f1, w2, t] = [Math.floor(a / 100), a % 100, Math.floor(b / 10), b % 10];
  const answer = op === 'add' ? a + 10 * b : a - 10 * b;
  const right = op === 'add' ? a + b : a - b;
  const parts = op === 'add' ? (w1 + w2) * 100 + f1 + t : (w1 - w2) * 100 + f1 - t;
  const [as, bs] = [dec(a, 2), dec(b, 1)];
  const sign = op === 'add' ? '+' : '-';
  return {
    stem: `${op === 'add' ? 'Add' : 'Subtract'}: $${as} ${sign} ${bs}$`,
    answer: dec(answer, 2),
    params: { op, a: as, b: bs },
    hints: [
      `Estimate with whole numbers: about $${Math.round(a / 100)} ${sign} ${Math.round(b / 10)}$.`,
      `Write ${bs} as ${bs}0 and line up the decimal points. Then work place by place from the hundredths.`,
    ],
    bottom: `$${as} ${sign} ${bs}0 = ${dec(answer, 2)}$`,
    wrongs: [
      {
        match: dec(right, 2),
        feedback: 'Line up the decimal points, not the last digits: tenths go under tenths.',
        m: alignsRight,
        move: `Ask: "Which digit of ${bs} is in the tenths place? Which digit of ${as} is in the tenths place?"`,
      },
      {
        match: dec(parts, 2),
        feedback:
          'The digits after the point are tenths and hundredths, not a whole number. Write both numbers with two decimal places.',
        m: partsSeparately,
        move: `Ask: "Write ${bs} with two decimal places. What is the ${t} worth?"`,
      },
    ],
  };
}

const decimalSumTemplate = template({
  id: 'g5-nbt-b-add-subtract-decimal',
  skill: addSubDecimals,
  count: 36,
  generate: (r) => {
    const op = r.pick(['add', 'sub'] as const);
    const a = r.int(1, 19) * 100 + r.int(1, 9) * 10 + r.int(1, 9);
    const b = r.int(1, 9) * 10 + r.int(1, 9);
    r.require(
      op === 'add' ? (a % 100) + (b % 10) < 100 : a > 10 * b && a % 100 >= b % 10,
      'the difference is positive and the mistakes make sense',
    );
    const s = decimalSumSpec(op, a, b);
    r.require(valid(s), 'the wrong answers differ');
    return body(s);
  },
});

/** a (with pa decimal places) × b (with pb decimal places), as whole-number digits. */
export function decimalProductSpec(a: number, pa: number, b: number, pb: number): Spec {
  const places = pa + pb;
  const digits = a * b;
  const [as, bs] = [dec(a, pa), dec(b, pb)];
  const answer = dec(digits, places);
  const likeSum = dec(digits, Math.max(pa, pb));
  return {
    stem: `Multiply: $${as} \\times ${bs}$`,
    answer,
    params: { a: as, b: bs },
    hints: [
      `Estimate first: round ${as} to a friendly number and multiply. About how big is the answer?`,
      `Multiply ${a} × ${b} as whole numbers. Then think: ${pa + pb === 1 ? 'tenths' : pa + pb === 2 ? 'hundredths' : 'thousandths'}, so how many decimal places?`,
    ],
    bottom: `$${a} \\times ${b} = ${digits}$, so $${as} \\times ${bs} = ${answer}$.`,
    wrongs: [
      {
        match: String(digits),
        feedback: `Compare your answer with an estimate. Where does the decimal point go?`,
        m: ignoresPoint,
        move: `Ask: "Is ${as} × ${bs} really as big as ${digits}? Estimate first."`,
      },
      {
        match: places > Math.max(pa, pb) ? likeSum : dec(digits, places + 1),
        feedback: `Check the size of the pieces: ${pa > 0 && pb > 0 ? 'tenths of tenths are hundredths' : 'estimate, then place the point'}.`,
        m: pointLikeAddition,
        move: `Ask: "Estimate ${as} × ${bs}. Which answer is closest to your estimate?"`,
      },
    ],
  };
}

const decimalProductTemplate = template({
  id: 'g5-nbt-b-multiply-decimal',
  skill: multiplyDecimals,
  count: 36,
  generate: (r) => {
    // 0.3 × 0.4, 1.2 × 0.4 or 1.25 × 4
    const [a, pa, b, pb] = r.pick([
      [r.int(2, 9), 1, r.int(2, 9), 1],
      [r.int(11, 99), 1, r.int(2, 9), 1],
      [r.int(101, 999), 2, r.int(2, 9), 0],
    ] as const);
    r.require(a % 10 !== 0, 'the decimal factor has digits after the point');
    const s = decimalProductSpec(a, pa, b, pb);
    r.require(valid(s), 'the wrong answers differ');
    return body(s);
  },
});

export default cluster({
  code: '5.NBT.B',
  strand: 'whole-numbers',
  title: 'Multi-digit whole numbers and decimal operations',
  skills: [
    { skill: multiplyFluent, pool: [multiplyTemplate] },
    { skill: divideTwoDigit, pool: [divideTemplate] },
    { skill: addSubDecimals, pool: [decimalSumTemplate] },
    { skill: multiplyDecimals, pool: [decimalProductTemplate] },
  ],
  check: [
    fixed('g5-nbt-b-check-1', multiplyFluent, multiplyFluentSpec(243, 36)),
    fixed('g5-nbt-b-check-2', divideTwoDigit, divideTwoDigitSpec(36, 24)),
    fixed('g5-nbt-b-check-3', addSubDecimals, decimalSumSpec('add', 248, 35)),
    fixed('g5-nbt-b-check-4', addSubDecimals, decimalSumSpec('sub', 645, 23)),
    fixed('g5-nbt-b-check-5', multiplyDecimals, decimalProductSpec(12, 1, 4, 1)),
  ],
  warmUp: [
    fixed('g5-nbt-b-warm-up-1', powersOfTen, powerSpec('mul', 2_500_000, 1, false)),
    fixed('g5-nbt-b-warm-up-2', powersOfTen, powerSpec('div', 340_000_000, 2, false)),
  ],
  exitTicket: [fixed('g5-nbt-b-exit-1', multiplyDecimals, decimalProductSpec(6, 1, 7, 0))],
  scripts: SCRIPTS,
});
