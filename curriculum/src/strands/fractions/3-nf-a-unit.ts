/** 3.NF.A.1 and 3.NF.A.2 — fractions made of unit fractions, and fractions on a number line. */
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
  countsTickMarks,
  countsZero,
  ft,
  fx,
  mustHold,
  NAMES,
  namesOtherPart,
  ordinal,
  partToPart,
  type Require,
  swapsRoles,
  t,
} from './3-nf-a-shared.js';

export const unitFractions = curriculumSkill<Lang>({
  id: 'g3-nf-a-unit-fractions',
  title: { en: 'Fractions as unit fractions', es: 'Fracciones formadas por fracciones unitarias' },
  standards: ['3.NF.A.1'],
  tutor: {
    summary: t(
      'A whole cut into $b$ equal parts gives parts of size $\\frac{1}{b}$ (unit fractions). $\\frac{a}{b}$ is $a$ of those parts: the denominator names the size, the numerator counts.',
      'Un entero cortado en $b$ partes iguales da partes de tamaño $\\frac{1}{b}$ (fracciones unitarias). $\\frac{a}{b}$ son $a$ de esas partes: el denominador nombra el tamaño y el numerador cuenta.',
    ),
    mastery: t(
      'The student names a shaded amount as a fraction of ALL the equal parts, and says how many unit fractions make it: "$\\frac{3}{8}$ is three eighths, 3 copies of $\\frac{1}{8}$".',
      'El estudiante nombra lo coloreado como fracción de TODAS las partes iguales y dice cuántas fracciones unitarias la forman: "$\\frac{3}{8}$ son tres octavos, 3 veces $\\frac{1}{8}$".',
    ),
    watchFor: [
      t(
        'Shaded pieces over unshaded pieces (3 of 8 as $\\frac{3}{5}$).',
        'Partes coloreadas sobre partes sin colorear (3 de 8 como $\\frac{3}{5}$).',
      ),
      t('Naming the unshaded part instead of the shaded one.', 'Nombrar la parte sin colorear en vez de la coloreada.'),
    ],
    talkMoves: [
      t(
        '"How many equal parts is the whole cut into? That is the bottom number."',
        '"¿En cuántas partes iguales está cortado el entero? Ese es el número de abajo."',
      ),
      t('"Say it in words: three... what? Three eighths."', '"Dilo con palabras: tres... ¿qué? Tres octavos."'),
      t(
        '"Count them with me: one eighth, two eighths, three eighths."',
        '"Cuéntalos conmigo: un octavo, dos octavos, tres octavos."',
      ),
    ],
    workedExample: {
      problem: t(
        'A strip has 8 equal parts; 3 are shaded. What fraction is shaded?',
        'Una tira tiene 8 partes iguales; 3 están coloreadas. ¿Qué fracción está coloreada?',
      ),
      steps: [
        t(
          'The whole has 8 equal parts, so each part is $\\frac{1}{8}$.',
          'El entero tiene 8 partes iguales, así que cada parte es $\\frac{1}{8}$.',
        ),
        t('3 parts are shaded: 3 eighths.', 'Hay 3 partes coloreadas: 3 octavos.'),
        '$\\frac{1}{8} + \\frac{1}{8} + \\frac{1}{8} = \\frac{3}{8}$',
      ],
    },
  },
});

export interface UnitParams {
  readonly shape: 'shade' | 'count';
  readonly a: number;
  readonly b: number;
  readonly who: string;
}

const THINGS = [t('paper strip', 'tira de papel'), t('poster board', 'cartulina'), t('flag', 'bandera')];

