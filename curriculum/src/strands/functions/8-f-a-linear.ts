/** 8.F.A.3 — Linear and nonlinear functions: which equations define a linear function. */
import { bottomOut, choice, curriculumSkill, hint, misconception, problem, template, wrongAnswer } from '../../kit.js';

const anyXIsLinear = misconception({
  id: 'fn-any-equation-is-linear',
  title: 'Thinks every equation in x and y is linear',
  description:
    'Calls $y = x^2 + 3$ or $y = \\frac{12}{x}$ linear because it has x and y in it; does not check for a constant rate of change.',
});
const constantNotLinear = misconception({
  id: 'fn-constant-not-linear',
  title: 'Thinks a constant function is not linear',
  description:
    'Leaves out $y = 5$ because it has no x, although its graph is a straight (horizontal) line with rate of change 0.',
});
const onlySlopeIntercept = misconception({
  id: 'fn-only-slope-intercept-form',
  title: 'Recognizes a linear function only in the form y = mx + b',
  description:
    'Leaves out $y = 2(x + 3)$ or $y = 7 - 2x$ because they do not look like $y = mx + b$, although they can be rewritten that way.',
});

export const linearOrNot = curriculumSkill({
  id: 'g8-f-a-linear-or-not',
  title: 'Tell linear functions from nonlinear ones',
  standards: ['8.F.A.3'],
  tutor: {
    summary:
      'A linear function has a constant rate of change, so its graph is a straight line and its equation can be written $y = mx + b$ (m may be 0). Squares of x, x in a denominator, or x times x make a function nonlinear.',
    mastery:
      'The student rewrites each equation as $y = mx + b$ where possible, or checks a few x-values for a constant change in y.',
    watchFor: ['Calling every equation linear.', 'Leaving out $y = c$ or $y = a(x + c)$.'],
    talkMoves: [
      '"Make a quick table with x = 1, 2, 3. Does y change by the same amount each time?"',
      '"Can you rewrite it as y = mx + b?"',
    ],
    workedExample: {
      problem: 'Is $y = 3(x - 1)$ linear? Is $y = x^2 - 1$?',
      steps: [
        '$3(x - 1) = 3x - 3$: the form $y = mx + b$, so linear.',
        'For $y = x^2 - 1$: x = 1, 2, 3 give 0, 3, 8. The changes 3 and 5 differ, so nonlinear.',
      ],
    },
  },
});

/** An option: its kind and numbers. The option id is `kind-p-q`, the text the equation. */
interface Eq {
  readonly kind: 'std' | 'fac' | 'sub' | 'const' | 'sq' | 'inv' | 'prod';
  readonly p: number;
  readonly q: number;
}
const LINEAR_KINDS = ['std', 'fac', 'sub', 'const'];
const idOf = (e: Eq) => `${e.kind}-${e.p}-${e.q}`;
const texOf = (e: Eq) =>
  ({
    std: `y = ${e.p}x + ${e.q}`,
    fac: `y = ${e.p}(x + ${e.q})`,
    sub: `y = ${e.q} - ${e.p}x`,
    const: `y = ${e.q}`,
    sq: `y = ${e.p === 1 ? '' : e.p}x^2 + ${e.q}`,
    inv: `y = \\frac{${e.q}}{x}`,
    prod: `y = x(x + ${e.q})`,
  })[e.kind];

