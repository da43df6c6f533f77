/** 5.NF.A — adding and subtracting mixed numbers with unlike denominators. */
import {
  addFractions,
  bottomOut,
  curriculumSkill,
  frac,
  hint,
  type Lang,
  numeric,
  type ProblemBody,
  problem,
  subtractFractions,
  template,
  wrongAnswer,
} from '../../kit.js';
import {
  addsAcross,
  allDifferent,
  forgetsRegroup,
  friendlyPair,
  fromMixed,
  keepsNumerators,
  lcm,
  mixedTex,
  mixedText,
  type Require,
  regroupKeepsWhole,
  smallerFromLarger,
  strict,
} from './5-nf-shared.js';

export const mixedNumbers = curriculumSkill<Lang>({
  id: 'g5-nf-a-mixed-numbers',
  title: {
    en: 'Add and subtract mixed numbers with unlike denominators',
    es: 'Sumar y restar números mixtos con distinto denominador',
  },
  standards: ['5.NF.A.1'],
  tutor: {
    summary: {
      en: 'Work with the whole numbers and the fraction parts. Rename the fractions with a common denominator; when adding makes more than a whole, carry it to the whole number; when the first fraction is too small to subtract from, regroup 1 whole into fraction pieces.',
      es: 'Trabaja con los enteros y con las fracciones. Escribe las fracciones con un común denominador; si al sumar se forma más de un entero, pásalo a los enteros; si la primera fracción es muy pequeña para restarle, desagrupa 1 entero en partes.',
    },
    mastery: {
      en: 'The student renames the fraction parts, regroups when needed (both directions), and checks that the answer is a sensible size.',
      es: 'El estudiante cambia las fracciones a un común denominador, desagrupa o reagrupa cuando hace falta y revisa que la respuesta tenga un tamaño razonable.',
    },
    watchFor: [
      {
        en: 'Subtracting the smaller fraction from the larger one instead of regrouping.',
        es: 'Restar la fracción menor de la mayor en vez de desagrupar.',
      },
      {
        en: 'Regrouping a whole but forgetting to take it away from the whole number.',
        es: 'Desagrupar un entero pero olvidar quitarlo del número entero.',
      },
      {
        en: 'Writing an improper fraction part (like $3\\frac{7}{6}$) and not carrying the whole.',
        es: 'Dejar una fracción impropia (como $3\\frac{7}{6}$) sin pasar el entero.',
      },
    ],
    talkMoves: [
      {
        en: '"About how big should the answer be? Use the whole numbers to estimate."',
        es: '"¿Más o menos de qué tamaño debe ser la respuesta? Usa los enteros para estimar."',
      },
      {
        en: '"You need more pieces than you have. Where can you get some?"',
        es: '"Necesitas más partes de las que tienes. ¿De dónde puedes sacar más?"',
      },
      {
        en: '"How many of these pieces make one whole?"',
        es: '"¿Cuántas de estas partes forman un entero?"',
      },
    ],
    workedExample: {
      problem: '$3\\frac{1}{4} - 1\\frac{1}{2}$',
      steps: [
        {
          en: 'Common denominator 4: $3\\frac{1}{4} - 1\\frac{2}{4}$.',
          es: 'Común denominador 4: $3\\frac{1}{4} - 1\\frac{2}{4}$.',
        },
        {
          en: '$\\frac{1}{4}$ is less than $\\frac{2}{4}$, so regroup one whole: $3\\frac{1}{4} = 2\\frac{5}{4}$.',
          es: '$\\frac{1}{4}$ es menor que $\\frac{2}{4}$, así que desagrupa un entero: $3\\frac{1}{4} = 2\\frac{5}{4}$.',
        },
        '$2\\frac{5}{4} - 1\\frac{2}{4} = 1\\frac{3}{4}$',
      ],
    },
  },
});

export interface MixedParams {
  readonly w1: number;
  readonly a: number;
  readonly b: number;
  readonly w2: number;
  readonly c: number;
  readonly d: number;
  readonly op: '+' | '-';
}

