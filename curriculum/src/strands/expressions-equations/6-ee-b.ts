/** 6.EE.B — Reason about and solve one-variable equations and inequalities. */
import {
  bottomOut,
  choice,
  cluster,
  curriculumSkill,
  hint,
  numeric,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import { fixed as fixed6a } from './6-ee-a.js';
import {
  equalsMeansAnswer,
  fixedNeed,
  inequalityDirection,
  LETTERS,
  type Need,
  SCRIPTS,
  sameOperation,
  strictInclusive,
  wrongInverse,
} from './shared.js';

// ---- Skill 1: one-step equations ------------------------------------------------------------------

export const oneStepEquations = curriculumSkill({
  id: 'g6-ee-b-one-step-equations',
  title: 'Solve one-step equations',
  standards: ['6.EE.B.7', '6.EE.B.5'],
  tutor: {
    summary:
      'An equation is a balance. To find the unknown, undo what was done to it with the inverse operation: subtraction undoes addition, division undoes multiplication.',
    mastery: 'The student names the operation on the variable, undoes it on both sides, and checks by substituting.',
    watchFor: [
      'Doing the same operation instead of the inverse: $x + 5 = 12$ gives $x = 17$.',
      'Undoing multiplication by subtracting: $3x = 12$ gives $x = 9$.',
      'Answering with the number after the equal sign.',
    ],
    talkMoves: [
      '"What is being done to the variable? What undoes that?"',
      '"Put your answer back into the equation. Is it true?"',
      '"If both sides balance, what can you do to one side and keep the balance?"',
    ],
    workedExample: {
      problem: 'Solve $4x = 28$.',
      steps: [
        '$x$ is multiplied by 4. Division undoes multiplication.',
        'Divide both sides by 4: $x = 28 \\div 4 = 7$.',
        'Check: $4 \\times 7 = 28$. True.',
      ],
    },
  },
});

interface OneStepParams {
  readonly shape: 'x+p' | 'p+x' | 'x-p' | 'px' | 'x/p';
  readonly v: string;
  readonly p: number;
  readonly x: number;
}

function oneStepBody(params: OneStepParams, need: Need) {
  const { shape, v, p, x } = params;
  const q = shape === 'x+p' || shape === 'p+x' ? x + p : shape === 'x-p' ? x - p : shape === 'px' ? p * x : x / p;
  need(Number.isInteger(q) && q > 0, 'a whole number on the right');
  const left =
    shape === 'x+p'
      ? `${v} + ${p}`
      : shape === 'p+x'
        ? `${p} + ${v}`
        : shape === 'x-p'
          ? `${v} - ${p}`
          : shape === 'px'
            ? `${p}${v}`
            : `\\frac{${v}}{${p}}`;
  const [done, undo, undone] =
    shape === 'x+p' || shape === 'p+x'
      ? [`${p} is added to $${v}$`, `subtract ${p}`, `${q} - ${p}`]
      : shape === 'x-p'
        ? [`${p} is subtracted from $${v}$`, `add ${p}`, `${q} + ${p}`]
        : shape === 'px'
          ? [`$${v}$ is multiplied by ${p}`, `divide by ${p}`, `${q} \\div ${p}`]
          : [`$${v}$ is divided by ${p}`, `multiply by ${p}`, `${q} \\times ${p}`];
  const additive = shape === 'x+p' || shape === 'p+x' || shape === 'x-p';
  const same = shape === 'x+p' || shape === 'p+x' ? q + p : shape === 'x-p' ? q - p : shape === 'px' ? q * p : q / p;
  const sameText = Number.isInteger(same) ? String(same) : `${q}/${p}`;
  const second = additive || shape === 'x/p' ? q : q - p;
  need(same !== x && second !== x && same !== second, 'wrong answers differ');
  return {
    stem: `Solve for $${v}$: $${left} = ${q}$`,
    answer: numeric({ value: String(x), forms: ['integer'] }),
    params: { ...params },
    hints: [
      hint(`What is being done to $${v}$? Here ${done}.`),
      hint(`To undo it, ${undo} on both sides of the equation.`),
      bottomOut(`$${v} = ${undone} = ${x}$. Check: put ${x} back in for $${v}$ and both sides are ${q}.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: sameText,
        feedback: `Put your answer back in for $${v}$. Is the equation true? To undo, use the opposite operation.`,
        misconception: sameOperation,
        tutorMove: `Ask: "What is done to $${v}$? What is the opposite of that?" Then have them check their answer in $${left} = ${q}$.`,
      }),
      additive || shape === 'x/p'
        ? wrongAnswer({
            match: String(second),
            feedback: `${q} is what the left side equals. We need the value of $${v}$ that makes it ${q}.`,
            misconception: equalsMeansAnswer,
            tutorMove: `Ask: "If $${v}$ were ${q}, what would $${left}$ be? Is that ${q}?"`,
          })
        : wrongAnswer({
            match: String(second),
            feedback: `$${p}${v}$ means ${p} times $${v}$. Subtracting does not undo multiplying.`,
            misconception: wrongInverse,
            tutorMove: `Ask: "What is ${p} times your answer? What operation undoes times ${p}?"`,
          }),
    ],
  };
}

const oneStepTemplate = template({
  id: 'g6-ee-b-one-step',
  skill: oneStepEquations,
  count: 40,
  generate: (r) => {
    const shape = r.pick(['x+p', 'p+x', 'x-p', 'px', 'px', 'x/p'] as const);
    const multiplicative = shape === 'px' || shape === 'x/p';
    const p = multiplicative ? r.int(2, 12) : r.int(3, 60);
    const x = shape === 'x/p' ? p * r.int(2, 12) : multiplicative ? r.int(2, 15) : r.int(2, 80);
    return oneStepBody({ shape, v: r.pick(LETTERS), p, x }, r.require);
  },
});

// ---- Skill 2: inequalities from words ---------------------------------------------------------------

export const writeInequalities = curriculumSkill({
  id: 'g6-ee-b-write-inequalities',
  title: 'Write an inequality for a condition',
  standards: ['6.EE.B.8', '6.EE.B.5'],
  tutor: {
    summary:
      '"At least 12" means 12 or more: $x \\ge 12$. "More than 12" leaves 12 out: $x > 12$. "At most" is $\\le$, "less than" is $<$.',
    mastery: 'The student picks the right symbol and can say whether the number itself is allowed.',
    watchFor: ['Using $>$ for "at least".', 'Reading "least" as "less" and pointing the sign the wrong way.'],
    talkMoves: [
      '"Is the number itself allowed? Could the value be exactly that?"',
      '"Name one value that works and one that does not. Does your inequality agree?"',
    ],
    workedExample: {
      problem: 'A bus holds at most 40 students. Write an inequality for the number of students $s$.',
      steps: ['"At most 40": 40 is allowed, and so is any number below it.', '$s \\le 40$'],
    },
  },
});

const RELATIONS = {
  ge: { tex: '\\ge', words: ['at least', 'no less than'] },
  le: { tex: '\\le', words: ['at most', 'no more than'] },
  gt: { tex: '>', words: ['more than', 'greater than'] },
  lt: { tex: '<', words: ['less than', 'under'] },
} as const;
type Relation = keyof typeof RELATIONS;
const STRICTER: Record<Relation, Relation> = { ge: 'gt', gt: 'ge', le: 'lt', lt: 'le' };
const FLIPPED: Record<Relation, Relation> = { ge: 'le', le: 'ge', gt: 'lt', lt: 'gt' };

const SUBJECTS = [
  { v: 's', text: 'The number of students $s$ on the trip is', unit: '', low: 10, high: 60 },
  { v: 'h', text: 'To go on the ride, a rider’s height $h$ must be', unit: ' inches', low: 36, high: 60 },
  { v: 'w', text: 'The weight $w$ of a suitcase must be', unit: ' pounds', low: 20, high: 70 },
  { v: 't', text: 'The temperature $t$ today stayed', unit: ' degrees', low: 30, high: 90 },
  { v: 'm', text: 'Kiri’s reading time $m$ tonight is', unit: ' minutes', low: 10, high: 60 },
  { v: 'p', text: 'The price $p$ of a ticket is', unit: ' dollars', low: 5, high: 40 },
] as const;

interface InequalityParams {
  readonly subject: number;
  readonly rel: Relation;
  readonly phrase: number;
  readonly c: number;
}

function inequalityBody(params: InequalityParams) {
  const { subject, rel, phrase, c } = params;
  const s = SUBJECTS[subject] ?? SUBJECTS[0];
  const id = (r: Relation) => `${s.v}-${r}-${c}`;
  const words = RELATIONS[rel].words[phrase] ?? RELATIONS[rel].words[0];
  const includes = rel === 'ge' || rel === 'le';
  const bigger = rel === 'ge' || rel === 'gt';
  return {
    stem: `${s.text} ${words} ${c}${s.unit}. Which inequality says this?`,
    answer: choice({
      options: (['gt', 'ge', 'lt', 'le'] as const).map((r) => ({
        id: id(r),
        text: `$${s.v} ${RELATIONS[r].tex} ${c}$`,
      })),
      correct: [id(rel)],
    }),
    params: { ...params },
    hints: [
      hint(`Can $${s.v}$ be exactly ${c}? "${words}" decides.`),
      hint(
        `Are the allowed values ${bigger ? 'bigger' : 'smaller'} than ${c}? ${includes ? `${c} itself is allowed.` : `${c} itself is not allowed.`}`,
      ),
      bottomOut(`$${s.v} ${RELATIONS[rel].tex} ${c}$`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: [id(STRICTER[rel])],
        feedback: `The direction is right. Now check: is ${c} itself allowed when it says "${words}"?`,
        misconception: strictInclusive,
        tutorMove: `Ask: "Could $${s.v}$ be exactly ${c}? Which symbol includes ${c}: $>$ or $\\ge$?"`,
      }),
      wrongAnswer({
        match: [id(FLIPPED[rel])],
        feedback: `Try a value: ${bigger ? c + 5 : Math.max(c - 5, 0)}. Does it fit the sentence? Does it fit your inequality?`,
        misconception: inequalityDirection,
        tutorMove: `Ask: "Name a value that works. Is it bigger or smaller than ${c}? Which way does your symbol point?"`,
      }),
    ],
  };
}

const inequalityTemplate = template({
  id: 'g6-ee-b-inequality',
  skill: writeInequalities,
  count: 36,
  generate: (r) => {
    const subject = r.int(0, SUBJECTS.length - 1);
    const s = SUBJECTS[subject] ?? SUBJECTS[0];
    return inequalityBody({
      subject,
      rel: r.pick(['ge', 'le', 'gt', 'lt'] as const),
      phrase: r.int(0, 1),
      c: r.int(s.low, s.high),
    });
  },
});

const fixedOneStep = (id: string, p: OneStepParams) =>
  problem({ id, skill: oneStepEquations, ...oneStepBody(p, fixedNeed) });
export const fixed = { oneStep: fixedOneStep };
const fixedInequality = (id: string, p: InequalityParams) =>
  problem({ id, skill: writeInequalities, ...inequalityBody(p) });

export default cluster({
  code: '6.EE.B',
  strand: 'expressions-equations',
  title: 'One-step equations and inequalities',
  skills: [
    { skill: oneStepEquations, pool: [oneStepTemplate] },
    { skill: writeInequalities, pool: [inequalityTemplate] },
  ],
  check: [
    fixedOneStep('g6-ee-b-check-1', { shape: 'x+p', v: 'x', p: 9, x: 14 }),
    fixedOneStep('g6-ee-b-check-2', { shape: 'px', v: 'n', p: 6, x: 7 }),
    fixedOneStep('g6-ee-b-check-3', { shape: 'x/p', v: 'y', p: 4, x: 20 }),
    fixedInequality('g6-ee-b-check-4', { subject: 1, rel: 'ge', phrase: 0, c: 48 }),
    fixedInequality('g6-ee-b-check-5', { subject: 0, rel: 'lt', phrase: 1, c: 30 }),
  ],
  // Substituting is how a student checks a solution: a warm-up on evaluating expressions.
  warmUp: [
    fixed6a.evaluate('g6-ee-b-warm-up-1', { shape: 'ax+b', v: 'x', a: 3, x: 5, b: 4 }),
    fixed6a.evaluate('g6-ee-b-warm-up-2', { shape: 'a(x+b)', v: 'n', a: 2, x: 6, b: 3 }),
  ],
  exitTicket: [
    fixedOneStep('g6-ee-b-exit-1', { shape: 'x-p', v: 'm', p: 12, x: 30 }),
    fixedInequality('g6-ee-b-exit-2', { subject: 2, rel: 'le', phrase: 0, c: 50 }),
  ],
  scripts: SCRIPTS,
});
