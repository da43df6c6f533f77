/** 4.NBT.B — Use place value understanding and properties of operations to perform multi-digit arithmetic. */
import { cluster, curriculumSkill, misconception, template } from '../../kit.js';
import { digitSpec, digitValue } from './4-nbt-a.js';
import {
  body,
  dropsZero,
  fixed,
  missingPlaceholder,
  multipliesPartsOnly,
  noRegroup,
  placeValueSlip,
  SCRIPTS,
  type Spec,
  tex,
  txt,
  valid,
} from './shared.js';

const writesColumnResults = misconception({
  id: 'wn-writes-whole-column-result',
  title: 'Writes the whole result of each column',
  description: 'Writes a two-digit column result (15) in one place instead of regrouping the ten, e.g. 58 + 67 = 1115.',
});

const smallerFromLarger = misconception({
  id: 'wn-smaller-from-larger',
  title: 'Subtracts the smaller digit from the larger',
  description:
    'In each column takes the smaller digit from the larger, whichever number it belongs to, instead of regrouping.',
});

const noDecrement = misconception({
  id: 'wn-regroups-without-decreasing',
  title: 'Regroups without taking the ten away',
  description: 'Adds 10 to a column when subtracting but does not take 1 away from the next place.',
});

export const addSubtract = curriculumSkill({
  id: 'g4-nbt-b-add-subtract',
  title: 'Add and subtract multi-digit numbers with regrouping',
  standards: ['4.NBT.B.4'],
  tutor: {
    summary:
      'The standard algorithm works place by place from the ones. Ten in one place become one in the next place (adding); one in a place becomes ten in the place to its right (subtracting).',
    mastery: 'The student lines up places, regroups correctly, and checks with an estimate or the inverse operation.',
    watchFor: [
      'Forgetting to carry, or writing a two-digit column result.',
      'Subtracting the smaller digit from the larger in every column.',
    ],
    talkMoves: [
      '"What does the little 1 you carried stand for?"',
      '"Estimate first: about how big should the answer be?"',
      '"Check: add your answer to the number you subtracted."',
    ],
    workedExample: {
      problem: '$5{,}204 - 1{,}768$',
      steps: [
        'Ones: 4 is less than 8; regroup a ten (the tens are 0, so regroup a hundred first): 14 - 8 = 6.',
        'Tens: 9 - 6 = 3. Hundreds: 1 is less than 7; regroup a thousand: 11 - 7 = 4. Thousands: 4 - 1 = 3.',
        '$5{,}204 - 1{,}768 = 3{,}436$',
      ],
    },
  },
});

export const multiplyMulti = curriculumSkill({
  id: 'g4-nbt-b-multiply',
  title: 'Multiply up to four digits by one digit, and two digits by two digits',
  standards: ['4.NBT.B.5'],
  tutor: {
    summary:
      'Multiplying by place value: split a factor into tens and ones (an area model) and add the partial products. $23 \\times 45 = 20 \\times 40 + 20 \\times 5 + 3 \\times 40 + 3 \\times 5$.',
    mastery:
      'The student writes every partial product with its place value and adds them, in an area model or the standard algorithm.',
    watchFor: [
      'Multiplying tens by tens and ones by ones only.',
      'Treating the tens digit of the second factor as ones.',
      'Forgetting to add the regrouped tens.',
    ],
    talkMoves: ['"Draw the area model. How many boxes, and what goes in each?"', '"What is the 4 in 45 really worth?"'],
    workedExample: {
      problem: '$23 \\times 45$',
      steps: [
        'Partial products: $20 \\times 40 = 800$, $20 \\times 5 = 100$, $3 \\times 40 = 120$, $3 \\times 5 = 15$.',
        '$800 + 100 + 120 + 15 = 1{,}035$',
        '$23 \\times 45 = 1{,}035$',
      ],
    },
  },
});

