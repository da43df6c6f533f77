/** 3.MD.C — Geometric measurement: understand concepts of area and relate area to multiplication and to addition. */
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
import { addsInsteadOfMultiplies, areaPerimeterConfusion, forgetsPart, SCRIPTS, wrongOperation } from './common.js';

const countsEdge = misconception({
  id: 'mg-counts-edge-squares',
  title: 'Counts only the squares around the edge',
  description: 'Counts the unit squares along the border of a tiled rectangle and misses the ones inside.',
});

const addsRemovedPart = misconception({
  id: 'mg-adds-removed-part',
  title: 'Adds the part that was cut away',
  description: 'Adds the area of the missing corner instead of taking it away from the big rectangle.',
});

export const rectangleArea = curriculumSkill({
  id: 'g3-md-c-rectangle-area',
  title: 'Find the area of a rectangle',
  standards: ['3.MD.C.6', '3.MD.C.7a', '3.MD.C.7b'],
  tutor: {
    summary:
      'Area is the number of unit squares that cover a shape with no gaps or overlaps. A rectangle is rows of equal squares, so its area is length times width; a missing side is area divided by the known side.',
    mastery: 'The student explains the product as rows of squares ("4 rows of 7 squares") and answers in square units.',
    watchFor: ['Finding the perimeter (the distance around) instead.', 'Adding the two side lengths.'],
    talkMoves: [
      '"Draw the first row of squares. How many rows like it are there?"',
      '"Are you counting squares inside the shape, or steps around its edge?"',
    ],
    workedExample: {
      problem: 'A rectangle is 6 cm long and 4 cm wide. What is its area?',
      steps: ['It can be covered by 4 rows of 6 square centimeters.', '$4 \\times 6 = 24$', '24 square centimeters.'],
    },
  },
});

type RectShape = 'tiled' | 'sides' | 'missing';

