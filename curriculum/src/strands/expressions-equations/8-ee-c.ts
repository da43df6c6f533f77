/** 8.EE.C — Analyze and solve linear equations and pairs of simultaneous linear equations. */
import {
  bottomOut,
  choice,
  cluster,
  curriculumSkill,
  hint,
  numeric,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import { fixed as fixed7b } from './7-ee-b.js';
import {
  fixedNeed,
  LETTERS,
  linTex,
  movesWithoutSign,
  type Need,
  otherCoordinate,
  ratio,
  SCRIPTS,
  sameOperation,
  solutionsByConstants,
  solutionsLookAtConstants,
  term,
} from './shared.js';

// ---- Skill 1: variables on both sides -----------------------------------------------------------------

export const bothSides = curriculumSkill({
  id: 'g8-ee-c-both-sides',
  title: 'Solve equations with the variable on both sides',
  standards: ['8.EE.C.7', '8.EE.C.7b'],
  tutor: {
    summary:
      'Collect the variable terms on one side and the numbers on the other. Whatever you do to one side, do to the other: to move $3x$, subtract $3x$ from both sides.',
    mastery:
      'The student writes each step as "do the same to both sides", collects like terms, and checks by substituting into both sides.',
    watchFor: [
      'Moving a term across the equal sign without changing its sign.',
      'Adding a constant instead of subtracting it.',
    ],
    talkMoves: [
      '"What will you subtract from BOTH sides to get rid of the $x$-term on the right?"',
      '"Put your answer into the left side and the right side. Do they match?"',
    ],
    workedExample: {
      problem: 'Solve $5x + 2 = 3x + 10$.',
      steps: [
        'Subtract $3x$ from both sides: $2x + 2 = 10$.',
        'Subtract 2 from both sides: $2x = 8$.',
        '$x = 4$. Check: $22 = 22$.',
      ],
    },
  },
});

interface BothParams {
  readonly v: string;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly x: number;
}

function bothBody(p: BothParams, need: Need) {
  const { v, a, b, c, x } = p;
  const d = (a - c) * x + b;
  const kept = ratio(d + b, a + c);
  const same = ratio(d + b, a - c);
  need(a !== c && b !== 0 && d !== 0 && a + c !== 0, 'one solution');
  need(new Set([kept, same, String(x)]).size === 3, 'wrong answers differ');
  const left = linTex(a, v, b);
  const right = linTex(c, v, d);
  const side = a > c;
  const [collected, rhs] = side ? [a - c, d - b] : [c - a, b - d];
  return {
    stem: `Solve for $${v}$: $${left} = ${right}$`,
    answer: numeric({ value: String(x), forms: ['integer'] }),
    params: { ...p },
    hints: [
      hint(`Get the $${v}$-terms on one side. What can you subtract from both sides?`),
      hint(
        side
          ? `Subtract $${term(c, v)}$ from both sides: $${linTex(a - c, v, b)} = ${d}$. Then undo the $${b > 0 ? '+' : '-'} ${Math.abs(b)}$.`
          : `Subtract $${term(a, v)}$ from both sides: $${b} = ${linTex(c - a, v, d)}$. Then undo the $${d > 0 ? '+' : '-'} ${Math.abs(d)}$.`,
      ),
      bottomOut(
        `${collected === 1 ? '' : `$${term(collected, v)} = ${rhs}$, so `}$${v} = ${x}$. Check: both sides equal ${a * x + b}.`,
      ),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: kept,
        feedback:
          'A term that moves to the other side must change sign: you subtract it from both sides. Check your answer in both sides.',
        misconception: movesWithoutSign,
        tutorMove: `Ask: "To get rid of $${term(c, v)}$ on the right, what do you do to BOTH sides? What is left on the left?"`,
      }),
      wrongAnswer({
        match: same,
        feedback: `Good collecting of the $${v}$-terms. Now check the number: to undo ${b > 0 ? `+ ${b}` : `- ${-b}`}, do the opposite.`,
        misconception: sameOperation,
        tutorMove: `Ask: "What operation removes the ${b} from the left? Do it to both sides."`,
      }),
    ],
  };
}

const bothTemplate = template({
  id: 'g8-ee-c-both-sides-solve',
  skill: bothSides,
  count: 36,
  generate: (r) =>
    bothBody(
      { v: r.pick(LETTERS), a: r.int(2, 9), b: r.pick([-1, 1]) * r.int(1, 15), c: r.int(1, 9), x: r.int(-10, 15) },
      r.require,
    ),
});

// ---- Skill 2: how many solutions ----------------------------------------------------------------------