export const divideMulti = curriculumSkill({
  id: 'g4-nbt-b-divide',
  title: 'Divide up to four digits by one digit',
  standards: ['4.NBT.B.6'],
  tutor: {
    summary:
      'Divide place by place, or take away partial quotients (hundreds, tens, ones). When a place does not hold one group, its quotient digit is 0 and must still be written.',
    mastery: 'The student divides, writes a 0 in the quotient when a place is too small, and checks by multiplying.',
    watchFor: ['Leaving out a 0 in the quotient.', 'Writing a quotient digit in the wrong place.'],
    talkMoves: [
      '"How many hundreds does each group get? How many tens?"',
      '"Check: multiply your quotient by the divisor."',
    ],
    workedExample: {
      problem: '$1{,}236 \\div 4$',
      steps: [
        '12 hundreds ÷ 4 = 3 hundreds.',
        '3 tens ÷ 4: no full group, so 0 tens; 36 ones ÷ 4 = 9 ones.',
        '$1{,}236 \\div 4 = 309$ (check: $309 \\times 4 = 1{,}236$).',
      ],
    },
  },
});

const digitsOf = (n: number, length: number) => [...String(n).padStart(length, '0')].map(Number).reverse();
const fromDigits = (d: readonly number[]) => d.reduce((sum, x, i) => sum + x * 10 ** i, 0);

/** a + b or a - b, place by place, with the usual column errors. */
export function addSubSpec(op: 'add' | 'sub', a: number, b: number): Spec {
  const length = String(a).length;
  const [da, db] = [digitsOf(a, length), digitsOf(b, length)];
  const sign = op === 'add' ? '+' : '-';
  const stem = `${op === 'add' ? 'Add' : 'Subtract'}: $${tex(a)} ${sign} ${tex(b)}$`;
  const params = { op, a, b };
  if (op === 'add') {
    const answer = a + b;
    const noCarry = fromDigits(da.map((x, i) => (x + (db[i] ?? 0)) % 10));
    const columns = Number(
      da
        .map((x, i) => String(x + (db[i] ?? 0)))
        .reverse()
        .join(''),
    );
    return {
      stem,
      answer,
      params,
      hints: [
        'Estimate first: round both numbers and add. About how big is the sum?',
        'Add place by place from the ones. When a place adds to 10 or more, regroup ten of them as one of the next place.',
      ],
      bottom: `$${tex(a)} + ${tex(b)} = ${tex(answer)}$`,
      wrongs: [
        {
          match: noCarry,
          feedback: 'Check the places that added up to 10 or more. Where did the extra ten go?',
          m: noRegroup,
          move: 'Ask: "In the ones column, what did the digits add to? What did you do with the ten?"',
        },
        {
          match: columns,
          feedback: 'Your answer has too many digits. Only one digit can go in each place.',
          m: writesColumnResults,
          move: `Ask: "Estimate ${a} + ${b}. Is your answer close to that?"`,
        },
      ],
    };
  }
  const answer = a - b;
  const larger = fromDigits(da.map((x, i) => Math.abs(x - (db[i] ?? 0))));
  const noDec = fromDigits(da.map((x, i) => (x < (db[i] ?? 0) ? x + 10 : x) - (db[i] ?? 0)));
  return {
    stem,
    answer,
    params,
    hints: [
      'Start with the ones. Is there enough in each place to take away?',
      'When the top digit is smaller, regroup one from the next place: it becomes ten here, and the next place has one less.',
    ],
    bottom: `$${tex(a)} - ${tex(b)} = ${tex(answer)}$ (check: $${tex(answer)} + ${tex(b)} = ${tex(a)}$)`,
    wrongs: [
      {
        match: larger,
        feedback:
          'In some columns you took the top digit from the bottom one. The top number is the one you take away from.',
        m: smallerFromLarger,
        move: 'Ask: "In the ones column, which number are you taking away from? Is there enough?"',
      },
      {
        match: noDec,
        feedback: 'You regrouped: good! When you borrow a ten, the place you borrowed from has one less.',
        m: noDecrement,
        move: 'Ask: "Where did the ten you borrowed come from? What is left in that place now?"',
      },
    ],
  };
}

