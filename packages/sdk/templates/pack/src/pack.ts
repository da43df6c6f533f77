/**
 * {{titleText}}: a Tutorkit pack. `npm run build` turns this file into
 * dist/{{packId}}.pack.json. Every text is English and Spanish: a map with exactly the pack's
 * `locales` (a missing or extra language is a type error), or a plain string for math alone.
 */
import {
  addFractions,
  bottomOut,
  definePack,
  frac,
  hint,
  lcm,
  misconception,
  numeric,
  problem,
  skill,
  skillBuilder,
  template,
  wrongAnswer,
} from '@tutorkit/sdk';

/** What students practise, aligned to a CCSS-M standard (a typo in the code is a type error). */
export const addUnlike = skill({
  id: 'add-unlike',
  title: { en: 'Add fractions with unlike denominators', es: 'Sumar fracciones con distinto denominador' },
  standards: ['5.NF.A.1'],
  // What a novice tutor reads before leading the skill: lint asks for it on every practised skill.
  tutor: {
    summary: {
      en: 'Rename both fractions with a common denominator, then add the numerators.',
      es: 'Escribe las dos fracciones con un denominador común y luego suma los numeradores.',
    },
    mastery: {
      en: 'Finds a common denominator, renames both fractions and explains why $\\frac{1}{2} + \\frac{1}{3}$ is not $\\frac{2}{5}$.',
      es: 'Encuentra un denominador común, reescribe las dos fracciones y explica por qué $\\frac{1}{2} + \\frac{1}{3}$ no es $\\frac{2}{5}$.',
    },
    watchFor: [
      { en: 'Adding numerators and denominators across.', es: 'Sumar numeradores y denominadores en horizontal.' },
    ],
    talkMoves: [
      {
        en: '"Is your answer bigger than each fraction you added?"',
        es: '"¿Tu respuesta es mayor que cada fracción que sumaste?"',
      },
      {
        en: '"What size pieces can show both fractions?"',
        es: '"¿Qué tamaño de partes puede mostrar las dos fracciones?"',
      },
    ],
    workedExample: {
      problem: '$\\frac{1}{2} + \\frac{1}{3}$',
      steps: [
        { en: 'Write both in sixths.', es: 'Escribe las dos en sextos.' },
        '$\\frac{3}{6} + \\frac{2}{6} = \\frac{5}{6}$',
      ],
    },
  },
});

/** The idea behind the most common wrong answer; the tutor's console groups students by it. */
const addsAcross = misconception({
  id: 'adds-across',
  title: { en: 'Adds numerators and denominators', es: 'Suma numeradores y denominadores' },
  description: {
    en: 'Treats a fraction as two separate whole numbers: $\\frac{1}{2} + \\frac{1}{3} = \\frac{2}{5}$.',
    es: 'Trata una fracción como dos números enteros separados: $\\frac{1}{2} + \\frac{1}{3} = \\frac{2}{5}$.',
  },
});

const keepsNumerators = misconception({
  id: 'keeps-numerators',
  title: { en: 'Renames the denominator only', es: 'Cambia solo el denominador' },
});

/** A hand-written problem: a hint ladder that ends with the answer, and one common wrong answer. */
const halfPlusThird = problem({
  id: 'half-plus-third',
  skill: addUnlike,
  stem: { en: 'Add: $\\frac{1}{2} + \\frac{1}{3}$', es: 'Suma: $\\frac{1}{2} + \\frac{1}{3}$' },
  answer: numeric({ value: '5/6', forms: ['fraction'], simplest: 'required' }),
  hints: [
    hint({
      en: 'Halves and thirds are pieces of different sizes. What size of piece can show both?',
      es: 'Los medios y los tercios son trozos de distinto tamaño. ¿Qué trozo sirve para los dos?',
    }),
    hint({
      en: 'Write both in sixths: $\\frac{1}{2} = \\frac{3}{6}$ and $\\frac{1}{3} = \\frac{2}{6}$.',
      es: 'Escribe las dos en sextos: $\\frac{1}{2} = \\frac{3}{6}$ y $\\frac{1}{3} = \\frac{2}{6}$.',
    }),
    bottomOut('$\\frac{3}{6} + \\frac{2}{6} = \\frac{5}{6}$'),
  ],
  wrongAnswers: [
    wrongAnswer({
      match: '2/5',
      feedback: {
        en: 'You added the tops and the bottoms. Is $\\frac{2}{5}$ more or less than $\\frac{1}{2}$?',
        es: 'Sumaste los de arriba y los de abajo. ¿$\\frac{2}{5}$ es más o menos que $\\frac{1}{2}$?',
      },
      misconception: addsAcross,
      tutorMove: {
        en: 'Ask: "If you start with a half and add more, can you end with less than a half?"',
        es: 'Pregunta: "Si empiezas con un medio y agregas más, ¿puedes terminar con menos de un medio?"',
      },
    }),
  ],
  difficulty: 2,
});

