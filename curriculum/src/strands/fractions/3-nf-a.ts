/** 3.NF.A — Develop understanding of fractions as numbers. */
import {
  bottomOut,
  cluster,
  curriculumSkill,
  frac,
  hint,
  type Lang,
  numeric,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import { comparePool, compareSame, fixedCompare } from './3-nf-a-compare.js';
import { addsSameAmount, keepsNumerator } from './3-nf-a-shared.js';
import { fixedLine, fixedUnit, linePool, numberLine, unitFractions, unitPool } from './3-nf-a-unit.js';

export { addsSameAmount, keepsNumerator };

export const equivalentFractions = curriculumSkill<Lang>({
  id: 'g3-equivalent-fractions',
  title: { en: 'Find an equivalent fraction', es: 'Encontrar una fracción equivalente' },
  standards: ['3.NF.A.3b'],
  tutor: {
    summary: {
      en: 'Two fractions are equivalent when they name the same amount. Cutting every piece into $k$ equal parts makes $k$ times as many pieces, each $k$ times smaller.',
      es: 'Dos fracciones son equivalentes cuando nombran la misma cantidad. Si cortas cada parte en $k$ partes iguales, tienes $k$ veces más partes, cada una $k$ veces más pequeña.',
    },
    mastery: {
      en: 'The student multiplies top and bottom by the same number and can say why: "each piece was cut into 3, so there are 3 times as many pieces".',
      es: 'El estudiante multiplica arriba y abajo por el mismo número y puede explicar por qué: "cada parte se cortó en 3, así que hay 3 veces más partes".',
    },
    watchFor: [
      { en: 'Adding the same number to top and bottom.', es: 'Sumar el mismo número arriba y abajo.' },
      {
        en: 'Changing the denominator but keeping the numerator.',
        es: 'Cambiar el denominador pero dejar igual el numerador.',
      },
    ],
    talkMoves: [
      {
        en: '"How many small pieces fit in one big piece?"',
        es: '"¿Cuántas partes pequeñas caben en una parte grande?"',
      },
      {
        en: '"Draw it: do both fractions cover the same amount?"',
        es: '"Dibújalo: ¿las dos fracciones cubren la misma cantidad?"',
      },
      {
        en: '"What did you multiply the bottom by? What about the top?"',
        es: '"¿Por cuánto multiplicaste abajo? ¿Y arriba?"',
      },
    ],
    workedExample: {
      problem: '$\\frac{2}{3} = \\frac{?}{6}$',
      steps: [
        {
          en: 'Thirds to sixths: each third is cut into 2 pieces, because $3 \\times 2 = 6$.',
          es: 'De tercios a sextos: cada tercio se corta en 2 partes, porque $3 \\times 2 = 6$.',
        },
        {
          en: 'So there are twice as many pieces: $2 \\times 2 = 4$.',
          es: 'Entonces hay el doble de partes: $2 \\times 2 = 4$.',
        },
        '$\\frac{2}{3} = \\frac{4}{6}$',
      ],
    },
  },
});

/**
 * $\frac{a}{b} = \frac{?}{kb}$ (the missing numerator is $ka$) or $\frac{a}{b} = \frac{ka}{?}$
 * (the missing denominator is $kb$). Asking for either part keeps the answers varied.
 */
const missingNumerator = template<Lang>({
  id: 'g3-equivalent-missing-part',
  skill: equivalentFractions,
  count: 36,
  generate: (r) => {
    const b = r.pick([2, 3, 4, 6, 8]);
    const a = r.int(1, b - 1);
    const k = r.int(2, 10);
    const missing = r.pick(['numerator', 'denominator'] as const);
    const start = frac(a, b);
    const top = missing === 'numerator' ? '?' : String(a * k);
    const bottom = missing === 'numerator' ? String(b * k) : '?';
    // What was multiplied, what is missing, and the student's two usual mistakes.
    const [known, knownScaled, partStart] = missing === 'numerator' ? [b, b * k, a] : [a, a * k, b];
    const answer = partStart * k;
    const additive = partStart + (knownScaled - known);
    r.require(additive !== answer && partStart !== answer, 'the wrong answers differ from the answer');
    const part = { numerator: { en: 'top', es: 'numerador' }, denominator: { en: 'bottom', es: 'denominador' } };
    const other = missing === 'numerator' ? part.denominator : part.numerator;
    const same = part[missing];
    return {
      stem: {
        en: `Fill in the missing number: $${start.tex} = \\frac{${top}}{${bottom}}$`,
        es: `Completa el número que falta: $${start.tex} = \\frac{${top}}{${bottom}}$`,
      },
      answer: numeric({ value: String(answer), forms: ['integer'] }),
      params: { a, b, k, missing },
      hints: [
        hint({
          en: `Both fractions must name the same amount. How did the ${other.en} number change from ${known} to ${knownScaled}?`,
          es: `Las dos fracciones deben nombrar la misma cantidad. ¿Cómo cambió el ${other.es} de ${known} a ${knownScaled}?`,
        }),
        hint({
          en: `The ${other.en} was multiplied by ${k} ($${known} \\times ${k} = ${knownScaled}$). Multiply the ${same.en} by ${k} too.`,
          es: `El ${other.es} se multiplicó por ${k} ($${known} \\times ${k} = ${knownScaled}$). Multiplica también el ${same.es} por ${k}.`,
        }),
        bottomOut(`$\\frac{${a} \\times ${k}}{${b} \\times ${k}} = \\frac{${a * k}}{${b * k}}$`),
      ],
      wrongAnswers: [
        wrongAnswer({
          match: String(additive),
          feedback: {
            en: `It looks like you added ${knownScaled - known}, because ${knownScaled - known} was added to the ${other.en}. Fractions stay equal when you multiply, not add.`,
            es: `Parece que sumaste ${knownScaled - known}, porque al ${other.es} se le sumó ${knownScaled - known}. Las fracciones siguen iguales cuando multiplicas, no cuando sumas.`,
          },
          misconception: addsSameAmount,
          tutorMove: {
            en: `Ask: "Is your fraction the same amount as $${start.tex}$? Shade both on a fraction strip and compare."`,
            es: `Pregunta: "¿Tu fracción es la misma cantidad que $${start.tex}$? Colorea las dos en una tira de fracciones y compara."`,
          },
        }),
        wrongAnswer({
          match: String(partStart),
          feedback: {
            en: `The ${other.en} changed, so the ${same.en} has to change too, by the same multiplication.`,
            es: `El ${other.es} cambió, así que el ${same.es} también tiene que cambiar, con la misma multiplicación.`,
          },
          misconception: keepsNumerator,
          tutorMove: {
            en: `Ask: "When each piece is cut into ${k}, what happens to the number of pieces?"`,
            es: `Pregunta: "Si cada parte se corta en ${k}, ¿qué pasa con el número de partes?"`,
          },
        }),
      ],
    };
  },
});

/** A fixed problem with the same shape as the template, for checks and warm-ups. */
export function fixedEquivalent(id: string, a: number, b: number, k: number) {
  const answer = a * k;
  return problem<Lang>({
    id,
    skill: equivalentFractions,
    stem: {
      en: `Fill in the missing number: $\\frac{${a}}{${b}} = \\frac{?}{${b * k}}$`,
      es: `Completa el número que falta: $\\frac{${a}}{${b}} = \\frac{?}{${b * k}}$`,
    },
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { a, b, k },
    hints: [
      hint({ en: 'What was the bottom multiplied by?', es: '¿Por cuánto se multiplicó el denominador?' }),
      hint({ en: `Multiply the top by ${k} too.`, es: `Multiplica también el numerador por ${k}.` }),
      bottomOut(`$\\frac{${a} \\times ${k}}{${b} \\times ${k}} = \\frac{${answer}}{${b * k}}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: String(a + b * k - b),
        feedback: {
          en: 'Multiply, do not add: fractions stay equal when top and bottom are multiplied by the same number.',
          es: 'Multiplica, no sumes: las fracciones siguen iguales cuando se multiplican arriba y abajo por el mismo número.',
        },
        misconception: addsSameAmount,
        tutorMove: {
          en: 'Ask the student to shade both fractions on fraction strips.',
          es: 'Pide al estudiante que coloree las dos fracciones en tiras de fracciones.',
        },
      }),
      wrongAnswer({
        match: String(a),
        feedback: { en: 'Smaller pieces: you need more of them.', es: 'Partes más pequeñas: necesitas más.' },
        misconception: keepsNumerator,
        tutorMove: {
          en: 'Ask: "How many small pieces make one big piece?"',
          es: 'Pregunta: "¿Cuántas partes pequeñas forman una parte grande?"',
        },
      }),
    ],
  });
}

export default cluster({
  code: '3.NF.A',
  strand: 'fractions',
  title: { en: 'Fractions as numbers', es: 'Las fracciones como números' },
  skills: [
    { skill: unitFractions, pool: unitPool },
    { skill: numberLine, pool: linePool },
    { skill: equivalentFractions, pool: [missingNumerator] },
    { skill: compareSame, pool: comparePool },
  ],
  check: [
    fixedUnit('g3-nf-a-check-1', { shape: 'shade', a: 3, b: 8, who: 'Mei' }),
    fixedLine('g3-nf-a-check-2', { shape: 'ticks', a: 2, b: 3, who: 'Kai' }),
    fixedEquivalent('g3-nf-a-check-3', 2, 3, 2),
    fixedEquivalent('g3-nf-a-check-4', 3, 4, 2),
    fixedCompare('g3-nf-a-check-5', { a: 2, b: 3, c: 2, d: 6, ask: 'greater' }),
  ],
  warmUp: [
    fixedUnit('g3-nf-a-warm-up-1', { shape: 'count', a: 2, b: 5, who: 'Ana' }),
    fixedUnit('g3-nf-a-warm-up-2', { shape: 'shade', a: 1, b: 4, who: 'Omar' }),
  ],
  exitTicket: [
    fixedLine('g3-nf-a-exit-1', { shape: 'jumps', a: 5, b: 4, who: 'Zoe' }),
    fixedEquivalent('g3-nf-a-exit-2', 3, 8, 2),
  ],
  scripts: {
    warmUp: {
      en: 'Two quick ones to start. Show me with your fingers how many pieces.',
      es: 'Dos rápidos para empezar. Muéstrame con los dedos cuántas partes.',
    },
    practice: {
      en: 'Work on your own; I will come around. Use a hint before you guess.',
      es: 'Trabaja por tu cuenta; pasaré por tu lugar. Usa una pista antes de adivinar.',
    },
    check: {
      en: 'Five problems, no hints from me. Show what you know.',
      es: 'Cinco problemas, sin pistas mías. Muestra lo que sabes.',
    },
    exitTicket: {
      en: 'One last problem, then tell me one thing you learned.',
      es: 'Un último problema y luego dime algo que aprendiste.',
    },
  },
});
