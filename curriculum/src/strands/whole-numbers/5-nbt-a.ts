/** 5.NBT.A — Understand the place value system (powers of ten; decimals to thousandths). */
import { cluster, curriculumSkill, template } from '../../kit.js';
import { roundSpec, roundWhole } from './4-nbt-a.js';
import {
  body,
  dec,
  fixed,
  longerIsLarger,
  movesWrongWay,
  placeValueSlip,
  roundsWrongPlace,
  roundsWrongWay,
  SCRIPTS,
  type Spec,
  shorterIsLarger,
  tex,
  txt,
  valid,
} from './shared.js';

export const powersOfTen = curriculumSkill({
  id: 'g5-nbt-a-powers-of-ten',
  title: 'Multiply and divide by powers of ten',
  standards: ['5.NBT.A.1', '5.NBT.A.2'],
  tutor: {
    summary:
      'Each place is worth 10 times the place to its right. Multiplying by $10^2 = 100$ moves every digit two places left; dividing by 100 moves every digit two places right. The decimal point stays put: the digits move.',
    mastery:
      'The student says which way and how many places the digits move, and checks the size of the answer ("times 100 makes it bigger").',
    watchFor: [
      'Moving the digits the wrong way.',
      'Moving one place too many or too few.',
      'Sticking zeros on the end of a decimal ($3.4 \\times 10 = 3.40$).',
    ],
    talkMoves: [
      '"Will the answer be bigger or smaller than the number you started with?"',
      '"How many zeros are in the power of ten? So how many places do the digits move?"',
    ],
    workedExample: {
      problem: '$0.36 \\times 10^2$',
      steps: [
        '$10^2 = 100$: the digits move 2 places to the left.',
        '3 tenths become 3 tens; 6 hundredths become 6 ones.',
        '$0.36 \\times 100 = 36$',
      ],
    },
  },
});

export const compareDecimals = curriculumSkill({
  id: 'g5-nbt-a-compare-decimals',
  title: 'Compare decimals to thousandths',
  standards: ['5.NBT.A.3b'],
  tutor: {
    summary:
      'Compare decimals place by place from the left, just like whole numbers, after lining up the decimal points. Writing zeros to give every number the same number of places (0.4 = 0.400) makes it easy.',
    mastery:
      'The student lines up decimal points (or writes equal numbers of places), compares from the tenths, and explains the first place where the numbers differ.',
    watchFor: [
      'Thinking a longer decimal is larger (0.465 > 0.47).',
      'Thinking a shorter decimal is larger because tenths are bigger than hundredths.',
    ],
    talkMoves: [
      '"Write each number with three decimal places. Which is largest now?"',
      '"Read each one as thousandths: 470 thousandths or 465 thousandths?"',
    ],
    workedExample: {
      problem: 'Which is greatest: 0.4, 0.47, 0.465?',
      steps: [
        'Write with three places: 0.400, 0.470, 0.465.',
        'Compare tenths: all 4. Compare hundredths: 0, 7, 6. The 7 is largest.',
        '0.47 is the greatest.',
      ],
    },
  },
});

export const roundDecimals = curriculumSkill({
  id: 'g5-nbt-a-round-decimals',
  title: 'Round decimals to any place',
  standards: ['5.NBT.A.4'],
  tutor: {
    summary:
      'Rounding a decimal is like rounding a whole number: find the two neighbours at the place asked (3.4 and 3.5 for tenths), find halfway (3.45), and pick the nearer one.',
    mastery: 'The student names the two neighbours and the halfway point, and rounds to the place asked.',
    watchFor: [
      'Cutting off digits, which always rounds down.',
      'Rounding to the wrong place (tenths instead of hundredths).',
    ],
    talkMoves: [
      '"Which two tenths is it between? Show them on a number line."',
      '"Which digit is in the place you are rounding to? Underline it."',
    ],
    workedExample: {
      problem: 'Round 7.386 to the nearest hundredth.',
      steps: ['7.386 is between 7.38 and 7.39.', 'Halfway is 7.385; 7.386 is past halfway.', '7.386 rounds to 7.39.'],
    },
  },
});

const MICRO = 1_000_000;

