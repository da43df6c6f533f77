/** 5.NF.A — adding and subtracting fractions with unlike denominators. */
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
  type Require,
  strict,
} from './5-nf-shared.js';

export const addUnlike = curriculumSkill<Lang>({
  id: 'g5-nf-a-add-unlike',
  title: {
    en: 'Add and subtract fractions with unlike denominators',
    es: 'Sumar y restar fracciones con distinto denominador',
  },
  standards: ['5.NF.A.1'],
  tutor: {
    summary: {
      en: 'Only pieces of the same size can be counted together. Rename both fractions with a common denominator (a number both denominators go into), then add or subtract the numerators.',
      es: 'Solo se pueden contar juntas las partes del mismo tamaño. Escribe las dos fracciones con un común denominador (un número en el que caben los dos denominadores) y luego suma o resta los numeradores.',
    },
    mastery: {
      en: 'The student picks a common denominator, renames both numerators correctly, and can explain why $\\frac{1}{2} + \\frac{1}{3}$ cannot be $\\frac{2}{5}$.',
      es: 'El estudiante elige un común denominador, cambia bien los dos numeradores y puede explicar por qué $\\frac{1}{2} + \\frac{1}{3}$ no puede ser $\\frac{2}{5}$.',
    },
    watchFor: [
      {
        en: 'Adding across: numerators together, denominators together.',
        es: 'Sumar en línea: numeradores con numeradores y denominadores con denominadores.',
      },
      {
        en: 'Changing the denominators but not the numerators.',
        es: 'Cambiar los denominadores pero no los numeradores.',
      },
    ],
    talkMoves: [
      {
        en: '"Are these pieces the same size? What size could we cut both into?"',
        es: '"¿Estas partes son del mismo tamaño? ¿En qué tamaño podríamos cortar las dos?"',
      },
      {
        en: '"Is your answer more or less than $\\frac{1}{2}$? Does that make sense?"',
        es: '"¿Tu respuesta es mayor o menor que $\\frac{1}{2}$? ¿Tiene sentido?"',
      },
      {
        en: '"You made the pieces smaller. How many of the new pieces do you have now?"',
        es: '"Hiciste las partes más pequeñas. ¿Cuántas partes nuevas tienes ahora?"',
      },
    ],
    workedExample: {
      problem: '$\\frac{2}{3} + \\frac{1}{4}$',
      steps: [
        {
          en: 'Thirds and fourths are different sizes. Both 3 and 4 go into 12, so use twelfths.',
          es: 'Los tercios y los cuartos son de distinto tamaño. El 3 y el 4 caben en 12, así que usa doceavos.',
        },
        {
          en: '$\\frac{2}{3} = \\frac{8}{12}$ and $\\frac{1}{4} = \\frac{3}{12}$.',
          es: '$\\frac{2}{3} = \\frac{8}{12}$ y $\\frac{1}{4} = \\frac{3}{12}$.',
        },
        '$\\frac{8}{12} + \\frac{3}{12} = \\frac{11}{12}$',
      ],
    },
  },
});

export interface AddUnlikeParams {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly op: '+' | '-';
}

