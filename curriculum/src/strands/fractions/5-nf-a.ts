/** 5.NF.A — Use equivalent fractions as a strategy to add and subtract fractions. */
import { cluster } from '../../kit.js';
import { addUnlike, addUnlikeProblem, addUnlikeTemplate } from './5-nf-a-add.js';
import { mixedNumbers, mixedProblem, mixedTemplate } from './5-nf-a-mixed.js';
import { fractionWordProblems, wordProblem, wordTemplate } from './5-nf-a-word.js';

export default cluster({
  code: '5.NF.A',
  strand: 'fractions',
  title: {
    en: 'Adding and subtracting fractions with unlike denominators',
    es: 'Suma y resta de fracciones con distinto denominador',
  },
  skills: [
    { skill: addUnlike, pool: [addUnlikeTemplate] },
    { skill: mixedNumbers, pool: [mixedTemplate] },
    { skill: fractionWordProblems, pool: [wordTemplate] },
  ],
  check: [
    addUnlikeProblem('g5-nf-a-check-1', { a: 1, b: 2, c: 1, d: 3, op: '+' }),
    addUnlikeProblem('g5-nf-a-check-2', { a: 5, b: 6, c: 1, d: 4, op: '-' }),
    mixedProblem('g5-nf-a-check-3', { w1: 2, a: 1, b: 2, w2: 1, c: 2, d: 3, op: '+' }),
    mixedProblem('g5-nf-a-check-4', { w1: 4, a: 1, b: 3, w2: 1, c: 3, d: 4, op: '-' }),
    wordProblem('g5-nf-a-check-5', { a: 7, b: 8, c: 1, d: 2, shape: 'juice' }, ['Nia', 'Tomás']),
  ],
  warmUp: [
    addUnlikeProblem('g5-nf-a-warm-up-1', { a: 1, b: 2, c: 1, d: 4, op: '+' }),
    addUnlikeProblem('g5-nf-a-warm-up-2', { a: 1, b: 3, c: 1, d: 6, op: '+' }),
    addUnlikeProblem('g5-nf-a-warm-up-3', { a: 3, b: 4, c: 1, d: 2, op: '-' }),
  ],
  exitTicket: [
    addUnlikeProblem('g5-nf-a-exit-1', { a: 2, b: 3, c: 1, d: 5, op: '+' }),
    mixedProblem('g5-nf-a-exit-2', { w1: 3, a: 1, b: 6, w2: 1, c: 1, d: 2, op: '-' }),
  ],
  scripts: {
    warmUp: {
      en: 'Three quick ones. Before you add, tell your partner what size pieces you will use.',
      es: 'Tres rápidos. Antes de sumar, dile a tu compañero de qué tamaño serán las partes.',
    },
    practice: {
      en: 'Work on your own. Estimate first, then compute; use a hint before you guess.',
      es: 'Trabaja por tu cuenta. Primero estima y luego calcula; usa una pista antes de adivinar.',
    },
    check: {
      en: 'Five problems, no hints from me. Check each answer against an estimate.',
      es: 'Cinco problemas, sin pistas mías. Compara cada respuesta con una estimación.',
    },
    exitTicket: {
      en: 'Two last problems. Then tell me how you chose your common denominator.',
      es: 'Dos últimos problemas. Luego dime cómo elegiste tu común denominador.',
    },
  },
});
