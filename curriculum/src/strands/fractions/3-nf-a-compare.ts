/** 3.NF.A.3d — compare two fractions with the same numerator or the same denominator. */
import {
  bottomOut,
  type ChoiceAnswer,
  choice,
  curriculumSkill,
  hint,
  type Lang,
  type ProblemBody,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import {
  biggerDenominatorBigger,
  fx,
  mustHold,
  type Require,
  sharedPartEqual,
  smallerIsBiggerEverywhere,
  t,
} from './3-nf-a-shared.js';

export const compareSame = curriculumSkill<Lang>({
  id: 'g3-nf-a-compare-same-part',
  title: {
    en: 'Compare fractions with the same numerator or denominator',
    es: 'Comparar fracciones con el mismo numerador o denominador',
  },
  standards: ['3.NF.A.3d'],
  tutor: {
    summary: t(
      'Same denominator: the pieces are the same size, so more pieces is more. Same numerator: the same number of pieces, so bigger pieces (smaller denominator) is more. Both fractions must be of the same whole.',
      'Mismo denominador: las partes son del mismo tamaño, así que más partes es más. Mismo numerador: el mismo número de partes, así que partes más grandes (denominador menor) es más. Las dos fracciones deben ser del mismo entero.',
    ),
    mastery: t(
      'The student picks the greater (or lesser) fraction and gives the reason in terms of piece size or number of pieces, not "because 8 is bigger".',
      'El estudiante elige la fracción mayor (o menor) y da la razón con el tamaño o el número de partes, no "porque 8 es más grande".',
    ),
    watchFor: [
      t('"$\\frac{1}{8}$ is bigger because 8 is bigger than 4."', '"$\\frac{1}{8}$ es mayor porque 8 es mayor que 4."'),
      t(
        'Calling $\\frac{3}{4}$ and $\\frac{3}{8}$ equal because both are 3 pieces.',
        'Decir que $\\frac{3}{4}$ y $\\frac{3}{8}$ son iguales porque las dos son 3 partes.',
      ),
    ],
    talkMoves: [
      t(
        '"Which pieces are bigger: fourths or eighths? Draw two same-size strips."',
        '"¿Qué partes son más grandes: cuartos u octavos? Dibuja dos tiras del mismo tamaño."',
      ),
      t(
        '"What is the same in the two fractions? So what do you compare?"',
        '"¿Qué es igual en las dos fracciones? Entonces, ¿qué comparas?"',
      ),
    ],
    workedExample: {
      problem: t(
        'Which is greater: $\\frac{3}{4}$ or $\\frac{3}{8}$?',
        '¿Cuál es mayor: $\\frac{3}{4}$ o $\\frac{3}{8}$?',
      ),
      steps: [
        t(
          'Both are 3 pieces. Compare the size of the pieces.',
          'Las dos son 3 partes. Compara el tamaño de las partes.',
        ),
        t(
          'A whole cut into 4 parts has bigger parts than a whole cut into 8.',
          'Un entero cortado en 4 partes tiene partes más grandes que uno cortado en 8.',
        ),
        '$\\frac{3}{4} > \\frac{3}{8}$',
      ],
    },
  },
});

export interface SameParams {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly ask: 'greater' | 'less';
}

/** The id of the option for n/d. */
const optionId = (n: number, d: number) => `f${n}-${d}`;

/** $\frac{a}{b}$ against $\frac{c}{d}$, with a = c or b = d; which is greater (or less)? */
export function sameBody(p: SameParams, require: Require): ProblemBody<Lang, ChoiceAnswer<string, Lang>> {
  const { a, b, c, d, ask } = p;
  const sameTop = a === c;
  require((sameTop && b !== d) || (b === d && a !== c), 'same numerator or same denominator, not the same fraction');
  require(a < b && c < d, 'proper fractions');
  const firstBigger = a * d > c * b;
  const [big, small] = firstBigger
    ? [
        [a, b],
        [c, d],
      ]
    : [
        [c, d],
        [a, b],
      ];
  const [right, wrong] = ask === 'greater' ? [big, small] : [small, big];
  const rightId = optionId(right[0] ?? 0, right[1] ?? 0);
  const wrongId = optionId(wrong[0] ?? 0, wrong[1] ?? 0);
  const askEn = ask === 'greater' ? 'greater' : 'less';
  const askEs = ask === 'greater' ? 'mayor' : 'menor';
  return {
    stem: t(
      `Both fractions are of the same size whole. Which is ${askEn}: $${fx(a, b)}$ or $${fx(c, d)}$?`,
      `Las dos fracciones son del mismo entero. ¿Cuál es ${askEs}: $${fx(a, b)}$ o $${fx(c, d)}$?`,
    ),
    answer: choice({
      options: [
        { id: optionId(a, b), text: `$${fx(a, b)}$` },
        { id: optionId(c, d), text: `$${fx(c, d)}$` },
        { id: 'same', text: t('They are equal', 'Son iguales') },
      ],
      correct: [rightId],
    }),
    params: { a, b, c, d, ask },
    hints: [
      hint(
        sameTop
          ? t(
              `Both fractions have ${a} pieces. What is different about the pieces?`,
              `Las dos fracciones tienen ${a} partes. ¿Qué es distinto en las partes?`,
            )
          : t(
              `Both fractions are cut into ${b} equal parts. So the pieces are the same size.`,
              `Las dos fracciones están cortadas en ${b} partes iguales. Las partes son del mismo tamaño.`,
            ),
      ),
      hint(
        sameTop
          ? t(
              `A whole cut into ${Math.min(b, d)} parts has bigger parts than a whole cut into ${Math.max(b, d)} parts.`,
              `Un entero cortado en ${Math.min(b, d)} partes tiene partes más grandes que uno cortado en ${Math.max(b, d)} partes.`,
            )
          : t(
              'With same-size pieces, which fraction has more pieces?',
              'Con partes del mismo tamaño, ¿qué fracción tiene más partes?',
            ),
      ),
      bottomOut(`$${fx(big[0] ?? 0, big[1] ?? 0)} > ${fx(small[0] ?? 0, small[1] ?? 0)}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: [wrongId],
        feedback: sameTop
          ? t(
              'A bigger bottom number means the whole is cut into MORE pieces, so each piece is smaller.',
              'Un número de abajo mayor significa que el entero se corta en MÁS partes, así que cada parte es más pequeña.',
            )
          : t(
              'The pieces are the same size here, so count the pieces: more pieces is more.',
              'Aquí las partes son del mismo tamaño, así que cuenta las partes: más partes es más.',
            ),
        misconception: sameTop ? biggerDenominatorBigger : smallerIsBiggerEverywhere,
        tutorMove: sameTop
          ? t(
              `Ask: "Share a sandwich with ${Math.min(b, d)} people or with ${Math.max(b, d)} people. When is your piece bigger?"`,
              `Pregunta: "Compartes un sándwich entre ${Math.min(b, d)} personas o entre ${Math.max(b, d)}. ¿Cuándo es más grande tu parte?"`,
            )
          : t(
              `Ask: "Shade $${fx(a, b)}$ and $${fx(c, d)}$ on two strips of ${b} parts. Which covers more?"`,
              `Pregunta: "Colorea $${fx(a, b)}$ y $${fx(c, d)}$ en dos tiras de ${b} partes. ¿Cuál cubre más?"`,
            ),
      }),
      wrongAnswer({
        match: ['same'],
        feedback: sameTop
          ? t(
              `Both have ${a} pieces, but are the pieces the same size?`,
              `Las dos tienen ${a} partes, pero ¿las partes son del mismo tamaño?`,
            )
          : t(
              'The pieces are the same size, but is the number of pieces the same?',
              'Las partes son del mismo tamaño, pero ¿el número de partes es el mismo?',
            ),
        misconception: sharedPartEqual,
        tutorMove: t(
          `Ask the student to draw $${fx(a, b)}$ and $${fx(c, d)}$ on two same-size strips and look: do they cover the same amount?`,
          `Pide al estudiante que dibuje $${fx(a, b)}$ y $${fx(c, d)}$ en dos tiras del mismo tamaño y mire: ¿cubren lo mismo?`,
        ),
      }),
    ],
  };
}

const compareTemplate = template<Lang>({
  id: 'g3-nf-a-compare-same-part-pick',
  skill: compareSame,
  count: 36,
  generate: (r) => {
    const ask = r.pick(['greater', 'greater', 'less'] as const);
    if (r.pick(['top', 'bottom'] as const) === 'top') {
      const [b, d] = r.shuffle([2, 3, 4, 6, 8, 10, 12]).slice(0, 2) as [number, number];
      const a = r.int(1, Math.min(b, d) - 1);
      return sameBody({ a, b, c: a, d, ask }, r.require);
    }
    const b = r.pick([3, 4, 5, 6, 8, 10, 12]);
    const [a, c] = r.shuffle(Array.from({ length: b - 1 }, (_, i) => i + 1)).slice(0, 2) as [number, number];
    return sameBody({ a, b, c, d: b, ask }, r.require);
  },
});

export const comparePool = [compareTemplate] as const;

export const fixedCompare = (id: string, p: SameParams) =>
  problem<Lang, ChoiceAnswer<string, Lang>>({ id, skill: compareSame, ...sameBody(p, mustHold) });
