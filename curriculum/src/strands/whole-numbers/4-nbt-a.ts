/** 4.NBT.A — Generalize place value understanding for multi-digit whole numbers. */
import { cluster, curriculumSkill, misconception, template } from '../../kit.js';
import {
  additiveComparison,
  body,
  dropsZero,
  fixed,
  placeValueSlip,
  roundsWrongPlace,
  roundsWrongWay,
  SCRIPTS,
  type Spec,
  tex,
  txt,
  valid,
} from './shared.js';

const faceValue = misconception({
  id: 'wn-face-value',
  title: 'Gives the digit instead of its value',
  description: 'Says the 7 in 47,215 is worth 7, not 7,000: the digit, not what its place makes it worth.',
});

const firstDigitOnly = misconception({
  id: 'wn-compares-first-digit',
  title: 'Compares only the first digits',
  description: 'Thinks 9,870 is more than 23,105 because 9 is more than 2, without counting digits first.',
});

const comparesLastDigits = misconception({
  id: 'wn-compares-last-digits',
  title: 'Compares the smaller places first',
  description:
    'Judges which number is larger by its tens and ones (or by most big digits) instead of from the largest place.',
});

export const digitValue = curriculumSkill({
  id: 'g4-nbt-a-digit-value',
  title: 'Find the value of a digit; ten times as much',
  standards: ['4.NBT.A.1'],
  tutor: {
    summary:
      'A digit is worth ten times as much as the same digit one place to its right. The 7 in 47,215 is in the thousands place: it is worth 7,000.',
    mastery:
      'The student names the place of any digit, says its value, and finds 10 times a number by shifting every digit one place left.',
    watchFor: [
      'Giving the digit (7) instead of its value (7,000).',
      'Counting places from the wrong end, or one place off.',
    ],
    talkMoves: [
      '"Read the places from the right: ones, tens, hundreds… Where is the digit?"',
      '"What would this number be on a place-value chart?"',
    ],
    workedExample: {
      problem: 'What is the value of the digit 6 in 26,418?',
      steps: [
        'Places from the right: 8 ones, 1 ten, 4 hundreds, 6 thousands, 2 ten thousands.',
        'The 6 is in the thousands place.',
        'Its value is $6 \\times 1{,}000 = 6{,}000$.',
      ],
    },
  },
});

export const expandedForm = curriculumSkill({
  id: 'g4-nbt-a-expanded-form',
  title: 'Write a number from its expanded form',
  standards: ['4.NBT.A.2'],
  tutor: {
    summary:
      'Expanded form shows what each digit is worth: $4{,}000 + 300 + 5 = 4{,}305$. A place with nothing in it still needs a 0.',
    mastery:
      'The student writes the number with a zero in every empty place, and can say the expanded form of a number back.',
    watchFor: [
      'Leaving out the zero for an empty place.',
      'Writing the digits next to each other in the order they are given.',
    ],
    talkMoves: ['"Which places have a digit? Which place is empty?"', '"Write it on a place-value chart first."'],
    workedExample: {
      problem: '$60{,}000 + 2{,}000 + 40 + 9$',
      steps: [
        'Ten thousands 6, thousands 2, hundreds: none, tens 4, ones 9.',
        'The empty hundreds place gets a 0.',
        '$62{,}049$',
      ],
    },
  },
});

export const compareNumbers = curriculumSkill({
  id: 'g4-nbt-a-compare',
  title: 'Compare multi-digit numbers',
  standards: ['4.NBT.A.2'],
  tutor: {
    summary:
      'To compare whole numbers, count the digits first: more digits means larger. With the same number of digits, compare place by place from the left.',
    mastery: 'The student counts digits, lines numbers up by place, and explains the first place where they differ.',
    watchFor: [
      'Comparing first digits of numbers with different numbers of digits.',
      'Looking at the smaller places first.',
    ],
    talkMoves: [
      '"How many digits does each number have?"',
      '"Line them up by place. Where is the first place they differ?"',
    ],
    workedExample: {
      problem: 'Which is greatest: 9,870, 23,105 or 21,987?',
      steps: [
        '9,870 has 4 digits; the others have 5, so they are larger.',
        '23,105 and 21,987: same ten thousands (2); thousands 3 is more than 1.',
        '23,105 is the greatest.',
      ],
    },
  },
});

