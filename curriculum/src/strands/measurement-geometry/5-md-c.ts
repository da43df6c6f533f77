/** 5.MD.C — Geometric measurement: understand concepts of volume. */
import { bottomOut, cluster, curriculumSkill, hint, numeric, problem, template, wrongAnswer } from '../../kit.js';
import { addsInsteadOfMultiplies, forgetsPart, SCRIPTS, wrongOperation } from './common.js';

export const prismVolume = curriculumSkill({
  id: 'g5-md-c-prism-volume',
  title: 'Find the volume of a rectangular prism',
  standards: ['5.MD.C.4', '5.MD.C.5a', '5.MD.C.5b'],
  tutor: {
    summary:
      'Volume counts the unit cubes that fill a solid. A box is layers of cubes: one layer is length times width cubes, and there are as many layers as the height, so $V = l \\times w \\times h$.',
    mastery:
      'The student describes the box as layers ("a layer of 4 by 3 is 12 cubes, and 5 layers") and answers in cubic units.',
    watchFor: ['Multiplying only two dimensions (one layer).', 'Adding the three dimensions.'],
    talkMoves: [
      '"How many cubes are in the bottom layer? How many layers?"',
      '"Is your answer counting cubes, or measuring a length?"',
    ],
    workedExample: {
      problem: 'A box is 4 cm long, 3 cm wide and 5 cm tall. What is its volume?',
      steps: ['Bottom layer: $4 \\times 3 = 12$ cubes.', '5 layers: $12 \\times 5 = 60$', '60 cubic centimeters.'],
    },
  },
});

type PrismShape = 'layers' | 'box' | 'height';

function prismBody(shape: PrismShape, l: number, w: number, h: number) {
  const v = l * w * h;
  if (shape === 'height') {
    return {
      stem: `A fish tank shaped like a rectangular prism has a volume of ${v} cubic inches. Its base is ${l} in by ${w} in. How tall is it, in inches?`,
      answer: numeric({ value: String(h), forms: ['integer'], unit: 'inches' }),
      params: { shape, l, w, h },
      hints: [
        hint('Volume is the area of the base times the height. What is the area of the base?'),
        hint(`The base is $${l} \\times ${w} = ${l * w}$ square inches. What times ${l * w} makes ${v}?`),
        bottomOut(`$${v} \\div ${l * w} = ${h}$ inches.`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: String(v / l),
          feedback: `You divided by ${l} only. One layer of the tank is ${l} by ${w}: divide by the whole base.`,
          misconception: forgetsPart,
          tutorMove: `Ask: "How many cubes fit in one layer on the ${l} by ${w} base?"`,
        }),
        wrongAnswer({
          match: String(v - l - w),
          feedback: 'Subtracting does not undo multiplying. Which number times the base area gives the volume?',
          misconception: wrongOperation,
          tutorMove: `Ask: "Check: is ${l} × ${w} × ${v - l - w} equal to ${v}?"`,
        }),
      ],
    };
  }
  const stem =
    shape === 'layers'
      ? `A box is packed with unit cubes and no gaps. Each layer has ${w} rows of ${l} cubes, and there are ${h} layers. How many unit cubes are in the box?`
      : `A box is ${l} cm long, ${w} cm wide and ${h} cm tall. What is its volume in cubic centimeters?`;
  return {
    stem,
    answer: numeric({ value: String(v), forms: ['integer'], unit: shape === 'layers' ? 'cubes' : 'cubic centimeters' }),
    params: { shape, l, w, h },
    hints: [
      hint('Think in layers of cubes. How many cubes cover the bottom?'),
      hint(`The bottom layer has $${l} \\times ${w} = ${l * w}$ cubes. How many layers are there?`),
      bottomOut(`$${l * w} \\times ${h} = ${v}$ ${shape === 'layers' ? 'cubes' : 'cubic centimeters'}.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(l * w),
        feedback: 'That is one layer. Stack the layers up: how many are there?',
        misconception: forgetsPart,
        tutorMove: `Ask: "That fills the bottom. How many layers of ${l * w} fit in the box?"`,
      }),
      wrongAnswer({
        match: String(l + w + h),
        feedback: 'Adding the three numbers measures lengths. Volume counts the cubes that fill the box.',
        misconception: addsInsteadOfMultiplies,
        tutorMove: 'Ask the student to build a small box from cubes (2 by 2 by 2) and count the cubes.',
      }),
    ],
  };
}

const prismTemplate = template({
  id: 'g5-md-c-prism-volume-mixed',
  skill: prismVolume,
  count: 38,
  generate: (r) => {
    const shape = r.pick(['layers', 'box', 'height'] as const);
    const l = r.int(2, 9);
    const w = r.int(2, 8);
    const h = r.int(2, 10);
    const v = l * w * h;
    r.require(l * w !== l + w + h && l * w !== v && l + w + h !== v, 'wrong answers differ');
    if (shape === 'height')
      r.require(v / l !== v - l - w && v / l !== h && v - l - w !== h, 'height wrong answers differ');
    return prismBody(shape, l, w, h);
  },
});

export const additiveVolume = curriculumSkill({
  id: 'g5-md-c-additive-volume',
  title: 'Find the volume of a solid made of two boxes',
  standards: ['5.MD.C.5c'],
  tutor: {
    summary:
      'Volume adds: a solid made of two boxes that do not overlap has the volume of the first box plus the volume of the second.',
    mastery:
      'The student finds each box’s volume separately, then adds them, and checks that no part was counted twice.',
    watchFor: ['Finding only one of the boxes.', 'Adding all six dimensions.'],
    talkMoves: ['"Where does one box end and the other begin?"', '"What is the volume of each box on its own?"'],
    workedExample: {
      problem: 'A step is made of a 4 by 2 by 1 box and a 4 by 1 by 2 box. What is its volume in cubic feet?',
      steps: [
        'First box: $4 \\times 2 \\times 1 = 8$',
        'Second box: $4 \\times 1 \\times 2 = 8$',
        '$8 + 8 = 16$ cubic feet.',
      ],
    },
  },
});

function additiveBody(a: number, b: number, c: number, d: number, e: number, f: number) {
  const [one, two] = [a * b * c, d * e * f];
  return {
    stem: `A stage is built from two boxes that do not overlap. One box is ${a} ft by ${b} ft by ${c} ft. The other is ${d} ft by ${e} ft by ${f} ft. What is the total volume in cubic feet?`,
    answer: numeric({ value: String(one + two), forms: ['integer'], unit: 'cubic feet' }),
    params: { a, b, c, d, e, f },
    hints: [
      hint('Find the volume of each box on its own first.'),
      hint(`The first box is $${a} \\times ${b} \\times ${c} = ${one}$ cubic feet. What is the second?`),
      bottomOut(`$${one} + ${two} = ${one + two}$ cubic feet.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(one),
        feedback: 'That is the first box. The stage has two boxes.',
        misconception: forgetsPart,
        tutorMove: `Ask: "What is the volume of the ${d} by ${e} by ${f} box? Is it in your answer?"`,
      }),
      wrongAnswer({
        match: String(a + b + c + d + e + f),
        feedback: 'Adding the lengths does not count cubes. Each box is layers of cubes.',
        misconception: addsInsteadOfMultiplies,
        tutorMove: `Ask: "How many 1-foot cubes are in the bottom layer of the first box?"`,
      }),
    ],
  };
}

