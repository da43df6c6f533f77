/** 6.NS.A — Apply and extend previous understandings of multiplication and division to divide fractions by fractions. */
import { cluster } from '../../kit.js';
import { multiplyProblem } from './5-nf-b-multiply.js';
import { unitProblem } from './5-nf-b-unit-divide.js';
import {
  divideFractionStories,
  divideFractions,
  divideProblem,
  divideStoryTemplate,
  divideTemplate,
} from './6-ns-a-divide.js';

export default cluster({
  code: '6.NS.A',
  strand: 'fractions',
  title: { en: 'Dividing fractions by fractions', es: 'División de fracciones entre fracciones' },
  skills: [
    { skill: divideFractions, pool: [divideTemplate] },
    { skill: divideFractionStories, pool: [divideStoryTemplate] },
  ],
  check: [
    divideProblem('g6-ns-a-check-1', { w: 0, a: 2, b: 3, c: 1, d: 6, shape: 'bare' }),
    divideProblem('g6-ns-a-check-2', { w: 0, a: 3, b: 4, c: 2, d: 5, shape: 'bare' }),
    divideProblem('g6-ns-a-check-3', { w: 2, a: 1, b: 2, c: 3, d: 4, shape: 'bare' }),
    divideProblem('g6-ns-a-check-4', { w: 6, a: 0, b: 1, c: 3, d: 4, shape: 'servings' }, 'Aiyana'),
    divideProblem('g6-ns-a-check-5', { w: 4, a: 0, b: 1, c: 2, d: 3, shape: 'whole-bag' }),
  ],
  warmUp: [
    multiplyProblem('g6-ns-a-warm-up-1', { n: 0, a: 1, b: 2, c: 3, d: 5, shape: 'fractions' }),
    multiplyProblem('g6-ns-a-warm-up-2', { n: 3, a: 1, b: 4, c: 0, d: 0, shape: 'whole-last' }),
    unitProblem('g6-ns-a-warm-up-3', { a: 4, n: 3, shape: 'whole-by-unit' }),
  ],
  exitTicket: [
    divideProblem('g6-ns-a-exit-1', { w: 0, a: 5, b: 6, c: 1, d: 3, shape: 'bare' }),
    divideProblem('g6-ns-a-exit-2', { w: 0, a: 1, b: 2, c: 2, d: 3, shape: 'width' }),
  ],
  scripts: {
    warmUp: {
      en: 'Three quick ones from last year: multiplying fractions and "how many pieces fit". Say your estimate first.',
      es: 'Tres rápidos del año pasado: multiplicar fracciones y "cuántas partes caben". Di primero tu estimación.',
    },
    practice: {
      en: 'Before you compute, say whether the answer is more or less than 1. Check each answer by multiplying it by the divisor.',
      es: 'Antes de calcular, di si la respuesta es mayor o menor que 1. Comprueba cada respuesta multiplicándola por el divisor.',
    },
    check: {
      en: 'Five problems, no hints from me. Write the division before you solve a story.',
      es: 'Cinco problemas, sin pistas mías. Escribe la división antes de resolver una historia.',
    },
    exitTicket: {
      en: 'Two last problems. Then tell me which number you flip when you divide, and why.',
      es: 'Dos últimos problemas. Luego dime qué número inviertes al dividir y por qué.',
    },
  },
});