export const roundWhole = curriculumSkill({
  id: 'g4-nbt-a-round',
  title: 'Round multi-digit numbers to any place',
  standards: ['4.NBT.A.3'],
  tutor: {
    summary:
      'Rounding finds the nearer of two "friendly" numbers. For 3,462 to the nearest hundred: it is between 3,400 and 3,500, and 62 is past halfway (50), so it rounds to 3,500.',
    mastery:
      'The student names the two multiples the number is between, finds the halfway point, and picks the nearer one (halfway rounds up).',
    watchFor: ['Always rounding down by cutting off digits.', 'Rounding to a different place than asked.'],
    talkMoves: [
      '"Which two hundreds is it between? Show them on a number line."',
      '"What is halfway between them? Is the number before or after halfway?"',
    ],
    workedExample: {
      problem: 'Round 3,462 to the nearest hundred.',
      steps: [
        '3,462 is between 3,400 and 3,500.',
        'Halfway is 3,450; 3,462 is past halfway.',
        '3,462 rounds to 3,500.',
      ],
    },
  },
});

const PLACE_NAMES = ['ones', 'tens', 'hundreds', 'thousands', 'ten thousands', 'hundred thousands'];

/** value: the value of digit D at place p (p zeros) in n; tenTimes: 10 × n. */
export function digitSpec(shape: 'value' | 'tenTimes', n: number, p: number): Spec {
  if (shape === 'tenTimes') {
    return {
      stem: `What number is 10 times as much as $${tex(n)}$?`,
      answer: 10 * n,
      params: { shape, n, p },
      hints: [
        'When a number is 10 times as much, each digit moves one place to the left.',
        `Put $${tex(n)}$ on a place-value chart, then move every digit one place left.`,
      ],
      bottom: `$10 \\times ${tex(n)} = ${tex(10 * n)}$`,
      wrongs: [
        {
          match: n + 10,
          feedback: '"10 times as much" means multiply by 10, not add 10.',
          m: additiveComparison,
          move: `Ask: "Is ${n + 10} really 10 times as much as ${n}? What is 10 groups of ${n}?"`,
        },
        {
          match: 100 * n,
          feedback: 'Check how many places each digit moves. Times 10 moves one place.',
          m: placeValueSlip,
          move: `Ask: "Multiply by 10 once. How many zeros does that add to ${n}?"`,
        },
      ],
    };
  }
  const digits = String(n);
  const d = Number(digits[digits.length - 1 - p]);
  const value = d * 10 ** p;
  const slip = d * 10 ** (p >= 2 ? p - 1 : p + 1);
  return {
    stem: `What is the value of the digit ${d} in $${tex(n)}$?`,
    answer: value,
    params: { shape, n, p },
    hints: [
      'Name the places from the right: ones, tens, hundreds, thousands, …',
      `The ${d} is in the ${PLACE_NAMES[p]} place. What is ${d} ${PLACE_NAMES[p]} worth?`,
    ],
    bottom: `$${d} \\times ${tex(10 ** p)} = ${tex(value)}$`,
    wrongs: [
      {
        match: d,
        feedback: `${d} is the digit. Its place makes it worth more. Which place is it in?`,
        m: faceValue,
        move: `Ask: "If you had ${d} ${PLACE_NAMES[p]} in base-ten blocks, how many ones would that be?"`,
      },
      {
        match: slip,
        feedback: 'Count the places again, starting from the ones on the right.',
        m: placeValueSlip,
        move: `Ask: "Point to each digit of ${txt(n)} from the right and name its place."`,
      },
    ],
  };
}

const digitTemplate = template({
  id: 'g4-nbt-a-digit-value-place',
  skill: digitValue,
  count: 36,
  generate: (r) => {
    if (r.int(0, 2) === 0) {
      const n = r.int(12, 9999);
      const s = digitSpec('tenTimes', n, 0);
      r.require(valid(s), 'the wrong answers differ');
      return body(s);
    }
    const n = r.int(1000, 999_999);
    const p = r.int(1, String(n).length - 1);
    const digits = String(n);
    const d = digits[digits.length - 1 - p] ?? '0';
    r.require(d !== '0' && digits.split(d).length === 2, 'the digit is not zero and appears once');
    const s = digitSpec('value', n, p);
    r.require(valid(s), 'the wrong answers differ');
    return body(s);
  },
});

