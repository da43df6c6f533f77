/** 5.NF.A — word problems adding and subtracting fractions, with benchmark estimates. */
import {
  addFractions,
  bottomOut,
  curriculumSkill,
  frac,
  hint,
  type Lang,
  numeric,
  type ProblemBody,
  problem,
  subtractFractions,
  type Text,
  template,
  wrongAnswer,
} from '../../kit.js';
import {
  addsAcross,
  allDifferent,
  chain,
  friendlyPair,
  keepsNumerators,
  lcm,
  mixedText,
  NAMES,
  type Require,
  strict,
  wrongOperation,
} from './5-nf-shared.js';

export const fractionWordProblems = curriculumSkill<Lang>({
  id: 'g5-nf-a-word-problems',
  title: {
    en: 'Solve word problems adding and subtracting fractions',
    es: 'Resolver problemas verbales de suma y resta de fracciones',
  },
  standards: ['5.NF.A.2'],
  tutor: {
    summary: {
      en: 'Picture the story first: are amounts joined, taken away or compared? Estimate with benchmarks (0, $\\frac{1}{2}$, 1), then compute with a common denominator and check the answer against the estimate.',
      es: 'Primero imagina la historia: ¿se juntan cantidades, se quita una o se comparan? Estima con fracciones de referencia (0, $\\frac{1}{2}$, 1), luego calcula con un común denominador y compara con la estimación.',
    },
    mastery: {
      en: 'The student chooses the operation from the story, estimates with benchmarks, and rejects an answer like $\\frac{2}{5}$ for $\\frac{1}{2} + \\frac{1}{3}$ as too small.',
      es: 'El estudiante elige la operación a partir de la historia, estima con fracciones de referencia y rechaza una respuesta como $\\frac{2}{5}$ para $\\frac{1}{2} + \\frac{1}{3}$ por ser muy pequeña.',
    },
    watchFor: [
      {
        en: 'Adding whenever two numbers appear, even in "how much is left" or "how much longer" stories.',
        es: 'Sumar siempre que aparecen dos números, incluso en historias de "cuánto queda" o "cuánto más".',
      },
      {
        en: 'Adding across numerators and denominators.',
        es: 'Sumar en línea los numeradores y los denominadores.',
      },
    ],
    talkMoves: [
      {
        en: '"Tell me the story in your own words. Does the amount grow or shrink?"',
        es: '"Cuéntame la historia con tus palabras. ¿La cantidad crece o disminuye?"',
      },
      {
        en: '"Is each amount closer to 0, one half or 1? So about how big is the answer?"',
        es: '"¿Cada cantidad está más cerca de 0, de un medio o de 1? Entonces, ¿más o menos de qué tamaño es la respuesta?"',
      },
    ],
    workedExample: {
      problem: {
        en: 'A jug has $\\frac{3}{4}$ liter of juice. Sam pours out $\\frac{1}{3}$ liter. How much is left?',
        es: 'Una jarra tiene $\\frac{3}{4}$ de litro de jugo. Sam sirve $\\frac{1}{3}$ de litro. ¿Cuánto queda?',
      },
      steps: [
        {
          en: 'Juice is poured out, so subtract. Estimate: a bit less than 1 minus a bit less than $\\frac{1}{2}$, so about $\\frac{1}{2}$.',
          es: 'Se sirve jugo, así que restamos. Estimación: un poco menos de 1 menos un poco menos de $\\frac{1}{2}$, más o menos $\\frac{1}{2}$.',
        },
        '$\\frac{3}{4} - \\frac{1}{3} = \\frac{9}{12} - \\frac{4}{12} = \\frac{5}{12}$',
        {
          en: '$\\frac{5}{12}$ liter is close to $\\frac{1}{2}$: the answer makes sense.',
          es: '$\\frac{5}{12}$ de litro está cerca de $\\frac{1}{2}$: la respuesta tiene sentido.',
        },
      ],
    },
  },
});

const SHAPES = ['walk', 'recipe', 'juice', 'ribbon'] as const;
type Shape = (typeof SHAPES)[number];

export interface WordParams {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly shape: Shape;
}

function story(shape: Shape, x: string, y: string, name: string, other: string): Text<Lang> {
  switch (shape) {
    case 'walk':
      return {
        en: `${name} walked $${x}$ mile to the park and then $${y}$ mile to the library. How many miles did ${name} walk in all?`,
        es: `${name} caminó $${x}$ de milla hasta el parque y luego $${y}$ de milla hasta la biblioteca. ¿Cuántas millas caminó en total?`,
      };
    case 'recipe':
      return {
        en: `A recipe uses $${x}$ cup of flour and $${y}$ cup of oats. How many cups is that in all?`,
        es: `Una receta usa $${x}$ de taza de harina y $${y}$ de taza de avena. ¿Cuántas tazas son en total?`,
      };
    case 'juice':
      return {
        en: `A jug holds $${x}$ liter of juice. ${name} pours out $${y}$ liter. How many liters are left in the jug?`,
        es: `Una jarra tiene $${x}$ de litro de jugo. ${name} sirve $${y}$ de litro. ¿Cuántos litros quedan en la jarra?`,
      };
    case 'ribbon':
      return {
        en: `${name}'s ribbon is $${x}$ meter long. ${other}'s ribbon is $${y}$ meter long. How much longer is ${name}'s ribbon?`,
        es: `La cinta de ${name} mide $${x}$ de metro. La cinta de ${other} mide $${y}$ de metro. ¿Cuánto más larga es la cinta de ${name}?`,
      };
  }
}

