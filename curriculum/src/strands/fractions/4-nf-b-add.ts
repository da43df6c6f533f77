/** 4.NF.B.3 — add and subtract fractions and mixed numbers with like denominators. */
import {
  bottomOut,
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
  forgetsCarry,
  ft,
  fx,
  keepsFractionPart,
  mixedTex,
  mustHold,
  NAMES,
  namesOtherPart,
  type Require,
  regroupKeepsWhole,
  smallerFromLarger,
  t,
  wholeAsNumerator,
  wrongOperation,
} from './3-nf-a-shared.js';

export const addLike = curriculumSkill<Lang>({
  id: 'g4-nf-b-add-sub-like',
  title: {
    en: 'Add and subtract fractions with like denominators',
    es: 'Sumar y restar fracciones con el mismo denominador',
  },
  standards: ['4.NF.B.3a', '4.NF.B.3d'],
  tutor: {
    summary: t(
      'With like denominators the pieces are the same size, so add or subtract the numbers of pieces and keep the size: $\\frac{2}{5} + \\frac{1}{5} = \\frac{3}{5}$. A whole number is a number of wholes: $1 = \\frac{5}{5}$.',
      'Con el mismo denominador las partes son del mismo tamaño: suma o resta cuántas partes hay y conserva el tamaño: $\\frac{2}{5} + \\frac{1}{5} = \\frac{3}{5}$. Un número entero son enteros: $1 = \\frac{5}{5}$.',
    ),
    mastery: t(
      'The student keeps the denominator, explains "fifths plus fifths are fifths", and renames wholes as fifths to take a fraction from a whole number.',
      'El estudiante conserva el denominador, explica "quintos más quintos son quintos" y escribe los enteros como quintos para quitar una fracción de un número entero.',
    ),
    watchFor: [
      t(
        'Adding the denominators: $\\frac{2}{5} + \\frac{1}{5} = \\frac{3}{10}$.',
        'Sumar los denominadores: $\\frac{2}{5} + \\frac{1}{5} = \\frac{3}{10}$.',
      ),
      t(
        '$3 - \\frac{2}{5}$ answered as $\\frac{1}{5}$ or $2\\frac{2}{5}$.',
        '$3 - \\frac{2}{5}$ respondido como $\\frac{1}{5}$ o $2\\frac{2}{5}$.',
      ),
    ],
    talkMoves: [
      t('"Say it with the unit: 2 fifths and 1 fifth make...?"', '"Dilo con la unidad: 2 quintos y 1 quinto son...?"'),
      t('"How many fifths are in one whole? In 3 wholes?"', '"¿Cuántos quintos hay en un entero? ¿Y en 3 enteros?"'),
    ],
    workedExample: {
      problem: '$3 - \\frac{2}{5}$',
      steps: [
        t('3 wholes are $\\frac{15}{5}$.', '3 enteros son $\\frac{15}{5}$.'),
        t('Take away 2 fifths: $15 - 2 = 13$ fifths.', 'Quita 2 quintos: $15 - 2 = 13$ quintos.'),
        '$\\frac{13}{5} = 2\\frac{3}{5}$',
      ],
    },
  },
});

export interface LikeParams {
  readonly shape: 'add' | 'left' | 'whole';
  /** First amount: a/b, or the whole number a for `whole`. */
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly who: string;
}