const addSubTemplate = template({
  id: 'g4-nbt-b-add-subtract-column',
  skill: addSubtract,
  count: 36,
  generate: (r) => {
    const op = r.pick(['add', 'sub'] as const);
    const a = r.int(1000, op === 'add' ? 8999 : 9999);
    const b = r.int(100, op === 'add' ? 9999 - a : a - 1);
    const s = addSubSpec(op, a, b);
    r.require(valid(s), 'the wrong answers differ: there is regrouping');
    return body(s);
  },
});

/** n × m (m one digit), or n × m both two digits. */
export function multiplySpec(n: number, m: number): Spec {
  const answer = n * m;
  const params = { n, m };
  if (m < 10) {
    const d = digitsOf(n, String(n).length);
    const noCarry = fromDigits(d.map((x) => (x * m) % 10));
    const written = Number(
      d
        .map((x) => String(x * m))
        .reverse()
        .join(''),
    );
    return {
      stem: `Multiply: $${tex(n)} \\times ${m}$`,
      answer,
      params,
      hints: [
        `Estimate: about how much is $${tex(n)} \\times ${m}$?`,
        `Multiply each place by ${m}, starting with the ones, and regroup tens into the next place.`,
      ],
      bottom: `$${d
        .map((x, i) => x * 10 ** i)
        .filter((x) => x > 0)
        .reverse()
        .map((x) => `${tex(x)} \\times ${m}`)
        .join(' + ')} = ${tex(answer)}$`,
      wrongs: [
        {
          match: noCarry,
          feedback: 'Some places made 10 or more. Did you add the regrouped tens to the next place?',
          m: noRegroup,
          move: `Ask: "What is the ones digit of ${n} times ${m}? Where does the ten go?"`,
        },
        {
          match: written,
          feedback: 'Your answer is far too big. Only one digit can go in each place: regroup.',
          m: writesColumnResults,
          move: `Ask: "Estimate ${n} times ${m}. Is your answer close?"`,
        },
      ],
    };
  }
  const [a, b] = [Math.floor(n / 10), n % 10];
  const [c, d] = [Math.floor(m / 10), m % 10];
  return {
    stem: `Multiply: $${n} \\times ${m}$`,
    answer,
    params,
    hints: [
      `Draw an area model: split ${n} into ${a * 10} + ${b} and ${m} into ${c * 10} + ${d}. How many partial products?`,
      `Find all four: $${a * 10} \\times ${c * 10}$, $${a * 10} \\times ${d}$, $${b} \\times ${c * 10}$, $${b} \\times ${d}$. Then add.`,
    ],
    bottom: `$${a * 100 * c} + ${a * 10 * d} + ${b * 10 * c} + ${b * d} = ${tex(answer)}$`,
    wrongs: [
      {
        match: 100 * a * c + b * d,
        feedback:
          'You multiplied tens by tens and ones by ones. Every part of one number multiplies every part of the other.',
        m: multipliesPartsOnly,
        move: `Ask: "Draw the area model for ${n} × ${m}. How many boxes does it have? Did you fill them all?"`,
      },
      {
        match: n * d + n * c,
        feedback: `The ${c} in ${m} is in the tens place. What is it really worth?`,
        m: missingPlaceholder,
        move: `Ask: "Is ${n} × ${c} the same as ${n} × ${c * 10}?"`,
      },
    ],
  };
}