function rectangleBody(shape: RectShape, l: number, w: number) {
  if (shape === 'tiled') {
    const edge = 2 * (l + w) - 4;
    return {
      stem: `A rectangle is covered by unit squares with no gaps: ${w} rows with ${l} squares in each row. What is its area in square units?`,
      answer: numeric({ value: String(l * w), forms: ['integer'], unit: 'square units' }),
      params: { shape, l, w },
      hints: [
        hint('Area counts every square, inside ones too. How could you count them quickly?'),
        hint(`There are ${w} rows, and each row has ${l} squares. Skip-count by ${l}.`),
        bottomOut(`$${w} \\times ${l} = ${l * w}$ square units.`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: String(edge),
          feedback: 'You may have counted only the squares around the edge. The squares in the middle count too.',
          misconception: countsEdge,
          tutorMove: `Ask the student to draw the ${w} rows of ${l} and shade the inside squares.`,
        }),
        wrongAnswer({
          match: String(l + w),
          feedback: `Adding ${w} and ${l} counts one row and one column. How many squares are in all ${w} rows?`,
          misconception: addsInsteadOfMultiplies,
          tutorMove: `Ask: "How many squares in the first row? In two rows? In all ${w}?"`,
        }),
      ],
    };
  }
  if (shape === 'sides') {
    return {
      stem: `A rug is a rectangle ${l} feet long and ${w} feet wide. What is its area in square feet?`,
      answer: numeric({ value: String(l * w), forms: ['integer'], unit: 'square feet' }),
      params: { shape, l, w },
      hints: [
        hint('Imagine covering the rug with 1-foot squares. How many fit along one side?'),
        hint(`${l} squares fit in a row, and there are ${w} rows.`),
        bottomOut(`$${l} \\times ${w} = ${l * w}$ square feet.`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: String(2 * (l + w)),
          feedback: 'That is the distance around the rug, its perimeter. Area counts the squares that cover it.',
          misconception: areaPerimeterConfusion,
          tutorMove: `Ask: "Are we putting a ribbon around the rug, or covering it with squares?"`,
        }),
        wrongAnswer({
          match: String(l + w),
          feedback: `Adding ${l} and ${w} gives a length. How many 1-foot squares cover the rug?`,
          misconception: addsInsteadOfMultiplies,
          tutorMove: `Ask the student to sketch the rug and draw the first row of ${l} squares.`,
        }),
      ],
    };
  }
  const area = l * w;
  return {
    stem: `A rectangle has an area of ${area} square meters. One side is ${l} meters long. How long is the other side?`,
    answer: numeric({ value: String(w), forms: ['integer'], unit: 'meters' }),
    params: { shape, l, w },
    hints: [
      hint(`Area is one side times the other side. What times ${l} makes ${area}?`),
      hint(`Think of ${area} squares in rows of ${l}. How many rows?`),
      bottomOut(`$${area} \\div ${l} = ${w}$ meters, because $${l} \\times ${w} = ${area}$.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(area - l),
        feedback: `Taking away ${l} does not undo multiplying. What number times ${l} gives ${area}?`,
        misconception: wrongOperation,
        tutorMove: `Ask: "Check it: is ${l} times ${area - l} equal to ${area}?"`,
      }),
      wrongAnswer({
        match: String(area / 2 - l),
        feedback: `You used ${area} as the distance around. It is the area: the number of squares inside.`,
        misconception: areaPerimeterConfusion,
        tutorMove: `Ask: "Does ${area} count squares inside, or steps around the edge?"`,
      }),
    ],
  };
}

const rectangleTemplate = template({
  id: 'g3-md-c-rectangle-area-mixed',
  skill: rectangleArea,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['tiled', 'sides', 'missing'] as const);
    const l = r.int(3, 10);
    const w = r.int(2, 9);
    r.require(l !== w, 'not a square');
    r.require(2 * (l + w) !== l * w && 2 * (l + w) - 4 !== l * w && l + w !== 2 * (l + w) - 4, 'wrong answers differ');
    if (shape === 'missing')
      r.require(
        (l * w) % 2 === 0 && (l * w) / 2 - l > 0 && (l * w) / 2 - l !== w && l * w - l !== w,
        'missing-side wrong answers differ',
      );
    return rectangleBody(shape, l, w);
  },
});

export const rectilinearArea = curriculumSkill({
  id: 'g3-md-c-rectilinear-area',
  title: 'Find the area of a shape made of rectangles',
  standards: ['3.MD.C.7d'],
  tutor: {
    summary:
      'A shape with square corners can be split into rectangles that do not overlap. Find each area and add them; or find the area of a big rectangle and take away the part that is missing.',
    mastery: 'The student sketches the shape, splits it into rectangles, and accounts for every part exactly once.',
    watchFor: [
      'Finding only one of the rectangles.',
      'Adding the missing corner instead of taking it away.',
      'Adding side lengths.',
    ],
    talkMoves: [
      '"Sketch it. Where would you cut it into rectangles?"',
      '"Did every part of the shape get counted exactly once?"',
    ],
    workedExample: {
      problem: 'A 6 m by 5 m rectangle has a 2 m by 3 m corner cut out. What is the area of what is left?',
      steps: [
        'Whole rectangle: $6 \\times 5 = 30$ square meters.',
        'Cut-out corner: $2 \\times 3 = 6$ square meters.',
        '$30 - 6 = 24$ square meters.',
      ],
    },
  },
});

type RectilinearShape = 'joined' | 'cutout';

/** joined: an a×b rectangle and a c×d rectangle side by side; cutout: an a×b rectangle minus a c×d corner. */
function rectilinearBody(shape: RectilinearShape, a: number, b: number, c: number, d: number) {
  if (shape === 'joined') {
    const [one, two] = [a * b, c * d];
    return {
      stem: `A garden is made of two rectangles that touch but do not overlap. One is ${a} m by ${b} m. The other is ${c} m by ${d} m. What is the area of the garden in square meters?`,
      answer: numeric({ value: String(one + two), forms: ['integer'], unit: 'square meters' }),
      params: { shape, a, b, c, d },
      hints: [
        hint('Find the area of each rectangle on its own first.'),
        hint(`The first rectangle is $${a} \\times ${b} = ${one}$ square meters. What is the second one?`),
        bottomOut(`$${one} + ${two} = ${one + two}$ square meters.`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: String(one),
          feedback: 'That is the first rectangle. The garden has two parts.',
          misconception: forgetsPart,
          tutorMove: `Ask: "What is the area of the ${c} m by ${d} m part? Is it in your answer?"`,
        }),
        wrongAnswer({
          match: String(a + b + c + d),
          feedback: 'Adding the side lengths gives meters, not square meters. How many squares cover each part?',
          misconception: addsInsteadOfMultiplies,
          tutorMove: `Ask the student to draw the ${a} by ${b} rectangle on grid paper and count the squares.`,
        }),
      ],
    };
  }
  const [whole, corner] = [a * b, c * d];
  return {
    stem: `A rectangular room is ${a} m by ${b} m, but a ${c} m by ${d} m corner of it is a closet. What is the area of the room without the closet, in square meters?`,
    answer: numeric({ value: String(whole - corner), forms: ['integer'], unit: 'square meters' }),
    params: { shape, a, b, c, d },
    hints: [
      hint('Picture the whole rectangle first, then the closet corner taken out of it.'),
      hint(`The whole rectangle is $${a} \\times ${b} = ${whole}$ square meters. How big is the closet?`),
      bottomOut(`$${whole} - ${corner} = ${whole - corner}$ square meters.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(whole),
        feedback: 'That is the whole rectangle. The closet corner is not part of the room we want.',
        misconception: forgetsPart,
        tutorMove: `Ask: "Where is the closet in your sketch? Did you take it out?"`,
      }),
      wrongAnswer({
        match: String(whole + corner),
        feedback: 'The closet is inside the big rectangle, so its squares are already counted. Take them away.',
        misconception: addsRemovedPart,
        tutorMove: `Ask: "Is the room without the closet bigger or smaller than ${whole} square meters?"`,
      }),
    ],
  };
}

