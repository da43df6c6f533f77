/** 5.NF.B.7 — dividing a unit fraction by a whole number and a whole number by a unit fraction. */
import {
  bottomOut,
  curriculumSkill,
  frac,
  hint,
  type Lang,
  numeric,
  type ProblemBody,
  problem,
  type Text,
  template,
  wrongAnswer,
} from '../../kit.js';
import { flipsDivision, multipliesInsteadOfDividing, NAMES, type Require, strict } from './5-nf-shared.js';

export const unitDivision = curriculumSkill<Lang>({
  id: 'g5-nf-b-divide-unit-fractions',
  title: {
    en: 'Divide unit fractions by whole numbers and whole numbers by unit fractions',
    es: 'Dividir fracciones unitarias entre números enteros y números enteros entre fracciones unitarias',
  },
  standards: ['5.NF.B.7a', '5.NF.B.7b', '5.NF.B.7c'],
  tutor: {
    summary: {
      en: '$\\frac{1}{a} \\div n$ shares a small piece among $n$: each share is $\\frac{1}{a \\times n}$, smaller than the piece. $n \\div \\frac{1}{a}$ asks how many $\\frac{1}{a}$ pieces fit in $n$ wholes: $n \\times a$, more than $n$. Check with multiplication: $\\frac{1}{a \\times n} \\times n = \\frac{1}{a}$.',
      es: '$\\frac{1}{a} \\div n$ reparte una parte pequeña entre $n$: cada parte es $\\frac{1}{a \\times n}$, menor que la parte original. $n \\div \\frac{1}{a}$ pregunta cuántas partes de $\\frac{1}{a}$ caben en $n$ enteros: $n \\times a$, más que $n$. Comprueba con la multiplicación: $\\frac{1}{a \\times n} \\times n = \\frac{1}{a}$.',
    },
    mastery: {
      en: 'The student tells which of the two problems is which from a story or a drawing, predicts whether the answer is bigger or smaller than the whole number, and checks with multiplication.',
      es: 'El estudiante distingue los dos tipos de problema en una historia o un dibujo, predice si la respuesta es mayor o menor que el número entero y comprueba con la multiplicación.',
    },
    watchFor: [
      {
        en: 'Multiplying instead of dividing ($\\frac{1}{3} \\div 4$ answered $\\frac{4}{3}$).',
        es: 'Multiplicar en vez de dividir ($\\frac{1}{3} \\div 4$ respondido como $\\frac{4}{3}$).',
      },
      {
        en: 'Mixing up the two problems: "how many pieces fit" and "how big is each share".',
        es: 'Confundir los dos problemas: "cuántas partes caben" y "de qué tamaño es cada parte".',
      },
    ],
    talkMoves: [
      {
        en: '"Are we sharing something, or counting how many pieces fit?"',
        es: '"¿Estamos repartiendo algo o contando cuántas partes caben?"',
      },
      {
        en: '"Should the answer be more or less than what we started with? Why?"',
        es: '"¿La respuesta debe ser mayor o menor que lo que teníamos al principio? ¿Por qué?"',
      },
      {
        en: '"Multiply your answer by the divisor. Do you get back where you started?"',
        es: '"Multiplica tu respuesta por el divisor. ¿Vuelves al número del principio?"',
      },
    ],
    workedExample: {
      problem: '$3 \\div \\frac{1}{4}$',
      steps: [
        {
          en: 'How many fourths fit in 3 wholes? Each whole holds 4 fourths.',
          es: '¿Cuántos cuartos caben en 3 enteros? Cada entero tiene 4 cuartos.',
        },
        '$3 \\div \\frac{1}{4} = 3 \\times 4 = 12$',
        {
          en: 'Check: $12 \\times \\frac{1}{4} = 3$.',
          es: 'Comprobación: $12 \\times \\frac{1}{4} = 3$.',
        },
      ],
    },
  },
});

/** Bare problems and stories; each shape is one of the two divisions. */
const SHAPES = ['unit-by-whole', 'whole-by-unit', 'bags', 'laps', 'share', 'juice'] as const;
export type UnitShape = (typeof SHAPES)[number];
const WHOLE_BY_UNIT: readonly UnitShape[] = ['whole-by-unit', 'bags', 'laps'];