const multiplyTemplate = template({
  id: 'g4-nbt-b-multiply-partial',
  skill: multiplyMulti,
  count: 36,
  generate: (r) => {
    const s =
      r.int(0, 1) === 0 ? multiplySpec(r.int(12, 2499), r.int(2, 9)) : multiplySpec(r.int(12, 99), r.int(12, 99));
    r.require((s.params.n as number) % 10 !== 0 && (s.params.m as number) % 10 !== 0, 'no factor is a multiple of ten');
    r.require(valid(s), 'the wrong answers differ: there is regrouping');
    return body(s);
  },
});

/** (q × d) ÷ d where q has a 0 inside it. */
export function divideSpec(q: number, d: number): Spec {
  const n = q * d;
  const qs = String(q);
  const dropped = Number(qs.replaceAll('0', ''));
  const zeroLast = Number(`${qs.replaceAll('0', '')}${'0'.repeat(qs.split('0').length - 1)}`);
  return {
    stem: `Divide: $${tex(n)} \\div ${d}$`,
    answer: q,
    params: { n, d },
    hints: [
      `Estimate: ${d} times what number is close to ${txt(n)}? How many digits will the quotient have?`,
      `Divide place by place from the left. If a place has fewer than ${d}, write 0 in the quotient for that place and carry on.`,
    ],
    bottom: `$${tex(n)} \\div ${d} = ${tex(q)}$ (check: $${tex(q)} \\times ${d} = ${tex(n)}$)`,
    wrongs: [
      {
        match: dropped,
        feedback: `Multiply your answer by ${d} to check. A place with no group still needs a 0 in the quotient.`,
        m: dropsZero,
        move: `Ask: "What is ${dropped} × ${d}? Is it close to ${n}? Which place is missing?"`,
      },
      {
        match: zeroLast,
        feedback: 'Check the places in your quotient: each digit goes above the place you divided.',
        m: placeValueSlip,
        move: `Ask: "What is ${zeroLast} × ${d}? Which digit of your quotient is in the wrong place?"`,
      },
    ],
  };
}

const divideTemplate = template({
  id: 'g4-nbt-b-divide-zero-quotient',
  skill: divideMulti,
  count: 36,
  generate: (r) => {
    const d = r.int(2, 9);
    const q = r.pick([
      r.int(1, 9) * 100 + r.int(1, 9),
      r.int(1, 4) * 1000 + r.int(0, 9) * 100 + r.int(1, 9),
      r.int(1, 4) * 1000 + r.int(1, 9) * 10,
    ]);
    r.require(q * d <= 9999 && String(q).split('0').length === 2, 'at most four digits; one 0 in the quotient');
    const s = divideSpec(q, d);
    r.require(valid(s), 'the wrong answers differ');
    return body(s);
  },
});

export default cluster({
  code: '4.NBT.B',
  strand: 'whole-numbers',
  title: 'Multi-digit arithmetic with whole numbers',
  skills: [
    { skill: addSubtract, pool: [addSubTemplate] },
    { skill: multiplyMulti, pool: [multiplyTemplate] },
    { skill: divideMulti, pool: [divideTemplate] },
  ],
  check: [
    fixed('g4-nbt-b-check-1', addSubtract, addSubSpec('add', 3_658, 2_475)),
    fixed('g4-nbt-b-check-2', addSubtract, addSubSpec('sub', 6_203, 2_748)),
    fixed('g4-nbt-b-check-3', multiplyMulti, multiplySpec(1_326, 4)),
    fixed('g4-nbt-b-check-4', multiplyMulti, multiplySpec(34, 27)),
    fixed('g4-nbt-b-check-5', divideMulti, divideSpec(407, 6)),
  ],
  warmUp: [
    fixed('g4-nbt-b-warm-up-1', digitValue, digitSpec('tenTimes', 56, 0)),
    fixed('g4-nbt-b-warm-up-2', digitValue, digitSpec('tenTimes', 380, 0)),
  ],
  exitTicket: [fixed('g4-nbt-b-exit-1', multiplyMulti, multiplySpec(46, 23))],
  scripts: SCRIPTS,
});
