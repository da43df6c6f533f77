/**
 * Type tests: checked by `tsc` (never run). Each `@ts-expect-error` line must be a type error;
 * if a change to the builders lets one of these invalid packs through, type-checking fails.
 */
import {
  bottomOut,
  check,
  choice,
  definePack,
  hint,
  misconception,
  numeric,
  plan,
  practice,
  problem,
  segment,
  skill,
  skillBuilder,
  template,
  text,
  wrongAnswer,
} from './index.js';

const en = { name: 'Tutorkit' };
const equiv = skill({
  id: 'equiv',
  title: { en: 'Equivalent fractions', es: 'Fracciones equivalentes' },
  standards: ['4.NF.A.1'],
});
const add = skill({
  id: 'add',
  title: { en: 'Add fractions', es: 'Sumar fracciones' },
  standards: ['5.NF.A.1', '5.NF.A.2'],
  prerequisites: [equiv],
});
const plainSkill = skill({ id: 'plain', title: '$\\frac{a}{b}$', standards: ['5.NF.A'] });
const across = misconception({ id: 'across', title: { en: 'Adds across', es: 'Suma de frente' } });

const good = problem({
  id: 'half-third',
  skill: add,
  stem: { en: 'What is $\\frac12+\\frac13$?', es: '¿Cuánto es $\\frac12+\\frac13$?' },
  answer: numeric({ value: '5/6', simplest: 'required' }),
  hints: [hint({ en: 'Same size?', es: '¿Mismo tamaño?' }), hint('$\\frac36+\\frac26$'), bottomOut('$\\frac56$')],
  wrongAnswers: [
    wrongAnswer({
      match: '2/5',
      feedback: { en: 'Added across.', es: 'Sumaste de frente.' },
      misconception: across,
      tutorMove: { en: 'Ask: same size?', es: 'Pregunta: ¿mismo tamaño?' },
    }),
  ],
});

const picked = problem({
  id: 'bigger',
  skill: add,
  stem: { en: 'Which is bigger?', es: '¿Cuál es mayor?' },
  answer: choice({
    options: [
      { id: 'a', text: '$\\frac13$' },
      { id: 'b', text: '$\\frac18$' },
    ],
    correct: ['a'],
  }),
  hints: [hint({ en: 'Fewer pieces are bigger.', es: 'Menos partes son más grandes.' }), bottomOut('$\\frac13$')],
  wrongAnswers: [
    wrongAnswer({
      match: ['b'],
      feedback: { en: 'No.', es: 'No.' },
      tutorMove: { en: 'Draw them.', es: 'Dibújalas.' },
    }),
  ],
});

const generated = template({
  id: 'add-t',
  skill: add,
  count: 10,
  generate: (r) => {
    const [a, b] = r.fractions(2, { maxDenominator: 9, unlikeDenominators: true });
    return {
      stem: `$${a?.tex} + ${b?.tex}$`,
      answer: numeric({ value: '1/2' }),
      hints: [hint({ en: 'Common denominator.', es: 'Denominador común.' }), bottomOut('$\\frac12$')],
    };
  },
});

const builder = skillBuilder({ id: 'sb', title: { en: 'Add', es: 'Sumar' }, skill: add, pool: [good, generated] });
const quiz = check({ id: 'quiz', title: { en: 'Check', es: 'Revisión' }, problems: [picked] });
const session = plan({
  id: 'day-1',
  title: { en: 'Day 1', es: 'Día 1' },
  minutes: 20,
  segments: [
    segment({ kind: 'warm-up', minutes: 5, script: { en: 'Say hi.', es: 'Saluda.' } }),
    segment({ kind: 'practice', minutes: 10, assignment: builder }),
    segment({ kind: 'check', minutes: 5, assignment: quiz }),
  ],
});

export const valid = definePack({
  id: 'types.test',
  version: '1.0.0',
  title: { en: 'Fractions', es: 'Fracciones' },
  license: 'CC-BY-4.0',
  authors: [en],
  locales: ['en', 'es'],
  skills: [equiv, add, plainSkill],
  misconceptions: [across],
  problems: [good, picked, generated],
  assignments: [builder, quiz],
  plans: [session],
});

// A monolingual pack takes parts whose texts are plain strings.
export const monolingual = definePack({
  id: 'types.mono',
  version: '1.0.0',
  title: 'Fractions',
  license: 'CC0-1.0',
  authors: [en],
  locales: ['en'],
  skills: [plainSkill, skill({ id: 'en-only', title: { en: 'Only English' }, standards: ['3.NF.A.1'] })],
});