const rectilinearTemplate = template({
  id: 'g3-md-c-rectilinear-area-mixed',
  skill: rectilinearArea,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['joined', 'cutout'] as const);
    const a = r.int(4, 10);
    const b = r.int(3, 9);
    const c = r.int(2, shape === 'cutout' ? a - 1 : 8);
    const d = r.int(2, shape === 'cutout' ? b - 1 : 8);
    r.require(a + b + c + d !== a * b + c * d, 'wrong answers differ');
    return rectilinearBody(shape, a, b, c, d);
  },
});

type Body = ReturnType<typeof rectangleBody | typeof rectilinearBody>;
const fixed = (id: string, skill: typeof rectangleArea, body: Body) => problem({ id, skill, ...body });

export default cluster({
  code: '3.MD.C',
  strand: 'measurement-geometry',
  title: 'Area',
  skills: [
    { skill: rectangleArea, pool: [rectangleTemplate] },
    { skill: rectilinearArea, pool: [rectilinearTemplate] },
  ],
  check: [
    fixed('g3-md-c-check-1', rectangleArea, rectangleBody('tiled', 7, 4)),
    fixed('g3-md-c-check-2', rectangleArea, rectangleBody('sides', 8, 3)),
    fixed('g3-md-c-check-3', rectangleArea, rectangleBody('missing', 6, 5)),
    fixed('g3-md-c-check-4', rectilinearArea, rectilinearBody('joined', 5, 4, 3, 2)),
    fixed('g3-md-c-check-5', rectilinearArea, rectilinearBody('cutout', 8, 6, 3, 2)),
  ],
  warmUp: [
    fixed('g3-md-c-warm-up-1', rectangleArea, rectangleBody('tiled', 5, 3)),
    fixed('g3-md-c-warm-up-2', rectangleArea, rectangleBody('sides', 9, 2)),
  ],
  exitTicket: [fixed('g3-md-c-exit-1', rectilinearArea, rectilinearBody('cutout', 7, 5, 2, 3))],
  scripts: SCRIPTS,
});