/** "a of b equal parts": name the fraction, or count the unit fractions in a/b. */
export function unitBody(p: UnitParams, require: Require): ProblemBody<Lang> {
  const { shape, a, b, who } = p;
  require(a >= 1 && a < b && 2 * a !== b, 'a proper fraction that is not one half');
  require(shape === 'shade' || a >= 2, 'more than one unit fraction to count');
  const thing = THINGS[(a + b) % THINGS.length] ?? THINGS[0];
  if (shape === 'shade') {
    return {
      stem: t(
        `${who} cuts a ${thing?.en} into ${b} equal parts and paints ${a} of them. What fraction of the ${thing?.en} is painted?`,
        `${who} corta una ${thing?.es} en ${b} partes iguales y pinta ${a}. ¿Qué fracción de la ${thing?.es} está pintada?`,
      ),
      answer: numeric({ value: ft(a, b), forms: ['fraction'] }),
      params: { shape, a, b, who },
      hints: [
        hint(
          t(
            'How many equal parts make the whole? That number names the size of each part.',
            '¿Cuántas partes iguales forman el entero? Ese número nombra el tamaño de cada parte.',
          ),
        ),
        hint(
          t(
            `Each part is $${fx(1, b)}$. How many of those parts are painted?`,
            `Cada parte es $${fx(1, b)}$. ¿Cuántas de esas partes están pintadas?`,
          ),
        ),
        bottomOut(
          t(`${a} parts of size $${fx(1, b)}$: $${fx(a, b)}$`, `${a} partes de tamaño $${fx(1, b)}$: $${fx(a, b)}$`),
        ),
      ],
      wrongAnswers: [
        wrongAnswer({
          match: ft(a, b - a),
          feedback: t(
            `The bottom number counts ALL the equal parts of the ${thing?.en}, painted or not.`,
            `El número de abajo cuenta TODAS las partes iguales de la ${thing?.es}, pintadas o no.`,
          ),
          misconception: partToPart,
          tutorMove: t(
            `Ask: "How many parts is the whole ${thing?.en} cut into? Is it ${b - a} or ${b}?"`,
            `Pregunta: "¿En cuántas partes está cortada toda la ${thing?.es}? ¿${b - a} o ${b}?"`,
          ),
        }),
        wrongAnswer({
          match: ft(b - a, b),
          feedback: t(
            'That is the part that is NOT painted. Read the question again.',
            'Esa es la parte que NO está pintada. Lee otra vez la pregunta.',
          ),
          misconception: namesOtherPart,
          tutorMove: t(
            `Ask: "Point to the painted parts. How many are there: ${a} or ${b - a}?"`,
            `Pregunta: "Señala las partes pintadas. ¿Cuántas hay: ${a} o ${b - a}?"`,
          ),
        }),
      ],
    };
  }
  return {
    stem: t(
      `How many copies of $${fx(1, b)}$ make $${fx(a, b)}$?`,
      `¿Cuántas veces $${fx(1, b)}$ forman $${fx(a, b)}$?`,
    ),
    answer: numeric({ value: String(a), forms: ['integer'] }),
    params: { shape, a, b, who },
    hints: [
      hint(
        t(
          `$${fx(1, b)}$ is one part when the whole is cut into ${b} equal parts.`,
          `$${fx(1, b)}$ es una parte cuando el entero se corta en ${b} partes iguales.`,
        ),
      ),
      hint(
        t(
          `Which number of $${fx(a, b)}$ counts the parts, the top or the bottom?`,
          `¿Qué número de $${fx(a, b)}$ cuenta las partes, el de arriba o el de abajo?`,
        ),
      ),
      bottomOut(
        t(
          `$${fx(a, b)}$ is ${a} parts of size $${fx(1, b)}$: ${a} copies.`,
          `$${fx(a, b)}$ son ${a} partes de tamaño $${fx(1, b)}$: ${a} veces.`,
        ),
      ),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: String(b),
        feedback: t(
          `${b} tells how many equal parts make a whole, not how many parts you have.`,
          `${b} dice cuántas partes iguales forman un entero, no cuántas partes tienes.`,
        ),
        misconception: swapsRoles,
        tutorMove: t(
          `Ask: "Count by $${fx(1, b)}$ out loud: $${fx(1, b)}$, $${fx(2, b)}$... how many steps to reach $${fx(a, b)}$?"`,
          `Pregunta: "Cuenta de $${fx(1, b)}$ en $${fx(1, b)}$ en voz alta: $${fx(1, b)}$, $${fx(2, b)}$... ¿cuántos pasos hasta $${fx(a, b)}$?"`,
        ),
      }),
      wrongAnswer({
        match: String(b - a),
        feedback: t(
          `${b - a} parts are what is missing to make a whole. How many parts are in $${fx(a, b)}$?`,
          `${b - a} partes son lo que falta para el entero. ¿Cuántas partes hay en $${fx(a, b)}$?`,
        ),
        misconception: namesOtherPart,
        tutorMove: t(
          `Ask the student to shade $${fx(a, b)}$ on a strip of ${b} parts and count the shaded parts.`,
          `Pide al estudiante que coloree $${fx(a, b)}$ en una tira de ${b} partes y cuente las partes coloreadas.`,
        ),
      }),
    ],
  };
}