function linearBody(eqs: readonly Eq[]) {
  const options = eqs.map((e) => ({ id: idOf(e), text: `$${texOf(e)}$` }));
  const correct = eqs.filter((e) => LINEAR_KINDS.includes(e.kind)).map(idOf);
  const all = eqs.map(idOf);
  const without = (kinds: string[]) =>
    eqs.filter((e) => LINEAR_KINDS.includes(e.kind) && !kinds.includes(e.kind)).map(idOf);
  const constant = eqs.find((e) => e.kind === 'const');
  const other = eqs.find((e) => e.kind === 'fac' || e.kind === 'sub');
  const nonlinear = eqs.filter((e) => !LINEAR_KINDS.includes(e.kind)).map((e) => `$${texOf(e)}$`);
  return {
    stem: 'Which of these equations define linear functions? Select all that do.',
    answer: choice({ select: 'multiple', options, correct }),
    params: Object.fromEntries(eqs.map((e, i) => [`o${i + 1}`, idOf(e)])),
    hints: [
      hint(
        'A linear function changes by the same amount each time x goes up by 1. Can each one be written as $y = mx + b$?',
      ),
      hint(
        `Rewrite: for example $${other ? texOf(other) : 'y = 2(x + 1)'}$. And $${constant ? texOf(constant) : 'y = 4'}$ is $y = 0x + ${constant?.q ?? 4}$.`,
      ),
      bottomOut(
        `Linear: ${correct.map((id) => options.find((o) => o.id === id)?.text).join(', ')}. Not linear: ${nonlinear.join(', ')}.`,
      ),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: all,
        feedback: 'Not every equation is linear. Try x = 1, 2, 3 in each: does y change by the same amount?',
        misconception: anyXIsLinear,
        tutorMove: `Ask the student to make a table for ${nonlinear[0]} with x = 1, 2, 3 and look at the changes.`,
      }),
      wrongAnswer({
        match: without(['const']),
        feedback: 'An equation like $y = 5$ has rate of change 0: its graph is a straight, flat line.',
        misconception: constantNotLinear,
        tutorMove: `Ask: "What does the graph of $${constant ? texOf(constant) : 'y = 5'}$ look like? Is it a line?"`,
      }),
      wrongAnswer({
        match: without(['fac', 'sub']),
        feedback: 'Some linear functions are in disguise. Rewrite each one as $y = mx + b$ before deciding.',
        misconception: onlySlopeIntercept,
        tutorMove: `Ask: "Can you rewrite $${other ? texOf(other) : 'y = 2(x + 1)'}$ without parentheses? What form is it then?"`,
      }),
    ],
  };
}

const linearTemplate = template({
  id: 'g8-f-a-linear-or-not-select',
  skill: linearOrNot,
  count: 36,
  generate: (r) => {
    const other: Eq = r.pick([
      { kind: 'fac', p: r.int(2, 6), q: r.int(1, 9) },
      { kind: 'sub', p: r.int(2, 6), q: r.int(3, 12) },
    ] as const);
    const constant: Eq = { kind: 'const', p: 0, q: r.int(2, 12) };
    const nonlinear = (): Eq =>
      r.pick([
        { kind: 'sq', p: r.int(1, 4), q: r.int(1, 9) },
        { kind: 'inv', p: 0, q: r.pick([6, 8, 10, 12, 15, 20, 24]) },
        { kind: 'prod', p: 0, q: r.int(1, 9) },
      ] as const);
    const twoNonlinear = r.pick([true, false]);
    const eqs: Eq[] = twoNonlinear
      ? [other, constant, nonlinear(), nonlinear()]
      : [{ kind: 'std', p: r.int(2, 9), q: r.int(1, 12) }, other, constant, nonlinear()];
    r.require(new Set(eqs.map((e) => e.kind)).size === 4, 'four kinds of equation');
    return linearBody(r.shuffle(eqs));
  },
});

const eq = (kind: Eq['kind'], p: number, q: number): Eq => ({ kind, p, q });
export const linearCheck = problem({
  id: 'g8-f-a-check-5',
  skill: linearOrNot,
  ...linearBody([eq('sq', 1, 4), eq('fac', 3, 2), eq('const', 0, 7), eq('std', 5, 1)]),
});
export const linearExit = problem({
  id: 'g8-f-a-exit-1',
  skill: linearOrNot,
  ...linearBody([eq('sub', 2, 9), eq('inv', 0, 12), eq('const', 0, 3), eq('prod', 0, 2)]),
});
export const linearPool = [linearTemplate] as const;