/** a/b + c/b; a story "a/b, c/b eaten, how much is left"; or a − c/b with a whole number a. */
export function likeBody(p: LikeParams, require: Require): ProblemBody<Lang> {
  const { shape, a, b, c, who } = p;
  const params = { shape, a, b, c, who };
  require(c >= 1 && c < b, 'a proper fraction to add or take away');
  if (shape === 'add') {
    require(a >= 1 && a < b && a !== c && a + c !== 2 * Math.abs(a - c), 'distinct wrong answers');
    const sum = a + c;
    return {
      stem: t(`Add: $${fx(a, b)} + ${fx(c, b)}$`, `Suma: $${fx(a, b)} + ${fx(c, b)}$`),
      answer: numeric({ value: ft(sum, b), forms: ['fraction', 'mixed'] }),
      params,
      hints: [
        hint(
          t(
            `Both count pieces of size $${fx(1, b)}$ of the same whole. What stays the same when you add?`,
            `Las dos cuentan partes de tamaño $${fx(1, b)}$ del mismo entero. ¿Qué se queda igual al sumar?`,
          ),
        ),
        hint(
          t(
            `Count the pieces: ${a} pieces and ${c} pieces of size $${fx(1, b)}$.`,
            `Cuenta las partes: ${a} partes y ${c} partes de tamaño $${fx(1, b)}$.`,
          ),
        ),
        bottomOut(`$${fx(a, b)} + ${fx(c, b)} = ${fx(sum, b)}${sum > b ? ` = ${mixedTex(sum, b)}` : ''}$`),
      ],
      wrongAnswers: [
        wrongAnswer({
          match: ft(sum, 2 * b),
          feedback: t(
            `Adding pieces does not change their size. Is $${fx(sum, 2 * b)}$ more than $${fx(a, b)}$?`,
            `Sumar partes no cambia su tamaño. ¿$${fx(sum, 2 * b)}$ es más que $${fx(a, b)}$?`,
          ),
          misconception: addsDenominators,
          tutorMove: t(
            `Ask: "${a} of these pieces plus ${c} more of the same pieces: what size are the pieces now?"`,
            `Pregunta: "${a} de estas partes más ${c} partes iguales: ¿de qué tamaño son las partes ahora?"`,
          ),
        }),
        wrongAnswer({
          match: ft(Math.abs(a - c), b),
          feedback: t('Check the sign: this problem adds.', 'Revisa el signo: este problema suma.'),
          misconception: wrongOperation,
          tutorMove: t(
            'Ask: "Read the sign out loud. Will the answer be more or less than each fraction?"',
            'Pregunta: "Lee el signo en voz alta. ¿La respuesta será mayor o menor que cada fracción?"',
          ),
        }),
      ],
    };
  }
  if (shape === 'left') {
    require(a > c && a < b && a - c !== c, 'something is left, and it differs from what was eaten');
    return {
      stem: t(
        `${who} has $${fx(a, b)}$ of a pan of cornbread and eats $${fx(c, b)}$ of the pan. How much of the pan is left?`,
        `${who} tiene $${fx(a, b)}$ de una bandeja de pan de maíz y se come $${fx(c, b)}$ de la bandeja. ¿Cuánto de la bandeja queda?`,
      ),
      answer: numeric({ value: ft(a - c, b), forms: ['fraction'] }),
      params,
      hints: [
        hint(t('Eating takes some away. Which operation is that?', 'Comer quita una parte. ¿Qué operación es esa?')),
        hint(
          t(
            `Same-size pieces: ${a} pieces take away ${c} pieces.`,
            `Partes del mismo tamaño: ${a} partes menos ${c} partes.`,
          ),
        ),
        bottomOut(`$${fx(a, b)} - ${fx(c, b)} = ${fx(a - c, b)}$`),
      ],
      wrongAnswers: [
        wrongAnswer({
          match: ft(a + c, b),
          feedback: t(
            `${who} ate some, so there should be less than $${fx(a, b)}$ left.`,
            `${who} se comió una parte, así que debe quedar menos de $${fx(a, b)}$.`,
          ),
          misconception: wrongOperation,
          tutorMove: t(
            `Ask: "Before eating, ${who} had $${fx(a, b)}$. After eating, more or less?"`,
            `Pregunta: "Antes de comer, ${who} tenía $${fx(a, b)}$. Después de comer, ¿más o menos?"`,
          ),
        }),
        wrongAnswer({
          match: ft(c, b),
          feedback: t(
            'That is how much was eaten. The question asks what is left.',
            'Eso es lo que se comió. La pregunta pide lo que queda.',
          ),
          misconception: namesOtherPart,
          tutorMove: t(
            `Ask the student to shade ${a} of ${b} parts, cross out ${c}, and count what is not crossed out.`,
            `Pide al estudiante que coloree ${a} de ${b} partes, tache ${c} y cuente lo que no está tachado.`,
          ),
        }),
      ],
    };
  }
  // A whole number minus a fraction: a − c/b = (ab − c)/b.
  const left = a * b - c;
  const keeps = (a - 1) * b + c;
  const asNumerator = Math.abs(a - c);
  require(a >= 1 && a <= 5 && a !== c, 'a small whole number that is not the numerator');
  require(new Set([left, keeps, asNumerator]).size === 3, 'distinct wrong answers');
  return {
    stem: t(`Subtract: $${a} - ${fx(c, b)}$`, `Resta: $${a} - ${fx(c, b)}$`),
    answer: numeric({ value: ft(left, b), forms: ['fraction', 'mixed'] }),
    params,
    hints: [
      hint(
        t(
          `How many pieces of size $${fx(1, b)}$ make one whole? Write ${a} as a fraction with denominator ${b}.`,
          `¿Cuántas partes de tamaño $${fx(1, b)}$ forman un entero? Escribe ${a} como fracción con denominador ${b}.`,
        ),
      ),
      hint(
        t(`$${a} = ${fx(a * b, b)}$. Now take away ${c} pieces.`, `$${a} = ${fx(a * b, b)}$. Ahora quita ${c} partes.`),
      ),
      bottomOut(`$${fx(a * b, b)} - ${fx(c, b)} = ${fx(left, b)}${left > b ? ` = ${mixedTex(left, b)}` : ''}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: ft(asNumerator, b),
        feedback: t(
          `${a} is ${a} wholes, not ${a} pieces of size $${fx(1, b)}$.`,
          `${a} son ${a} enteros, no ${a} partes de tamaño $${fx(1, b)}$.`,
        ),
        misconception: wholeAsNumerator,
        tutorMove: t(
          `Ask: "How many pieces of size $${fx(1, b)}$ are in ${a} whole${a > 1 ? 's' : ''}?"`,
          `Pregunta: "¿Cuántas partes de tamaño $${fx(1, b)}$ hay en ${a} entero${a > 1 ? 's' : ''}?"`,
        ),
      }),
      wrongAnswer({
        match: ft(keeps, b),
        feedback: t(
          `You took one whole apart. How much of that whole is left after taking $${fx(c, b)}$?`,
          `Separaste un entero. ¿Cuánto de ese entero queda después de quitar $${fx(c, b)}$?`,
        ),
        misconception: keepsFractionPart,
        tutorMove: t(
          `Ask: "Cut one whole into ${b} pieces and take ${c} away. How many pieces are left?"`,
          `Pregunta: "Corta un entero en ${b} partes y quita ${c}. ¿Cuántas partes quedan?"`,
        ),
      }),
    ],
  };
}

const likeTemplate = template<Lang>({
  id: 'g4-nf-b-add-sub-like-pick',
  skill: addLike,
  count: 38,
  generate: (r) => {
    const b = r.pick([3, 4, 5, 6, 8, 10, 12]);
    const shape = r.pick(['add', 'left', 'whole'] as const);
    const a = shape === 'whole' ? r.int(1, 5) : r.int(1, b - 1);
    return likeBody({ shape, a, b, c: r.int(1, b - 1), who: r.pick(NAMES) }, r.require);
  },
});

export const addMixed = curriculumSkill<Lang>({
  id: 'g4-nf-b-mixed-numbers',
  title: { en: 'Add and subtract mixed numbers', es: 'Sumar y restar números mixtos' },
  standards: ['4.NF.B.3c'],
  tutor: {
    summary: t(
      'Add or subtract the wholes and the fraction parts. When the fraction parts make more than a whole, regroup it into the wholes; when there are not enough pieces to take away, regroup one whole as $\\frac{d}{d}$.',
      'Suma o resta los enteros y las fracciones. Si las fracciones forman más de un entero, pásalo a los enteros; si no hay suficientes partes para quitar, desagrupa un entero como $\\frac{d}{d}$.',
    ),
    mastery: t(
      'The student regroups in both directions and checks the size of the answer with a quick estimate.',
      'El estudiante reagrupa en las dos direcciones y comprueba el tamaño de la respuesta con una estimación rápida.',
    ),
    watchFor: [
      t('Taking the smaller numerator from the larger one.', 'Restar el numerador menor del mayor.'),
      t('Regrouping a whole without changing the whole number.', 'Desagrupar un entero sin cambiar el número entero.'),
    ],
    talkMoves: [
      t(
        '"Are there enough pieces to take away? Where can you get more?"',
        '"¿Hay suficientes partes para quitar? ¿De dónde puedes sacar más?"',
      ),
      t('"About how big should the answer be?"', '"¿Más o menos de qué tamaño debe ser la respuesta?"'),
    ],
    workedExample: {
      problem: '$4\\frac{1}{5} - 1\\frac{3}{5}$',
      steps: [
        t(
          'Not enough fifths: regroup one whole, $4\\frac{1}{5} = 3\\frac{6}{5}$.',
          'No hay suficientes quintos: desagrupa un entero, $4\\frac{1}{5} = 3\\frac{6}{5}$.',
        ),
        '$3\\frac{6}{5} - 1\\frac{3}{5} = 2\\frac{3}{5}$',
      ],
    },
  },
});

export interface MixedParams {
  readonly op: '+' | '-';
  readonly w1: number;
  readonly n1: number;
  readonly w2: number;
  readonly n2: number;
  readonly d: number;
}

/** $w_1\frac{n_1}{d} \pm w_2\frac{n_2}{d}$ that needs regrouping. */
export function mixedBody(p: MixedParams, require: Require): ProblemBody<Lang> {
  const { op, w1, n1, w2, n2, d } = p;
  require(n1 >= 1 && n1 < d && n2 >= 1 && n2 < d, 'proper fraction parts');
  const [x, y] = [`${w1}${fx(n1, d)}`, `${w2}${fx(n2, d)}`];
  const params = { op, w1, n1, w2, n2, d };
  if (op === '+') {
    require(n1 + n2 > d, 'the fraction parts make more than a whole');
    const total = (w1 + w2) * d + n1 + n2;
    return {
      stem: t(`Add: $${x} + ${y}$`, `Suma: $${x} + ${y}$`),
      answer: numeric({ value: ft(total, d), forms: ['mixed', 'fraction'] }),
      params,
      hints: [
        hint(
          t(
            'Add the wholes, then add the fraction parts. Do the fraction parts make more than 1?',
            'Suma los enteros y luego las fracciones. ¿Las fracciones forman más de 1?',
          ),
        ),
        hint(
          t(
            `$${fx(n1, d)} + ${fx(n2, d)} = ${fx(n1 + n2, d)} = 1${fx(n1 + n2 - d, d)}$. Add that 1 to the wholes.`,
            `$${fx(n1, d)} + ${fx(n2, d)} = ${fx(n1 + n2, d)} = 1${fx(n1 + n2 - d, d)}$. Suma ese 1 a los enteros.`,
          ),
        ),
        bottomOut(`$${w1 + w2} + 1${fx(n1 + n2 - d, d)} = ${mixedTex(total, d)}$`),
      ],
      wrongAnswers: [
        wrongAnswer({
          match: ft(total - d, d),
          feedback: t(
            `$${fx(n1 + n2, d)}$ is more than one whole. Where did that whole go?`,
            `$${fx(n1 + n2, d)}$ es más de un entero. ¿Adónde fue ese entero?`,
          ),
          misconception: forgetsCarry,
          tutorMove: t(
            `Ask: "$${fx(n1 + n2, d)}$: how many wholes is that, and what is left over?"`,
            `Pregunta: "$${fx(n1 + n2, d)}$: ¿cuántos enteros son y cuánto sobra?"`,
          ),
        }),
        wrongAnswer({
          match: ft((w1 + w2) * 2 * d + n1 + n2, 2 * d),
          feedback: t(
            `All the pieces have size $${fx(1, d)}$: adding them does not change their size.`,
            `Todas las partes son de tamaño $${fx(1, d)}$: sumarlas no cambia su tamaño.`,
          ),
          misconception: addsDenominators,
          tutorMove: t(
            `Ask: "${n1} pieces plus ${n2} pieces of size $${fx(1, d)}$: what size are they?"`,
            `Pregunta: "${n1} partes más ${n2} partes de tamaño $${fx(1, d)}$: ¿de qué tamaño son?"`,
          ),
        }),
      ],
    };
  }
  require(w1 > w2 && n1 < n2 && 2 * (n2 - n1) !== d, 'a regroup is needed and the wrong answers differ');
  const left = (w1 - w2) * d + n1 - n2;
  return {
    stem: t(`Subtract: $${x} - ${y}$`, `Resta: $${x} - ${y}$`),
    answer: numeric({ value: ft(left, d), forms: ['mixed', 'fraction'] }),
    params,
    hints: [
      hint(
        t(
          `Can you take ${n2} pieces from ${n1} pieces? If not, where can you get more?`,
          `¿Puedes quitar ${n2} partes de ${n1} partes? Si no, ¿de dónde sacas más?`,
        ),
      ),
      hint(
        t(
          `Regroup one whole: $${x} = ${w1 - 1}${fx(n1 + d, d)}$.`,
          `Desagrupa un entero: $${x} = ${w1 - 1}${fx(n1 + d, d)}$.`,
        ),
      ),
      bottomOut(`$${w1 - 1}${fx(n1 + d, d)} - ${y} = ${mixedTex(left, d)}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: ft((w1 - w2) * d + n2 - n1, d),
        feedback: t(
          `You took $${fx(n1, d)}$ from $${fx(n2, d)}$, but the problem takes $${fx(n2, d)}$ away from $${x}$.`,
          `Quitaste $${fx(n1, d)}$ de $${fx(n2, d)}$, pero el problema quita $${fx(n2, d)}$ de $${x}$.`,
        ),
        misconception: smallerFromLarger,
        tutorMove: t(
          `Ask: "You have ${n1} pieces and must take away ${n2}. What can you do with one of the ${w1} wholes?"`,
          `Pregunta: "Tienes ${n1} partes y debes quitar ${n2}. ¿Qué puedes hacer con uno de los ${w1} enteros?"`,
        ),
      }),
      wrongAnswer({
        match: ft(left + d, d),
        feedback: t(
          `Good regrouping! When one whole became $${fx(d, d)}$, how many wholes were left?`,
          `¡Bien desagrupado! Cuando un entero se convirtió en $${fx(d, d)}$, ¿cuántos enteros quedaron?`,
        ),
        misconception: regroupKeepsWhole,
        tutorMove: t(
          `Ask: "You broke one of the ${w1} wholes into pieces. How many whole ones are still there?"`,
          `Pregunta: "Partiste uno de los ${w1} enteros. ¿Cuántos enteros completos quedan?"`,
        ),
      }),
    ],
  };
}

const mixedTemplate = template<Lang>({
  id: 'g4-nf-b-mixed-regroup',
  skill: addMixed,
  count: 38,
  generate: (r) => {
    const d = r.pick([3, 4, 5, 6, 8, 10, 12]);
    const op = r.pick(['+', '-'] as const);
    const [w1, w2] = op === '+' ? [r.int(1, 6), r.int(1, 5)] : [r.int(2, 9), r.int(1, 5)];
    return mixedBody({ op, w1, n1: r.int(1, d - 1), w2, n2: r.int(1, d - 1), d }, r.require);
  },
});

export const likePool = [likeTemplate] as const;
export const mixedPool = [mixedTemplate] as const;

export const fixedLike = (id: string, p: LikeParams) => problem<Lang>({ id, skill: addLike, ...likeBody(p, mustHold) });
export const fixedMixed = (id: string, p: MixedParams) =>
  problem<Lang>({ id, skill: addMixed, ...mixedBody(p, mustHold) });