const unitTemplate = template<Lang>({
  id: 'g3-nf-a-unit-fraction-count',
  skill: unitFractions,
  count: 36,
  generate: (r) => {
    const b = r.pick([3, 4, 5, 6, 8, 10, 12]);
    return unitBody(
      { shape: r.pick(['shade', 'shade', 'count'] as const), a: r.int(1, b - 1), b, who: r.pick(NAMES) },
      r.require,
    );
  },
});

export const numberLine = curriculumSkill<Lang>({
  id: 'g3-nf-a-number-line',
  title: { en: 'Fractions on a number line', es: 'Fracciones en la recta numérica' },
  standards: ['3.NF.A.2a', '3.NF.A.2b'],
  tutor: {
    summary: t(
      'Cut the space from 0 to 1 into $b$ equal spaces: each space is $\\frac{1}{b}$. A point $a$ spaces from 0 is at $\\frac{a}{b}$, even past 1.',
      'Corta el espacio de 0 a 1 en $b$ espacios iguales: cada espacio es $\\frac{1}{b}$. Un punto a $a$ espacios del 0 está en $\\frac{a}{b}$, aunque pase del 1.',
    ),
    mastery: t(
      'The student counts SPACES (jumps) from 0, not tick marks, and names the point: "4 jumps of one sixth, so $\\frac{4}{6}$".',
      'El estudiante cuenta ESPACIOS (saltos) desde 0, no marcas, y nombra el punto: "4 saltos de un sexto, así que $\\frac{4}{6}$".',
    ),
    watchFor: [
      t('Using the number of tick marks as the denominator.', 'Usar el número de marcas como denominador.'),
      t('Counting the mark at 0 as the first jump.', 'Contar la marca del 0 como el primer salto.'),
    ],
    talkMoves: [
      t(
        '"Put your finger on 0. Jump one space at a time and count the jumps."',
        '"Pon el dedo en el 0. Salta un espacio a la vez y cuenta los saltos."',
      ),
      t('"How many equal spaces are between 0 and 1?"', '"¿Cuántos espacios iguales hay entre 0 y 1?"'),
    ],
    workedExample: {
      problem: t(
        'From 0 to 1 there are 5 tick marks, equally spaced. Where is the 3rd mark after 0?',
        'De 0 a 1 hay 5 marcas a la misma distancia. ¿Dónde está la 3.ª marca después del 0?',
      ),
      steps: [
        t(
          '5 marks make 4 spaces, so each space is $\\frac{1}{4}$.',
          '5 marcas forman 4 espacios, así que cada espacio es $\\frac{1}{4}$.',
        ),
        t('The 3rd mark after 0 is 3 spaces from 0.', 'La 3.ª marca después del 0 está a 3 espacios del 0.'),
        '$\\frac{3}{4}$',
      ],
    },
  },
});

export interface LineParams {
  readonly shape: 'ticks' | 'jumps';
  readonly a: number;
  readonly b: number;
  readonly who: string;
}

