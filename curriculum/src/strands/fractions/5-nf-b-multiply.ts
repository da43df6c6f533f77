/** 5.NF.B.4a — multiplying a fraction by a whole number or by a fraction. */
import {
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
  chain,
  commonDenominatorProduct,
  crossMultiplies,
  lcm,
  mixedText,
  multipliesDenominatorOnly,
  multipliesDenominatorToo,
  type Require,
  strict,
} from './5-nf-shared.js';

export const multiplyFraction = curriculumSkill<Lang>({
  id: 'g5-nf-b-multiply-fractions',
  title: {
    en: 'Multiply a fraction by a whole number or a fraction',
    es: 'Multiplicar una fracción por un número entero o por una fracción',
  },
  standards: ['5.NF.B.4a'],
  tutor: {
    summary: {
      en: '$n \\times \\frac{a}{b}$ is $n$ groups of $\\frac{a}{b}$: $n \\times a$ pieces of size $\\frac{1}{b}$. $\\frac{a}{b} \\times \\frac{c}{d}$ is $\\frac{a}{b}$ of $\\frac{c}{d}$: cutting into $b$ parts and then $d$ parts makes pieces of size $\\frac{1}{b \\times d}$, and you take $a \\times c$ of them.',
      es: '$n \\times \\frac{a}{b}$ son $n$ grupos de $\\frac{a}{b}$: $n \\times a$ partes de tamaño $\\frac{1}{b}$. $\\frac{a}{b} \\times \\frac{c}{d}$ es $\\frac{a}{b}$ de $\\frac{c}{d}$: al cortar en $b$ partes y luego en $d$ partes quedan partes de tamaño $\\frac{1}{b \\times d}$, y tomas $a \\times c$ de ellas.',
    },
    mastery: {
      en: 'The student multiplies numerators and denominators (a whole number only times the numerator), simplifies, and can explain it with an area model.',
      es: 'El estudiante multiplica los numeradores y los denominadores (un número entero solo por el numerador), simplifica y puede explicarlo con un modelo de área.',
    },
    watchFor: [
      {
        en: 'Multiplying both the numerator and the denominator by the whole number.',
        es: 'Multiplicar el numerador y el denominador por el número entero.',
      },
      {
        en: 'Looking for a common denominator, as in adding.',
        es: 'Buscar un común denominador, como al sumar.',
      },
    ],
    talkMoves: [
      {
        en: '"Read it as groups: how many groups, and how much in each group?"',
        es: '"Léelo como grupos: ¿cuántos grupos hay y cuánto hay en cada grupo?"',
      },
      {
        en: '"Draw a square. Shade one fraction one way and the other fraction across. How many small boxes are shaded twice?"',
        es: '"Dibuja un cuadrado. Colorea una fracción en un sentido y la otra en el otro. ¿Cuántas casillas quedan coloreadas dos veces?"',
      },
      {
        en: '"Should your answer be more or less than the fraction you started with?"',
        es: '"¿Tu respuesta debe ser mayor o menor que la fracción con la que empezaste?"',
      },
    ],
    workedExample: {
      problem: '$\\frac{2}{3} \\times \\frac{3}{4}$',
      steps: [
        {
          en: 'Cut a square into 3 columns and 4 rows: 12 boxes, each $\\frac{1}{12}$.',
          es: 'Corta un cuadrado en 3 columnas y 4 filas: 12 casillas, cada una de $\\frac{1}{12}$.',
        },
        {
          en: '2 columns and 3 rows overlap in $2 \\times 3 = 6$ boxes.',
          es: '2 columnas y 3 filas se cruzan en $2 \\times 3 = 6$ casillas.',
        },
        '$\\frac{2}{3} \\times \\frac{3}{4} = \\frac{6}{12} = \\frac{1}{2}$',
      ],
    },
  },
});

export interface MultiplyParams {
  /** The whole number, or 0 when both factors are fractions. */
  readonly n: number;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  /** `whole-first`: $n \times \frac{a}{b}$; `whole-last`: $\frac{a}{b} \times n$; `fractions`: $\frac{a}{b} \times \frac{c}{d}$. */
  readonly shape: 'whole-first' | 'whole-last' | 'fractions';
}