export const howManySolutions = curriculumSkill({
  id: 'g8-ee-c-how-many-solutions',
  title: 'Tell whether an equation has one, no, or infinitely many solutions',
  standards: ['8.EE.C.7a'],
  tutor: {
    summary:
      'Simplify both sides. Different $x$-terms: exactly one solution. Same $x$-terms and the same number: always true, infinitely many. Same $x$-terms but different numbers: never true, no solution.',
    mastery:
      'The student expands and compares the $x$-terms first, then the numbers, and can give an example value that works or explain why none does.',
    watchFor: [
      'Calling "$12 = 12$" no solution because $x$ disappeared.',
      'Deciding from the numbers alone, without comparing the $x$-terms.',
    ],
    talkMoves: [
      '"Expand the left side. Now compare the $x$-terms. Same or different?"',
      '"Try $x = 0$ and $x = 1$. Is the equation true for both? For neither?"',
    ],
    workedExample: {
      problem: 'How many solutions does $2(x + 3) = 2x + 5$ have?',
      steps: ['Expand: $2x + 6 = 2x + 5$.', 'Same $x$-terms, but $6 \\ne 5$: never true. No solution.'],
    },
  },
});

type Kind = 'one' | 'none' | 'many';

interface SolutionsParams {
  readonly target: Kind;
  readonly p: number;
  readonly k: number;
  readonly q: number;
  readonly e: number;
}

function solutionsBody(params: SolutionsParams, need: Need) {
  const { target, p, k, q, e } = params;
  need(q !== p && e !== p * k, 'three different kinds');
  const right: Record<Kind, [number, number]> = { many: [p, p * k], none: [p, e], one: [q, p * k] };
  const id = (kind: Kind) => {
    const [x, c] = right[kind];
    return `r-${x}x-${c < 0 ? `m${-c}` : c}`;
  };
  const eq = (kind: Kind) => {
    const [x, c] = right[kind];
    return `$${p}(x + ${k}) = ${linTex(x, 'x', c)}$`;
  };
  const words: Record<Kind, string> = {
    one: 'exactly one solution',
    none: 'no solution',
    many: 'infinitely many solutions',
  };
  const others = (['one', 'none', 'many'] as const).filter((kind) => kind !== target);
  const feedback = (
    picked: Kind,
  ): { feedback: string; misconception: typeof solutionsByConstants; tutorMove: string } => {
    const expanded = `${p}x + ${p * k}`;
    if ((target === 'none' && picked === 'many') || (target === 'many' && picked === 'none')) {
      return {
        feedback: `Expand and compare. When the $x$-terms cancel, a TRUE statement like $${p * k} = ${p * k}$ means every $x$ works; a FALSE one means none does.`,
        misconception: solutionsByConstants,
        tutorMove: `Ask: "In ${eq(picked)}, after the $x$-terms cancel, is what is left true or false? So how many $x$ work?"`,
      };
    }
    return {
      feedback: `Compare the $x$-terms first. The left side is $${expanded}$. ${picked === 'one' ? 'Here they are different, so exactly one $x$ works.' : 'Here they are the same, so it cannot be exactly one.'}`,
      misconception: solutionsLookAtConstants,
      tutorMove: `Ask: "Expand $${p}(x + ${k})$. Does the right side of ${eq(picked)} have the same $x$-term?"`,
    };
  };
  return {
    stem: `Which equation has ${words[target]}?`,
    answer: choice({
      options: (['one', 'none', 'many'] as const).map((kind) => ({ id: id(kind), text: eq(kind) })),
      correct: [id(target)],
      shuffle: true,
    }),
    params: { ...params },
    hints: [
      hint(`Expand the left side of each: $${p}(x + ${k}) = ${p}x + ${p * k}$.`),
      hint('Now compare with each right side. Different $x$-terms: one solution. Same $x$-terms: look at the numbers.'),
      bottomOut(
        `${eq(target)} becomes $${p}x + ${p * k} = ${linTex(right[target][0], 'x', right[target][1])}$: ${words[target]}.`,
      ),
    ] as const,
    wrongAnswers: others.map((kind) => wrongAnswer({ match: [id(kind)], ...feedback(kind) })),
  };
}

const solutionsTemplate = template({
  id: 'g8-ee-c-how-many',
  skill: howManySolutions,
  count: 36,
  generate: (r) => {
    const p = r.int(2, 6);
    const k = r.int(1, 9);
    return solutionsBody(
      {
        target: r.pick(['one', 'none', 'many'] as const),
        p,
        k,
        q: r.int(1, 9),
        e: p * k + r.pick([-1, 1]) * r.int(1, 6),
      },
      r.require,
    );
  },
});

// ---- Skill 3: systems of two linear equations --------------------------------------------------------

export const systems = curriculumSkill({
  id: 'g8-ee-c-systems',
  title: 'Solve a system of two linear equations',
  standards: ['8.EE.C.8', '8.EE.C.8b'],
  tutor: {
    summary:
      'The solution of a system is the point on both lines. When both equations say $y = \\dots$, set the right sides equal, solve for $x$, then put $x$ back in to find $y$.',
    mastery:
      'The student finds both coordinates, checks the point in both equations, and reports the coordinate asked for.',
    watchFor: ['Reporting $x$ when $y$ is asked, or the reverse.', 'Sign slips when moving terms to solve for $x$.'],
    talkMoves: [
      '"Both right sides equal the same $y$. So what can you say about the right sides?"',
      '"Check your point in BOTH equations. Does it work in each?"',
    ],
    workedExample: {
      problem: '$y = 2x + 1$ and $y = -x + 7$.',
      steps: [
        '$2x + 1 = -x + 7$.',
        'Add $x$ to both sides: $3x + 1 = 7$, so $x = 2$.',
        '$y = 2(2) + 1 = 5$. The solution is $(2, 5)$.',
      ],
    },
  },
});