/**
 * A templated problem: `generate` draws two fractions with unlike denominators from a seeded
 * random source and returns one concrete problem. The build publishes `count` distinct variants
 * (add-fractions-1 … add-fractions-12) and checks each with the answer engine. The common wrong
 * answers are computed from the same numbers, so every variant gets feedback that fits it.
 */
const addFractionsTemplate = template({
  id: 'add-fractions',
  skill: addUnlike,
  count: 12,
  generate: (r) => {
    const a = r.fraction({ maxDenominator: 8 });
    const b = r.fraction({ maxDenominator: 8, unlikeDenominators: [a] });
    const sum = addFractions(a, b);
    const common = lcm(a.d, b.d);
    const aSame = frac((a.n * common) / a.d, common);
    const bSame = frac((b.n * common) / b.d, common);
    return {
      stem: { en: `Add: $${a.tex} + ${b.tex}$`, es: `Suma: $${a.tex} + ${b.tex}$` },
      answer: numeric({ value: sum.text, forms: ['fraction', 'mixed'], simplest: 'required' }),
      hints: [
        hint({
          en: `Pieces of size $\\frac{1}{${a.d}}$ and $\\frac{1}{${b.d}}$ are different. Find a denominator that both ${a.d} and ${b.d} go into.`,
          es: `Los trozos de $\\frac{1}{${a.d}}$ y de $\\frac{1}{${b.d}}$ son distintos. Busca un denominador que sea múltiplo de ${a.d} y de ${b.d}.`,
        }),
        hint({
          en: `Rewrite both fractions with denominator ${common}: $${a.tex} = ${aSame.tex}$.`,
          es: `Escribe las dos fracciones con denominador ${common}: $${a.tex} = ${aSame.tex}$.`,
        }),
        bottomOut(`$${a.tex} + ${b.tex} = ${aSame.tex} + ${bSame.tex} = ${sum.tex}$`),
      ],
      wrongAnswers: [
        wrongAnswer({
          // Adding across: (a + c) / (b + d). Never equal to the sum of two positive fractions.
          match: `${a.n + b.n}/${a.d + b.d}`,
          feedback: {
            en: `You added the tops and the bottoms. Is your answer bigger than $${a.tex}$?`,
            es: `Sumaste los de arriba y los de abajo. ¿Tu respuesta es mayor que $${a.tex}$?`,
          },
          misconception: addsAcross,
          tutorMove: {
            en: `Ask: "Adding makes more. Is ${a.n + b.n}/${a.d + b.d} more than ${a.text}?"`,
            es: `Pregunta: "Sumar da más. ¿${a.n + b.n}/${a.d + b.d} es más que ${a.text}?"`,
          },
        }),
        wrongAnswer({
          // A common denominator, but the numerators were not renamed with it.
          match: `${a.n + b.n}/${common}`,
          feedback: {
            en: `Good common denominator! Did you rename the numerators too? $${a.tex} = \\frac{?}{${common}}$`,
            es: `¡Buen denominador común! ¿Cambiaste también los numeradores? $${a.tex} = \\frac{?}{${common}}$`,
          },
          misconception: keepsNumerators,
          tutorMove: {
            en: `Ask: "How many pieces of size 1/${common} make ${a.text}? Draw it."`,
            es: `Pregunta: "¿Cuántos trozos de 1/${common} forman ${a.text}? Dibújalo."`,
          },
        }),
      ],
      difficulty: 3,
    };
  },
});

/** Practice until mastery: 3 right in a row on the first try without hints, at most 10 a day. */
const addingBuilder = skillBuilder({
  id: 'add-unlike-builder',
  title: { en: 'Adding fractions: skill builder', es: 'Sumar fracciones: práctica hasta dominar' },
  skill: addUnlike,
  pool: [halfPlusThird, addFractionsTemplate],
});

export default definePack({
  id: '{{packId}}',
  version: '0.1.0',
  title: { en: '{{title}}', es: '{{title}}' },
  license: 'CC-BY-4.0',
  authors: [{ name: 'Your name' }],
  locales: ['en', 'es'],
  skills: [addUnlike],
  problems: [halfPlusThird, addFractionsTemplate],
  assignments: [addingBuilder],
});