// --- missing or extra locales -----------------------------------------------------------------

definePack({
  id: 'x',
  version: '1.0.0',
  // @ts-expect-error the pack declares en and es: the title lacks es
  title: { en: 'Fractions' },
  license: 'CC0-1.0',
  authors: [en],
  locales: ['en', 'es'],
});

const englishOnly = skill({ id: 'en', title: { en: 'English only' }, standards: ['4.NF.A.1'] });
definePack({
  id: 'x',
  version: '1.0.0',
  title: 'x',
  license: 'CC0-1.0',
  authors: [en],
  locales: ['en', 'es'],
  // @ts-expect-error a skill whose texts lack es, in an en/es pack
  skills: [englishOnly],
});

const french = skill({ id: 'fr', title: { en: 'a', es: 'b', fr: 'c' }, standards: ['4.NF.A.1'] });
definePack({
  id: 'x',
  version: '1.0.0',
  title: 'x',
  license: 'CC0-1.0',
  authors: [en],
  locales: ['en', 'es'],
  // @ts-expect-error a skill with an undeclared locale (fr)
  skills: [french],
});

problem({
  id: 'p',
  skill: add,
  stem: { en: 'x', es: 'y' },
  answer: numeric({ value: 1 }),
  // @ts-expect-error one hint lacks es while the skill and stem have en and es
  hints: [hint({ en: 'only English' })],
});

// --- hint ladders ---------------------------------------------------------------------------------

problem({
  id: 'p',
  skill: add,
  stem: 'x',
  answer: numeric({ value: 1 }),
  // @ts-expect-error a bottom-out hint may only be the last hint
  hints: [bottomOut('$1$'), hint('Try again.')],
});

problem({
  id: 'p',
  skill: add,
  stem: 'x',
  answer: numeric({ value: 1 }),
  // @ts-expect-error a ladder has at least one hint
  hints: [],
});

// --- choice answers --------------------------------------------------------------------------------

choice({
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ],
  // @ts-expect-error "c" is not one of the option ids
  correct: ['c'],
});

problem({
  id: 'p',
  skill: add,
  stem: 'x',
  answer: choice({
    options: [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ],
    correct: ['a'],
  }),
  hints: [hint('x')],
  // @ts-expect-error a wrong answer to a choice problem names option ids
  wrongAnswers: [wrongAnswer({ match: ['z'], feedback: 'No.', tutorMove: 'Ask.' })],
});

problem({
  id: 'p',
  skill: add,
  stem: 'x',
  answer: numeric({ value: 3 }),
  hints: [hint('x')],
  // @ts-expect-error a wrong answer to a numeric problem is text, not option ids
  wrongAnswers: [wrongAnswer({ match: ['a'], feedback: 'No.', tutorMove: 'Ask.' })],
});

// --- references are handles -----------------------------------------------------------------------

problem({
  id: 'p',
  // @ts-expect-error a skill is referred to by its handle, not by its id
  skill: 'add',
  stem: 'x',
  answer: numeric({ value: 1 }),
  hints: [hint('x')],
});

// @ts-expect-error prerequisites are skill handles
skill({ id: 's', title: 'x', standards: ['4.NF.A.1'], prerequisites: ['equiv'] });

// @ts-expect-error a pool holds problems and templates, not a skill
skillBuilder({ id: 'sb', title: 'x', skill: add, pool: [add] });

// @ts-expect-error practice and check segments need an assignment
segment({ kind: 'practice', minutes: 10 });

// @ts-expect-error a plan's practice segment gets an assignment handle, not an id
segment({ kind: 'practice', minutes: 10, assignment: 'sb' });

practice({ id: 'pr', title: 'x', problems: [good] });

// --- standards ------------------------------------------------------------------------------------

// @ts-expect-error "5.NF.A.9" is not a CCSS-M code (typo)
skill({ id: 's', title: 'x', standards: ['5.NF.A.9'] });

// @ts-expect-error a skill is aligned to at least one standard
skill({ id: 's', title: 'x', standards: [] });

// --- answers --------------------------------------------------------------------------------------

// @ts-expect-error simplest is optional, required or enforced
numeric({ value: '1/2', simplest: 'always' });

text({ accept: { en: ['triangle'], es: ['triángulo'] } });
