/** Test fixtures shared by the format tests, in Node and in the browser. */
import type { Pack } from '../format/schema.js';

/** A small valid pack that touches every kind of reference, answer and text the checks look at. */
export function validPack(): Pack {
  return {
    format: 'tutorkit.pack/1',
    id: 'test.fixture',
    version: '1.0.0',
    title: { en: 'Fixture', es: 'Prueba' },
    license: 'CC0-1.0',
    authors: [{ name: 'Test author' }],
    locales: ['en', 'es'],
    skills: [
      { id: 'eq', title: 'Equivalent fractions', standards: ['4.NF.A.1'] },
      {
        id: 'add',
        title: { en: 'Add fractions', es: 'Sumar fracciones' },
        standards: ['5.NF.A.1'],
        prerequisites: ['eq'],
        mastery: { model: 'streak' },
        tutor: {
          summary: 'Rename with a common denominator, then add.',
          mastery: { en: 'Adds and explains.', es: 'Suma y explica.' },
          watchFor: ['Adding across.'],
          talkMoves: [{ en: 'What size pieces?', es: '¿Qué tamaño de partes?' }, 'Is it bigger?'],
          workedExample: {
            problem: '$\\frac{1}{2} + \\frac{1}{3}$',
            steps: ['$\\frac{3}{6} + \\frac{2}{6} = \\frac{5}{6}$'],
          },
        },
      },
    ],
    misconceptions: [{ id: 'across', title: { en: 'Adds across', es: 'Suma en línea recta' } }],
    problems: [
      {
        id: 'p1',
        skill: 'add',
        stem: '$\\frac{1}{2}+\\frac{1}{3}$',
        answer: { kind: 'numeric', value: '5/6', simplest: 'required' },
        hints: [
          { text: { en: 'Find a common denominator.', es: 'Busca un denominador común.' } },
          { text: '$\\frac{3}{6}+\\frac{2}{6}=\\frac{5}{6}$', bottomOut: true },
        ],
        wrongAnswers: [
          {
            match: '2/5',
            feedback: { en: 'Check the denominators.', es: 'Revisa los denominadores.' },
            misconception: 'across',
            tutorMove: {
              en: 'Ask: what does the bottom number tell us?',
              es: 'Pregunta: ¿qué nos dice el número de abajo?',
            },
          },
        ],
        scaffold: [
          {
            id: 's1',
            stem: { en: 'What denominator can both use?', es: '¿Qué denominador pueden usar las dos?' },
            answer: { kind: 'numeric', value: 6 },
          },
          { id: 's2', stem: '$\\frac{1}{2}=\\frac{?}{6}$', answer: { kind: 'numeric', value: 3 } },
        ],
      },
      {
        id: 'p2',
        skill: 'eq',
        stem: { en: 'Which is equal to $\\frac{1}{2}$?', es: '¿Cuál es igual a $\\frac{1}{2}$?' },
        answer: {
          kind: 'choice',
          select: 'single',
          options: [
            { id: 'a', text: '$\\frac{2}{4}$' },
            { id: 'b', text: '$\\frac{1}{3}$' },
          ],
          correct: ['a'],
        },
        hints: [{ text: { en: 'Double the top and the bottom.', es: 'Duplica arriba y abajo.' } }],
        wrongAnswers: [{ match: ['b'], feedback: 'No.', tutorMove: 'Ask.' }],
      },
      {
        id: 'p3',
        skill: 'add',
        stem: { en: 'What is 12 called here?', es: '¿Cómo se llama 12 aquí?' },
        answer: { kind: 'text', accept: { en: ['common denominator'], es: ['denominador común'] } },
        hints: [{ text: 'common …' }],
        wrongAnswers: [{ match: 'numerator', feedback: 'Not quite.', tutorMove: 'Ask.' }],
      },
      {
        id: 'p4',
        skill: 'add',
        stem: 'Expression',
        answer: { kind: 'expression', value: '3/4*n+1/2', variables: ['n'] },
        hints: [{ text: 'h' }],
      },
      { id: 'p5', skill: 'add', stem: 'Explain', answer: { kind: 'open' }, hints: [{ text: 'h' }] },
    ],
    assignments: [
      { id: 'sb', kind: 'skill-builder', title: 'Add', skill: 'add', problems: ['p1', 'p3'] },
      { id: 'ck', kind: 'check', title: 'Check', problems: ['p2', 'p5'] },
    ],
    plans: [
      {
        id: 'plan',
        title: 'Day 1',
        minutes: 20,
        segments: [
          { kind: 'warm-up', minutes: 5 },
          { kind: 'practice', minutes: 10, assignment: 'sb' },
          { kind: 'check', minutes: 5, assignment: 'ck' },
        ],
      },
    ],
  };
}

/** The repository's hand-written example pack, as text. */
export async function examplePackText(): Promise<string> {
  const relative = '../../../../examples/packs/fractions-unlike-denominators.pack.json';
  const url = new URL(relative, import.meta.url);
  if (url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return readFile(url, 'utf8');
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url}: ${response.status}`);
  return response.text();
}

/** Resolves a JSON Pointer in a document; `found: false` when some token does not exist. */
export function resolvePointer(document: unknown, pointer: string): { found: boolean; parentFound: boolean } {
  if (pointer === '') return { found: true, parentFound: true };
  if (!pointer.startsWith('/')) return { found: false, parentFound: false };
  const tokens = pointer
    .slice(1)
    .split('/')
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
  let current: unknown = document;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const isLast = i === tokens.length - 1;
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) {
      return { found: false, parentFound: isLast && current !== null && typeof current === 'object' };
    }
    current = (current as Record<string, unknown>)[token];
  }
  return { found: true, parentFound: true };
}