interface SystemParams {
  readonly ask: 'x' | 'y';
  readonly m1: number;
  readonly b1: number;
  readonly m2: number;
  readonly x: number;
}

function systemBody(p: SystemParams, need: Need) {
  const { ask, m1, b1, m2, x } = p;
  const y = m1 * x + b1;
  const b2 = y - m2 * x;
  const answer = ask === 'x' ? x : y;
  const other = ask === 'x' ? y : x;
  const slip = ask === 'x' ? -x : m1 * -x + b1;
  need(m1 !== m2 && x !== 0 && new Set([answer, other, slip]).size === 3, 'wrong answers differ');
  const [e1, e2] = [linTex(m1, 'x', b1), linTex(m2, 'x', b2)];
  return {
    stem: `Solve the system $y = ${e1}$ and $y = ${e2}$. What is the $${ask}$-value of the solution?`,
    answer: numeric({ value: String(answer), forms: ['integer'] }),
    params: { ...p },
    hints: [
      hint('At the solution both equations give the same $y$. Set the two right sides equal.'),
      hint(
        `$${e1} = ${e2}$. Collect the $x$-terms on one side and the numbers on the other.${ask === 'y' ? ' Then put $x$ back in.' : ''}`,
      ),
      bottomOut(
        `${m1 - m2 === 1 ? '' : `$${term(m1 - m2, 'x')} = ${b2 - b1}$, so `}$x = ${x}$, and $y = ${m1 === 1 ? '' : m1 === -1 ? '-' : m1}(${x})${b1 < 0 ? ` - ${-b1}` : b1 > 0 ? ` + ${b1}` : ''} = ${y}$. The ${ask}-value is ${answer}.`,
      ),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(other),
        feedback: `That is the ${ask === 'x' ? '$y$' : '$x$'}-value of the solution. The question asks for $${ask}$.`,
        misconception: otherCoordinate,
        tutorMove: `Ask: "Write your solution as a point $(x, y)$. Which number is the $${ask}$-value?"`,
      }),
      wrongAnswer({
        match: String(slip),
        feedback: 'Check your answer in both equations. A term that moves across the equal sign changes sign.',
        misconception: movesWithoutSign,
        tutorMove: `Ask: "Put your $x$ into both equations. Do you get the same $y$ from each?"`,
      }),
    ],
  };
}

const systemTemplate = template({
  id: 'g8-ee-c-systems-solve',
  skill: systems,
  count: 36,
  generate: (r) =>
    systemBody(
      {
        ask: r.pick(['x', 'y'] as const),
        m1: r.pick([-3, -2, -1, 1, 2, 3, 4]),
        b1: r.int(-8, 8),
        m2: r.pick([-3, -2, -1, 1, 2, 3, 4]),
        x: r.pick([-1, 1]) * r.int(1, 9),
      },
      r.require,
    ),
});

const fixed = {
  both: (id: string, p: BothParams) => problem({ id, skill: bothSides, ...bothBody(p, fixedNeed) }),
  solutions: (id: string, p: SolutionsParams) =>
    problem({ id, skill: howManySolutions, ...solutionsBody(p, fixedNeed) }),
  system: (id: string, p: SystemParams) => problem({ id, skill: systems, ...systemBody(p, fixedNeed) }),
};

export default cluster({
  code: '8.EE.C',
  strand: 'expressions-equations',
  title: 'Linear equations and systems',
  skills: [
    { skill: bothSides, pool: [bothTemplate] },
    { skill: howManySolutions, pool: [solutionsTemplate] },
    { skill: systems, pool: [systemTemplate] },
  ],
  check: [
    fixed.both('g8-ee-c-check-1', { v: 'x', a: 5, b: 2, c: 3, x: 4 }),
    fixed.both('g8-ee-c-check-2', { v: 'n', a: 2, b: -3, c: 4, x: -2 }),
    fixed.solutions('g8-ee-c-check-3', { target: 'none', p: 2, k: 3, q: 3, e: 5 }),
    fixed.solutions('g8-ee-c-check-4', { target: 'many', p: 4, k: 1, q: 2, e: 6 }),
    fixed.system('g8-ee-c-check-5', { ask: 'x', m1: 2, b1: 1, m2: -1, x: 2 }),
  ],
  // Two-step equations come first.
  warmUp: [
    fixed7b.linear('g8-ee-c-warm-up-1', { v: 'x', p: 4, q: 3, x: 5 }),
    fixed7b.linear('g8-ee-c-warm-up-2', { v: 'x', p: 2, q: -6, x: 7 }),
  ],
  exitTicket: [fixed.system('g8-ee-c-exit-1', { ask: 'y', m1: 3, b1: -2, m2: 1, x: 3 })],
  scripts: SCRIPTS,
});
