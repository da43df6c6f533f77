/**
 * A small, complete pack written with the SDK, used by the tests and as a worked example: a
 * templated skill builder whose common wrong answers are computed from each variant.
 */
import {
  addFractions,
  bottomOut,
  check,
  choice,
  definePack,
  frac,
  hint,
  misconception,
  numeric,
  plan,
  problem,
  segment,
  skill,
  skillBuilder,
  template,
  wrongAnswer,
} from '../index.js';

export const equivalent = skill({
  id: 'equivalent-fractions',
  title: { en: 'Equivalent fractions', es: 'Fracciones equivalentes' },
  standards: ['4.NF.A.1'],
});

export const addUnlike = skill({
  id: 'add-unlike',
  title: { en: 'Add fractions with unlike denominators', es: 'Sumar fracciones con distinto denominador' },
  standards: ['5.NF.A.1'],
  prerequisites: [equivalent],
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

export const addAcross = misconception({
  id: 'add-across',
  title: { en: 'Adds tops and bottoms', es: 'Suma arriba y abajo' },
});

export const halfPlusThird = problem({
  id: 'half-plus-third',
  skill: addUnlike,
  stem: { en: 'What is $\\frac{1}{2} + \\frac{1}{3}$?', es: '¿Cuánto es $\\frac{1}{2} + \\frac{1}{3}$?' },
  answer: numeric({ value: '5/6', simplest: 'required' }),
  hints: [
    hint({ en: 'Are halves and thirds the same size?', es: '¿Son del mismo tamaño los medios y los tercios?' }),
    hint('$\\frac{1}{2} = \\frac{3}{6}$, $\\frac{1}{3} = \\frac{2}{6}$'),
    bottomOut('$\\frac{3}{6} + \\frac{2}{6} = \\frac{5}{6}$'),
  ],
  wrongAnswers: [
    wrongAnswer({
      match: '2/5',
      feedback: { en: 'You added the tops and the bottoms.', es: 'Sumaste arriba y abajo.' },
      misconception: addAcross,
      tutorMove: {
        en: 'Ask: is $\\frac{2}{5}$ more than $\\frac{1}{2}$?',
        es: 'Pregunta: ¿es $\\frac{2}{5}$ más que $\\frac{1}{2}$?',
      },
    }),
  ],
});

/** The wrong answer is computed from each variant: numerators and denominators added across. */
export const addTemplate = template({
  id: 'add-unlike-t',
  skill: addUnlike,
  count: 40,
  seed: 'fractions-v1',
  generate: (r) => {
    const [a = frac(1, 2), b = frac(1, 3)] = r.fractions(2, { maxDenominator: 12, unlikeDenominators: true });
    const sum = addFractions(a, b);
    r.require(sum.d !== 1, 'the sum is a whole number');
    const across = frac(a.n + b.n, a.d + b.d);
    const common = a.d * b.d;
    return {
      stem: { en: `What is $${a.tex} + ${b.tex}$?`, es: `¿Cuánto es $${a.tex} + ${b.tex}$?` },
      answer: numeric({ value: sum.text, simplest: 'required' }),
      hints: [
        hint({
          en: 'Write both fractions with the same denominator.',
          es: 'Escribe las dos fracciones con el mismo denominador.',
        }),
        hint(`$${a.tex} + ${b.tex} = \\frac{${a.n * b.d}}{${common}} + \\frac{${b.n * a.d}}{${common}}$`),
        bottomOut(`$${a.tex} + ${b.tex} = ${sum.tex}$`),
      ],
      wrongAnswers: [
        wrongAnswer({
          match: across.text,
          feedback: { en: 'You added the tops and the bottoms.', es: 'Sumaste arriba y abajo.' },
          misconception: addAcross,
          tutorMove: {
            en: `Ask: is $${across.tex}$ bigger than $${a.tex}$?`,
            es: `Pregunta: ¿es $${across.tex}$ mayor que $${a.tex}$?`,
          },
        }),
      ],
    };
  },
});

export const whichBigger = problem({
  id: 'which-bigger',
  skill: equivalent,
  stem: { en: 'Which fraction is bigger?', es: '¿Qué fracción es mayor?' },
  answer: choice({
    options: [
      { id: 'third', text: '$\\frac{1}{3}$' },
      { id: 'eighth', text: '$\\frac{1}{8}$' },
    ],
    correct: ['third'],
  }),
  hints: [
    hint({ en: 'Into how many pieces is the whole cut?', es: '¿En cuántas partes se corta el entero?' }),
    bottomOut({ en: '$\\frac{1}{3}$: fewer pieces are bigger.', es: '$\\frac{1}{3}$: menos partes son más grandes.' }),
  ],
  wrongAnswers: [
    wrongAnswer({
      match: ['eighth'],
      feedback: {
        en: '8 is bigger than 3, but eighths are smaller pieces.',
        es: '8 es mayor que 3, pero los octavos son más pequeños.',
      },
      tutorMove: {
        en: 'Ask: would you rather have a third or an eighth of a pizza?',
        es: 'Pregunta: ¿prefieres un tercio o un octavo de pizza?',
      },
    }),
  ],
});

export const addBuilder = skillBuilder({
  id: 'add-unlike-builder',
  title: { en: 'Add fractions', es: 'Sumar fracciones' },
  skill: addUnlike,
  pool: [halfPlusThird, addTemplate],
});

export const exitTicket = check({
  id: 'exit-ticket',
  title: { en: 'Exit ticket', es: 'Boleto de salida' },
  problems: [whichBigger],
});

export const dayOne = plan({
  id: 'day-1',
  title: { en: 'Day 1', es: 'Día 1' },
  minutes: 25,
  segments: [
    segment({
      kind: 'warm-up',
      minutes: 5,
      script: { en: 'Ask about pizza slices.', es: 'Pregunta por porciones de pizza.' },
    }),
    segment({ kind: 'practice', minutes: 15, assignment: addBuilder }),
    segment({ kind: 'exit-ticket', minutes: 5, assignment: exitTicket }),
  ],
});

/** Only the plan is listed: everything else is reached through it. */
export const fractionsPack = definePack({
  id: 'tutorkit.test.fractions',
  version: '1.0.0',
  title: { en: 'Fractions', es: 'Fracciones' },
  license: 'CC-BY-4.0',
  authors: [{ name: 'Tutorkit contributors' }],
  locales: ['en', 'es'],
  plans: [dayOne],
});