export interface UnitParams {
  readonly a: number;
  readonly n: number;
  readonly shape: UnitShape;
}

function stem(shape: UnitShape, a: number, n: number, name: string): Text<Lang> {
  const unit = `\\frac{1}{${a}}`;
  switch (shape) {
    case 'unit-by-whole':
      return { en: `Divide: $${unit} \\div ${n}$`, es: `Divide: $${unit} \\div ${n}$` };
    case 'whole-by-unit':
      return { en: `Divide: $${n} \\div ${unit}$`, es: `Divide: $${n} \\div ${unit}$` };
    case 'bags':
      return {
        en: `${name} has ${n} pounds of trail mix and fills bags that hold $${unit}$ pound each. How many bags can ${name} fill?`,
        es: `${name} tiene ${n} libras de mezcla de frutos secos y llena bolsas de $${unit}$ de libra cada una. ¿Cuántas bolsas puede llenar?`,
      };
    case 'laps':
      return {
        en: `One lap around the park path is $${unit}$ mile. How many laps does ${name} run to cover ${n} miles?`,
        es: `Una vuelta al sendero del parque mide $${unit}$ de milla. ¿Cuántas vueltas corre ${name} para recorrer ${n} millas?`,
      };
    case 'share':
      return {
        en: `${n} friends share $${unit}$ of a pan of cornbread equally. What fraction of the whole pan does each friend get?`,
        es: `${n} amigos se reparten en partes iguales $${unit}$ de una bandeja de pan de maíz. ¿Qué fracción de la bandeja entera recibe cada amigo?`,
      };
    case 'juice':
      return {
        en: `${name} pours $${unit}$ liter of juice equally into ${n} cups. How many liters of juice are in each cup?`,
        es: `${name} sirve $${unit}$ de litro de jugo en partes iguales en ${n} vasos. ¿Cuántos litros de jugo hay en cada vaso?`,
      };
  }
}

