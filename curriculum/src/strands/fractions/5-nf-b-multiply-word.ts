/** 5.NF.B.4b and 5.NF.B.6 — areas with fractional sides, and word problems that multiply fractions. */
import {
  addFractions,
  bottomOut,
  curriculumSkill,
  frac,
  hint,
  type Lang,
  multiplyFractions,
  numeric,
  type ProblemBody,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import {
  allDifferent,
  areaPerimeter,
  chain,
  commonDenominatorProduct,
  fromMixed,
  lcm,
  mixedTex,
  mixedText,
  NAMES,
  type Require,
  strict,
  unitPartOnly,
  wrongOperation,
} from './5-nf-shared.js';

export const multiplyInContext = curriculumSkill<Lang>({
  id: 'g5-nf-b-multiply-word-problems',
  title: {
    en: 'Multiply fractions in areas and word problems',
    es: 'Multiplicar fracciones en áreas y problemas verbales',
  },
  standards: ['5.NF.B.4b', '5.NF.B.6'],
  tutor: {
    summary: {
      en: 'The area of a rectangle is length times width, also when the sides are fractions: tiling with small unit-fraction squares shows why. "A fraction of an amount" is a multiplication: $\\frac{3}{4}$ of 12 is $\\frac{3}{4} \\times 12$.',
      es: 'El área de un rectángulo es el largo por el ancho, también cuando los lados son fracciones: cubrirlo con cuadritos de fracción unitaria muestra por qué. "Una fracción de una cantidad" es una multiplicación: $\\frac{3}{4}$ de 12 es $\\frac{3}{4} \\times 12$.',
    },
    mastery: {
      en: 'The student writes the multiplication the story needs, computes it (mixed numbers as fractions greater than 1), and gives the answer with its unit.',
      es: 'El estudiante escribe la multiplicación que pide la historia, la calcula (los números mixtos como fracciones mayores que 1) y da la respuesta con su unidad.',
    },
    watchFor: [
      {
        en: 'Adding the side lengths (or finding the perimeter) for an area.',
        es: 'Sumar los lados (o hallar el perímetro) cuando se pide el área.',
      },
      {
        en: 'Finding one part ($\\frac{1}{4}$ of 12) and stopping.',
        es: 'Hallar una parte ($\\frac{1}{4}$ de 12) y detenerse.',
      },
    ],
    talkMoves: [
      {
        en: '"What does \'of\' tell you to do here?"',
        es: '"¿Qué te dice la palabra \'de\' que hagas aquí?"',
      },
      {
        en: '"Sketch it. Should the answer be more or less than the amount you started with?"',
        es: '"Haz un dibujo. ¿La respuesta debe ser mayor o menor que la cantidad inicial?"',
      },
    ],
    workedExample: {
      problem: {
        en: 'A rug is $1\\frac{1}{2}$ m long and $\\frac{2}{3}$ m wide. What is its area?',
        es: 'Una alfombra mide $1\\frac{1}{2}$ m de largo y $\\frac{2}{3}$ m de ancho. ¿Cuál es su área?',
      },
      steps: [
        {
          en: 'Area is length times width. Write $1\\frac{1}{2}$ as $\\frac{3}{2}$.',
          es: 'El área es el largo por el ancho. Escribe $1\\frac{1}{2}$ como $\\frac{3}{2}$.',
        },
        '$\\frac{3}{2} \\times \\frac{2}{3} = \\frac{6}{6} = 1$',
        { en: 'The area is 1 square meter.', es: 'El área es 1 metro cuadrado.' },
      ],
    },
  },
});

const SHAPES = ['area', 'part', 'recipe'] as const;
type Shape = (typeof SHAPES)[number];

export interface MultiplyWordParams {
  readonly shape: Shape;
  /** area: the whole part of the length; part: the amount; recipe: unused (0). */
  readonly w: number;
  readonly a: number;
  readonly b: number;
  /** area: the width c/d; recipe: the amount c/d; part: unused (0). */
  readonly c: number;
  readonly d: number;
}

function areaBody(p: MultiplyWordParams, require: Require): ProblemBody<Lang> {
  const { w, a, b, c, d } = p;
  const length = fromMixed(w, a, b);
  const width = frac(c, d);
  const answer = multiplyFractions(length, width);
  const sides = addFractions(length, width);
  const perimeter = multiplyFractions(frac(2, 1), sides);
  require(allDifferent([answer, sides, perimeter]), 'the wrong answers differ');
  const lengthTex = mixedTex(length);
  return {
    stem: {
      en: `A rectangular garden bed is $${lengthTex}$ m long and $${width.tex}$ m wide. What is its area in square meters?`,
      es: `Un cantero rectangular mide $${lengthTex}$ m de largo y $${width.tex}$ m de ancho. ¿Cuál es su área en metros cuadrados?`,
    },
    answer: numeric({ value: mixedText(answer), forms: ['fraction', 'mixed'], simplest: 'required' }),
    params: { shape: 'area', w, a, b, c, d },
    hints: [
      hint({
        en: 'The area of a rectangle is its length times its width. Picture it covered with small equal squares.',
        es: 'El área de un rectángulo es el largo por el ancho. Imagínalo cubierto de cuadritos iguales.',
      }),
      hint({
        en: `${w > 0 ? `Write $${lengthTex}$ as $${length.tex}$. ` : ''}Multiply the numerators and multiply the denominators.`,
        es: `${w > 0 ? `Escribe $${lengthTex}$ como $${length.tex}$. ` : ''}Multiplica los numeradores y multiplica los denominadores.`,
      }),
      bottomOut(`$${length.tex} \\times ${width.tex} = ${chain(length.n * c, b * d)} \\text{ m}^2$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: mixedText(sides),
        feedback: {
          en: 'You added the length and the width. Area counts the squares that cover the bed: multiply.',
          es: 'Sumaste el largo y el ancho. El área cuenta los cuadritos que cubren el cantero: multiplica.',
        },
        misconception: wrongOperation,
        tutorMove: {
          en: 'Ask: "For a 3 m by 2 m rectangle, how many 1 m squares fit? Did you add or multiply 3 and 2?"',
          es: 'Pregunta: "En un rectángulo de 3 m por 2 m, ¿cuántos cuadrados de 1 m caben? ¿Sumaste o multiplicaste 3 y 2?"',
        },
      }),
      wrongAnswer({
        match: mixedText(perimeter),
        feedback: {
          en: 'That is the distance all the way around the bed, its perimeter. The question asks for the area inside.',
          es: 'Esa es la distancia alrededor del cantero, su perímetro. La pregunta pide el área de adentro.',
        },
        misconception: areaPerimeter,
        tutorMove: {
          en: 'Ask: "Trace the edge of the rectangle with your finger, then color its inside. Which one is the area?"',
          es: 'Pregunta: "Recorre el borde del rectángulo con el dedo y luego colorea el interior. ¿Cuál de los dos es el área?"',
        },
      }),
    ],
  };
}

function partBody(p: MultiplyWordParams, name: string, require: Require): ProblemBody<Lang> {
  const { w: n, a, b } = p;
  const x = frac(a, b);
  const answer = multiplyFractions(frac(n, 1), x);
  const onePart = frac(n, b);
  const divided = frac(n * b, a);
  require(a >= 2 && allDifferent([answer, onePart, divided]), 'the wrong answers differ');
  return {
    stem: {
      en: `${name} has a rope ${n} feet long and uses $${x.tex}$ of it for a swing. How many feet of rope does ${name} use?`,
      es: `${name} tiene una cuerda de ${n} pies de largo y usa $${x.tex}$ de ella para un columpio. ¿Cuántos pies de cuerda usa?`,
    },
    answer: numeric({ value: mixedText(answer), forms: ['fraction', 'mixed'], simplest: 'required' }),
    params: { shape: 'part', w: n, a, b, c: 0, d: 0 },
    hints: [
      hint({
        en: `$${x.tex}$ of ${n} means $${x.tex} \\times ${n}$. First find $\\frac{1}{${b}}$ of ${n}.`,
        es: `$${x.tex}$ de ${n} significa $${x.tex} \\times ${n}$. Primero halla $\\frac{1}{${b}}$ de ${n}.`,
      }),
      hint({
        en: `$\\frac{1}{${b}}$ of ${n} is $${mixedTex(onePart)}$. You need ${a} of those parts.`,
        es: `$\\frac{1}{${b}}$ de ${n} es $${mixedTex(onePart)}$. Necesitas ${a} de esas partes.`,
      }),
      bottomOut(`$${x.tex} \\times ${n} = \\frac{${a * n}}{${b}} = ${mixedTex(answer)}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: mixedText(onePart),
        feedback: {
          en: `That is $\\frac{1}{${b}}$ of the rope, one part. ${name} uses ${a} parts.`,
          es: `Eso es $\\frac{1}{${b}}$ de la cuerda, una parte. ${name} usa ${a} partes.`,
        },
        misconception: unitPartOnly,
        tutorMove: {
          en: `Ask: "Draw the rope cut into ${b} equal parts. How many of the parts does ${name} use?"`,
          es: `Pregunta: "Dibuja la cuerda cortada en ${b} partes iguales. ¿Cuántas de las partes usa ${name}?"`,
        },
      }),
      wrongAnswer({
        match: mixedText(divided),
        feedback: {
          en: `${name} uses only part of the rope, so the answer must be less than ${n} feet.`,
          es: `${name} usa solo una parte de la cuerda, así que la respuesta debe ser menor que ${n} pies.`,
        },
        misconception: wrongOperation,
        tutorMove: {
          en: `Ask: "Is $${x.tex}$ of the rope more or less than the whole rope? Is your answer less than ${n}?"`,
          es: `Pregunta: "¿$${x.tex}$ de la cuerda es más o menos que la cuerda entera? ¿Tu respuesta es menor que ${n}?"`,
        },
      }),
    ],
  };
}

