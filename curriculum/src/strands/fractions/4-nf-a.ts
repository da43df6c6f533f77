/** 4.NF.A — Extend understanding of fraction equivalence and ordering. */
import {
  bottomOut,
  type ChoiceAnswer,
  choice,
  cluster,
  curriculumSkill,
  gcd,
  hint,
  type Lang,
  lcm,
  numeric,
  type ProblemBody,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import { fixedEquivalent } from './3-nf-a.js';
import {
  addsSameAmount,
  benchmarkStops,
  biggerNumbersBigger,
  biggerPiecesAlwaysBigger,
  fx,
  gapThinking,
  keepsNumerator,
  mustHold,
  type Require,
  t,
} from './3-nf-a-shared.js';

export const equivalentG4 = curriculumSkill<Lang>({
  id: 'g4-nf-a-equivalent',
  title: {
    en: 'Rename a fraction: multiply or divide top and bottom',
    es: 'Reescribir una fracción: multiplicar o dividir arriba y abajo',
  },
  standards: ['4.NF.A.1'],
  tutor: {
    summary: t(
      '$\\frac{a}{b} = \\frac{n \\times a}{n \\times b}$: cutting every piece into $n$ gives $n$ times as many pieces, each $n$ times smaller. Dividing top and bottom by the same number joins pieces back together.',
      '$\\frac{a}{b} = \\frac{n \\times a}{n \\times b}$: cortar cada parte en $n$ da $n$ veces más partes, cada una $n$ veces más pequeña. Dividir arriba y abajo por el mismo número vuelve a juntar las partes.',
    ),
    mastery: t(
      'The student finds the factor between the two known numbers (up or down) and applies it to the other part, with a reason about piece size.',
      'El estudiante encuentra el factor entre los dos números conocidos (hacia arriba o hacia abajo) y lo aplica a la otra parte, explicando con el tamaño de las partes.',
    ),
    watchFor: [
      t('Adding or subtracting the same number on top and bottom.', 'Sumar o restar el mismo número arriba y abajo.'),
      t('Changing one part and copying the other.', 'Cambiar una parte y copiar la otra.'),
    ],
    talkMoves: [
      t(
        '"Times what, or divided by what, gets you from this bottom number to that one?"',
        '"¿Por cuánto multiplicas o divides para pasar de este número de abajo a ese?"',
      ),
      t(
        '"Are the new pieces bigger or smaller? So should there be more or fewer of them?"',
        '"¿Las partes nuevas son más grandes o más pequeñas? Entonces, ¿debe haber más o menos?"',
      ),
    ],
    workedExample: {
      problem: '$\\frac{9}{12} = \\frac{?}{4}$',
      steps: [
        t(
          '$12 \\div 3 = 4$: every 3 twelfths join into one fourth.',
          '$12 \\div 3 = 4$: cada 3 doceavos se juntan en un cuarto.',
        ),
        t('Divide the top by 3 too: $9 \\div 3 = 3$.', 'Divide también el numerador entre 3: $9 \\div 3 = 3$.'),
        '$\\frac{9}{12} = \\frac{3}{4}$',
      ],
    },
  },
});

export interface EquivParams {
  /** The known fraction a/b. */
  readonly a: number;
  readonly b: number;
  /** The known part of the other fraction: its denominator, or its numerator. */
  readonly m: number;
  readonly missing: 'numerator' | 'denominator';
}

/** $\frac{a}{b} = \frac{?}{m}$ or $\frac{a}{b} = \frac{m}{?}$, scaling up or down. */
export function equivBody(p: EquivParams, require: Require): ProblemBody<Lang> {
  const { a, b, m, missing } = p;
  // Known pair (scaled by the factor) and the part to scale.
  const [from, to, part] = missing === 'numerator' ? [b, m, a] : [a, m, b];
  require(from !== to && (to % from === 0 || from % to === 0), 'a whole-number factor up or down');
  require((part * to) % from === 0, 'a whole-number answer');
  const answer = (part * to) / from;
  const up = to > from;
  const factor = up ? to / from : from / to;
  const additive = part + (to - from);
  require(additive > 0 && additive !== answer && part !== answer, 'the wrong answers differ from the answer');
  const other = missing === 'numerator' ? t('denominator', 'denominador') : t('numerator', 'numerador');
  const same = missing === 'numerator' ? t('numerator', 'numerador') : t('denominator', 'denominador');
  const op = up ? '\\times' : '\\div';
  const [top, bottom] = missing === 'numerator' ? ['?', String(m)] : [String(m), '?'];
  const [rTop, rBottom] = missing === 'numerator' ? [answer, m] : [m, answer];
  return {
    stem: t(
      `Fill in the missing number: $${fx(a, b)} = \\frac{${top}}{${bottom}}$`,
      `Completa el número que falta: $${fx(a, b)} = \\frac{${top}}{${bottom}}$`,
    ),
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { a, b, m, missing },
    hints: [
      hint(
        t(
          `Look at the ${other.en}s: ${from} and ${to}. Multiply or divide by what?`,
          `Mira los ${other.es}es: ${from} y ${to}. ¿Por cuánto multiplicas o entre cuánto divides?`,
        ),
      ),
      hint(
        t(
          `$${from} ${op} ${factor} = ${to}$. Do the same to the ${same.en}.`,
          `$${from} ${op} ${factor} = ${to}$. Haz lo mismo con el ${same.es}.`,
        ),
      ),
      bottomOut(`$${part} ${op} ${factor} = ${answer}$, $${fx(a, b)} = ${fx(rTop, rBottom)}$`),
    ],
    wrongAnswers: [
      wrongAnswer({
        match: String(additive),
        feedback: t(
          `The ${other.en} changed by ${up ? 'adding' : 'taking away'} ${Math.abs(to - from)}? Equivalent fractions come from multiplying or dividing, not adding or subtracting.`,
          `¿El ${other.es} cambió al ${up ? 'sumar' : 'restar'} ${Math.abs(to - from)}? Las fracciones equivalentes salen de multiplicar o dividir, no de sumar o restar.`,
        ),
        misconception: addsSameAmount,
        tutorMove: t(
          `Ask: "Is $\\frac{${missing === 'numerator' ? additive : m}}{${missing === 'numerator' ? m : additive}}$ the same amount as $${fx(a, b)}$? Check on fraction strips."`,
          `Pregunta: "¿$\\frac{${missing === 'numerator' ? additive : m}}{${missing === 'numerator' ? m : additive}}$ es la misma cantidad que $${fx(a, b)}$? Compruébalo con tiras de fracciones."`,
        ),
      }),
      wrongAnswer({
        match: String(part),
        feedback: t(
          `The ${other.en} changed, so the ${same.en} must change too, by the same ${up ? 'multiplication' : 'division'}.`,
          `El ${other.es} cambió, así que el ${same.es} también debe cambiar, con la misma ${up ? 'multiplicación' : 'división'}.`,
        ),
        misconception: keepsNumerator,
        tutorMove: t(
          `Ask: "The pieces got ${up ? 'smaller' : 'bigger'}. Do you need more pieces or fewer to cover $${fx(a, b)}$?"`,
          `Pregunta: "Las partes se hicieron más ${up ? 'pequeñas' : 'grandes'}. ¿Necesitas más o menos partes para cubrir $${fx(a, b)}$?"`,
        ),
      }),
    ],
  };
}

const equivTemplate = template<Lang>({
  id: 'g4-nf-a-equivalent-up-down',
  skill: equivalentG4,
  count: 38,
  generate: (r) => {
    const q = r.pick([2, 3, 4, 5, 6, 8, 10, 12]);
    const s = r.int(1, q - 1);
    r.require(gcd(s, q) === 1, 'a simplest fraction to start from');
    const k = q === 10 ? r.pick([2, 10]) : r.int(2, 8);
    const missing = r.pick(['numerator', 'denominator'] as const);
    // Up: from s/q to (ks)/(kq). Down: from (ks)/(kq) to s/q.
    const up = r.int(1, 3) > 1;
    const [a, b, target] = up
      ? [s, q, missing === 'numerator' ? k * q : k * s]
      : [k * s, k * q, missing === 'numerator' ? q : s];
    return equivBody({ a, b, m: target, missing }, r.require);
  },
});

export const compareG4 = curriculumSkill<Lang>({
  id: 'g4-nf-a-compare',
  title: { en: 'Compare two fractions', es: 'Comparar dos fracciones' },
  standards: ['4.NF.A.2'],
  tutor: {
    summary: t(
      'To compare $\\frac{a}{b}$ and $\\frac{c}{d}$, rename both with the same denominator, or compare each with a benchmark such as $\\frac{1}{2}$ or 1. Only fractions of the same whole can be compared.',
      'Para comparar $\\frac{a}{b}$ y $\\frac{c}{d}$, escribe las dos con el mismo denominador o compara cada una con una referencia como $\\frac{1}{2}$ o 1. Solo se comparan fracciones del mismo entero.',
    ),
    mastery: t(
      'The student chooses the greater fraction (or "equal") and justifies it with a common denominator or a benchmark, not with the size of the numbers.',
      'El estudiante elige la fracción mayor (o "iguales") y lo justifica con un denominador común o una referencia, no con el tamaño de los números.',
    ),
    watchFor: [
      t('Picking the fraction with the bigger numbers.', 'Elegir la fracción con los números más grandes.'),
      t(
        '"Both are one piece away from 1, so they are equal."',
        '"A las dos les falta una parte para 1, así que son iguales."',
      ),
    ],
    talkMoves: [
      t('"Is each fraction more or less than one half?"', '"¿Cada fracción es mayor o menor que un medio?"'),
      t(
        '"Can you write both with the same denominator? Then what do you compare?"',
        '"¿Puedes escribir las dos con el mismo denominador? ¿Qué comparas entonces?"',
      ),
      t('"The missing pieces: are they the same size?"', '"Las partes que faltan: ¿son del mismo tamaño?"'),
    ],
    workedExample: {
      problem: t(
        'Which is greater: $\\frac{3}{4}$ or $\\frac{5}{8}$?',
        '¿Cuál es mayor: $\\frac{3}{4}$ o $\\frac{5}{8}$?',
      ),
      steps: [
        t(
          'Rename fourths as eighths: $\\frac{3}{4} = \\frac{6}{8}$.',
          'Escribe los cuartos como octavos: $\\frac{3}{4} = \\frac{6}{8}$.',
        ),
        t(
          'Same-size pieces: 6 eighths is more than 5 eighths.',
          'Partes del mismo tamaño: 6 octavos es más que 5 octavos.',
        ),
        '$\\frac{3}{4} > \\frac{5}{8}$',
      ],
    },
  },
});

export interface CompareParams {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

const oid = (n: number, d: number) => `f${n}-${d}`;

/** Which is greater: $\frac{a}{b}$ or $\frac{c}{d}$, or are they equal? One fraction has both bigger numbers. */
export function compareBody(p: CompareParams, require: Require): ProblemBody<Lang, ChoiceAnswer<string, Lang>> {
  const { a, b, c, d } = p;
  require(a < b && c < d && b !== d, 'proper fractions with different denominators');
  require((a - c) * (b - d) > 0, 'one fraction has both the bigger numerator and the bigger denominator');
  const common = lcm(b, d);
  const [x, y] = [(a * common) / b, (c * common) / d];
  const [bigNums, smallNums] =
    b > d
      ? [
          [a, b],
          [c, d],
        ]
      : [
          [c, d],
          [a, b],
        ];
  const idBig = oid(bigNums[0] ?? 0, bigNums[1] ?? 0);
  const idSmall = oid(smallNums[0] ?? 0, smallNums[1] ?? 0);
  const relation = x === y ? '=' : x > y ? '>' : '<';
  const steps = `$${fx(a, b)} = ${fx(x, common)}$, $${fx(c, d)} = ${fx(y, common)}$, $${fx(a, b)} ${relation} ${fx(c, d)}$`;
  const bigNumbersWrong = wrongAnswer({
    match: [idBig],
    feedback: t(
      'Bigger numbers do not always make a bigger fraction: the pieces are smaller too. Rename both with the same denominator.',
      'Números más grandes no siempre dan una fracción mayor: las partes también son más pequeñas. Escribe las dos con el mismo denominador.',
    ),
    misconception: biggerNumbersBigger,
    tutorMove: t(
      `Ask: "How many pieces of $${fx(1, common)}$ make $${fx(a, b)}$? And $${fx(c, d)}$?"`,
      `Pregunta: "¿Cuántas partes de $${fx(1, common)}$ forman $${fx(a, b)}$? ¿Y $${fx(c, d)}$?"`,
    ),
  });
  const biggerPiecesWrong = wrongAnswer({
    match: [idSmall],
    feedback: t(
      'Bigger pieces help, but count the pieces too. Rename both with the same denominator.',
      'Las partes más grandes ayudan, pero cuenta también las partes. Escribe las dos con el mismo denominador.',
    ),
    misconception: biggerPiecesAlwaysBigger,
    tutorMove: t(
      `Ask: "Write both with denominator ${common}. Which has more pieces now?"`,
      `Pregunta: "Escribe las dos con denominador ${common}. ¿Cuál tiene más partes ahora?"`,
    ),
  });
  let wrongAnswers: ProblemBody<Lang, ChoiceAnswer<string, Lang>>['wrongAnswers'];
  let correct: string;
  if (x === y) {
    correct = 'same';
    wrongAnswers = [bigNumbersWrong, biggerPiecesWrong];
  } else {
    const bigWins = (b > d ? x : y) > (b > d ? y : x);
    correct = bigWins ? idBig : idSmall;
    const gapEqual = b - a === d - c;
    const sameSide = Math.sign(2 * a - b) === Math.sign(2 * c - d) && 2 * a !== b && 2 * c !== d;
    require(gapEqual || sameSide, 'calling them equal is a known mistake');
    wrongAnswers = [
      bigWins ? biggerPiecesWrong : bigNumbersWrong,
      wrongAnswer({
        match: ['same'],
        feedback: gapEqual
          ? t(
              `Each is ${b - a} piece${b - a === 1 ? '' : 's'} away from 1, but are the missing pieces the same size?`,
              `A cada una le ${b - a === 1 ? 'falta 1 parte' : `faltan ${b - a} partes`} para llegar a 1, pero ¿las partes que faltan son del mismo tamaño?`,
            )
          : t(
              `Both are ${2 * a > b ? 'more' : 'less'} than one half, but that does not make them equal.`,
              `Las dos son ${2 * a > b ? 'mayores' : 'menores'} que un medio, pero eso no las hace iguales.`,
            ),
        misconception: gapEqual ? gapThinking : benchmarkStops,
        tutorMove: gapEqual
          ? t(
              `Ask: "$${fx(b - a, b)}$ and $${fx(d - c, d)}$ are missing. Which missing piece is bigger?"`,
              `Pregunta: "Faltan $${fx(b - a, b)}$ y $${fx(d - c, d)}$. ¿Qué parte que falta es más grande?"`,
            )
          : t(
              `Ask: "Both are on the same side of one half. Now write them with denominator ${common}: are they the same?"`,
              `Pregunta: "Las dos están del mismo lado de un medio. Ahora escríbelas con denominador ${common}: ¿son iguales?"`,
            ),
      }),
    ];
  }
  return {
    stem: t(
      `Which is greater: $${fx(a, b)}$ or $${fx(c, d)}$? Or are they equal?`,
      `¿Cuál es mayor: $${fx(a, b)}$ o $${fx(c, d)}$? ¿O son iguales?`,
    ),
    answer: choice({
      options: [
        { id: oid(a, b), text: `$${fx(a, b)}$` },
        { id: oid(c, d), text: `$${fx(c, d)}$` },
        { id: 'same', text: t('They are equal', 'Son iguales') },
      ],
      correct: [correct],
    }),
    params: { a, b, c, d, ask: 'greater' },
    hints: [
      hint(
        t(
          'Is each fraction more or less than one half? If that does not decide it, use the same denominator.',
          '¿Cada fracción es mayor o menor que un medio? Si eso no basta, usa el mismo denominador.',
        ),
      ),
      hint(
        t(
          `Both ${b} and ${d} go into ${common}. Write both fractions with denominator ${common}.`,
          `${b} y ${d} caben en ${common}. Escribe las dos fracciones con denominador ${common}.`,
        ),
      ),
      bottomOut(steps),
    ],
    wrongAnswers: wrongAnswers ?? [],
  };
}

const compareTemplate = template<Lang>({
  id: 'g4-nf-a-compare-pick',
  skill: compareG4,
  count: 36,
  generate: (r) => {
    if (r.int(1, 6) === 1) {
      const q = r.pick([2, 3, 4, 5, 6]);
      const s = r.int(1, q - 1);
      const k = r.int(2, 4);
      const [first, second] = r.shuffle([
        [s, q],
        [k * s, k * q],
      ]) as [[number, number], [number, number]];
      return compareBody({ a: first[0], b: first[1], c: second[0], d: second[1] }, r.require);
    }
    const [b, d] = r.shuffle([3, 4, 5, 6, 8, 10, 12]).slice(0, 2) as [number, number];
    return compareBody({ a: r.int(1, b - 1), b, c: r.int(1, d - 1), d }, r.require);
  },
});

const fixedEquiv = (id: string, p: EquivParams) =>
  problem<Lang>({ id, skill: equivalentG4, ...equivBody(p, mustHold) });
const fixedCompare = (id: string, p: CompareParams) =>
  problem<Lang, ChoiceAnswer<string, Lang>>({ id, skill: compareG4, ...compareBody(p, mustHold) });

export { fixedEquiv as fixedEquivalentG4 };

export default cluster({
  code: '4.NF.A',
  strand: 'fractions',
  title: {
    en: 'Equivalent fractions and comparing fractions',
    es: 'Fracciones equivalentes y comparación de fracciones',
  },
  skills: [
    { skill: equivalentG4, pool: [equivTemplate] },
    { skill: compareG4, pool: [compareTemplate] },
  ],
  check: [
    fixedEquiv('g4-nf-a-check-1', { a: 3, b: 5, m: 10, missing: 'numerator' }),
    fixedEquiv('g4-nf-a-check-2', { a: 8, b: 12, m: 2, missing: 'denominator' }),
    fixedEquiv('g4-nf-a-check-3', { a: 7, b: 10, m: 100, missing: 'numerator' }),
    fixedCompare('g4-nf-a-check-4', { a: 3, b: 4, c: 5, d: 8 }),
    fixedCompare('g4-nf-a-check-5', { a: 2, b: 3, c: 7, d: 12 }),
  ],
  warmUp: [
    fixedEquivalent('g4-nf-a-warm-up-1', 1, 3, 2),
    fixedEquivalent('g4-nf-a-warm-up-2', 3, 4, 3),
    fixedEquivalent('g4-nf-a-warm-up-3', 2, 5, 2),
  ],
  exitTicket: [fixedCompare('g4-nf-a-exit-1', { a: 4, b: 5, c: 5, d: 6 })],
  scripts: {
    warmUp: t(
      'Three quick equivalent fractions from grade 3. Say what you multiplied by.',
      'Tres fracciones equivalentes rápidas de tercer grado. Di por cuánto multiplicaste.',
    ),
    practice: t(
      'Work on your own. Before you answer, ask yourself: is it more or less than one half?',
      'Trabaja por tu cuenta. Antes de responder, pregúntate: ¿es mayor o menor que un medio?',
    ),
    check: t(
      'Five problems on your own. Show how you renamed the fractions.',
      'Cinco problemas por tu cuenta. Muestra cómo reescribiste las fracciones.',
    ),
    exitTicket: t('Last one: which is greater, and how do you know?', 'El último: ¿cuál es mayor y cómo lo sabes?'),
  },
});