export function unitBody(p: UnitParams, name: string, require: Require): ProblemBody<Lang> {
  const { a, n, shape } = p;
  require(a >= 2 && n >= 2, 'a unit fraction and a whole number of at least 2');
  const unit = `\\frac{1}{${a}}`;
  const multiplied = frac(n, a);
  if (WHOLE_BY_UNIT.includes(shape)) {
    const answer = n * a;
    return {
      stem: stem(shape, a, n, name),
      answer: numeric({ value: String(answer), forms: ['integer'] }),
      params: { a, n, shape },
      hints: [
        hint({
          en: `This asks how many pieces of size $${unit}$ fit in ${n}. How many fit in 1 whole?`,
          es: `Esto pregunta cuántas partes de tamaño $${unit}$ caben en ${n}. ¿Cuántas caben en 1 entero?`,
        }),
        hint({
          en: `${a} pieces fit in each whole, and there are ${n} wholes.`,
          es: `En cada entero caben ${a} partes, y hay ${n} enteros.`,
        }),
        bottomOut({
          en: `$${n} \\div ${unit} = ${n} \\times ${a} = ${answer}$. Check: $${answer} \\times ${unit} = ${n}$.`,
          es: `$${n} \\div ${unit} = ${n} \\times ${a} = ${answer}$. Comprobación: $${answer} \\times ${unit} = ${n}$.`,
        }),
      ],
      wrongAnswers: [
        wrongAnswer({
          match: multiplied.text,
          feedback: {
            en: `That is $${n} \\times ${unit}$. Here you count how many small pieces fit in ${n}, so the answer is more than ${n}.`,
            es: `Eso es $${n} \\times ${unit}$. Aquí cuentas cuántas partes pequeñas caben en ${n}, así que la respuesta es mayor que ${n}.`,
          },
          misconception: multipliesInsteadOfDividing,
          tutorMove: {
            en: `Ask: "Draw 1 whole cut into ${a} pieces. How many pieces? Now how many pieces are in ${n} wholes?"`,
            es: `Pregunta: "Dibuja 1 entero cortado en ${a} partes. ¿Cuántas partes hay? ¿Y cuántas hay en ${n} enteros?"`,
          },
        }),
        wrongAnswer({
          match: `1/${n * a}`,
          feedback: {
            en: `That would be $${unit}$ shared among ${n}. This problem starts with ${n} wholes and asks how many $${unit}$ pieces fit.`,
            es: `Eso sería $${unit}$ repartido entre ${n}. Este problema empieza con ${n} enteros y pregunta cuántas partes de $${unit}$ caben.`,
          },
          misconception: flipsDivision,
          tutorMove: {
            en: `Ask: "What do we start with: ${n} wholes or $${unit}$? What are we finding?"`,
            es: `Pregunta: "¿Con qué empezamos: ${n} enteros o $${unit}$? ¿Qué estamos buscando?"`,
          },
        }),
      ],
    };
  }
  const answer = frac(1, a * n);
  return {
    stem: stem(shape, a, n, name),
    answer: numeric({ value: answer.text, forms: ['fraction'] }),
    params: { a, n, shape },
    hints: [
      hint({
        en: `Picture $${unit}$ of a whole cut into ${n} equal parts. Each part is smaller than $${unit}$.`,
        es: `Imagina $${unit}$ de un entero cortado en ${n} partes iguales. Cada parte es menor que $${unit}$.`,
      }),
      hint({
        en: `If every $${unit}$ of the whole were cut into ${n} parts, how many parts would the whole have?`,
        es: `Si cada $${unit}$ del entero se cortara en ${n} partes, ¿cuántas partes tendría el entero?`,
      }),
      bottomOut({
        en: `$${unit} \\div ${n} = \\frac{1}{${a} \\times ${n}} = ${answer.tex}$. Check: $${answer.tex} \\times ${n} = ${unit}$.`,
        es: `$${unit} \\div ${n} = \\frac{1}{${a} \\times ${n}} = ${answer.tex}$. Comprobación: $${answer.tex} \\times ${n} = ${unit}$.`,
      }),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: multiplied.text,
        feedback: {
          en: `That is $${unit} \\times ${n}$, more than you started with. Sharing $${unit}$ among ${n} gives each a smaller piece.`,
          es: `Eso es $${unit} \\times ${n}$, más de lo que había al principio. Repartir $${unit}$ entre ${n} da a cada uno una parte más pequeña.`,
        },
        misconception: multipliesInsteadOfDividing,
        tutorMove: {
          en: `Ask: "If ${n} people share $${unit}$, does each get more or less than $${unit}$?"`,
          es: `Pregunta: "Si ${n} personas se reparten $${unit}$, ¿cada una recibe más o menos que $${unit}$?"`,
        },
      }),
      wrongAnswer({
        match: String(a * n),
        feedback: {
          en: `${a * n} is the number of parts in the whole. Each share is one of those parts: what size is it?`,
          es: `${a * n} es el número de partes del entero. Cada parte del reparto es una de ellas: ¿de qué tamaño es?`,
        },
        misconception: flipsDivision,
        tutorMove: {
          en: `Ask: "Is the answer a number of pieces, or the size of one piece? Can one share be ${a * n} whole?"`,
          es: `Pregunta: "¿La respuesta es un número de partes o el tamaño de una parte? ¿Puede una parte del reparto ser ${a * n} enteros?"`,
        },
      }),
    ],
  };
}

export const unitDivideTemplate = template<Lang>({
  id: 'g5-nf-b-divide-unit-compute',
  skill: unitDivision,
  count: 32,
  generate: (r) => {
    const shape = r.pick(['unit-by-whole', 'whole-by-unit'] as const);
    return unitBody({ a: r.int(2, 10), n: r.int(2, 9), shape }, 'Noah', r.require);
  },
});

export const unitDivideStoryTemplate = template<Lang>({
  id: 'g5-nf-b-divide-unit-stories',
  skill: unitDivision,
  count: 32,
  generate: (r) => {
    const shape = r.pick(['bags', 'laps', 'share', 'juice'] as const);
    return unitBody({ a: r.int(2, 8), n: r.int(2, 8), shape }, r.pick(NAMES), r.require);
  },
});

/** A fixed problem of the same shape. */
export function unitProblem(id: string, p: UnitParams, name = 'Jin') {
  return problem<Lang>({ id, skill: unitDivision, ...unitBody(p, name, strict) });
}