function wholeTimesFraction(p: MultiplyParams, require: Require): ProblemBody<Lang> {
  const { n, a, b, shape } = p;
  const x = frac(a, b);
  const answer = multiplyFractions(frac(n, 1), x);
  const onlyDown = frac(a, n * b);
  require(allDifferent([answer, x, onlyDown]), 'the wrong answers differ');
  const expr = shape === 'whole-first' ? `${n} \\times ${x.tex}` : `${x.tex} \\times ${n}`;
  return {
    stem: { en: `Multiply: $${expr}$`, es: `Multiplica: $${expr}$` },
    answer: numeric({ value: mixedText(answer), forms: ['fraction', 'mixed'], simplest: 'required' }),
    params: { n, a, b, c: 0, d: 0, shape },
    hints: [
      hint({
        en: `Think of ${n} groups of $${x.tex}$. Each group has ${a} pieces of size $\\frac{1}{${b}}$.`,
        es: `Piensa en ${n} grupos de $${x.tex}$. Cada grupo tiene ${a} partes de tamaño $\\frac{1}{${b}}$.`,
      }),
      hint({
        en: `How many pieces of size $\\frac{1}{${b}}$ are there in all? The size of the pieces does not change.`,
        es: `¿Cuántas partes de tamaño $\\frac{1}{${b}}$ hay en total? El tamaño de las partes no cambia.`,
      }),
      bottomOut(`$${expr} = \\frac{${n} \\times ${a}}{${b}} = ${chain(n * a, b)}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: `${n * a}/${n * b}`,
        feedback: {
          en: `$\\frac{${n * a}}{${n * b}}$ is the same amount as $${x.tex}$: it is just one group. You need ${n} groups.`,
          es: `$\\frac{${n * a}}{${n * b}}$ es la misma cantidad que $${x.tex}$: es un solo grupo. Necesitas ${n} grupos.`,
        },
        misconception: multipliesDenominatorToo,
        tutorMove: {
          en: `Ask: "Is $\\frac{${n * a}}{${n * b}}$ equal to $${x.tex}$? Then did multiplying by ${n} change anything?"`,
          es: `Pregunta: "¿$\\frac{${n * a}}{${n * b}}$ es igual a $${x.tex}$? Entonces, ¿multiplicar por ${n} cambió algo?"`,
        },
      }),
      wrongAnswer({
        match: onlyDown.text,
        feedback: {
          en: `Multiplying the denominator makes the pieces smaller. ${n} groups of $${x.tex}$ should be more than $${x.tex}$.`,
          es: `Multiplicar el denominador hace las partes más pequeñas. ${n} grupos de $${x.tex}$ deben ser más que $${x.tex}$.`,
        },
        misconception: multipliesDenominatorOnly,
        tutorMove: {
          en: `Ask: "Draw ${n} copies of $${x.tex}$. How many $\\frac{1}{${b}}$ pieces do you see?"`,
          es: `Pregunta: "Dibuja ${n} copias de $${x.tex}$. ¿Cuántas partes de $\\frac{1}{${b}}$ ves?"`,
        },
      }),
    ],
  };
}

function fractionTimesFraction(p: MultiplyParams, require: Require): ProblemBody<Lang> {
  const { a, b, c, d } = p;
  const [x, y] = [frac(a, b), frac(c, d)];
  const answer = multiplyFractions(x, y);
  const cross = frac(a * d, b * c);
  const common = lcm(b, d);
  const keptDenominator = frac(((a * common) / b) * ((c * common) / d), common);
  require(allDifferent([answer, cross, keptDenominator]), 'the wrong answers differ');
  const expr = `${x.tex} \\times ${y.tex}`;
  return {
    stem: { en: `Multiply: $${expr}$`, es: `Multiplica: $${expr}$` },
    answer: numeric({ value: mixedText(answer), forms: ['fraction', 'mixed'], simplest: 'required' }),
    params: { n: 0, a, b, c, d, shape: 'fractions' },
    hints: [
      hint({
        en: `Read it as "$${x.tex}$ of $${y.tex}$". Cut a square into ${b} columns and ${d} rows: what size is each small box?`,
        es: `Léelo como "$${x.tex}$ de $${y.tex}$". Corta un cuadrado en ${b} columnas y ${d} filas: ¿de qué tamaño es cada casilla?`,
      }),
      hint({
        en: `Each box is $\\frac{1}{${b * d}}$. Shade ${a} column${a === 1 ? '' : 's'} and ${c} row${c === 1 ? '' : 's'}: how many boxes are shaded twice?`,
        es: `Cada casilla es $\\frac{1}{${b * d}}$. Colorea ${a} columna${a === 1 ? '' : 's'} y ${c} fila${c === 1 ? '' : 's'}: ¿cuántas casillas quedan coloreadas dos veces?`,
      }),
      bottomOut(`$${expr} = \\frac{${a} \\times ${c}}{${b} \\times ${d}} = ${chain(a * c, b * d)}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: cross.text,
        feedback: {
          en: 'You multiplied across diagonally. To multiply fractions, multiply top by top and bottom by bottom.',
          es: 'Multiplicaste en cruz. Para multiplicar fracciones, multiplica numerador por numerador y denominador por denominador.',
        },
        misconception: crossMultiplies,
        tutorMove: {
          en: `Ask: "In your area model, how many boxes are in the whole square? How many are shaded twice?"`,
          es: 'Pregunta: "En tu modelo de área, ¿cuántas casillas tiene el cuadrado entero? ¿Cuántas están coloreadas dos veces?"',
        },
      }),
      wrongAnswer({
        match: keptDenominator.text,
        feedback: {
          en: 'When you multiply, you do not need a common denominator. The pieces get smaller: multiply the denominators too.',
          es: 'Para multiplicar no hace falta un común denominador. Las partes se hacen más pequeñas: multiplica también los denominadores.',
        },
        misconception: commonDenominatorProduct,
        tutorMove: {
          en: `Ask: "Cut a square into ${b} columns and ${d} rows. How many boxes is the whole? So what is the denominator?"`,
          es: `Pregunta: "Corta un cuadrado en ${b} columnas y ${d} filas. ¿Cuántas casillas tiene el entero? Entonces, ¿cuál es el denominador?"`,
        },
      }),
    ],
  };
}

export function multiplyBody(p: MultiplyParams, require: Require): ProblemBody<Lang> {
  return p.shape === 'fractions' ? fractionTimesFraction(p, require) : wholeTimesFraction(p, require);
}

export const multiplyTemplate = template<Lang>({
  id: 'g5-nf-b-multiply-compute',
  skill: multiplyFraction,
  count: 36,
  generate: (r) => {
    const shape = r.pick(['whole-first', 'whole-last', 'fractions', 'fractions'] as const);
    const x = r.fraction({ maxDenominator: 10 });
    const y = r.fraction({ maxDenominator: 8 });
    const n = shape === 'fractions' ? 0 : r.int(2, 12);
    return multiplyBody({ n, a: x.n, b: x.d, c: y.n, d: y.d, shape }, r.require);
  },
});

/** A fixed problem of the same shape. */
export function multiplyProblem(id: string, p: MultiplyParams) {
  return problem<Lang>({ id, skill: multiplyFraction, ...multiplyBody(p, strict) });
}
