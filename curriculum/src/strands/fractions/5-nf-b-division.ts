/** 5.NF.B.3 — a fraction as division: $\frac{m}{n} = m \div n$. */
import {
  bottomOut,
  curriculumSkill,
  frac,
  hint,
  type Lang,
  numeric,
  type ProblemBody,
  problem,
  simplify,
  type Text,
  template,
  wrongAnswer,
} from '../../kit.js';
import {
  allDifferent,
  chain,
  dropsRemainder,
  flipsDivision,
  mixedText,
  NAMES,
  type Require,
  strict,
} from './5-nf-shared.js';

export const fractionAsDivision = curriculumSkill<Lang>({
  id: 'g5-nf-b-fraction-as-division',
  title: { en: 'Understand a fraction as division', es: 'Entender una fracción como una división' },
  standards: ['5.NF.B.3'],
  tutor: {
    summary: {
      en: 'Sharing $m$ wholes equally among $n$ people gives each person $\\frac{m}{n}$: cut every whole into $n$ pieces, and each person gets one piece of each of the $m$ wholes. So $m \\div n = \\frac{m}{n}$, even when $m$ is smaller than $n$.',
      es: 'Repartir $m$ enteros en partes iguales entre $n$ personas da a cada una $\\frac{m}{n}$: se corta cada entero en $n$ partes y cada persona recibe una parte de cada uno de los $m$ enteros. Así, $m \\div n = \\frac{m}{n}$, aunque $m$ sea menor que $n$.',
    },
    mastery: {
      en: 'The student writes a sharing situation as $\\frac{m}{n}$ with the amount shared on top, and can say between which two whole numbers the answer lies.',
      es: 'El estudiante escribe una situación de reparto como $\\frac{m}{n}$ con la cantidad repartida arriba y puede decir entre qué dos números enteros está la respuesta.',
    },
    watchFor: [
      {
        en: 'Putting the number of people on top ($\\frac{n}{m}$).',
        es: 'Poner el número de personas arriba ($\\frac{n}{m}$).',
      },
      {
        en: 'Saying "each gets 1, and some is left over", or that 3 cannot be shared by 4.',
        es: 'Decir "a cada uno le toca 1 y sobra algo", o que 3 no se puede repartir entre 4.',
      },
    ],
    talkMoves: [
      {
        en: '"Draw the wholes. If you cut each one into equal pieces for everyone, how many pieces does one person get?"',
        es: '"Dibuja los enteros. Si cortas cada uno en partes iguales para todos, ¿cuántas partes recibe una persona?"',
      },
      {
        en: '"Does each person get more or less than one whole? How do you know?"',
        es: '"¿Cada persona recibe más o menos de un entero? ¿Cómo lo sabes?"',
      },
    ],
    workedExample: {
      problem: {
        en: '4 friends share 3 sandwiches equally. How much does each friend get?',
        es: '4 amigos se reparten 3 sándwiches en partes iguales. ¿Cuánto recibe cada uno?',
      },
      steps: [
        {
          en: 'Cut each sandwich into 4 equal pieces: each friend gets $\\frac{1}{4}$ of every sandwich.',
          es: 'Corta cada sándwich en 4 partes iguales: cada amigo recibe $\\frac{1}{4}$ de cada sándwich.',
        },
        {
          en: 'There are 3 sandwiches, so each friend gets 3 fourths.',
          es: 'Hay 3 sándwiches, así que cada amigo recibe 3 cuartos.',
        },
        '$3 \\div 4 = \\frac{3}{4}$',
      ],
    },
  },
});

const SHAPES = ['bare', 'pizza', 'ribbon', 'rice'] as const;
type Shape = (typeof SHAPES)[number];

export interface DivisionParams {
  readonly m: number;
  readonly n: number;
  readonly shape: Shape;
}

