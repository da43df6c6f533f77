/** 6.NS.A.1 — dividing fractions by fractions, computed and in stories. */
import {
  bottomOut,
  curriculumSkill,
  type Fraction,
  frac,
  hint,
  type Lang,
  multiplyFractions,
  numeric,
  type ProblemBody,
  problem,
  simplify,
  type TemplateRandom,
  type Text,
  template,
  wrongAnswer,
} from '../../kit.js';
import {
  allDifferent,
  chain,
  flipsDividend,
  flipsDivision,
  fromMixed,
  mixedTex,
  mixedText,
  multipliesInsteadOfDividing,
  NAMES,
  type Require,
  strict,
  wrongOperation,
} from './5-nf-shared.js';

export const divideFractions = curriculumSkill<Lang>({
  id: 'g6-ns-a-divide-fractions',
  title: { en: 'Divide fractions by fractions', es: 'Dividir fracciones entre fracciones' },
  standards: ['6.NS.A.1'],
  tutor: {
    summary: {
      en: '$x \\div \\frac{c}{d}$ asks "how many $\\frac{c}{d}$ fit in $x$?". Dividing by $\\frac{c}{d}$ gives the same result as multiplying by its reciprocal $\\frac{d}{c}$; only the divisor (the second number) is flipped. Mixed numbers are written as fractions first.',
      es: '$x \\div \\frac{c}{d}$ pregunta "¿cuántas veces cabe $\\frac{c}{d}$ en $x$?". Dividir entre $\\frac{c}{d}$ da lo mismo que multiplicar por su recíproco $\\frac{d}{c}$; solo se invierte el divisor (el segundo número). Los números mixtos se escriben primero como fracciones.',
    },
    mastery: {
      en: 'The student estimates whether the quotient is more or less than 1, flips only the divisor, and checks by multiplying the quotient by the divisor.',
      es: 'El estudiante estima si el cociente es mayor o menor que 1, invierte solo el divisor y comprueba multiplicando el cociente por el divisor.',
    },
    watchFor: [
      {
        en: 'Multiplying straight across without using the reciprocal.',
        es: 'Multiplicar en línea sin usar el recíproco.',
      },
      {
        en: 'Flipping the first fraction instead of the divisor.',
        es: 'Invertir la primera fracción en vez del divisor.',
      },
    ],
    talkMoves: [
      {
        en: '"How many of the second amount fit in the first? More than one, or less?"',
        es: '"¿Cuántas veces cabe la segunda cantidad en la primera? ¿Más de una vez o menos?"',
      },
      {
        en: '"Which number is the divisor? That is the one we flip."',
        es: '"¿Cuál número es el divisor? Ese es el que invertimos."',
      },
      {
        en: '"Multiply your answer by the divisor. Do you get the first number back?"',
        es: '"Multiplica tu respuesta por el divisor. ¿Obtienes el primer número?"',
      },
    ],
    workedExample: {
      problem: '$\\frac{3}{4} \\div \\frac{1}{8}$',
      steps: [
        {
          en: 'How many eighths fit in $\\frac{3}{4}$? $\\frac{3}{4} = \\frac{6}{8}$, so 6.',
          es: '¿Cuántos octavos caben en $\\frac{3}{4}$? $\\frac{3}{4} = \\frac{6}{8}$, así que 6.',
        },
        '$\\frac{3}{4} \\div \\frac{1}{8} = \\frac{3}{4} \\times \\frac{8}{1} = \\frac{24}{4} = 6$',
        {
          en: 'Check: $6 \\times \\frac{1}{8} = \\frac{6}{8} = \\frac{3}{4}$.',
          es: 'Comprobación: $6 \\times \\frac{1}{8} = \\frac{6}{8} = \\frac{3}{4}$.',
        },
      ],
    },
  },
});