/** $w_1\frac{a}{b} \pm w_2\frac{c}{d}$ with $b \ne d$. */
export function mixedBody(p: MixedParams, require: Require): ProblemBody<Lang> {
  const { w1, a, b, w2, c, d, op } = p;
  require(b !== d && a < b && c < d, 'unlike denominators, proper fraction parts');
  const x = fromMixed(w1, a, b);
  const y = fromMixed(w2, c, d);
  const common = lcm(b, d);
  const [ka, kc] = [(a * common) / b, (c * common) / d];
  const [xTex, yTex] = [`${w1}\\frac{${a}}{${b}}`, `${w2}\\frac{${c}}{${d}}`];
  const renamed = [`${w1}\\frac{${ka}}{${common}}`, `${w2}\\frac{${kc}}{${common}}`];
  const whole = (n: number) => frac(n, 1);
  let answer: ReturnType<typeof frac>;
  let hints: ProblemBody<Lang>['hints'];
  let wrong: ProblemBody<Lang>['wrongAnswers'];
  if (op === '+') {
    answer = addFractions(x, y);
    const carry = ka + kc >= common;
    const across = addFractions(whole(w1 + w2), frac(a + c, b + d));
    const second = carry ? subtractFractions(answer, whole(1)) : addFractions(whole(w1 + w2), frac(a + c, common));
    require(allDifferent([answer, across, second]), 'the wrong answers differ');
    hints = [
      hint({
        en: `Add the whole numbers, then the fractions. What denominator do both ${b} and ${d} go into?`,
        es: `Suma los enteros y luego las fracciones. ¿En qué denominador caben tanto ${b} como ${d}?`,
      }),
      hint({
        en: `With denominator ${common}: $${renamed[0]} + ${renamed[1]}$. ${carry ? `The fractions make $\\frac{${ka + kc}}{${common}}$: is that more than one whole?` : 'Now add the numerators.'}`,
        es: `Con denominador ${common}: $${renamed[0]} + ${renamed[1]}$. ${carry ? `Las fracciones forman $\\frac{${ka + kc}}{${common}}$: ¿es más de un entero?` : 'Ahora suma los numeradores.'}`,
      }),
      bottomOut(
        `$${xTex} + ${yTex} = ${renamed[0]} + ${renamed[1]} = ${w1 + w2} + \\frac{${ka + kc}}{${common}} = ${mixedTex(answer)}$`,
      ),
    ];
    wrong = [
      wrongAnswer({
        match: mixedText(across),
        feedback: {
          en: 'You added the numerators and also the denominators of the fraction parts. Make the pieces the same size first.',
          es: 'Sumaste los numeradores y también los denominadores de las fracciones. Primero haz que las partes sean del mismo tamaño.',
        },
        misconception: addsAcross,
        tutorMove: {
          en: `Ask: "What size pieces could show both $\\frac{${a}}{${b}}$ and $\\frac{${c}}{${d}}$?"`,
          es: `Pregunta: "¿De qué tamaño deben ser las partes para mostrar $\\frac{${a}}{${b}}$ y $\\frac{${c}}{${d}}$?"`,
        },
      }),
      carry
        ? wrongAnswer({
            match: mixedText(second),
            feedback: {
              en: `The fraction parts add up to more than one whole. Where did that extra whole go?`,
              es: 'Las fracciones suman más de un entero. ¿Dónde quedó ese entero de más?',
            },
            misconception: forgetsRegroup,
            tutorMove: {
              en: `Ask: "How many $\\frac{1}{${common}}$ pieces make a whole? You have ${ka + kc} of them: what can you make?"`,
              es: `Pregunta: "¿Cuántas partes de $\\frac{1}{${common}}$ forman un entero? Tienes ${ka + kc}: ¿qué puedes formar?"`,
            },
          })
        : wrongAnswer({
            match: mixedText(second),
            feedback: {
              en: `Good common denominator, ${common}! When the pieces got smaller, did the numerators change too?`,
              es: `¡Buen común denominador, ${common}! Cuando las partes se hicieron más pequeñas, ¿cambiaron también los numeradores?`,
            },
            misconception: keepsNumerators,
            tutorMove: {
              en: `Ask: "How many $\\frac{1}{${common}}$ pieces make $\\frac{${a}}{${b}}$?"`,
              es: `Pregunta: "¿Cuántas partes de $\\frac{1}{${common}}$ forman $\\frac{${a}}{${b}}$?"`,
            },
          }),
    ];
  } else {
    answer = subtractFractions(x, y);
    require(answer.n >= answer.d && w1 > w2, 'a difference of at least 1');
    const regroup = ka < kc;
    if (regroup) {
      const flipped = addFractions(whole(w1 - w2), frac(kc - ka, common));
      const keepsWhole = addFractions(answer, whole(1));
      require(allDifferent([answer, flipped, keepsWhole]), 'the wrong answers differ');
      hints = [
        hint({
          en: `Rename the fractions with a common denominator. Can you take the second fraction away from the first?`,
          es: 'Escribe las fracciones con un común denominador. ¿Puedes quitar la segunda fracción de la primera?',
        }),
        hint({
          en: `$${renamed[0]} - ${renamed[1]}$: ${ka} pieces are not enough to take away ${kc}. Trade 1 whole for ${common} pieces of size $\\frac{1}{${common}}$.`,
          es: `$${renamed[0]} - ${renamed[1]}$: ${ka} partes no alcanzan para quitar ${kc}. Cambia 1 entero por ${common} partes de tamaño $\\frac{1}{${common}}$.`,
        }),
        bottomOut(
          `$${xTex} - ${yTex} = ${w1 - 1}\\frac{${ka + common}}{${common}} - ${renamed[1]} = ${mixedTex(answer)}$`,
        ),
      ];
      wrong = [
        wrongAnswer({
          match: mixedText(flipped),
          feedback: {
            en: 'It looks like you took the smaller fraction from the larger one. The first number has fewer pieces: regroup a whole first.',
            es: 'Parece que restaste la fracción menor de la mayor. El primer número tiene menos partes: primero desagrupa un entero.',
          },
          misconception: smallerFromLarger,
          tutorMove: {
            en: `Ask: "You have ${ka} pieces and must give away ${kc}. What can you trade to get more pieces?"`,
            es: `Pregunta: "Tienes ${ka} partes y debes quitar ${kc}. ¿Qué puedes cambiar para tener más partes?"`,
          },
        }),
        wrongAnswer({
          match: mixedText(keepsWhole),
          feedback: {
            en: `You traded a whole for ${common} pieces: nice. Did you take that whole away from the ${w1}?`,
            es: `Cambiaste un entero por ${common} partes: muy bien. ¿Le quitaste ese entero al ${w1}?`,
          },
          misconception: regroupKeepsWhole,
          tutorMove: {
            en: `Ask: "Show me $${xTex}$ with pieces. After the trade, how many wholes are left?"`,
            es: `Pregunta: "Muéstrame $${xTex}$ con piezas. Después del cambio, ¿cuántos enteros quedan?"`,
          },
        }),
      ];
    } else {
      require(a > c && b > d, 'the usual mistakes stay positive');
      const notRenamed = addFractions(whole(w1 - w2), frac(a - c, common));
      const across = addFractions(whole(w1 - w2), frac(a - c, b - d));
      require(allDifferent([answer, notRenamed, across]), 'the wrong answers differ');
      hints = [
        hint({
          en: 'Subtract the whole numbers, then the fractions. The fraction pieces are different sizes: make them the same size.',
          es: 'Resta los enteros y luego las fracciones. Las partes son de distinto tamaño: hazlas del mismo tamaño.',
        }),
        hint({
          en: `With denominator ${common}: $${renamed[0]} - ${renamed[1]}$. Now subtract.`,
          es: `Con denominador ${common}: $${renamed[0]} - ${renamed[1]}$. Ahora resta.`,
        }),
        bottomOut(`$${xTex} - ${yTex} = ${renamed[0]} - ${renamed[1]} = ${mixedTex(answer)}$`),
      ];
      wrong = [
        wrongAnswer({
          match: mixedText(notRenamed),
          feedback: {
            en: `Good common denominator, ${common}! Did the numerators change when the pieces got smaller?`,
            es: `¡Buen común denominador, ${common}! ¿Cambiaron los numeradores cuando las partes se hicieron más pequeñas?`,
          },
          misconception: keepsNumerators,
          tutorMove: {
            en: `Ask: "How many $\\frac{1}{${common}}$ pieces make $\\frac{${a}}{${b}}$?"`,
            es: `Pregunta: "¿Cuántas partes de $\\frac{1}{${common}}$ forman $\\frac{${a}}{${b}}$?"`,
          },
        }),
        wrongAnswer({
          match: mixedText(across),
          feedback: {
            en: 'You subtracted the numerators and also the denominators. The pieces are different sizes, so rename them first.',
            es: 'Restaste los numeradores y también los denominadores. Las partes son de distinto tamaño: primero cámbialas.',
          },
          misconception: addsAcross,
          tutorMove: {
            en: `Ask: "Is $\\frac{${a - c}}{${b - d}}$ a sensible size for $\\frac{${a}}{${b}} - \\frac{${c}}{${d}}$? Check with fraction strips."`,
            es: `Pregunta: "¿$\\frac{${a - c}}{${b - d}}$ tiene un tamaño razonable para $\\frac{${a}}{${b}} - \\frac{${c}}{${d}}$? Compruébalo con tiras de fracciones."`,
          },
        }),
      ];
    }
  }
  const verb = op === '+' ? { en: 'Add', es: 'Suma' } : { en: 'Subtract', es: 'Resta' };
  return {
    stem: {
      en: `${verb.en}. Write your answer as a mixed number in simplest form: $${xTex} ${op} ${yTex}$`,
      es: `${verb.es}. Escribe la respuesta como número mixto en su forma más simple: $${xTex} ${op} ${yTex}$`,
    },
    answer: numeric({ value: mixedText(answer), forms: ['mixed'], simplest: 'required' }),
    params: { w1, a, b, w2, c, d, op },
    hints,
    wrongAnswers: wrong,
  };
}

export const mixedTemplate = template<Lang>({
  id: 'g5-nf-a-mixed-add-subtract',
  skill: mixedNumbers,
  count: 36,
  generate: (r) => {
    const { b, d, x, y } = friendlyPair(r);
    const op = r.pick(['+', '-'] as const);
    const w1 = op === '+' ? r.int(1, 5) : r.int(2, 7);
    const w2 = op === '+' ? r.int(1, 4) : r.int(1, w1 - 1);
    return mixedBody({ w1, a: x.n, b, w2, c: y.n, d, op }, r.require);
  },
});

/** A fixed problem of the same shape. */
export function mixedProblem(id: string, p: MixedParams) {
  return problem<Lang>({ id, skill: mixedNumbers, ...mixedBody(p, strict) });
}