/** The expanded-form terms of n (no zero terms), largest first unless shuffled. */
function terms(n: number): number[] {
  const digits = String(n);
  return [...digits].map((c, i) => Number(c) * 10 ** (digits.length - 1 - i)).filter((t) => t > 0);
}

export function expandedSpec(n: number, order: readonly number[] = []): Spec {
  const parts = terms(n);
  const shown = order.length === parts.length ? order.map((i) => parts[i] ?? 0) : parts;
  const digits = String(n);
  const dropped = Number(digits.replaceAll('0', ''));
  const zeroLast = Number(`${digits.replaceAll('0', '')}${'0'.repeat(digits.split('0').length - 1)}`);
  return {
    stem: `Write the number: $${shown.map(tex).join(' + ')}$`,
    answer: n,
    params: { terms: shown.join('+') },
    hints: [
      'Find the largest place first. How many digits will the number have?',
      'Write a digit for every place, from the largest down to the ones. What goes in a place that is not in the sum?',
    ],
    bottom: `$${parts.map(tex).join(' + ')} = ${tex(n)}$`,
    wrongs: [
      {
        match: dropped,
        feedback: 'Check each place. An empty place still needs a digit to hold it.',
        m: dropsZero,
        move: `Ask: "Read your number aloud. Is it the same size as ${parts.map(String).join(' + ')}?"`,
      },
      {
        match: zeroLast,
        feedback: 'Your digits are in the wrong places. Which place is empty?',
        m: placeValueSlip,
        move: 'Ask the student to write each part in a place-value chart, one row per part.',
      },
    ],
  };
}

const expandedTemplate = template({
  id: 'g4-nbt-a-expanded-to-standard',
  skill: expandedForm,
  count: 36,
  generate: (r) => {
    const length = r.int(4, 6);
    const digits = Array.from({ length }, (_, i) => (i === 0 ? r.int(1, 9) : r.int(1, 9)));
    digits[r.int(1, length - 2)] = 0;
    const n = Number(digits.join(''));
    const count = terms(n).length;
    const order = r.int(0, 2) === 0 ? r.shuffle(Array.from({ length: count }, (_, i) => i)) : [];
    const s = expandedSpec(n, order);
    r.require(valid(s), 'the wrong answers differ');
    return body(s);
  },
});

/** Three numbers; the largest has a small first digit but more digits. */
export function compareSpec(a: number, b: number, c: number): Spec {
  const list = [a, b, c];
  const greatest = Math.max(...list);
  const byFirst = [...list].sort((x, y) => Number(String(y)[0]) - Number(String(x)[0]) || y - x)[0] ?? a;
  const byLast = [...list].sort((x, y) => (y % 1000) - (x % 1000))[0] ?? a;
  return {
    stem: `Which number is the greatest? $${tex(a)}$, $${tex(b)}$, $${tex(c)}$. Type it.`,
    answer: greatest,
    params: { a, b, c },
    hints: [
      'First count the digits of each number. A number with more digits is larger.',
      'For numbers with the same number of digits, compare place by place from the left.',
    ],
    bottom: `$${tex(greatest)}$ is the greatest: it has the most digits${list.filter((x) => String(x).length === String(greatest).length).length > 1 ? ', and the larger digit in the first place where it differs' : ''}.`,
    wrongs: [
      {
        match: byFirst,
        feedback: `$${tex(byFirst)}$ starts with a big digit, but count the digits of each number.`,
        m: firstDigitOnly,
        move: `Ask: "Read $${tex(byFirst)}$ and $${tex(greatest)}$ aloud. Which has ten thousands?"`,
      },
      {
        match: byLast,
        feedback: 'Compare from the left, the largest place, not from the right.',
        m: comparesLastDigits,
        move: 'Ask: "Line the numbers up by place. Which place do you look at first?"',
      },
    ],
  };
}

