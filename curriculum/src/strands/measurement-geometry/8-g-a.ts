/** 8.G.A — Understand congruence and similarity using physical models, transparencies, or geometry software. */
import {
  bottomOut,
  choice,
  cluster,
  curriculumSkill,
  hint,
  misconception,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import { angleBody, angleFacts, angleTemplate } from './8-g-a-angles.js';
import { forgetsPart, SCRIPTS } from './common.js';

const swapsShift = misconception({
  id: 'mg-swaps-horizontal-vertical',
  title: 'Mixes up horizontal and vertical moves',
  description: 'Adds a left/right move to the y-coordinate and an up/down move to the x-coordinate.',
});
const wrongDirection = misconception({
  id: 'mg-translation-wrong-direction',
  title: 'Moves the wrong way',
  description: 'Treats "right" or "up" as subtracting, or "left" or "down" as adding.',
});
const wrongAxis = misconception({
  id: 'mg-reflects-wrong-axis',
  title: 'Reflects across the wrong axis',
  description:
    'Across the x-axis the y-coordinate changes sign; across the y-axis the x-coordinate does. Swaps the two.',
});
const negatesBoth = misconception({
  id: 'mg-negates-both-coordinates',
  title: 'Changes both signs for any reflection',
  description: 'Changes the sign of both coordinates, which is a 180° rotation, not a reflection.',
});
const rotationAmount = misconception({
  id: 'mg-rotation-amount',
  title: 'Turns by the wrong amount',
  description: 'Confuses a 90° (quarter) turn with a 180° (half) turn.',
});
const rotationDirection = misconception({
  id: 'mg-rotation-direction',
  title: 'Turns the wrong way',
  description: 'Turns clockwise when the rotation is counterclockwise.',
});
const rotateAsReflect = misconception({
  id: 'mg-rotation-as-reflection',
  title: 'Flips instead of turning',
  description: 'Changes the sign of one coordinate, as for a reflection, when the figure is rotated.',
});
const dilationAdds = misconception({
  id: 'mg-dilation-adds',
  title: 'Adds the scale factor',
  description:
    'Adds the scale factor to each coordinate instead of multiplying: additive, not multiplicative, thinking.',
});

export const transformPoint = curriculumSkill({
  id: 'g8-g-a-transform-point',
  title: 'Find the image of a point after a transformation',
  standards: ['8.G.A.1', '8.G.A.3'],
  tutor: {
    summary:
      'On the coordinate plane: a translation adds to the coordinates; a reflection across the x-axis changes the sign of y, across the y-axis the sign of x; a 180° rotation about the origin changes both signs; a 90° counterclockwise rotation sends $(x, y)$ to $(-y, x)$; a dilation from the origin multiplies both coordinates by the scale factor.',
    mastery:
      'The student sketches the point and its image (or turns the paper) to check the rule, not only recalls it.',
    watchFor: [
      'Reflecting across the wrong axis.',
      'Turning 90° the wrong way, or 180° instead of 90°.',
      'Adding the scale factor.',
    ],
    talkMoves: [
      '"Plot the point. Where should the image be: which quadrant?"',
      '"Which coordinate changes, and which stays the same? Why?"',
    ],
    workedExample: {
      problem: "Point $A(2, 5)$ is reflected across the x-axis. Where is $A'$?",
      steps: [
        'The x-axis is the mirror: the point stays 2 to the right.',
        'It goes from 5 above the axis to 5 below.',
        "$A'(2, -5)$",
      ],
    },
  },
});

type Kind = 'translate' | 'reflect-x' | 'reflect-y' | 'rotate-180' | 'rotate-90' | 'dilate';
type Pt = readonly [number, number];
const show = ([x, y]: Pt) => `(${x}, ${y})`;
const moves = (n: number, pos: string, neg: string) =>
  `${Math.abs(n)} ${Math.abs(n) === 1 ? 'unit' : 'units'} ${n > 0 ? pos : neg}`;

/** The correct image and two misconception images (with feedback and tutor move) for a point. */
function images(kind: Kind, x: number, y: number, s: number, t: number) {
  type Wrong = { at: Pt; feedback: string; m: typeof wrongAxis; move: string };
  switch (kind) {
    case 'translate':
      return {
        how: `translated ${moves(s, 'right', 'left')} and ${moves(t, 'up', 'down')}`,
        image: [x + s, y + t] as Pt,
        rule: `Add ${s} to x and ${t} to y.`,
        nudge: 'Right and left change the x-coordinate; up and down change the y-coordinate.',
        wrong: [
          {
            at: [x + t, y + s],
            feedback: 'Left and right moves change x; up and down moves change y.',
            m: swapsShift,
            move: 'Ask: "Which coordinate tells how far right you are?"',
          },
          {
            at: [x - s, y - t],
            feedback: 'Check the directions: moving right adds to x, moving up adds to y.',
            m: wrongDirection,
            move: 'Ask the student to count the moves on a grid with a finger.',
          },
        ] as Wrong[],
      };
    case 'reflect-x':
    case 'reflect-y': {
      const acrossX = kind === 'reflect-x';
      return {
        how: `reflected across the ${acrossX ? 'x' : 'y'}-axis`,
        image: (acrossX ? [x, -y] : [-x, y]) as Pt,
        rule: acrossX
          ? 'The x-coordinate stays; the y-coordinate changes sign.'
          : 'The y-coordinate stays; the x-coordinate changes sign.',
        nudge: `The ${acrossX ? 'x' : 'y'}-axis is the mirror. Which coordinate measures the distance to that mirror?`,
        wrong: [
          {
            at: (acrossX ? [-x, y] : [x, -y]) as Pt,
            feedback: `That is the reflection across the ${acrossX ? 'y' : 'x'}-axis. Which line is the mirror here?`,
            m: wrongAxis,
            move: 'Ask: "Fold the grid along the mirror line. Where does the point land?"',
          },
          {
            at: [-x, -y] as Pt,
            feedback: 'Changing both signs turns the point halfway around. A reflection changes only one coordinate.',
            m: negatesBoth,
            move: 'Ask: "Which coordinate tells how far the point is from the mirror?"',
          },
        ] as Wrong[],
      };
    }
    case 'rotate-180':
      return {
        how: 'rotated 180° about the origin',
        image: [-x, -y] as Pt,
        rule: 'A half turn changes the sign of both coordinates.',
        nudge: 'A 180° turn is a half turn: the point ends up on the opposite side of the origin.',
        wrong: [
          {
            at: [-y, x] as Pt,
            feedback: 'That is a quarter turn (90°). 180° is a half turn.',
            m: rotationAmount,
            move: 'Ask the student to turn the paper halfway around and read the new point.',
          },
          {
            at: [x, -y] as Pt,
            feedback: 'Changing one sign flips the point over an axis. A rotation turns it.',
            m: rotateAsReflect,
            move: 'Ask: "Did the point move to the opposite quadrant?"',
          },
        ] as Wrong[],
      };
    case 'rotate-90':
      return {
        how: 'rotated 90° counterclockwise about the origin',
        image: [-y, x] as Pt,
        rule: 'A quarter turn counterclockwise sends $(x, y)$ to $(-y, x)$.',
        nudge: 'Counterclockwise is the opposite way from a clock’s hands. Which quadrant is a quarter turn that way?',
        wrong: [
          {
            at: [y, -x] as Pt,
            feedback: 'That is a clockwise quarter turn. This one turns the other way.',
            m: rotationDirection,
            move: 'Ask the student to turn the paper a quarter turn to the left and read the point.',
          },
          {
            at: [-x, -y] as Pt,
            feedback: 'That is a half turn (180°). 90° is a quarter turn.',
            m: rotationAmount,
            move: 'Ask: "How far around is 90°: a quarter or a half?"',
          },
        ] as Wrong[],
      };
    case 'dilate':
      return {
        how: `dilated by a scale factor of ${s} with center at the origin`,
        image: [s * x, s * y] as Pt,
        rule: `Multiply both coordinates by ${s}.`,
        nudge: 'A dilation from the origin stretches every distance from the origin by the scale factor.',
        wrong: [
          {
            at: [x + s, y + s] as Pt,
            feedback: 'A scale factor multiplies; adding slides the point instead of stretching.',
            m: dilationAdds,
            move: `Ask: "Is the image ${s} times as far from the origin?"`,
          },
          {
            at: [s * x, y] as Pt,
            feedback: 'Both coordinates stretch by the scale factor, not only x.',
            m: forgetsPart,
            move: 'Ask: "What happens to the y-coordinate when the picture is enlarged?"',
          },
        ] as Wrong[],
      };
  }
}

/** An option id that names the point, e.g. `x3-ym2` for (3, −2), so each variant's answer is its own. */
const pointId = ([x, y]: Pt) => `x${x < 0 ? `m${-x}` : x}-y${y < 0 ? `m${-y}` : y}`;

/** `order` lists which point (0 the image, 1 and 2 the misconceptions) is shown first, second, third. */
function transformBody(kind: Kind, x: number, y: number, s: number, t: number, order: readonly number[]) {
  const { how, image, rule, nudge, wrong } = images(kind, x, y, s, t);
  const points = [image, ...wrong.map((w) => w.at)];
  const options = order.map((k) => {
    const at = points[k] ?? image;
    return { id: pointId(at), text: `$${show(at)}$` };
  });
  return {
    stem: `Point $A${show([x, y])}$ is ${how}. What are the coordinates of its image $A'$?`,
    answer: choice({ options, correct: [pointId(image)] }),
    params: { kind, x, y, s, t },
    hints: [hint(`Plot $A${show([x, y])}$. ${nudge}`), hint(rule), bottomOut(`$A'${show(image)}$`)] as const,
    wrongAnswers: wrong.map((w) =>
      wrongAnswer({ match: [pointId(w.at)], feedback: w.feedback, misconception: w.m, tutorMove: w.move }),
    ),
  };
}

const KINDS: readonly Kind[] = ['translate', 'reflect-x', 'reflect-y', 'rotate-180', 'rotate-90', 'dilate'];

const transformTemplate = template({
  id: 'g8-g-a-transform-point-image',
  skill: transformPoint,
  count: 40,
  generate: (r) => {
    const kind = r.pick(KINDS);
    const x = r.pick([-1, 1]) * r.int(1, 8);
    const y = r.pick([-1, 1]) * r.int(1, 8);
    const s = kind === 'dilate' ? r.int(2, 4) : r.pick([-1, 1]) * r.int(1, 6);
    const t = r.pick([-1, 1]) * r.int(1, 6);
    r.require(Math.abs(x) !== Math.abs(y) && s !== t, 'the three options differ');
    const { image, wrong } = images(kind, x, y, s, t);
    const all = [image, ...wrong.map((w) => w.at)].map(show);
    r.require(new Set(all).size === 3, 'the three options differ');
    const used = kind === 'translate' || kind === 'dilate';
    return transformBody(kind, x, y, used ? s : 0, kind === 'translate' ? t : 0, r.shuffle([0, 1, 2]));
  },
});

export default cluster({
  code: '8.G.A',
  strand: 'measurement-geometry',
  title: 'Transformations and angle facts',
  skills: [
    { skill: transformPoint, pool: [transformTemplate] },
    { skill: angleFacts, pool: [angleTemplate] },
  ],
  check: [
    problem({ id: 'g8-g-a-check-1', skill: transformPoint, ...transformBody('reflect-y', 3, -5, 0, 0, [1, 0, 2]) }),
    problem({ id: 'g8-g-a-check-2', skill: transformPoint, ...transformBody('rotate-90', 4, 1, 0, 0, [2, 1, 0]) }),
    problem({ id: 'g8-g-a-check-3', skill: transformPoint, ...transformBody('dilate', -2, 3, 3, 0, [0, 2, 1]) }),
    problem({ id: 'g8-g-a-check-4', skill: angleFacts, ...angleBody('parallel', 65, 0, 'alternate interior') }),
    problem({ id: 'g8-g-a-check-5', skill: angleFacts, ...angleBody('triangle', 48, 77, 'none') }),
  ],
  warmUp: [
    problem({ id: 'g8-g-a-warm-up-1', skill: transformPoint, ...transformBody('translate', 2, 5, 3, -4, [1, 2, 0]) }),
    problem({ id: 'g8-g-a-warm-up-2', skill: transformPoint, ...transformBody('reflect-x', -6, 2, 0, 0, [2, 0, 1]) }),
  ],
  exitTicket: [
    problem({ id: 'g8-g-a-exit-1', skill: transformPoint, ...transformBody('rotate-180', -3, 7, 0, 0, [0, 1, 2]) }),
    problem({ id: 'g8-g-a-exit-2', skill: angleFacts, ...angleBody('parallel', 70, 0, 'same-side interior') }),
  ],
  scripts: SCRIPTS,
});
