/** 5.NF.B.5 — multiplication as scaling: compare a product with a factor without multiplying. */
import {
  bottomOut,
  choice,
  curriculumSkill,
  frac,
  hint,
  type Lang,
  type ProblemBody,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import { makesBigger, makesSmaller, missesOne, mixedTex, type Require, strict } from './5-nf-shared.js';

export const scaling = curriculumSkill<Lang>({
  id: 'g5-nf-b-scaling',
  title: { en: 'Multiplication as scaling', es: 'La multiplicación como cambio de escala' },
  standards: ['5.NF.B.5a', '5.NF.B.5b'],
  tutor: {
    summary: {
      en: 'Multiplying a number by a fraction resizes it. A factor greater than 1 makes the product greater than the number; a factor less than 1 makes it smaller; a factor equal to 1 (like $\\frac{4}{4}$) leaves it the same. No computing needed: compare the factor with 1.',
      es: 'Multiplicar un número por una fracción cambia su tamaño. Un factor mayor que 1 hace el producto mayor que el número; un factor menor que 1 lo hace menor; un factor igual a 1 (como $\\frac{4}{4}$) lo deja igual. No hace falta calcular: compara el factor con 1.',
    },
    mastery: {
      en: 'The student decides, without multiplying, whether a product is greater than, less than or equal to a factor, and explains it by comparing the other factor with 1.',
      es: 'El estudiante decide, sin multiplicar, si un producto es mayor, menor o igual que un factor, y lo explica comparando el otro factor con 1.',
    },
    watchFor: [
      {
        en: '"Multiplying always makes bigger", carried over from whole numbers.',
        es: '"Multiplicar siempre agranda", una idea que viene de los números enteros.',
      },
      {
        en: 'Judging a fraction by the size of its numbers: $\\frac{7}{8}$ "looks big".',
        es: 'Juzgar una fracción por el tamaño de sus números: $\\frac{7}{8}$ "parece grande".',
      },
    ],
    talkMoves: [
      {
        en: '"Is this fraction more than one whole, less, or exactly one?"',
        es: '"¿Esta fracción es más de un entero, menos o exactamente uno?"',
      },
      {
        en: '"What is half of 10? Is it more or less than 10? What does that tell you about $\\frac{1}{2} \\times 10$?"',
        es: '"¿Cuánto es la mitad de 10? ¿Es más o menos que 10? ¿Qué te dice eso de $\\frac{1}{2} \\times 10$?"',
      },
    ],
    workedExample: {
      problem: {
        en: 'Which is greater than 12: $\\frac{5}{6} \\times 12$ or $\\frac{7}{6} \\times 12$?',
        es: '¿Cuál es mayor que 12: $\\frac{5}{6} \\times 12$ o $\\frac{7}{6} \\times 12$?',
      },
      steps: [
        {
          en: '$\\frac{5}{6}$ is less than 1, so $\\frac{5}{6} \\times 12$ is less than 12.',
          es: '$\\frac{5}{6}$ es menor que 1, así que $\\frac{5}{6} \\times 12$ es menor que 12.',
        },
        {
          en: '$\\frac{7}{6}$ is more than 1, so $\\frac{7}{6} \\times 12$ is greater than 12.',
          es: '$\\frac{7}{6}$ es mayor que 1, así que $\\frac{7}{6} \\times 12$ es mayor que 12.',
        },
      ],
    },
  },
});

export interface ScalingParams {
  readonly N: number;
  /** A factor less than 1: p/q. */
  readonly p: number;
  readonly q: number;
  /** A factor greater than 1: i/j. */
  readonly i: number;
  readonly j: number;
  /** A factor equal to 1: k/k. */
  readonly k: number;
  readonly ask: 'greater' | 'less';
  /** The order of the options, e.g. "lgo": less, greater, one. */
  readonly order: string;
}

const optionId = (n: number, d: number) => `f${n}-${d}`;

export function scalingBody(s: ScalingParams, mixedShown: boolean, require: Require): ProblemBody<Lang> {
  const { N, p, q, i, j, k, ask, order } = s;
  require(p < q && i > j && k >= 2, 'one factor below 1, one above, one equal');
  const less = { id: optionId(p, q), tex: frac(p, q).tex };
  const greater = { id: optionId(i, j), tex: mixedShown ? mixedTex(frac(i, j)) : frac(i, j).tex };
  const one = { id: optionId(k, k), tex: `\\frac{${k}}{${k}}` };
  const byLetter = { l: less, g: greater, o: one } as const;
  const options = [...order].map((c) => byLetter[c as keyof typeof byLetter]);
  const right = ask === 'greater' ? greater : less;
  const opposite = ask === 'greater' ? less : greater;
  const word = ask === 'greater' ? { en: 'greater', es: 'mayor' } : { en: 'less', es: 'menor' };
  return {
    stem: {
      en: `Without multiplying, which product is ${word.en} than ${N}?`,
      es: `Sin multiplicar, ¿qué producto es ${word.es} que ${N}?`,
    },
    answer: choice({
      options: options.map((o) => ({ id: o.id, text: `$${o.tex} \\times ${N}$` })),
      correct: [right.id],
    }),
    params: { N, p, q, i, j, k, ask, order },
    hints: [
      hint({
        en: 'Compare each fraction with 1 whole: is it less than 1, equal to 1, or greater than 1?',
        es: 'Compara cada fracción con 1 entero: ¿es menor que 1, igual a 1 o mayor que 1?',
      }),
      hint({
        en: `Multiplying ${N} by a number greater than 1 gives more than ${N}; by a number less than 1, less than ${N}; by 1, exactly ${N}.`,
        es: `Multiplicar ${N} por un número mayor que 1 da más que ${N}; por un número menor que 1, menos que ${N}; por 1, exactamente ${N}.`,
      }),
      bottomOut({
        en: `$${right.tex}$ is ${word.en} than 1, so $${right.tex} \\times ${N}$ is ${word.en} than ${N}.`,
        es: `$${right.tex}$ es ${word.es} que 1, así que $${right.tex} \\times ${N}$ es ${word.es} que ${N}.`,
      }),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: opposite.id,
        feedback:
          ask === 'greater'
            ? {
                en: `$${less.tex}$ is less than 1 whole, so $${less.tex} \\times ${N}$ is only part of ${N}.`,
                es: `$${less.tex}$ es menos de 1 entero, así que $${less.tex} \\times ${N}$ es solo una parte de ${N}.`,
              }
            : {
                en: `$${greater.tex}$ is more than 1 whole, so $${greater.tex} \\times ${N}$ is more than ${N}.`,
                es: `$${greater.tex}$ es más de 1 entero, así que $${greater.tex} \\times ${N}$ es más que ${N}.`,
              },
        misconception: ask === 'greater' ? makesBigger : makesSmaller,
        tutorMove:
          ask === 'greater'
            ? {
                en: `Ask: "What is $\\frac{1}{2}$ of ${N}? Is $${less.tex}$ of ${N} more or less than ${N}?"`,
                es: `Pregunta: "¿Cuánto es $\\frac{1}{2}$ de ${N}? ¿$${less.tex}$ de ${N} es más o menos que ${N}?"`,
              }
            : {
                en: `Ask: "Is $${greater.tex}$ more or less than 1? What are $1 \\times ${N}$ and $2 \\times ${N}$?"`,
                es: `Pregunta: "¿$${greater.tex}$ es más o menos que 1? ¿Cuánto es $1 \\times ${N}$ y $2 \\times ${N}$?"`,
              },
      }),
      wrongAnswer({
        match: one.id,
        feedback: {
          en: `$${one.tex}$ is exactly 1 whole, so $${one.tex} \\times ${N}$ is exactly ${N}.`,
          es: `$${one.tex}$ es exactamente 1 entero, así que $${one.tex} \\times ${N}$ es exactamente ${N}.`,
        },
        misconception: missesOne,
        tutorMove: {
          en: `Ask: "How many pieces of size $\\frac{1}{${k}}$ make one whole? So what is $${one.tex}$?"`,
          es: `Pregunta: "¿Cuántas partes de tamaño $\\frac{1}{${k}}$ forman un entero? Entonces, ¿cuánto es $${one.tex}$?"`,
        },
      }),
    ],
  };
}

export const scalingTemplate = template<Lang>({
  id: 'g5-nf-b-scaling-compare',
  skill: scaling,
  count: 36,
  generate: (r) => {
    const below = r.fraction({ maxDenominator: 12 });
    const j = r.int(2, 8);
    const above = r.fraction({ minDenominator: j, maxDenominator: j, proper: false, maxNumerator: 2 * j - 1 });
    r.require(above.n > above.d, 'a factor above 1');
    const order = r.shuffle(['l', 'g', 'o']).join('');
    const params: ScalingParams = {
      N: r.int(6, 40),
      p: below.n,
      q: below.d,
      i: above.n,
      j,
      k: r.int(2, 9),
      ask: r.pick(['greater', 'less'] as const),
      order,
    };
    return scalingBody(params, r.next() < 0.5, r.require);
  },
});

/** A fixed problem of the same shape. */
export function scalingProblem(id: string, s: ScalingParams, mixedShown = false) {
  return problem<Lang>({ id, skill: scaling, ...scalingBody(s, mixedShown, strict) });
}
