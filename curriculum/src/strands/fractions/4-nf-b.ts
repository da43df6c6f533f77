/** 4.NF.B — Build fractions from unit fractions: add, subtract, and multiply by a whole number. */
import {
  bottomOut,
  cluster,
  curriculumSkill,
  hint,
  type Lang,
  numeric,
  type ProblemBody,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import {
  addsWholeToNumerator,
  ft,
  fx,
  mixedTex,
  multipliesBoth,
  mustHold,
  NAMES,
  type Require,
  t,
} from './3-nf-a-shared.js';
import { fixedUnit } from './3-nf-a-unit.js';
import { addLike, addMixed, fixedLike, fixedMixed, likePool, mixedPool } from './4-nf-b-add.js';

export const multiplyWhole = curriculumSkill<Lang>({
  id: 'g4-nf-b-multiply-whole',
  title: { en: 'Multiply a fraction by a whole number', es: 'Multiplicar una fracción por un número entero' },
  standards: ['4.NF.B.4b', '4.NF.B.4c'],
  tutor: {
    summary: t(
      '$n \\times \\frac{a}{b}$ is $n$ groups of $\\frac{a}{b}$: $n \\times a$ pieces of size $\\frac{1}{b}$. The size of the pieces does not change, so the denominator stays.',
      '$n \\times \\frac{a}{b}$ son $n$ grupos de $\\frac{a}{b}$: $n \\times a$ partes de tamaño $\\frac{1}{b}$. El tamaño de las partes no cambia, así que el denominador se queda igual.',
    ),
    mastery: t(
      'The student multiplies the number of pieces only and can show it as repeated addition: $3 \\times \\frac{2}{5} = \\frac{2}{5} + \\frac{2}{5} + \\frac{2}{5}$.',
      'El estudiante multiplica solo el número de partes y puede mostrarlo como suma repetida: $3 \\times \\frac{2}{5} = \\frac{2}{5} + \\frac{2}{5} + \\frac{2}{5}$.',
    ),
    watchFor: [
      t(
        'Multiplying the denominator too, which gives back the same amount.',
        'Multiplicar también el denominador, lo que da la misma cantidad.',
      ),
      t('Adding the whole number to the numerator.', 'Sumar el número entero al numerador.'),
    ],
    talkMoves: [
      t(
        '"Write it as an addition. How many times do you add it?"',
        '"Escríbelo como una suma. ¿Cuántas veces la sumas?"',
      ),
      t(
        '"Did the pieces get smaller, or are there just more of them?"',
        '"¿Las partes se hicieron más pequeñas o solo hay más?"',
      ),
    ],
    workedExample: {
      problem: '$3 \\times \\frac{2}{5}$',
      steps: [
        '$\\frac{2}{5} + \\frac{2}{5} + \\frac{2}{5}$',
        t('$3 \\times 2 = 6$ pieces of size $\\frac{1}{5}$.', '$3 \\times 2 = 6$ partes de tamaño $\\frac{1}{5}$.'),
        '$\\frac{6}{5} = 1\\frac{1}{5}$',
      ],
    },
  },
});

export interface TimesParams {
  readonly shape: 'bare' | 'story';
  readonly n: number;
  readonly a: number;
  readonly b: number;
  readonly who: string;
}

/** $n \times \frac{a}{b}$, bare or as n equal servings. */
export function timesBody(p: TimesParams, require: Require): ProblemBody<Lang> {
  const { shape, n, a, b, who } = p;
  require(n >= 2 && a >= 1 && a < b, 'a whole number of groups of a proper fraction');
  require(n + a !== n * a, 'adding and multiplying give different answers');
  const product = n * a;
  const sum = Array.from({ length: n }, () => fx(a, b)).join(' + ');
  return {
    stem:
      shape === 'bare'
        ? t(`Multiply: $${n} \\times ${fx(a, b)}$`, `Multiplica: $${n} \\times ${fx(a, b)}$`)
        : t(
            `${who} makes ${n} batches of muffins. Each batch uses $${fx(a, b)}$ cup of oil. How many cups of oil does ${who} use?`,
            `${who} prepara ${n} tandas de panecillos. Cada tanda lleva $${fx(a, b)}$ de taza de aceite. ¿Cuántas tazas de aceite usa?`,
          ),
    answer: numeric({ value: ft(product, b), forms: ['fraction', 'mixed'] }),
    params: { shape, n, a, b, who },
    hints: [
      hint(
        t(
          `That is ${n} groups of $${fx(a, b)}$. Write it as an addition.`,
          `Son ${n} grupos de $${fx(a, b)}$. Escríbelo como una suma.`,
        ),
      ),
      hint(
        t(`$${sum}$: count the pieces of size $${fx(1, b)}$.`, `$${sum}$: cuenta las partes de tamaño $${fx(1, b)}$.`),
      ),
      bottomOut(`$${n} \\times ${fx(a, b)} = ${fx(product, b)}${product > b ? ` = ${mixedTex(product, b)}` : ''}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: ft(product, n * b),
        feedback: t(
          `$${fx(product, n * b)}$ is the same amount as $${fx(a, b)}$. ${n} groups should be more than one group.`,
          `$${fx(product, n * b)}$ es la misma cantidad que $${fx(a, b)}$. ${n} grupos deben ser más que un grupo.`,
        ),
        misconception: multipliesBoth,
        tutorMove: t(
          `Ask: "Add $${fx(a, b)}$ ${n} times. Did the pieces change size?"`,
          `Pregunta: "Suma $${fx(a, b)}$ ${n} veces. ¿Cambió el tamaño de las partes?"`,
        ),
      }),
      wrongAnswer({
        match: ft(n + a, b),
        feedback: t(
          `${n} times means ${n} groups of $${fx(a, b)}$, not ${n} more pieces.`,
          `${n} veces significa ${n} grupos de $${fx(a, b)}$, no ${n} partes más.`,
        ),
        misconception: addsWholeToNumerator,
        tutorMove: t(
          `Ask the student to draw ${n} strips, shade $${fx(a, b)}$ on each, and count all the shaded pieces.`,
          `Pide al estudiante que dibuje ${n} tiras, coloree $${fx(a, b)}$ en cada una y cuente todas las partes coloreadas.`,
        ),
      }),
    ],
  };
}

const timesTemplate = template<Lang>({
  id: 'g4-nf-b-multiply-whole-pick',
  skill: multiplyWhole,
  count: 38,
  generate: (r) => {
    const b = r.pick([2, 3, 4, 5, 6, 8, 10, 12]);
    const shape = r.pick(['bare', 'bare', 'story'] as const);
    return timesBody(
      { shape, n: r.int(2, shape === 'bare' ? 9 : 6), a: r.int(1, b - 1), b, who: r.pick(NAMES) },
      r.require,
    );
  },
});

const fixedTimes = (id: string, p: TimesParams) =>
  problem<Lang>({ id, skill: multiplyWhole, ...timesBody(p, mustHold) });

export default cluster({
  code: '4.NF.B',
  strand: 'fractions',
  title: { en: 'Building fractions from unit fractions', es: 'Formar fracciones con fracciones unitarias' },
  skills: [
    { skill: addLike, pool: likePool },
    { skill: addMixed, pool: mixedPool },
    { skill: multiplyWhole, pool: [timesTemplate] },
  ],
  check: [
    fixedLike('g4-nf-b-check-1', { shape: 'add', a: 3, b: 8, c: 4, who: 'Ana' }),
    fixedLike('g4-nf-b-check-2', { shape: 'whole', a: 2, b: 5, c: 3, who: 'Ana' }),
    fixedMixed('g4-nf-b-check-3', { op: '+', w1: 2, n1: 3, w2: 1, n2: 2, d: 4 }),
    fixedMixed('g4-nf-b-check-4', { op: '-', w1: 5, n1: 1, w2: 2, n2: 5, d: 6 }),
    fixedTimes('g4-nf-b-check-5', { shape: 'bare', n: 4, a: 2, b: 3, who: 'Leo' }),
  ],
  warmUp: [
    fixedUnit('g4-nf-b-warm-up-1', { shape: 'count', a: 3, b: 5, who: 'Kai' }),
    fixedUnit('g4-nf-b-warm-up-2', { shape: 'count', a: 5, b: 8, who: 'Kai' }),
    fixedUnit('g4-nf-b-warm-up-3', { shape: 'shade', a: 2, b: 6, who: 'Lucía' }),
  ],
  exitTicket: [
    fixedMixed('g4-nf-b-exit-1', { op: '-', w1: 3, n1: 2, w2: 1, n2: 7, d: 8 }),
    fixedTimes('g4-nf-b-exit-2', { shape: 'story', n: 3, a: 3, b: 4, who: 'Diego' }),
  ],
  scripts: {
    warmUp: t(
      'Quick start: how many unit fractions make each fraction? Say the unit out loud.',
      'Para empezar: ¿cuántas fracciones unitarias forman cada fracción? Di la unidad en voz alta.',
    ),
    practice: t(
      'Work on your own. Say the size of the pieces before you add, subtract or multiply.',
      'Trabaja por tu cuenta. Di el tamaño de las partes antes de sumar, restar o multiplicar.',
    ),
    check: t(
      'Five problems, no hints from me. Estimate first, then solve.',
      'Cinco problemas, sin pistas mías. Primero estima y luego resuelve.',
    ),
    exitTicket: t(
      'Two last problems. Then tell me: when do you need to regroup?',
      'Dos últimos problemas. Luego dime: ¿cuándo necesitas reagrupar?',
    ),
  },
});