/** A story adding (walk, recipe) or subtracting (juice, ribbon) $\frac{a}{b}$ and $\frac{c}{d}$. */
export function wordBody(p: WordParams, names: readonly [string, string], require: Require): ProblemBody<Lang> {
  const { a, b, c, d, shape } = p;
  require(b !== d, 'unlike denominators');
  const join = shape === 'walk' || shape === 'recipe';
  const x = frac(a, b);
  const y = frac(c, d);
  const common = lcm(b, d);
  const [ka, kc] = [(a * common) / b, (c * common) / d];
  const sum = addFractions(x, y);
  const answer = join ? sum : subtractFractions(x, y);
  require(answer.n > 0, 'a positive difference');
  require(join || a > c, 'the not-renamed difference stays positive');
  const across = frac(a + c, b + d);
  const notRenamed = frac(join ? a + c : a - c, common);
  const second = join ? across : sum;
  require(allDifferent([answer, notRenamed, second]), 'the wrong answers differ');
  const sign = join ? '+' : '-';
  const larger = a * d >= c * b ? x : y;
  const benchmark = (n: number, dd: number) => (n * 4 < dd ? '0' : n * 4 > 3 * dd ? '1' : '\\frac{1}{2}');
  return {
    stem: story(shape, x.tex, y.tex, names[0], names[1]),
    answer: numeric({ value: mixedText(answer), forms: ['fraction', 'mixed'], simplest: 'required' }),
    params: { a, b, c, d, shape },
    hints: [
      hint({
        en: `${join ? 'The amounts are put together' : 'You want the difference between the amounts'}. Estimate first: $${x.tex}$ is close to $${benchmark(a, b)}$ and $${y.tex}$ is close to $${benchmark(c, d)}$.`,
        es: `${join ? 'Las cantidades se juntan' : 'Buscas la diferencia entre las cantidades'}. Primero estima: $${x.tex}$ está cerca de $${benchmark(a, b)}$ y $${y.tex}$ está cerca de $${benchmark(c, d)}$.`,
      }),
      hint({
        en: `${join ? 'Add' : 'Subtract'} with a common denominator: $${x.tex} = \\frac{${ka}}{${common}}$ and $${y.tex} = \\frac{${kc}}{${common}}$.`,
        es: `${join ? 'Suma' : 'Resta'} con un común denominador: $${x.tex} = \\frac{${ka}}{${common}}$ y $${y.tex} = \\frac{${kc}}{${common}}$.`,
      }),
      bottomOut(
        `$${x.tex} ${sign} ${y.tex} = \\frac{${ka}}{${common}} ${sign} \\frac{${kc}}{${common}} = ${chain(join ? ka + kc : ka - kc, common)}$`,
      ),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: notRenamed.text,
        feedback: {
          en: `${common} is a good common denominator. When the pieces got smaller, how many pieces did each amount become?`,
          es: `${common} es un buen común denominador. Cuando las partes se hicieron más pequeñas, ¿en cuántas partes se convirtió cada cantidad?`,
        },
        misconception: keepsNumerators,
        tutorMove: {
          en: `Ask: "How many $\\frac{1}{${common}}$ pieces make $${x.tex}$?"`,
          es: `Pregunta: "¿Cuántas partes de $\\frac{1}{${common}}$ forman $${x.tex}$?"`,
        },
      }),
      join
        ? wrongAnswer({
            match: across.text,
            feedback: {
              en: `Check your estimate: is $${across.tex}$ more than $${larger.tex}$ alone? Putting amounts together should give more.`,
              es: `Revisa tu estimación: ¿$${across.tex}$ es más que $${larger.tex}$ sola? Al juntar cantidades debe salir más.`,
            },
            misconception: addsAcross,
            tutorMove: {
              en: `Ask: "You added the tops and the bottoms. Is $${across.tex}$ bigger or smaller than $${larger.tex}$?"`,
              es: `Pregunta: "Sumaste los numeradores y los denominadores. ¿$${across.tex}$ es mayor o menor que $${larger.tex}$?"`,
            },
          })
        : wrongAnswer({
            match: sum.text,
            feedback: {
              en: `You added the two amounts. Read the question again: ${shape === 'juice' ? 'juice was poured out' : 'the ribbons are being compared'}.`,
              es: `Sumaste las dos cantidades. Lee otra vez la pregunta: ${shape === 'juice' ? 'se sirvió jugo' : 'se comparan las cintas'}.`,
            },
            misconception: wrongOperation,
            tutorMove: {
              en: `Ask: "Act it out: ${shape === 'juice' ? 'after pouring, is there more or less juice in the jug' : 'which ribbon is longer, and by how much'}?"`,
              es: `Pregunta: "Represéntalo: ${shape === 'juice' ? 'después de servir, ¿hay más o menos jugo en la jarra' : '¿qué cinta es más larga, y por cuánto'}?"`,
            },
          }),
    ],
  };
}

export const wordTemplate = template<Lang>({
  id: 'g5-nf-a-word-add-subtract',
  skill: fractionWordProblems,
  count: 36,
  generate: (r) => {
    const { b, d, x, y } = friendlyPair(r);
    const [name, other] = r.shuffle(NAMES);
    return wordBody({ a: x.n, b, c: y.n, d, shape: r.pick(SHAPES) }, [name ?? 'Amara', other ?? 'Diego'], r.require);
  },
});

/** A fixed problem of the same shape. */
export function wordProblem(id: string, p: WordParams, names: readonly [string, string]) {
  return problem<Lang>({ id, skill: fractionWordProblems, ...wordBody(p, names, strict) });
}