export const divideFractionStories = curriculumSkill<Lang>({
  id: 'g6-ns-a-divide-fraction-stories',
  title: {
    en: 'Solve word problems dividing fractions',
    es: 'Resolver problemas verbales de división de fracciones',
  },
  standards: ['6.NS.A.1'],
  tutor: {
    summary: {
      en: 'Division stories ask "how many groups?" (how many $\\frac{3}{4}$-cup servings in 6 cups) or "how much in one whole group?" (if $\\frac{2}{3}$ of a bag is 4 pounds, what is the whole bag). Both are the dividend divided by the fraction.',
      es: 'Los problemas de división preguntan "¿cuántos grupos?" (cuántas porciones de $\\frac{3}{4}$ de taza hay en 6 tazas) o "¿cuánto hay en un grupo entero?" (si $\\frac{2}{3}$ de una bolsa pesan 4 libras, cuánto pesa la bolsa entera). En los dos se divide el dividendo entre la fracción.',
    },
    mastery: {
      en: "The student writes the division equation for the story, solves it, and explains the answer in the story's words.",
      es: 'El estudiante escribe la ecuación de división del problema, la resuelve y explica la respuesta con las palabras de la historia.',
    },
    watchFor: [
      {
        en: 'Multiplying because "of" or fractions appear in the story.',
        es: 'Multiplicar porque en la historia aparece "de" o aparecen fracciones.',
      },
      {
        en: 'Dividing the smaller number by the larger one out of habit.',
        es: 'Dividir el número menor entre el mayor por costumbre.',
      },
    ],
    talkMoves: [
      {
        en: '"What is being measured out or split up? What size is each group?"',
        es: '"¿Qué se está midiendo o repartiendo? ¿De qué tamaño es cada grupo?"',
      },
      {
        en: '"Draw a tape diagram. Should the answer be more or less than the amount we start with?"',
        es: '"Dibuja un diagrama de cinta. ¿La respuesta debe ser mayor o menor que la cantidad inicial?"',
      },
    ],
    workedExample: {
      problem: {
        en: 'How many $\\frac{3}{4}$-cup servings are in 6 cups of soup?',
        es: '¿Cuántas porciones de $\\frac{3}{4}$ de taza hay en 6 tazas de sopa?',
      },
      steps: [
        { en: 'How many $\\frac{3}{4}$ fit in 6? Divide.', es: '¿Cuántas veces cabe $\\frac{3}{4}$ en 6? Divide.' },
        '$6 \\div \\frac{3}{4} = 6 \\times \\frac{4}{3} = 8$',
        {
          en: '8 servings. Check: $8 \\times \\frac{3}{4} = 6$.',
          es: '8 porciones. Comprobación: $8 \\times \\frac{3}{4} = 6$.',
        },
      ],
    },
  },
});

const STORIES = ['servings', 'whole-bag', 'width'] as const;
export type DivideShape = 'bare' | (typeof STORIES)[number];

export interface DivideParams {
  /** The dividend is w + a/b (a = 0 for a whole number, w = 0 for a fraction). */
  readonly w: number;
  readonly a: number;
  readonly b: number;
  /** The divisor c/d. */
  readonly c: number;
  readonly d: number;
  readonly shape: DivideShape;
}

/** "cup" or "cups", "de taza" or "tazas", by the size of the amount. */
function units(x: Fraction, en: readonly [string, string], es: readonly [string, string]) {
  const plural = x.n > x.d;
  return { en: plural ? en[1] : en[0], es: plural ? es[1] : es[0] };
}

function stem(shape: DivideShape, x: Fraction, y: Fraction, name: string): Text<Lang> {
  const [X, Y] = [mixedTex(x), y.tex];
  switch (shape) {
    case 'bare':
      return {
        en: `Divide. Write your answer in simplest form: $${X} \\div ${Y}$`,
        es: `Divide. Escribe la respuesta en su forma más simple: $${X} \\div ${Y}$`,
      };
    case 'servings': {
      const u = units(x, ['cup', 'cups'], ['de taza', 'tazas']);
      return {
        en: `${name} has $${X}$ ${u.en} of rice. One serving is $${Y}$ cup. How many servings does ${name} have?`,
        es: `${name} tiene $${X}$ ${u.es} de arroz. Una porción es $${Y}$ de taza. ¿Cuántas porciones tiene?`,
      };
    }
    case 'whole-bag': {
      const u = units(x, ['pound', 'pounds'], ['de libra', 'libras']);
      return {
        en: `$${Y}$ of a bag of flour weighs $${X}$ ${u.en}. How many pounds does the full bag weigh?`,
        es: `$${Y}$ de una bolsa de harina pesa $${X}$ ${u.es}. ¿Cuántas libras pesa la bolsa llena?`,
      };
    }
    case 'width':
      return {
        en: `A rectangular tile has an area of $${X}$ square feet. Its length is $${Y}$ foot. How many feet wide is it?`,
        es: `Una baldosa rectangular tiene un área de $${X}$ pies cuadrados. Su largo es $${Y}$ de pie. ¿Cuántos pies de ancho tiene?`,
      };
  }
}