/** $\frac{a}{b} \pm \frac{c}{d}$ with $b \ne d$: the problem and its two usual mistakes. */
export function addUnlikeBody(p: AddUnlikeParams, require: Require): ProblemBody<Lang> {
  const { a, b, c, d, op } = p;
  require(b !== d, 'unlike denominators');
  const x = frac(a, b);
  const y = frac(c, d);
  const common = lcm(b, d);
  const [ka, kc] = [(a * common) / b, (c * common) / d];
  const top = op === '+' ? ka + kc : ka - kc;
  require(top > 0, 'a positive difference');
  const answer = simplify(frac(top, common));
  // Across: (a ± c)/(b ± d). Not renamed: (a ± c) over the common denominator.
  require(op === '+' || (a > c && b > d), 'subtracting across stays positive');
  const across = op === '+' ? frac(a + c, b + d) : frac(a - c, b - d);
  const notRenamed = frac(op === '+' ? a + c : a - c, common);
  require(allDifferent([answer, across, notRenamed]), 'the wrong answers differ from the answer and each other');
  const sign = op === '+' ? '+' : '-';
  // Only the fractions that change are renamed; the other one already has the common denominator.
  const renames = [
    ...(b === common ? [] : [`$${x.tex} = \\frac{${ka}}{${common}}$`]),
    ...(d === common ? [] : [`$${y.tex} = \\frac{${kc}}{${common}}$`]),
  ];
  const renamed = { en: renames.join(' and '), es: renames.join(' y ') };
  // Adding across lands between the two fractions: below the larger one.
  const larger = a * d >= c * b ? x : y;
  const smaller = larger === x ? y : x;
  const verb = op === '+' ? { en: 'Add', es: 'Suma' } : { en: 'Subtract', es: 'Resta' };
  const done = op === '+' ? { en: 'added', es: 'sumaste' } : { en: 'subtracted', es: 'restaste' };
  return {
    stem: {
      en: `${verb.en}. Write your answer in simplest form: $${x.tex} ${sign} ${y.tex}$`,
      es: `${verb.es}. Escribe la respuesta en su forma más simple: $${x.tex} ${sign} ${y.tex}$`,
    },
    answer: numeric({ value: mixedText(answer), forms: ['fraction', 'mixed'], simplest: 'required' }),
    params: { a, b, c, d, op },
    hints: [
      hint({
        en: `Pieces of size $\\frac{1}{${b}}$ and $\\frac{1}{${d}}$ are different sizes. What denominator do both ${b} and ${d} go into?`,
        es: `Las partes de tamaño $\\frac{1}{${b}}$ y $\\frac{1}{${d}}$ son de distinto tamaño. ¿En qué denominador caben tanto ${b} como ${d}?`,
      }),
      hint({
        en: `Use ${common} as the common denominator: ${renamed.en}. Now ${op === '+' ? 'add' : 'subtract'} the numerators.`,
        es: `Usa ${common} como común denominador: ${renamed.es}. Ahora ${op === '+' ? 'suma' : 'resta'} los numeradores.`,
      }),
      bottomOut(
        `$${x.tex} ${sign} ${y.tex} = \\frac{${ka}}{${common}} ${sign} \\frac{${kc}}{${common}} = ${chain(top, common)}$`,
      ),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: across.text,
        feedback: {
          en: `It looks like you ${done.en} the numerators and also the denominators. The pieces are different sizes, so make them the same size first.`,
          es: `Parece que ${done.es} los numeradores y también los denominadores. Las partes son de distinto tamaño: primero hazlas del mismo tamaño.`,
        },
        misconception: addsAcross,
        tutorMove: {
          en:
            op === '+'
              ? `Ask: "Is $${across.tex}$ more or less than $${larger.tex}$? If you add $${smaller.tex}$ to $${larger.tex}$, can you end up with less?"`
              : `Ask: "Draw $${x.tex}$ and $${y.tex}$ on fraction strips. What size pieces would let you take one away from the other?"`,
          es:
            op === '+'
              ? `Pregunta: "¿$${across.tex}$ es mayor o menor que $${larger.tex}$? Si sumas $${smaller.tex}$ a $${larger.tex}$, ¿puedes terminar con menos?"`
              : `Pregunta: "Dibuja $${x.tex}$ y $${y.tex}$ en tiras de fracciones. ¿De qué tamaño deben ser las partes para quitar una de la otra?"`,
        },
      }),
      wrongAnswer({
        match: notRenamed.text,
        feedback: {
          en: `Good choice of denominator, ${common}! When the pieces became smaller, did the number of pieces change too?`,
          es: `¡Buen denominador, ${common}! Cuando las partes se hicieron más pequeñas, ¿cambió también el número de partes?`,
        },
        misconception: keepsNumerators,
        tutorMove: {
          en: `Ask: "How many pieces of size $\\frac{1}{${common}}$ make $${x.tex}$? And how many make $${y.tex}$?"`,
          es: `Pregunta: "¿Cuántas partes de tamaño $\\frac{1}{${common}}$ forman $${x.tex}$? ¿Y cuántas forman $${y.tex}$?"`,
        },
      }),
    ],
  };
}

export const addUnlikeTemplate = template<Lang>({
  id: 'g5-nf-a-add-unlike-fractions',
  skill: addUnlike,
  count: 36,
  generate: (r) => {
    const { b, d, x, y } = friendlyPair(r);
    const op = r.pick(['+', '+', '-'] as const);
    return addUnlikeBody({ a: x.n, b, c: y.n, d, op }, r.require);
  },
});

/** A fixed problem of the same shape, for the check, the warm-ups and the exit ticket. */
export function addUnlikeProblem(id: string, p: AddUnlikeParams) {
  return problem<Lang>({ id, skill: addUnlike, ...addUnlikeBody(p, strict) });
}
