/** 3.MD.A — Solve problems involving measurement and estimation of intervals of time, liquid volumes, and masses of objects. */
import {
  bottomOut,
  cluster,
  curriculumSkill,
  hint,
  misconception,
  numeric,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import { SCRIPTS, wrongOperation } from './common.js';

const hourAs100 = misconception({
  id: 'mg-hour-as-100-minutes',
  title: 'Subtracts clock times like whole numbers',
  description: 'Treats 4:20 − 3:45 as 420 − 345, as if an hour had 100 minutes.',
});

const ignoresHour = misconception({
  id: 'mg-ignores-hour-change',
  title: 'Subtracts only the minutes',
  description: 'Compares the minute numbers and forgets that the hour changed in between.',
});

const skipCountOffByOne = misconception({
  id: 'mg-skip-count-off-by-one',
  title: 'Skip-counts one group too few',
  description: 'Starts counting at the first group (0 instead of the first jump) and ends one group short.',
});

const moreMeansAdd = misconception({
  id: 'mg-more-means-add',
  title: 'Reads "more" as "add"',
  description: 'Adds the two amounts because the question says "how many more", instead of finding the difference.',
});

const smallerFromLarger = misconception({
  id: 'mg-subtract-smaller-digit',
  title: 'Subtracts the smaller digit from the larger',
  description: 'In each place, takes the smaller digit from the larger one instead of regrouping.',
});

export const elapsedTime = curriculumSkill({
  id: 'g3-md-a-elapsed-time',
  title: 'Find a time interval in minutes',
  standards: ['3.MD.A.1'],
  tutor: {
    summary:
      'An hour has 60 minutes, not 100. To find how long something lasts, count on from the start time to the next hour, then from the hour to the end time, and add the two jumps.',
    mastery:
      'The student splits the interval at the hour ("15 minutes to get to 4:00, then 20 more") and adds the jumps.',
    watchFor: [
      'Subtracting the times like whole numbers (420 − 345).',
      'Subtracting only the minutes and ignoring that the hour changed.',
    ],
    talkMoves: [
      '"How many minutes until the next hour?"',
      '"Show me the jumps on a number line from the start time to the end time."',
    ],
    workedExample: {
      problem: 'A movie starts at 2:50 and ends at 3:25. How many minutes long is it?',
      steps: ['From 2:50 to 3:00 is 10 minutes.', 'From 3:00 to 3:25 is 25 minutes.', '$10 + 25 = 35$ minutes.'],
    },
  },
});

const clock = (h: number, m: number) => `${h}:${String(m).padStart(2, '0')}`;
const ACTIVITIES = [
  ['Maya', 'soccer practice'],
  ['Dev', 'a piano lesson'],
  ['Amara', 'a library visit'],
  ['Luis', 'a swim class'],
  ['Kenji', 'an art club'],
  ['Fatima', 'a bike ride'],
] as const;

/** An activity that starts at h:m1 and ends at (h+1):m2, less than an hour later. */
function elapsedBody(h: number, m1: number, m2: number, who: string, what: string) {
  const toHour = 60 - m1;
  const answer = toHour + m2;
  const as100 = 100 - m1 + m2;
  const minutesOnly = Math.abs(m1 - m2);
  return {
    stem: `${who} has ${what} from ${clock(h, m1)} to ${clock(h + 1, m2)}. How many minutes long is it?`,
    answer: numeric({ value: String(answer), forms: ['integer'], unit: 'minutes' }),
    params: { h, m1, m2 },
    hints: [
      hint(
        `Count on in two jumps: first from ${clock(h, m1)} up to ${clock(h + 1, 0)}, then on to ${clock(h + 1, m2)}.`,
      ),
      hint(
        `From ${clock(h, m1)} to ${clock(h + 1, 0)} is $60 - ${m1} = ${toHour}$ minutes. How many minutes from ${clock(h + 1, 0)} to ${clock(h + 1, m2)}?`,
      ),
      bottomOut(`$${toHour} + ${m2} = ${answer}$ minutes.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(as100),
        feedback: 'It looks like you subtracted the times like whole numbers. An hour has 60 minutes, not 100.',
        misconception: hourAs100,
        tutorMove: `Ask: "How many minutes are there from ${clock(h, m1)} to ${clock(h + 1, 0)}? Count by fives on a clock."`,
      }),
      wrongAnswer({
        match: String(minutesOnly),
        feedback: `The hour changed from ${h} to ${h + 1}. Count the minutes up to ${clock(h + 1, 0)} first.`,
        misconception: ignoresHour,
        tutorMove: `Ask: "Where is the ${h + 1} o'clock on your number line? How long to get there from ${clock(h, m1)}?"`,
      }),
    ],
  };
}

const elapsedTemplate = template({
  id: 'g3-md-a-elapsed-time-interval',
  skill: elapsedTime,
  count: 36,
  generate: (r) => {
    const h = r.int(1, 10);
    const m1 = r.int(30, 58);
    const m2 = r.int(2, 28);
    const [who, what] = r.pick(ACTIVITIES);
    r.require(m1 - m2 !== 30 && m1 - m2 !== 50 && 60 - m1 + m2 <= 60, 'wrong answers differ from the answer');
    return elapsedBody(h, m1, m2, who, what);
  },
});

export const volumeMass = curriculumSkill({
  id: 'g3-md-a-volume-mass',
  title: 'Solve word problems with liters, grams and kilograms',
  standards: ['3.MD.A.2'],
  tutor: {
    summary:
      'Liquid volume (liters) and mass (grams, kilograms) problems use the same four operations as any story: equal groups multiply, sharing divides, comparing subtracts.',
    mastery:
      'The student tells what the story is about (equal groups, sharing, comparing) before computing, and says the unit with the answer.',
    watchFor: [
      'Adding because the story says "more" or "in all" without picturing it.',
      'Subtracting without regrouping.',
    ],
    talkMoves: [
      '"Draw the bottles (or bags). What do you know, what are you finding?"',
      '"Will the answer be more or less than the numbers in the story? Why?"',
    ],
    workedExample: {
      problem: 'Each jug holds 4 liters. How many liters do 6 jugs hold?',
      steps: ['6 equal groups of 4 liters.', '$6 \\times 4 = 24$', '24 liters.'],
    },
  },
});

type VolumeShape = 'groups' | 'share' | 'compare';

function volumeBody(shape: VolumeShape, a: number, n: number) {
  if (shape === 'groups') {
    const answer = a * n;
    return {
      stem: `Each bottle holds ${a} liters of water. How many liters do ${n} bottles hold in all?`,
      answer: numeric({ value: String(answer), forms: ['integer'], unit: 'liters' }),
      params: { shape, a, n },
      hints: [
        hint('Picture the bottles. Are they equal groups?'),
        hint(`There are ${n} groups of ${a} liters. Skip-count by ${a}, ${n} times.`),
        bottomOut(`$${n} \\times ${a} = ${answer}$ liters.`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: String(a + n),
          feedback: `Adding ${a} and ${n} counts each bottle once. Every bottle holds ${a} liters.`,
          misconception: wrongOperation,
          tutorMove: `Ask: "Draw ${n} bottles and write ${a} L in each. How many liters is that?"`,
        }),
        wrongAnswer({
          match: String(a * (n - 1)),
          feedback: `Close! Count your jumps again: there should be ${n} of them, one for each bottle.`,
          misconception: skipCountOffByOne,
          tutorMove: `Ask the student to skip-count by ${a} and put up one finger per bottle.`,
        }),
      ],
    };
  }
  if (shape === 'share') {
    const total = a * n;
    return {
      stem: `${total} liters of juice are poured equally into ${n} jugs. How many liters are in each jug?`,
      answer: numeric({ value: String(a), forms: ['integer'], unit: 'liters' }),
      params: { shape, a, n },
      hints: [
        hint('Is the juice being put together, or shared out equally?'),
        hint(`Sharing equally means dividing: $${total} \\div ${n}$. What times ${n} makes ${total}?`),
        bottomOut(`$${total} \\div ${n} = ${a}$ liters, because $${n} \\times ${a} = ${total}$.`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: String(total - n),
          feedback: `Taking away ${n} does not share the juice. Each of the ${n} jugs gets the same amount.`,
          misconception: wrongOperation,
          tutorMove: `Ask: "If each jug had ${total - n} liters, how much juice would ${n} jugs hold?"`,
        }),
        wrongAnswer({
          match: String(total * n),
          feedback: 'Sharing makes each part smaller than the whole. Can one jug hold more than all the juice?',
          misconception: wrongOperation,
          tutorMove: `Ask: "There are ${total} liters in all. Can one jug have more than ${total}?"`,
        }),
      ],
    };
  }
  // compare: a is the larger mass, n the smaller, both in grams
  const answer = a - n;
  const digitwise = Math.abs(Math.floor(a / 10) - Math.floor(n / 10)) * 10 + Math.abs((a % 10) - (n % 10));
  return {
    stem: `An apple has a mass of ${a} grams. A plum has a mass of ${n} grams. How many more grams is the apple than the plum?`,
    answer: numeric({ value: String(answer), forms: ['integer'], unit: 'grams' }),
    params: { shape, a, n },
    hints: [
      hint('"How many more" compares two masses. Do you put them together or find the difference?'),
      hint(`Find the difference: $${a} - ${n}$. You can count up from ${n} to ${a}.`),
      bottomOut(`$${a} - ${n} = ${answer}$ grams.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(a + n),
        feedback: 'You added the two masses. The question asks how much heavier the apple is: the difference.',
        misconception: moreMeansAdd,
        tutorMove: `Ask: "Is the apple ${a + n} grams heavier than the plum? It only weighs ${a} grams."`,
      }),
      wrongAnswer({
        match: String(digitwise),
        feedback: `Check the ones: you cannot take ${n % 10} from ${a % 10} without regrouping a ten.`,
        misconception: smallerFromLarger,
        tutorMove: `Ask: "Count up from ${n} to ${a}. Do you get ${digitwise}?"`,
      }),
    ],
  };
}