export function divideBody(p: DivideParams, name: string, require: Require): ProblemBody<Lang> {
  const { w, a, b, c, d, shape } = p;
  require(c > 0 && a < b, 'a proper fraction part and a divisor other than 0');
  const x = fromMixed(w, a, b);
  const y = frac(c, d);
  const flipped = frac(d, c);
  const answer = multiplyFractions(x, flipped);
  const noFlip = multiplyFractions(x, y);
  const reversed = multiplyFractions(frac(x.d, x.n), y);
  require(allDifferent([answer, noFlip, reversed]), 'the wrong answers differ');
  require(shape !== 'whole-bag' || c < d, 'a part of the bag is less than the bag');
  const story = shape !== 'bare';
  const [X, Y] = [mixedTex(x), y.tex];
  const improper = w > 0 && a > 0 ? `${x.tex} \\div ${Y} = ` : '';
  return {
    stem: stem(shape, x, y, name),
    answer: numeric({ value: mixedText(answer), forms: ['fraction', 'mixed'], simplest: 'required' }),
    params: { w, a, b, c, d, shape },
    hints: [
      hint(
        story
          ? {
              en: `Write a division: how many $${Y}$ fit in $${X}$? Will the answer be more or less than $${X}$?`,
              es: `Escribe una división: ¿cuántas veces cabe $${Y}$ en $${X}$? ¿La respuesta será mayor o menor que $${X}$?`,
            }
          : {
              en: `Estimate: how many $${Y}$ fit in $${X}$? More than 1, or less than 1?`,
              es: `Estima: ¿cuántas veces cabe $${Y}$ en $${X}$? ¿Más de 1 o menos de 1?`,
            },
      ),
      hint({
        en: `Dividing by $${Y}$ gives the same result as multiplying by its reciprocal, $${flipped.tex}$. Keep the first number as it is.`,
        es: `Dividir entre $${Y}$ da lo mismo que multiplicar por su recíproco, $${flipped.tex}$. Deja el primer número como está.`,
      }),
      bottomOut(`$${X} \\div ${Y} = ${improper}${x.tex} \\times ${flipped.tex} = ${chain(x.n * d, x.d * c)}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: mixedText(noFlip),
        feedback: story
          ? {
              en: `That multiplies $${X}$ by $${Y}$. The story asks how many $${Y}$ fit in $${X}$: that is a division.`,
              es: `Eso multiplica $${X}$ por $${Y}$. La historia pregunta cuántas veces cabe $${Y}$ en $${X}$: eso es una división.`,
            }
          : {
              en: `You multiplied straight across. To divide, multiply by the reciprocal of $${Y}$.`,
              es: `Multiplicaste en línea. Para dividir, multiplica por el recíproco de $${Y}$.`,
            },
        misconception: story ? wrongOperation : multipliesInsteadOfDividing,
        tutorMove: {
          en: `Ask: "Does $${Y}$ fit into $${X}$ more than once or less than once? Does your answer agree?"`,
          es: `Pregunta: "¿$${Y}$ cabe en $${X}$ más de una vez o menos de una vez? ¿Tu respuesta está de acuerdo?"`,
        },
      }),
      wrongAnswer({
        match: mixedText(reversed),
        feedback: story
          ? {
              en: `That is $${Y} \\div ${X}$, the division the other way around. Which amount is being split into groups?`,
              es: `Eso es $${Y} \\div ${X}$, la división al revés. ¿Qué cantidad se está separando en grupos?`,
            }
          : {
              en: `It looks like you flipped the first number. Only the divisor, $${Y}$, is flipped.`,
              es: `Parece que invertiste el primer número. Solo se invierte el divisor, $${Y}$.`,
            },
        misconception: story ? flipsDivision : flipsDividend,
        tutorMove: {
          en: `Ask: "Multiply your answer by $${Y}$. Do you get $${X}$ back?"`,
          es: `Pregunta: "Multiplica tu respuesta por $${Y}$. ¿Obtienes $${X}$?"`,
        },
      }),
    ],
  };
}

/** A dividend that is a fraction, a whole number or a mixed number, and a proper divisor. */
function draw(r: TemplateRandom, shape: DivideShape): DivideParams {
  const kind = r.pick(['fraction', 'whole', 'mixed'] as const);
  const y = r.fraction({ maxDenominator: 10 });
  if (kind === 'whole') return { w: r.int(1, 9), a: 0, b: 1, c: y.n, d: y.d, shape };
  const x = r.fraction({ maxDenominator: kind === 'mixed' ? 6 : 10 });
  const p = { w: kind === 'mixed' ? r.int(1, 4) : 0, a: x.n, b: x.d, c: y.n, d: y.d, shape };
  // Keep the answer's denominator friendly.
  r.require(simplify(multiplyFractions(fromMixed(p.w, p.a, p.b), frac(y.d, y.n))).d <= 24, 'a friendly answer');
  return p;
}

export const divideTemplate = template<Lang>({
  id: 'g6-ns-a-divide-compute',
  skill: divideFractions,
  count: 36,
  generate: (r) => divideBody(draw(r, 'bare'), 'Mei', r.require),
});

export const divideStoryTemplate = template<Lang>({
  id: 'g6-ns-a-divide-stories',
  skill: divideFractionStories,
  count: 36,
  generate: (r) => divideBody(draw(r, r.pick(STORIES)), r.pick(NAMES), r.require),
});

/** A fixed problem of the same shape. */
export function divideProblem(id: string, p: DivideParams, name = 'Ravi') {
  return problem<Lang>({
    id,
    skill: p.shape === 'bare' ? divideFractions : divideFractionStories,
    ...divideBody(p, name, strict),
  });
}
