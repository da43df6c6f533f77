/** 4.NF.C — Understand decimal notation for fractions, and compare decimal fractions. */
import {
  bottomOut,
  type ChoiceAnswer,
  choice,
  cluster,
  curriculumSkill,
  hint,
  type Lang,
  numeric,
  type ProblemBody,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import {
  addsDenominators,
  decimalText,
  dropsZero,
  fractionPartsAsDecimal,
  ft,
  fx,
  keepsNumerator,
  longerLarger,
  mustHold,
  placeShift,
  type Require,
  shorterLarger,
  t,
} from './3-nf-a-shared.js';
import { fixedEquivalentG4 } from './4-nf-a.js';

export const tenthsHundredths = curriculumSkill<Lang>({
  id: 'g4-nf-c-tenths-hundredths',
  title: { en: 'Add tenths and hundredths', es: 'Sumar décimos y centésimos' },
  standards: ['4.NF.C.5'],
  tutor: {
    summary: t(
      'One tenth is ten hundredths: $\\frac{3}{10} = \\frac{30}{100}$. To add tenths and hundredths, rename the tenths as hundredths, then add the hundredths.',
      'Un décimo son diez centésimos: $\\frac{3}{10} = \\frac{30}{100}$. Para sumar décimos y centésimos, escribe los décimos como centésimos y luego suma los centésimos.',
    ),
    mastery: t(
      'The student renames tenths as hundredths first and explains why with a 10-by-10 grid.',
      'El estudiante escribe primero los décimos como centésimos y explica por qué con una cuadrícula de 10 por 10.',
    ),
    watchFor: [
      t(
        '$\\frac{3}{10} + \\frac{4}{100} = \\frac{7}{110}$ or $\\frac{7}{100}$.',
        '$\\frac{3}{10} + \\frac{4}{100} = \\frac{7}{110}$ o $\\frac{7}{100}$.',
      ),
    ],
    talkMoves: [
      t(
        '"On a hundred grid, how many small squares are in one column (one tenth)?"',
        '"En una cuadrícula de cien, ¿cuántos cuadritos hay en una columna (un décimo)?"',
      ),
      t(
        '"Are tenths and hundredths the same size? What must you do first?"',
        '"¿Los décimos y los centésimos son del mismo tamaño? ¿Qué debes hacer primero?"',
      ),
    ],
    workedExample: {
      problem: '$\\frac{3}{10} + \\frac{4}{100}$',
      steps: [
        t('Rename: $\\frac{3}{10} = \\frac{30}{100}$.', 'Reescribe: $\\frac{3}{10} = \\frac{30}{100}$.'),
        '$\\frac{30}{100} + \\frac{4}{100} = \\frac{34}{100}$',
      ],
    },
  },
});

export interface TenthsParams {
  readonly a: number;
  readonly c: number;
  readonly first: 'tenths' | 'hundredths';
}

/** $\frac{a}{10} + \frac{c}{100}$ (in either order), answered in hundredths. */
export function tenthsBody(p: TenthsParams, require: Require): ProblemBody<Lang> {
  const { a, c, first } = p;
  require(a >= 1 && a <= 9 && c >= 1 && c <= 99, 'tenths and hundredths below one each');
  const sum = 10 * a + c;
  const expr = first === 'tenths' ? `${fx(a, 10)} + ${fx(c, 100)}` : `${fx(c, 100)} + ${fx(a, 10)}`;
  return {
    stem: t(`Add. Write the sum as hundredths: $${expr}$`, `Suma. Escribe el resultado en centésimos: $${expr}$`),
    answer: numeric({ value: ft(sum, 100), forms: ['fraction', 'mixed'] }),
    params: { a, c, first },
    hints: [
      hint(
        t(
          'Tenths and hundredths are different sizes. How many hundredths make one tenth?',
          'Los décimos y los centésimos son de distinto tamaño. ¿Cuántos centésimos forman un décimo?',
        ),
      ),
      hint(
        t(
          `$${fx(a, 10)} = ${fx(10 * a, 100)}$. Now both are hundredths.`,
          `$${fx(a, 10)} = ${fx(10 * a, 100)}$. Ahora los dos son centésimos.`,
        ),
      ),
      bottomOut(`$${fx(10 * a, 100)} + ${fx(c, 100)} = ${fx(sum, 100)}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: ft(a + c, 110),
        feedback: t(
          'Add pieces of the same size; do not add the denominators.',
          'Suma partes del mismo tamaño; no sumes los denominadores.',
        ),
        misconception: addsDenominators,
        tutorMove: t(
          `Ask: "Is $${fx(a + c, 110)}$ more than $${fx(a, 10)}$? Should it be?"`,
          `Pregunta: "¿$${fx(a + c, 110)}$ es más que $${fx(a, 10)}$? ¿Debería serlo?"`,
        ),
      }),
      wrongAnswer({
        match: ft(a + c, 100),
        feedback: t(
          `$${fx(a, 10)}$ is not $${fx(a, 100)}$: one tenth is ten hundredths.`,
          `$${fx(a, 10)}$ no es $${fx(a, 100)}$: un décimo son diez centésimos.`,
        ),
        misconception: keepsNumerator,
        tutorMove: t(
          `Ask the student to shade $${fx(a, 10)}$ on a hundred grid and count the small squares.`,
          `Pide al estudiante que coloree $${fx(a, 10)}$ en una cuadrícula de cien y cuente los cuadritos.`,
        ),
      }),
    ],
  };
}

const tenthsTemplate = template<Lang>({
  id: 'g4-nf-c-tenths-plus-hundredths',
  skill: tenthsHundredths,
  count: 36,
  generate: (r) =>
    tenthsBody({ a: r.int(1, 9), c: r.int(1, 99), first: r.pick(['tenths', 'hundredths'] as const) }, r.require),
});

export const decimalNotation = curriculumSkill<Lang>({
  id: 'g4-nf-c-decimal-notation',
  title: { en: 'Write tenths and hundredths as decimals', es: 'Escribir décimos y centésimos como decimales' },
  standards: ['4.NF.C.6'],
  tutor: {
    summary: t(
      'The first place after the decimal point is tenths, the second is hundredths: $\\frac{7}{100} = 0.07$, with a zero holding the tenths place.',
      'El primer lugar después del punto decimal son las décimas y el segundo las centésimas: $\\frac{7}{100} = 0.07$, con un cero en el lugar de las décimas.',
    ),
    mastery: t(
      'The student writes the decimal with the right number of places and reads it back as a fraction.',
      'El estudiante escribe el decimal con el número correcto de lugares y lo lee de nuevo como fracción.',
    ),
    watchFor: [
      t('Dropping the zero: $\\frac{7}{100}$ as 0.7.', 'Quitar el cero: $\\frac{7}{100}$ como 0.7.'),
      t('$\\frac{3}{10}$ written as 3.10.', '$\\frac{3}{10}$ escrito como 3.10.'),
    ],
    talkMoves: [
      t(
        '"Read your decimal out loud as a fraction. Is it the same?"',
        '"Lee tu decimal en voz alta como fracción. ¿Es lo mismo?"',
      ),
      t(
        '"Tenths or hundredths? So how many places after the point?"',
        '"¿Décimos o centésimos? Entonces, ¿cuántos lugares después del punto?"',
      ),
    ],
    workedExample: {
      problem: '$\\frac{7}{100}$',
      steps: [
        t('Hundredths need two places after the point.', 'Los centésimos necesitan dos lugares después del punto.'),
        t('0 tenths, 7 hundredths: 0.07', '0 décimos, 7 centésimos: 0.07'),
      ],
    },
  },
});

export interface NotationParams {
  readonly w: number;
  readonly c: number;
  readonly den: 10 | 100;
}

/** Write $w\frac{c}{den}$ as a decimal. */
export function notationBody(p: NotationParams, require: Require): ProblemBody<Lang> {
  const { w, c, den } = p;
  require(c >= 1 && c < den && c % 10 !== 0 && (w === 0 || (den === 100 && c < 10)), 'a shape with two known mistakes');
  const places = den === 10 ? 1 : 2;
  const answer = decimalText(w * den + c, places);
  const shown = w === 0 ? fx(c, den) : `${w}${fx(c, den)}`;
  const dropZero = wrongAnswer({
    match: decimalText(w * 10 + c, 1),
    feedback: t(
      'Hundredths go in the second place after the point. What holds the tenths place?',
      'Los centésimos van en el segundo lugar después del punto. ¿Qué ocupa el lugar de los décimos?',
    ),
    misconception: dropsZero,
    tutorMove: t(
      `Ask: "Read ${decimalText(w * 10 + c, 1)} out loud as a fraction. Is it ${c} tenths or ${c} hundredths?"`,
      `Pregunta: "Lee ${decimalText(w * 10 + c, 1)} en voz alta como fracción. ¿Son ${c} décimos o ${c} centésimos?"`,
    ),
  });
  const tooFar = `${w}.${String(c).padStart(places + 1, '0')}`;
  const shift = wrongAnswer({
    match: tooFar,
    feedback: t(
      `${den === 10 ? 'Tenths go in the first place' : 'Hundredths go in the second place'} after the point. Count the places in ${tooFar}.`,
      `${den === 10 ? 'Los décimos van en el primer lugar' : 'Los centésimos van en el segundo lugar'} después del punto. Cuenta los lugares en ${tooFar}.`,
    ),
    misconception: placeShift,
    tutorMove: t(
      `Ask: "What is the first place after the point called? The second? Where does the last digit, ${c % 10}, go?"`,
      `Pregunta: "¿Cómo se llama el primer lugar después del punto? ¿Y el segundo? ¿Dónde va la última cifra, el ${c % 10}?"`,
    ),
  });
  const parts = wrongAnswer({
    match: `${c}.${den}`,
    feedback: t(
      'The decimal point does not split the top and the bottom numbers. How many wholes are there?',
      'El punto decimal no separa el número de arriba y el de abajo. ¿Cuántos enteros hay?',
    ),
    misconception: fractionPartsAsDecimal,
    tutorMove: t(
      `Ask: "Is $${shown}$ more or less than 1? Is ${c}.${den} more or less than 1?"`,
      `Pregunta: "¿$${shown}$ es mayor o menor que 1? ¿Y ${c}.${den}?"`,
    ),
  });
  const wrongAnswers = w > 0 ? [dropZero, shift] : den === 100 && c < 10 ? [dropZero, parts] : [shift, parts];
  return {
    stem: t(`Write $${shown}$ as a decimal.`, `Escribe $${shown}$ como decimal.`),
    answer: numeric({ value: answer, forms: ['decimal'] }),
    params: { w, c, den },
    hints: [
      hint(
        t(
          `Is it tenths or hundredths? How many places after the point does that need?`,
          '¿Son décimos o centésimos? ¿Cuántos lugares después del punto necesita?',
        ),
      ),
      hint(
        den === 10
          ? t(
              `${w} wholes, ${c} tenths: the ${c} goes right after the point.`,
              `${w} enteros, ${c} décimos: el ${c} va justo después del punto.`,
            )
          : t(
              `${w} wholes, ${Math.floor(c / 10)} tenths, ${c % 10} hundredths.`,
              `${w} enteros, ${Math.floor(c / 10)} décimos, ${c % 10} centésimos.`,
            ),
      ),
      bottomOut(`$${shown} = ${answer}$`),
    ],
    wrongAnswers,
  };
}

const notationTemplate = template<Lang>({
  id: 'g4-nf-c-fraction-to-decimal',
  skill: decimalNotation,
  count: 36,
  generate: (r) => {
    const den = r.pick([10, 100, 100] as const);
    const w = den === 100 && r.int(1, 3) === 1 ? r.int(1, 9) : 0;
    const c = den === 10 || w > 0 ? r.int(1, 9) : r.int(1, 99);
    return notationBody({ w, c, den }, r.require);
  },
});

export const compareDecimals = curriculumSkill<Lang>({
  id: 'g4-nf-c-compare-decimals',
  title: { en: 'Compare decimals to hundredths', es: 'Comparar decimales hasta los centésimos' },
  standards: ['4.NF.C.7'],
  tutor: {
    summary: t(
      'Compare decimals by their value, not their length: write each with the same number of places (0.4 = 0.40) and compare tenths first, then hundredths.',
      'Compara los decimales por su valor, no por su largo: escribe cada uno con el mismo número de lugares (0.4 = 0.40) y compara primero los décimos y luego los centésimos.',
    ),
    mastery: t(
      'The student picks the greatest decimal and explains it with tenths and hundredths, e.g. "0.4 is 40 hundredths, more than 35 hundredths".',
      'El estudiante elige el decimal mayor y lo explica con décimos y centésimos, por ejemplo: "0.4 son 40 centésimos, más que 35 centésimos".',
    ),
    watchFor: [
      t('"0.35 is bigger than 0.4 because 35 is bigger than 4."', '"0.35 es mayor que 0.4 porque 35 es mayor que 4."'),
      t(
        '"0.4 is bigger than 0.45 because tenths are bigger than hundredths."',
        '"0.4 es mayor que 0.45 porque los décimos son más grandes que los centésimos."',
      ),
      t('Reading 0.07 as 0.7.', 'Leer 0.07 como 0.7.'),
    ],
    talkMoves: [
      t('"Write them all with two places. Now compare."', '"Escríbelos todos con dos lugares. Ahora compara."'),
      t('"Which has the most tenths?"', '"¿Cuál tiene más décimos?"'),
    ],
    workedExample: {
      problem: t('Which is greatest: 0.4, 0.35 or 0.07?', '¿Cuál es el mayor: 0.4, 0.35 o 0.07?'),
      steps: [
        t('Same number of places: 0.40, 0.35, 0.07.', 'Mismo número de lugares: 0.40, 0.35, 0.07.'),
        t('40 hundredths is the most: 0.4.', '40 centésimos es lo que más hay: 0.4.'),
      ],
    },
  },
});

export interface DecimalsParams {
  /** Hundredths of the three options: a one-place tenth, a two-place decimal, and 0.0w. */
  readonly tenth: number;
  readonly two: number;
  readonly small: number;
  readonly order: string;
}

/** The option id of a decimal below 1 written with `places` places: its digits after the point. */
const did = (text: string) => `d${text.split('.')[1] ?? ''}`;

/** Which is greatest: 0.t, 0.uv or 0.0w? */
export function decimalsBody(p: DecimalsParams, require: Require): ProblemBody<Lang, ChoiceAnswer<string, Lang>> {
  const { tenth, two, small, order } = p;
  require(tenth % 10 === 0 && tenth > 0 && tenth < 100, 'a tenth');
  require(two > 10 && two < 100 && two % 10 !== 0 && small >= 1 && small <= 9, 'two places, and 0.0w');
  require(small * 10 > tenth && small * 10 > two, 'reading 0.0w as 0.w would make it the greatest');
  const [x, y, z] = [decimalText(tenth / 10, 1), decimalText(two, 2), decimalText(small, 2)];
  const tenthWins = tenth > two;
  const right = tenthWins ? x : y;
  const options = [...order].map((k) => (k === 'x' ? x : k === 'y' ? y : z));
  const lineUp = `${decimalText(tenth, 2)}, ${y}, ${z}`;
  return {
    stem: t(`Which number is the greatest: ${options.join(', ')}?`, `¿Qué número es el mayor: ${options.join(', ')}?`),
    answer: choice<string, Lang>({ options: options.map((o) => ({ id: did(o), text: o })), correct: [did(right)] }),
    params: { tenth, two, small, order },
    hints: [
      hint(
        t(
          'Write every number with two places after the point.',
          'Escribe cada número con dos lugares después del punto.',
        ),
      ),
      hint(
        t(
          `${x} = ${decimalText(tenth, 2)}. Now compare the hundredths: ${lineUp}.`,
          `${x} = ${decimalText(tenth, 2)}. Ahora compara los centésimos: ${lineUp}.`,
        ),
      ),
      bottomOut(t(`${right} is the greatest: ${lineUp}.`, `${right} es el mayor: ${lineUp}.`)),
    ],
    wrongAnswers: [
      tenthWins
        ? wrongAnswer({
            match: [did(y)],
            feedback: t(
              `More digits does not mean more. Write ${x} with two places and compare.`,
              `Más cifras no significa más. Escribe ${x} con dos lugares y compara.`,
            ),
            misconception: longerLarger,
            tutorMove: t(
              `Ask: "How many hundredths is ${x}? How many is ${y}?"`,
              `Pregunta: "¿Cuántos centésimos es ${x}? ¿Y ${y}?"`,
            ),
          })
        : wrongAnswer({
            match: [did(x)],
            feedback: t(
              `${y} has ${Math.floor(two / 10)} tenths AND more. Compare ${decimalText(tenth, 2)} with ${y}.`,
              `${y} tiene ${Math.floor(two / 10)} décimos Y más. Compara ${decimalText(tenth, 2)} con ${y}.`,
            ),
            misconception: shorterLarger,
            tutorMove: t(
              `Ask: "Shade ${x} and ${y} on two hundred grids. Which covers more?"`,
              `Pregunta: "Colorea ${x} y ${y} en dos cuadrículas de cien. ¿Cuál cubre más?"`,
            ),
          }),
      wrongAnswer({
        match: [did(z)],
        feedback: t(
          `Look at the zero in ${z}: how many tenths does it have?`,
          `Mira el cero en ${z}: ¿cuántos décimos tiene?`,
        ),
        misconception: dropsZero,
        tutorMove: t(
          `Ask: "Read ${z} as a fraction. Is it ${small} tenths or ${small} hundredths?"`,
          `Pregunta: "Lee ${z} como fracción. ¿Son ${small} décimos o ${small} centésimos?"`,
        ),
      }),
    ],
  };
}

const decimalsTemplate = template<Lang>({
  id: 'g4-nf-c-greatest-decimal',
  skill: compareDecimals,
  count: 36,
  generate: (r) => {
    const t10 = r.int(1, 8);
    // The two-place decimal is a little less (longer-is-larger trap) or a little more (shorter-is-larger trap).
    const less = t10 > 1 && r.pick([true, false]);
    const two = less ? r.int(Math.max(11, t10 * 10 - 30), t10 * 10 - 1) : r.int(t10 * 10 + 1, t10 * 10 + 9);
    return decimalsBody(
      { tenth: t10 * 10, two, small: r.int(t10 + 1, 9), order: r.pick(['xyz', 'yxz', 'zxy', 'xzy', 'yzx', 'zyx']) },
      r.require,
    );
  },
});

const fixedTenths = (id: string, p: TenthsParams) =>
  problem<Lang>({ id, skill: tenthsHundredths, ...tenthsBody(p, mustHold) });
const fixedNotation = (id: string, p: NotationParams) =>
  problem<Lang>({ id, skill: decimalNotation, ...notationBody(p, mustHold) });
const fixedDecimals = (id: string, p: DecimalsParams) =>
  problem<Lang, ChoiceAnswer<string, Lang>>({ id, skill: compareDecimals, ...decimalsBody(p, mustHold) });

export default cluster({
  code: '4.NF.C',
  strand: 'fractions',
  title: { en: 'Decimal notation for fractions', es: 'Notación decimal de las fracciones' },
  skills: [
    { skill: tenthsHundredths, pool: [tenthsTemplate] },
    { skill: decimalNotation, pool: [notationTemplate] },
    { skill: compareDecimals, pool: [decimalsTemplate] },
  ],
  check: [
    fixedTenths('g4-nf-c-check-1', { a: 6, c: 25, first: 'tenths' }),
    fixedNotation('g4-nf-c-check-2', { w: 0, c: 9, den: 100 }),
    fixedNotation('g4-nf-c-check-3', { w: 3, c: 4, den: 100 }),
    fixedDecimals('g4-nf-c-check-4', { tenth: 50, two: 47, small: 8, order: 'yxz' }),
    fixedDecimals('g4-nf-c-check-5', { tenth: 30, two: 36, small: 6, order: 'xzy' }),
  ],
  warmUp: [
    fixedEquivalentG4('g4-nf-c-warm-up-1', { a: 3, b: 10, m: 100, missing: 'numerator' }),
    fixedEquivalentG4('g4-nf-c-warm-up-2', { a: 7, b: 10, m: 100, missing: 'numerator' }),
    fixedEquivalentG4('g4-nf-c-warm-up-3', { a: 60, b: 100, m: 6, missing: 'denominator' }),
  ],
  exitTicket: [
    fixedDecimals('g4-nf-c-exit-1', { tenth: 70, two: 65, small: 9, order: 'zyx' }),
    fixedNotation('g4-nf-c-exit-2', { w: 0, c: 4, den: 10 }),
  ],
  scripts: {
    warmUp: t(
      'Tenths and hundredths: three quick renames. How many hundredths in one tenth?',
      'Décimos y centésimos: tres cambios rápidos. ¿Cuántos centésimos hay en un décimo?',
    ),
    practice: t(
      'Work on your own. Say each decimal as a fraction before you answer.',
      'Trabaja por tu cuenta. Di cada decimal como fracción antes de responder.',
    ),
    check: t(
      'Five problems on your own. Line the decimals up with two places.',
      'Cinco problemas por tu cuenta. Escribe los decimales con dos lugares.',
    ),
    exitTicket: t(
      'Last two. Then tell me: is a longer decimal always bigger?',
      'Los dos últimos. Luego dime: ¿un decimal más largo siempre es mayor?',
    ),
  },
});