function stem(shape: Shape, m: number, n: number, name: string): Text<Lang> {
  switch (shape) {
    case 'bare':
      return {
        en: `Write $${m} \\div ${n}$ as a fraction or mixed number.`,
        es: `Escribe $${m} \\div ${n}$ como fracción o número mixto.`,
      };
    case 'pizza':
      return {
        en: `${n} friends share ${m} small pizzas equally. How many pizzas does each friend get?`,
        es: `${n} amigos se reparten ${m} pizzas pequeñas en partes iguales. ¿Cuántas pizzas recibe cada amigo?`,
      };
    case 'ribbon':
      return {
        en: `${name} cuts ${m} meters of ribbon into ${n} pieces of equal length. How many meters long is each piece?`,
        es: `${name} corta ${m} metros de cinta en ${n} trozos de igual largo. ¿Cuántos metros mide cada trozo?`,
      };
    case 'rice':
      return {
        en: `${name} puts ${m} pounds of rice into ${n} bags, the same amount in each. How many pounds go in each bag?`,
        es: `${name} pone ${m} libras de arroz en ${n} bolsas, la misma cantidad en cada una. ¿Cuántas libras van en cada bolsa?`,
      };
  }
}

/** $m \div n$ where $n$ does not divide $m$. */
export function divisionBody(p: DivisionParams, name: string, require: Require): ProblemBody<Lang> {
  const { m, n, shape } = p;
  require(m % n !== 0, 'the quotient is not a whole number');
  const answer = simplify(frac(m, n));
  const flipped = frac(n, m);
  const wholePart = Math.floor(m / n);
  require(allDifferent([answer, flipped, frac(wholePart, 1)]), 'the wrong answers differ');
  return {
    stem: stem(shape, m, n, name),
    answer: numeric({ value: mixedText(answer), forms: ['fraction', 'mixed'], simplest: 'required' }),
    params: { m, n, shape },
    hints: [
      hint({
        en: `Picture ${m} wholes. Cut every whole into ${n} equal pieces, one for each share.`,
        es: `Imagina ${m} enteros. Corta cada entero en ${n} partes iguales, una para cada parte del reparto.`,
      }),
      hint({
        en: `Each share gets $\\frac{1}{${n}}$ of every whole, and there are ${m} wholes. So each share is ${m} pieces of size $\\frac{1}{${n}}$.`,
        es: `Cada parte recibe $\\frac{1}{${n}}$ de cada entero, y hay ${m} enteros. Así que cada parte es ${m} trozos de tamaño $\\frac{1}{${n}}$.`,
      }),
      bottomOut(`$${m} \\div ${n} = ${chain(m, n)}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: flipped.text,
        feedback: {
          en: `The numbers are upside down. What is being shared goes on top; the number of equal shares goes on the bottom.`,
          es: 'Los números están al revés. Lo que se reparte va arriba; el número de partes iguales va abajo.',
        },
        misconception: flipsDivision,
        tutorMove: {
          en: `Ask: "${m} wholes shared ${n} ways: does each share get more or less than 1 whole? Does $\\frac{${n}}{${m}}$ agree?"`,
          es: `Pregunta: "${m} enteros repartidos en ${n} partes: ¿cada parte recibe más o menos de 1 entero? ¿$\\frac{${n}}{${m}}$ está de acuerdo?"`,
        },
      }),
      wrongAnswer({
        match: String(wholePart),
        feedback: {
          en:
            wholePart === 0
              ? `There are fewer wholes than shares, but they can still be shared: cut them into pieces.`
              : `That is the number of whole ones in each share. The ${m - wholePart * n} left over can be cut and shared too.`,
          es:
            wholePart === 0
              ? 'Hay menos enteros que partes, pero igual se pueden repartir: córtalos en trozos.'
              : `Ese es el número de enteros de cada parte. Los ${m - wholePart * n} que sobran también se pueden cortar y repartir.`,
        },
        misconception: dropsRemainder,
        tutorMove: {
          en: `Ask: "What could you do with the ${m - wholePart * n} left over so that everyone gets the same?"`,
          es: `Pregunta: "¿Qué podrías hacer con los ${m - wholePart * n} que sobran para que todos reciban lo mismo?"`,
        },
      }),
    ],
  };
}

export const divisionTemplate = template<Lang>({
  id: 'g5-nf-b-fraction-as-division-share',
  skill: fractionAsDivision,
  count: 36,
  generate: (r) => {
    const n = r.int(2, 9);
    const m = r.int(1, 3 * n);
    return divisionBody({ m, n, shape: r.pick(SHAPES) }, r.pick(NAMES), r.require);
  },
});

/** A fixed problem of the same shape. */
export function divisionProblem(id: string, p: DivisionParams, name = 'Omar') {
  return problem<Lang>({ id, skill: fractionAsDivision, ...divisionBody(p, name, strict) });
}