/** A point `a` spaces from 0 when 0 to 1 has `b` equal spaces (given as b + 1 marks, or as jumps). */
export function lineBody(p: LineParams, require: Require): ProblemBody<Lang> {
  const { shape, a, b, who } = p;
  require(a >= 1 && a < 2 * b && a !== b, 'a point between 0 and 2 that is not 1');
  const hintSpaces = hint(
    t(
      `Between 0 and 1 there are ${b} equal spaces, so each space is $${fx(1, b)}$.`,
      `Entre 0 y 1 hay ${b} espacios iguales, así que cada espacio es $${fx(1, b)}$.`,
    ),
  );
  const last = bottomOut(
    t(`${a} spaces of $${fx(1, b)}$ from 0: $${fx(a, b)}$`, `${a} espacios de $${fx(1, b)}$ desde 0: $${fx(a, b)}$`),
  );
  const plusOne = wrongAnswer({
    match: ft(a + 1, b),
    feedback: t(
      'Start counting at 0, but do not count 0 itself: the first jump ends at the first mark.',
      'Empieza a contar en el 0, pero no cuentes el 0: el primer salto termina en la primera marca.',
    ),
    misconception: countsZero,
    tutorMove: t(
      `Ask the student to put a finger on 0 and count ${a} jumps out loud, saying a number when the finger lands.`,
      `Pide al estudiante que ponga el dedo en el 0 y cuente ${a} saltos en voz alta, diciendo un número cuando el dedo cae.`,
    ),
  });
  if (shape === 'ticks') {
    require(a < b, 'the point is between 0 and 1');
    return {
      stem: t(
        `A number line from 0 to 1 has ${b + 1} tick marks, equally spaced, counting the marks at 0 and 1. Point P is on the ${ordinal(a)} mark after 0. What fraction is at P?`,
        `Una recta numérica de 0 a 1 tiene ${b + 1} marcas a la misma distancia, contando las marcas del 0 y del 1. El punto P está en la marca ${a} después del 0. ¿Qué fracción está en P?`,
      ),
      answer: numeric({ value: ft(a, b), forms: ['fraction'] }),
      params: { shape, a, b, who },
      hints: [
        hint(
          t(`${b + 1} marks: how many SPACES are between them?`, `${b + 1} marcas: ¿cuántos ESPACIOS hay entre ellas?`),
        ),
        hintSpaces,
        last,
      ],
      wrongAnswers: [
        wrongAnswer({
          match: ft(a, b + 1),
          feedback: t(
            'The bottom number is the number of equal spaces from 0 to 1, not the number of marks.',
            'El número de abajo es la cantidad de espacios iguales de 0 a 1, no la cantidad de marcas.',
          ),
          misconception: countsTickMarks,
          tutorMove: t(
            `Ask: "Draw ${b + 1} marks. How many spaces do you see between them?"`,
            `Pregunta: "Dibuja ${b + 1} marcas. ¿Cuántos espacios ves entre ellas?"`,
          ),
        }),
        plusOne,
      ],
    };
  }
  return {
    stem: t(
      `On a number line, 0 to 1 is cut into ${b} equal spaces. ${who} starts at 0 and makes ${a} jumps of one space each. Where does ${who} land? Write a fraction.`,
      `En una recta numérica, de 0 a 1 hay ${b} espacios iguales. ${who} empieza en 0 y da ${a} saltos de un espacio cada uno. ¿Dónde cae? Escribe una fracción.`,
    ),
    answer: numeric({ value: ft(a, b), forms: ['fraction', 'mixed'] }),
    params: { shape, a, b, who },
    hints: [
      hintSpaces,
      hint(
        t(
          'Each jump adds one space. How many spaces is that from 0?',
          'Cada salto suma un espacio. ¿A cuántos espacios del 0 llega?',
        ),
      ),
      last,
    ],
    wrongAnswers: [
      wrongAnswer({
        match: ft(b, a),
        feedback: t(
          'Check which number counts the jumps and which names the size of each space.',
          'Revisa qué número cuenta los saltos y cuál nombra el tamaño de cada espacio.',
        ),
        misconception: swapsRoles,
        tutorMove: t(
          `Ask: "What is the size of one jump? How many jumps did ${who} make?"`,
          `Pregunta: "¿De qué tamaño es un salto? ¿Cuántos saltos dio ${who}?"`,
        ),
      }),
      plusOne,
    ],
  };
}

const lineTemplate = template<Lang>({
  id: 'g3-nf-a-number-line-point',
  skill: numberLine,
  count: 36,
  generate: (r) => {
    const b = r.pick([2, 3, 4, 6, 8]);
    const shape = r.pick(['ticks', 'jumps'] as const);
    const a = shape === 'ticks' ? r.int(1, b - 1) : r.int(1, 2 * b - 1);
    return lineBody({ shape, a, b, who: r.pick(NAMES) }, r.require);
  },
});

export const unitPool = [unitTemplate] as const;
export const linePool = [lineTemplate] as const;

export const fixedUnit = (id: string, p: UnitParams) =>
  problem<Lang>({ id, skill: unitFractions, ...unitBody(p, mustHold) });
export const fixedLine = (id: string, p: LineParams) =>
  problem<Lang>({ id, skill: numberLine, ...lineBody(p, mustHold) });