/** x (in millionths) times or divided by 10^k; `power` writes 10^k as an exponent. */
export function powerSpec(op: 'mul' | 'div', x: number, k: number, power: boolean): Spec {
  const p = 10 ** k;
  const shown = power ? `10^{${k}}` : tex(p);
  const answer = op === 'mul' ? x * p : x / p;
  const wrongWay = op === 'mul' ? x / p : x * p;
  const slip = op === 'mul' ? x * 10 ** (k >= 2 ? k - 1 : k + 1) : x / 10 ** (k >= 2 ? k - 1 : k + 1);
  const [xs, as] = [dec(x, 6), dec(answer, 6)];
  const sign = op === 'mul' ? '\\times' : '\\div';
  return {
    stem: `${op === 'mul' ? 'Multiply' : 'Divide'}: $${xs} ${sign} ${shown}$`,
    answer: as,
    params: { op, x: xs, k },
    hints: [
      `Will the answer be bigger or smaller than ${xs}?`,
      `${power ? `$10^{${k}} = ${tex(p)}$. ` : ''}${op === 'mul' ? 'Multiplying' : 'Dividing'} by ${txt(p)} moves every digit ${k} place${k > 1 ? 's' : ''} to the ${op === 'mul' ? 'left' : 'right'}.`,
    ],
    bottom: `$${xs} ${sign} ${tex(p)} = ${as}$`,
    wrongs: [
      {
        match: dec(wrongWay, 6),
        feedback: `Think about the size: should ${op === 'mul' ? 'multiplying' : 'dividing'} by ${txt(p)} make the number bigger or smaller?`,
        m: movesWrongWay,
        move: `Ask: "Is your answer bigger or smaller than ${xs}? Should it be?"`,
      },
      {
        match: dec(slip, 6),
        feedback: `Count the places again: ${txt(p)} has ${k} zero${k > 1 ? 's' : ''}.`,
        m: placeValueSlip,
        move: `Ask: "Put ${xs} on a place-value chart. Move each digit one place for each zero in ${txt(p)}."`,
      },
    ],
  };
}

const powerTemplate = template({
  id: 'g5-nbt-a-powers-of-ten-shift',
  skill: powersOfTen,
  count: 36,
  generate: (r) => {
    const op = r.pick(['mul', 'div'] as const);
    const k = r.int(1, 3);
    // mul: a decimal with 1 to 3 places; div: a whole number or one decimal place (answers to thousandths).
    const x =
      op === 'mul' ? r.int(1, 9999) * r.pick([1000, 10_000, 100_000]) : r.int(2, 9999) * r.pick([MICRO, MICRO / 10]);
    const p = 10 ** k;
    // In millionths: the answer is whole thousandths, the wrong answers whole millionths.
    r.require(op === 'mul' || (x / p) % 1000 === 0, 'the answer has at most three decimal places');
    r.require(op === 'div' || Number.isInteger(x / p), 'the wrong answers are exact');
    r.require(op === 'mul' || Number.isInteger(x / 10 ** (k + 1)), 'the wrong answers are exact');
    const s = powerSpec(op, x, k, r.int(0, 2) === 0);
    r.require(valid(s), 'the wrong answers differ');
    return body(s);
  },
});

/** three decimals with 1, 2 and 3 places; the 2-place one is the greatest (or the least). */
export function decimalsSpec(shape: 'greatest' | 'least', w: number, a: number, b: number, c: number): Spec {
  const two = w * 1000 + a * 100 + b * 10;
  const [one, three] =
    shape === 'greatest'
      ? [w * 1000 + a * 100, w * 1000 + a * 100 + (b - 1) * 10 + c]
      : [w * 1000 + (a + 1) * 100, w * 1000 + a * 100 + (b + 1) * 10 + c];
  const order = (w + a + b + c) % 3;
  const list = [dec(one), dec(two), dec(three)];
  const shown = [...list.slice(order), ...list.slice(0, order)];
  const [oneText, twoText, threeText] = list;
  return {
    stem: `Which number is the ${shape}? ${shown.map((x) => `$${x}$`).join(', ')}. Type it.`,
    answer: dec(two),
    params: { shape, w, a, b, c },
    hints: [
      'Line up the decimal points. Write zeros so that every number has three decimal places.',
      'Compare place by place from the tenths. Where do the numbers first differ?',
    ],
    bottom: `As thousandths: $${dec(one)} = ${(one / 1000).toFixed(3)}$, $${dec(two)} = ${(two / 1000).toFixed(3)}$, $${dec(three)} = ${(three / 1000).toFixed(3)}$. The ${shape} is $${dec(two)}$.`,
    wrongs: [
      {
        match: shape === 'greatest' ? (threeText ?? '') : (oneText ?? ''),
        feedback: 'More digits does not mean larger. Write all three numbers with the same number of decimal places.',
        m: longerIsLarger,
        move: `Ask: "Write ${oneText}, ${twoText} and ${threeText} as thousandths. Which is ${shape === 'greatest' ? 'largest' : 'smallest'}?"`,
      },
      {
        match: shape === 'greatest' ? (oneText ?? '') : (threeText ?? ''),
        feedback: 'Compare the same places: after the tenths, look at the hundredths too.',
        m: shorterIsLarger,
        move: `Ask: "Write ${shape === 'greatest' ? oneText : threeText} and ${twoText} with three decimal places. Which is ${shape === 'greatest' ? 'larger' : 'smaller'}?"`,
      },
    ],
  };
}