function recipeBody(p: MultiplyWordParams, name: string, require: Require): ProblemBody<Lang> {
  const { a, b, c, d } = p;
  const [part, amount] = [frac(a, b), frac(c, d)];
  const answer = multiplyFractions(part, amount);
  const added = addFractions(part, amount);
  const common = lcm(b, d);
  const kept = frac(((a * common) / b) * ((c * common) / d), common);
  require(allDifferent([answer, added, kept]), 'the wrong answers differ');
  return {
    stem: {
      en: `A recipe uses $${amount.tex}$ cup of milk. ${name} makes $${part.tex}$ of the recipe. How many cups of milk does ${name} need?`,
      es: `Una receta lleva $${amount.tex}$ de taza de leche. ${name} prepara $${part.tex}$ de la receta. ¿Cuántas tazas de leche necesita?`,
    },
    answer: numeric({ value: mixedText(answer), forms: ['fraction', 'mixed'], simplest: 'required' }),
    params: { shape: 'recipe', w: 0, a, b, c, d },
    hints: [
      hint({
        en: `${name} needs $${part.tex}$ of $${amount.tex}$ cup. Will that be more or less than $${amount.tex}$ cup?`,
        es: `${name} necesita $${part.tex}$ de $${amount.tex}$ de taza. ¿Será más o menos que $${amount.tex}$ de taza?`,
      }),
      hint({
        en: `"$${part.tex}$ of" means multiply: $${part.tex} \\times ${amount.tex}$. Multiply the numerators and the denominators.`,
        es: `"$${part.tex}$ de" significa multiplicar: $${part.tex} \\times ${amount.tex}$. Multiplica los numeradores y los denominadores.`,
      }),
      bottomOut(`$${part.tex} \\times ${amount.tex} = ${chain(a * c, b * d)}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: mixedText(added),
        feedback: {
          en: `${name} makes only part of the recipe, so less milk is needed, not more. Which operation finds "part of" an amount?`,
          es: `${name} prepara solo una parte de la receta, así que necesita menos leche, no más. ¿Qué operación halla "una parte de" una cantidad?`,
        },
        misconception: wrongOperation,
        tutorMove: {
          en: `Ask: "If ${name} made half the recipe, would ${name} need more or less milk than $${amount.tex}$ cup?"`,
          es: `Pregunta: "Si ${name} preparara la mitad de la receta, ¿necesitaría más o menos leche que $${amount.tex}$ de taza?"`,
        },
      }),
      wrongAnswer({
        match: kept.text,
        feedback: {
          en: 'To multiply, you do not need a common denominator. Multiply the numerators, then multiply the denominators.',
          es: 'Para multiplicar no hace falta un común denominador. Multiplica los numeradores y luego los denominadores.',
        },
        misconception: commonDenominatorProduct,
        tutorMove: {
          en: `Ask: "Draw $${amount.tex}$ of a cup, then take $${part.tex}$ of it. What size are the new pieces?"`,
          es: `Pregunta: "Dibuja $${amount.tex}$ de taza y toma $${part.tex}$ de eso. ¿De qué tamaño son las partes nuevas?"`,
        },
      }),
    ],
  };
}

export function multiplyWordBody(p: MultiplyWordParams, name: string, require: Require): ProblemBody<Lang> {
  switch (p.shape) {
    case 'area':
      return areaBody(p, require);
    case 'part':
      return partBody(p, name, require);
    case 'recipe':
      return recipeBody(p, name, require);
  }
}

export const multiplyWordTemplate = template<Lang>({
  id: 'g5-nf-b-multiply-in-context',
  skill: multiplyInContext,
  count: 36,
  generate: (r) => {
    const shape = r.pick(SHAPES);
    const x = r.fraction({ maxDenominator: 8 });
    const y = r.fraction({ maxDenominator: 6 });
    const w = shape === 'area' ? r.int(0, 2) : shape === 'part' ? x.d * r.int(1, 4) + r.pick([0, 0, 1, 2]) : 0;
    const [c, d] = shape === 'part' ? [0, 0] : [y.n, y.d];
    return multiplyWordBody({ shape, w, a: x.n, b: x.d, c, d }, r.pick(NAMES), r.require);
  },
});

/** A fixed problem of the same shape. */
export function multiplyWordProblem(id: string, p: MultiplyWordParams, name = 'Fatima') {
  return problem<Lang>({ id, skill: multiplyInContext, ...multiplyWordBody(p, name, strict) });
}