const volumeTemplate = template({
  id: 'g3-md-a-volume-mass-story',
  skill: volumeMass,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['groups', 'share', 'compare'] as const);
    if (shape === 'compare') {
      const a = r.int(41, 98);
      const n = r.int(12, a - 10);
      r.require(a % 10 < n % 10, 'regrouping needed');
      return volumeBody(shape, a, n);
    }
    const a = r.int(2, 9);
    const n = r.int(3, 9);
    r.require(a + n !== a * (n - 1) && a !== n, 'wrong answers differ');
    return volumeBody(shape, a, n);
  },
});

const fixed = (id: string, skill: typeof elapsedTime, body: ReturnType<typeof elapsedBody | typeof volumeBody>) =>
  problem({ id, skill, ...body });

export default cluster({
  code: '3.MD.A',
  strand: 'measurement-geometry',
  title: 'Time, liquid volume and mass',
  skills: [
    { skill: elapsedTime, pool: [elapsedTemplate] },
    { skill: volumeMass, pool: [volumeTemplate] },
  ],
  check: [
    fixed('g3-md-a-check-1', elapsedTime, elapsedBody(3, 45, 20, 'Maya', 'soccer practice')),
    fixed('g3-md-a-check-2', elapsedTime, elapsedBody(9, 35, 10, 'Luis', 'a swim class')),
    fixed('g3-md-a-check-3', volumeMass, volumeBody('groups', 3, 8)),
    fixed('g3-md-a-check-4', volumeMass, volumeBody('share', 4, 5)),
    fixed('g3-md-a-check-5', volumeMass, volumeBody('compare', 63, 28)),
  ],
  warmUp: [
    fixed('g3-md-a-warm-up-1', elapsedTime, elapsedBody(1, 50, 15, 'Dev', 'a piano lesson')),
    fixed('g3-md-a-warm-up-2', elapsedTime, elapsedBody(4, 40, 5, 'Amara', 'a library visit')),
  ],
  exitTicket: [fixed('g3-md-a-exit-1', elapsedTime, elapsedBody(2, 48, 15, 'Kenji', 'an art club'))],
  scripts: SCRIPTS,
});
