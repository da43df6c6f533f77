/** 6.RP.A.3c — percent of a quantity as a rate per 100: the part, the whole or the percent. */
import {
  bottomOut,
  curriculumSkill,
  hint,
  numeric,
  type ProblemBody,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import {
  dividesBackwards,
  dollars,
  must,
  type Need,
  percentAsAmount,
  percentDecimalSlip,
  percentWrongWhole,
} from './shared.js';

type Body = ProblemBody<never>;

// ---------------------------------------------------------------- percent of a quantity

export const percentOf = curriculumSkill({
  id: 'g6-rp-a-percent-of',
  title: 'Find a percent of a quantity, the whole, or the percent',
  standards: ['6.RP.A.3c'],
  tutor: {
    summary:
      'A percent is a rate per 100: 30% of 60 means 30 for every 100, so $\\frac{30}{100} \\times 60 = 18$. Knowing any two of part, whole and percent gives the third.',
    mastery:
      'The student finds 10% or 1% first when it helps, writes the percent as a fraction of 100, and checks that the part is smaller than the whole when the percent is below 100.',
    watchFor: ['Answering with the percent number itself.', 'Writing 30% as 3.0 or 5% as 0.5.'],
    talkMoves: [
      '"What is 10% of this number? How does that help?"',
      '"Is your answer more or less than half of the whole? Should it be?"',
    ],
    workedExample: {
      problem: 'What is 30% of 60?',
      steps: ['10% of 60 is $60 \\div 10 = 6$.', '30% is 3 times as much: $3 \\times 6 = 18$.', '18'],
    },
  },
});

/** p% of n is part; `ask` picks the unknown. */
function percentBody(p: number, n: number, ask: 'part' | 'whole' | 'percent', need: Need): Body {
  const part = (p * n) / 100;
  need(Number.isInteger(part) && n % 10 === 0, 'a whole-number part');
  const asAmount = (match: string, what: string) =>
    wrongAnswer({
      match,
      feedback: `${what} A percent compares with 100: it depends on the whole.`,
      misconception: percentAsAmount,
      tutorMove: `Ask: "Would ${p}% of 1000 be ${p} too? What does ${p}% mean?"`,
    });
  const slip = (match: string) =>
    wrongAnswer({
      match,
      feedback: `Check your answer: is ${p}% of it what the problem says? Be careful turning ${p}% into a decimal.`,
      misconception: percentDecimalSlip,
      tutorMove: `Ask: "How do you write ${p}% as a decimal? How many places does the point move?"`,
    });
  const shapes = {
    part: {
      stem: `What is ${p}% of ${n}?`,
      answer: part,
      hints: [`${p}% means ${p} out of every 100. What is 10% of ${n}?`, `10% of ${n} is ${n / 10}.`],
      last: `$\\frac{${p}}{100} \\times ${n} = ${part}$`,
      wrongs: [asAmount(String(p), `${p} is the percent, not the amount.`), slip(String(part * 10))],
    },
    whole: {
      stem: `${part} is ${p}% of a number. What is the number?`,
      answer: n,
      hints: [
        `${part} is only ${p}% of the number, so the whole number is bigger than ${part}.`,
        `${p}% is ${part}, so 1% is $${part} \\div ${p}$. The whole is 100%.`,
      ],
      last: `$${part} \\div ${p} \\times 100 = ${n}$`,
      wrongs: [
        wrongAnswer({
          match: dollars(part * p),
          feedback: `You found ${p}% of ${part}. But ${part} is already the part: the whole is bigger.`,
          misconception: percentWrongWhole,
          tutorMove: `Ask: "${part} is ${p}% of the number. Is the number bigger or smaller than ${part}?"`,
        }),
        slip(String(n / 10)),
      ],
    },
    percent: {
      stem: `${part} is what percent of ${n}?`,
      answer: p,
      hints: [
        `Percent means out of 100. What fraction of ${n} is ${part}?`,
        `Write $\\frac{${part}}{${n}}$ as a fraction out of 100.`,
      ],
      last: `$\\frac{${part}}{${n}} = \\frac{${p}}{100}$, so ${p}%.`,
      wrongs: [
        asAmount(String(part), `${part} is the part, not the percent. Compare it with the whole, ${n}.`),
        wrongAnswer({
          match: String((n * 100) / part),
          feedback: `You divided ${n} by ${part}. Find what part of the whole ${part} is: ${part} out of ${n}.`,
          misconception: dividesBackwards,
          tutorMove: `Ask: "Is ${part} more or less than half of ${n}? So is the percent more or less than 50?"`,
        }),
      ],
    },
  };
  const shape = shapes[ask];
  const matches = [String(shape.answer), ...shape.wrongs.map((w) => w.match)];
  need(
    matches.every((m) => /^\d+(\.\d{1,2})?$/.test(m)),
    'wrong answers are whole numbers or short decimals',
  );
  need(new Set(matches).size === matches.length, 'wrong answers differ');
  return {
    stem: shape.stem,
    answer: numeric({ value: ask === 'percent' ? `${p}%` : String(shape.answer) }),
    params: { p, n, ask },
    hints: [hint(shape.hints[0] as string), hint(shape.hints[1] as string), bottomOut(shape.last)],
    wrongAnswers: shape.wrongs,
  };
}

export const percentTemplate = template({
  id: 'g6-rp-a-percent-problems',
  skill: percentOf,
  count: 36,
  generate: (r) => {
    const p = r.pick([5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 80]);
    const n = 20 * r.int(1, 12);
    return percentBody(p, n, r.pick(['part', 'whole', 'percent'] as const), r.require);
  },
});

export const fixedPercent = (id: string, p: number, n: number, ask: 'part' | 'whole' | 'percent') =>
  problem({ id, skill: percentOf, ...percentBody(p, n, ask, must) });
