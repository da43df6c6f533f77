/** 8.G.A.5 — Angle facts: angles made by a line crossing parallel lines, and the angle sum of a triangle. */
import { bottomOut, curriculumSkill, hint, misconception, numeric, template, wrongAnswer } from '../../kit.js';
import { forgetsPart } from './common.js';

export const angleFacts = curriculumSkill({
  id: 'g8-g-a-angle-facts',
  title: 'Use angle facts: parallel lines and triangles',
  standards: ['8.G.A.5'],
  tutor: {
    summary:
      'The angles of a triangle add to 180°. When a line crosses two parallel lines, the angles it makes at one line are copies of the angles at the other: corresponding and alternate angles are equal, and angles on a straight line add to 180°.',
    mastery:
      'The student names the relationship ("alternate interior, so equal" or "same-side interior, so they add to 180°") before computing.',
    watchFor: ['Using 360° for a triangle.', 'Calling supplementary angles equal, or equal angles supplementary.'],
    talkMoves: [
      '"Are these two angles the same size, or do they make a straight line together?"',
      '"Tear the corners off a paper triangle: what do they make together?"',
    ],
    workedExample: {
      problem: 'Two angles of a triangle are 50° and 70°. What is the third?',
      steps: ['The three angles add to 180°.', '$50 + 70 = 120$', '$180 - 120 = 60$, so the third angle is 60°.'],
    },
  },
});

const sixtyMisc = misconception({
  id: 'mg-triangle-sum-360',
  title: 'Thinks a triangle’s angles add to 360°',
  description: 'Uses 360° (a full turn, or the sum for a quadrilateral) as the angle sum of a triangle.',
});
const equalVsSupplementary = misconception({
  id: 'mg-equal-vs-supplementary',
  title: 'Mixes up equal and supplementary angle pairs',
  description: 'Treats angle pairs that add to 180° as equal, or equal pairs as adding to 180°.',
});
const complementConfusion = misconception({
  id: 'mg-uses-90-for-180',
  title: 'Uses 90° where the angles make a straight line',
  description: 'Subtracts from 90° (complementary) when the angles make a straight angle, 180°.',
});

const EQUAL = ['corresponding', 'alternate interior', 'alternate exterior', 'vertical'];
const SUPPLEMENTARY = ['same-side interior', 'same-side exterior'];
type AngleShape = 'triangle' | 'right' | 'parallel';

export function angleBody(shape: AngleShape, a: number, b: number, relation: string) {
  if (shape === 'parallel') {
    const equal = EQUAL.includes(relation);
    const answer = equal ? a : 180 - a;
    const wrongs = equal
      ? [
          {
            v: 180 - a,
            f: `${relation[0]?.toUpperCase()}${relation.slice(1)} angles are the same size. They do not add to 180°.`,
            m: equalVsSupplementary,
          },
          { v: 90 - a, f: 'These angles are copies of each other; nothing here adds to 90°.', m: complementConfusion },
        ]
      : [
          { v: a, f: 'Same-side angles are not copies: together they make a straight angle.', m: equalVsSupplementary },
          { v: 90 - a, f: 'Same-side angles add to 180°, not 90°.', m: complementConfusion },
        ];
    const where =
      relation === 'vertical'
        ? 'Angle 2 is vertical to angle 1 (both at line $p$).'
        : `Angle 2 is at line $q$, and angles 1 and 2 are ${relation} angles.`;
    return {
      stem: `Lines $p$ and $q$ are parallel, and line $t$ crosses both. Angle 1, where $t$ meets $p$, measures ${a}°. ${where} What is the measure of angle 2?`,
      answer: numeric({ value: String(answer), forms: ['integer'], unit: 'degrees' }),
      params: { shape, a, b, relation },
      hints: [
        hint('Sketch the two parallel lines and the line crossing them. Mark the angle you know.'),
        hint(
          equal
            ? `${relation[0]?.toUpperCase()}${relation.slice(1)} angles are equal.`
            : 'Same-side angles add to 180°.',
        ),
        bottomOut(equal ? `The angle is ${a}°.` : `$180 - ${a} = ${answer}$, so the angle is ${answer}°.`),
      ] as const,
      wrongAnswers: wrongs.map((w) =>
        wrongAnswer({
          match: String(w.v),
          feedback: w.f,
          misconception: w.m,
          tutorMove: `Ask: "In your sketch, does angle 2 look the same size as angle 1, or does it look like they make a straight line?"`,
        }),
      ),
    };
  }
  if (shape === 'right') {
    return {
      stem: `A right triangle has one angle of ${a}°. What is the measure of its other acute angle?`,
      answer: numeric({ value: String(90 - a), forms: ['integer'], unit: 'degrees' }),
      params: { shape, a, b, relation },
      hints: [
        hint('What do the three angles of any triangle add to? What is the size of the right angle?'),
        hint(`The three angles are 90°, ${a}° and the unknown; together they make 180°.`),
        bottomOut(`$180 - 90 - ${a} = ${90 - a}$, so the angle is ${90 - a}°.`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: String(180 - a),
          feedback: 'Remember the right angle: it is one of the three angles too.',
          misconception: forgetsPart,
          tutorMove: 'Ask: "How many angles does a triangle have? Which have you used?"',
        }),
        wrongAnswer({
          match: String(270 - a),
          feedback: 'A triangle’s angles add to 180°, not 360°.',
          misconception: sixtyMisc,
          tutorMove: 'Ask the student to tear the three corners off a paper triangle and line them up.',
        }),
      ],
    };
  }
  const answer = 180 - a - b;
  return {
    stem: `Two angles of a triangle measure ${a}° and ${b}°. What is the measure of the third angle?`,
    answer: numeric({ value: String(answer), forms: ['integer'], unit: 'degrees' }),
    params: { shape, a, b, relation },
    hints: [
      hint('What do the three angles of any triangle add to?'),
      hint(`Add the two angles you know: $${a} + ${b} = ${a + b}$. How much more makes 180°?`),
      bottomOut(`$180 - ${a + b} = ${answer}$, so the third angle is ${answer}°.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(360 - a - b),
        feedback: 'A triangle’s angles add to 180°, not 360°.',
        misconception: sixtyMisc,
        tutorMove: 'Ask the student to tear the three corners off a paper triangle and line them up.',
      }),
      wrongAnswer({
        match: String(180 - a),
        feedback: `Both known angles, ${a}° and ${b}°, are part of the 180°.`,
        misconception: forgetsPart,
        tutorMove: `Ask: "Where is the ${b}° angle in your work?"`,
      }),
    ],
  };
}

export const angleTemplate = template({
  id: 'g8-g-a-angle-facts-mixed',
  skill: angleFacts,
  count: 40,
  generate: (r) => {
    const shape = r.pick(['triangle', 'right', 'parallel'] as const);
    const a = r.int(25, 85);
    const b = shape === 'triangle' ? r.int(20, 150 - a) : 0;
    const relation = shape === 'parallel' ? r.pick([...EQUAL, ...SUPPLEMENTARY]) : 'none';
    r.require(a !== 45 && a !== 90 - b && 180 - a - b !== b, 'wrong answers differ');
    return angleBody(shape, a, b, relation);
  },
});