const compareTemplate = template({
  id: 'g4-nbt-a-compare-greatest',
  skill: compareNumbers,
  count: 36,
  generate: (r) => {
    const first = r.int(1, 3);
    const second = r.int(2, 9);
    const x = first * 10_000 + second * 1000 + r.int(0, 4) * 100 + r.int(0, 4) * 10 + r.int(0, 4);
    const z = first * 10_000 + r.int(0, second - 1) * 1000 + r.int(5, 9) * 100 + r.int(5, 9) * 10 + r.int(5, 9);
    const y = r.int(7, 9) * 1000 + r.int(0, 999);
    const [a, b, c] = r.shuffle([x, y, z]);
    const s = compareSpec(a ?? x, b ?? y, c ?? z);
    r.require(valid(s), 'the wrong answers differ');
    return body(s);
  },
});

/** Round n to the nearest `to` (10, 100 or 1000). */
export function roundSpec(n: number, to: number): Spec {
  const down = Math.floor(n / to) * to;
  const up = down + to;
  const answer = n - down >= to / 2 ? up : down;
  const other = to === 1000 ? 100 : to * 10;
  const otherAnswer = Math.round(n / other) * other;
  const name = { 10: 'ten', 100: 'hundred', 1000: 'thousand' }[to] ?? 'ten';
  return {
    stem: `Round $${tex(n)}$ to the nearest ${name}.`,
    answer,
    params: { n, to },
    hints: [
      `Which two ${name}s is $${tex(n)}$ between?`,
      `$${tex(n)}$ is between $${tex(down)}$ and $${tex(up)}$. Halfway is $${tex(down + to / 2)}$. Which side is it on?`,
    ],
    bottom: `$${tex(n)}$ is ${n - down >= to / 2 ? 'at or past' : 'before'} halfway, so it rounds to $${tex(answer)}$.`,
    wrongs: [
      {
        match: answer === up ? down : up,
        feedback: 'Check which of the two is nearer. Where is the halfway point?',
        m: roundsWrongWay,
        move: `Ask: "Draw a number line from ${txt(down)} to ${txt(up)}. Where does ${txt(n)} go?"`,
      },
      {
        match: otherAnswer,
        feedback: `Look at the question again: round to the nearest ${name}.`,
        m: roundsWrongPlace,
        move: `Ask: "Which digit is in the ${name}s place of ${txt(n)}? Underline it."`,
      },
    ],
  };
}

const roundTemplate = template({
  id: 'g4-nbt-a-round-place',
  skill: roundWhole,
  count: 36,
  generate: (r) => {
    const to = r.pick([10, 100, 1000]);
    const s = roundSpec(r.int(to * 2, 99_999), to);
    r.require((s.params.n as number) % to !== 0, 'the number is not already round');
    r.require(valid(s), 'the wrong answers differ');
    return body(s);
  },
});

export default cluster({
  code: '4.NBT.A',
  strand: 'whole-numbers',
  title: 'Place value for multi-digit whole numbers',
  skills: [
    { skill: digitValue, pool: [digitTemplate] },
    { skill: expandedForm, pool: [expandedTemplate] },
    { skill: compareNumbers, pool: [compareTemplate] },
    { skill: roundWhole, pool: [roundTemplate] },
  ],
  check: [
    fixed('g4-nbt-a-check-1', digitValue, digitSpec('value', 47_215, 3)),
    fixed('g4-nbt-a-check-2', expandedForm, expandedSpec(5072)),
    fixed('g4-nbt-a-check-3', compareNumbers, compareSpec(7_412, 31_402, 29_877)),
    fixed('g4-nbt-a-check-4', roundWhole, roundSpec(6_381, 100)),
    fixed('g4-nbt-a-check-5', roundWhole, roundSpec(24_519, 1000)),
  ],
  warmUp: [
    fixed('g4-nbt-a-warm-up-1', digitValue, digitSpec('tenTimes', 34, 0)),
    fixed('g4-nbt-a-warm-up-2', digitValue, digitSpec('value', 3_528, 2)),
  ],
  exitTicket: [fixed('g4-nbt-a-exit-1', roundWhole, roundSpec(7_846, 10))],
  scripts: SCRIPTS,
});