const decimalsTemplate = template({
  id: 'g5-nbt-a-compare-three-decimals',
  skill: compareDecimals,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['greatest', 'least'] as const);
    const s = decimalsSpec(shape, r.pick([0, 0, 1, 2, 3, 5, 8]), r.int(1, 8), r.int(1, 8), r.int(1, 9));
    r.require(valid(s), 'the wrong answers differ');
    return body(s);
  },
});

/** x thousandths rounded to the nearest `to` thousandths (1000 = whole, 100 = tenth, 10 = hundredth). */
export function roundDecimalSpec(x: number, to: number): Spec {
  const down = Math.floor(x / to) * to;
  const up = down + to;
  const answer = x - down >= to / 2 ? up : down;
  const other = to === 1000 ? 100 : to === 100 ? 10 : 100;
  const otherAnswer = Math.floor((x + other / 2) / other) * other;
  const name = { 1000: 'whole number', 100: 'tenth', 10: 'hundredth' }[to] ?? 'tenth';
  return {
    stem: `Round $${dec(x)}$ to the nearest ${name}.`,
    answer: dec(answer),
    params: { x: dec(x), to: dec(to) },
    hints: [
      `Which two numbers at the ${name}s place is $${dec(x)}$ between?`,
      `It is between $${dec(down)}$ and $${dec(up)}$. Halfway is $${dec(down + to / 2)}$. Which side is it on?`,
    ],
    bottom: `$${dec(x)}$ is ${x - down >= to / 2 ? 'at or past' : 'before'} halfway, so it rounds to $${dec(answer)}$.`,
    wrongs: [
      {
        match: dec(answer === up ? down : up),
        feedback: 'Check which neighbour is nearer. Where is the halfway point?',
        m: roundsWrongWay,
        move: `Ask: "Draw a number line from ${dec(down)} to ${dec(up)}. Where does ${dec(x)} go?"`,
      },
      {
        match: dec(otherAnswer),
        feedback: `Read the question again: round to the nearest ${name}.`,
        m: roundsWrongPlace,
        move: `Ask: "Which digit of ${dec(x)} is in the ${name}s place? Underline it."`,
      },
    ],
  };
}

const roundDecimalTemplate = template({
  id: 'g5-nbt-a-round-decimal-place',
  skill: roundDecimals,
  count: 36,
  generate: (r) => {
    const to = r.pick([1000, 100, 10]);
    const x = r.int(1001, 49_999);
    r.require(x % to !== 0 && x % 10 !== 0, 'three decimal places, not already round');
    const s = roundDecimalSpec(x, to);
    r.require(valid(s), 'the wrong answers differ');
    return body(s);
  },
});

export default cluster({
  code: '5.NBT.A',
  strand: 'whole-numbers',
  title: 'Place value: powers of ten and decimals',
  skills: [
    { skill: powersOfTen, pool: [powerTemplate] },
    { skill: compareDecimals, pool: [decimalsTemplate] },
    { skill: roundDecimals, pool: [roundDecimalTemplate] },
  ],
  check: [
    fixed('g5-nbt-a-check-1', powersOfTen, powerSpec('mul', 3_450_000, 2, false)),
    fixed('g5-nbt-a-check-2', powersOfTen, powerSpec('div', 52_000_000, 1, true)),
    fixed('g5-nbt-a-check-3', compareDecimals, decimalsSpec('greatest', 0, 4, 7, 5)),
    fixed('g5-nbt-a-check-4', compareDecimals, decimalsSpec('least', 2, 3, 5, 8)),
    fixed('g5-nbt-a-check-5', roundDecimals, roundDecimalSpec(7_386, 10)),
  ],
  warmUp: [
    fixed('g5-nbt-a-warm-up-1', roundWhole, roundSpec(3_462, 100)),
    fixed('g5-nbt-a-warm-up-2', roundWhole, roundSpec(8_715, 1000)),
  ],
  exitTicket: [fixed('g5-nbt-a-exit-1', roundDecimals, roundDecimalSpec(12_648, 100))],
  scripts: SCRIPTS,
});
