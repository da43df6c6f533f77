/** 5.NF.B — Apply and extend previous understandings of multiplication and division to multiply and divide fractions. */
import { cluster } from '../../kit.js';
import { addUnlikeProblem } from './5-nf-a-add.js';
import { divisionProblem, divisionTemplate, fractionAsDivision } from './5-nf-b-division.js';
import { multiplyFraction, multiplyProblem, multiplyTemplate } from './5-nf-b-multiply.js';
import { multiplyInContext, multiplyWordProblem, multiplyWordTemplate } from './5-nf-b-multiply-word.js';
import { scaling, scalingProblem, scalingTemplate } from './5-nf-b-scaling.js';
import { unitDivideStoryTemplate, unitDivideTemplate, unitDivision, unitProblem } from './5-nf-b-unit-divide.js';

export default cluster({
  code: '5.NF.B',
  strand: 'fractions',
  title: { en: 'Multiplying and dividing fractions', es: 'Multiplicación y división de fracciones' },
  skills: [
    { skill: fractionAsDivision, pool: [divisionTemplate] },
    { skill: multiplyFraction, pool: [multiplyTemplate] },
    { skill: multiplyInContext, pool: [multiplyWordTemplate] },
    { skill: scaling, pool: [scalingTemplate] },
    { skill: unitDivision, pool: [unitDivideTemplate, unitDivideStoryTemplate] },
  ],
  check: [
    divisionProblem('g5-nf-b-check-1', { m: 3, n: 4, shape: 'pizza' }),
    multiplyProblem('g5-nf-b-check-2', { n: 0, a: 2, b: 3, c: 3, d: 4, shape: 'fractions' }),
    multiplyWordProblem('g5-nf-b-check-3', { shape: 'area', w: 2, a: 1, b: 2, c: 3, d: 4 }),
    scalingProblem('g5-nf-b-check-4', { N: 12, p: 5, q: 6, i: 7, j: 4, k: 3, ask: 'less', order: 'glo' }),
    unitProblem('g5-nf-b-check-5', { a: 3, n: 4, shape: 'share' }),
  ],
  warmUp: [
    addUnlikeProblem('g5-nf-b-warm-up-1', { a: 1, b: 2, c: 1, d: 5, op: '+' }),
    addUnlikeProblem('g5-nf-b-warm-up-2', { a: 2, b: 3, c: 1, d: 6, op: '+' }),
    addUnlikeProblem('g5-nf-b-warm-up-3', { a: 5, b: 8, c: 1, d: 4, op: '-' }),
  ],
  exitTicket: [
    multiplyProblem('g5-nf-b-exit-1', { n: 4, a: 2, b: 3, c: 0, d: 0, shape: 'whole-first' }),
    unitProblem('g5-nf-b-exit-2', { a: 5, n: 2, shape: 'whole-by-unit' }),
  ],
  scripts: {
    warmUp: {
      en: 'Three quick sums to wake up our fraction sense. Say the common denominator out loud.',
      es: 'Tres sumas rápidas para despertar el sentido de las fracciones. Di en voz alta el común denominador.',
    },
    practice: {
      en: 'Before you compute, predict: will the answer be bigger or smaller than the numbers you start with? Use a hint before you guess.',
      es: 'Antes de calcular, predice: ¿la respuesta será mayor o menor que los números del principio? Usa una pista antes de adivinar.',
    },
    check: {
      en: 'Five problems, no hints from me. Draw a picture if it helps.',
      es: 'Cinco problemas, sin pistas mías. Haz un dibujo si te ayuda.',
    },
    exitTicket: {
      en: 'Two last problems. Then tell me one way multiplying by a fraction is different from multiplying by a whole number.',
      es: 'Dos últimos problemas. Luego dime en qué se diferencia multiplicar por una fracción de multiplicar por un número entero.',
    },
  },
});