const additiveTemplate = template({
  id: 'g5-md-c-additive-volume-boxes',
  skill: additiveVolume,
  count: 36,
  generate: (r) => {
    const [a, b, c, d, e, f] = [r.int(2, 8), r.int(2, 6), r.int(1, 5), r.int(2, 8), r.int(2, 6), r.int(1, 5)];
    r.require(a * b * c !== d * e * f || a !== d, 'two different boxes');
    r.require(
      a + b + c + d + e + f !== a * b * c + d * e * f && a + b + c + d + e + f !== a * b * c,
      'wrong answers differ',
    );
    return additiveBody(a, b, c, d, e, f);
  },
});

export default cluster({
  code: '5.MD.C',
  strand: 'measurement-geometry',
  title: 'Volume',
  skills: [
    { skill: prismVolume, pool: [prismTemplate] },
    { skill: additiveVolume, pool: [additiveTemplate] },
  ],
  check: [
    problem({ id: 'g5-md-c-check-1', skill: prismVolume, ...prismBody('layers', 5, 3, 4) }),
    problem({ id: 'g5-md-c-check-2', skill: prismVolume, ...prismBody('box', 6, 2, 7) }),
    problem({ id: 'g5-md-c-check-3', skill: prismVolume, ...prismBody('height', 5, 4, 3) }),
    problem({ id: 'g5-md-c-check-4', skill: additiveVolume, ...additiveBody(5, 3, 2, 4, 2, 3) }),
    problem({ id: 'g5-md-c-check-5', skill: additiveVolume, ...additiveBody(6, 4, 1, 3, 3, 2) }),
  ],
  warmUp: [
    problem({ id: 'g5-md-c-warm-up-1', skill: prismVolume, ...prismBody('layers', 4, 2, 3) }),
    problem({ id: 'g5-md-c-warm-up-2', skill: prismVolume, ...prismBody('box', 3, 3, 5) }),
  ],
  exitTicket: [problem({ id: 'g5-md-c-exit-1', skill: additiveVolume, ...additiveBody(4, 3, 2, 5, 2, 2) })],
  scripts: SCRIPTS,
});
