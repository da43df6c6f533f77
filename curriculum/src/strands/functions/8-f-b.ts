/** 8.F.B — Use functions to model relationships between quantities. */
import {
  bottomOut,
  cluster,
  curriculumSkill,
  expression,
  gcd,
  hint,
  misconception,
  numeric,
  problem,
  template,
  wrongAnswer,
} from '../../kit.js';
import { firstValueAsInitial, ignoresXStep, initialForRate, invertsRate, linear, SCRIPTS, table } from './common.js';

const swapsSlopeIntercept = misconception({
  id: 'fn-swaps-slope-and-intercept',
  title: 'Swaps the slope and the intercept',
  description: 'Writes $y = bx + m$: puts the starting value where the rate of change goes.',
});
const readsPoint = misconception({
  id: 'fn-reads-point-not-interval',
  title: 'Reads a point on the graph instead of an interval',
  description:
    'Gives the time at the end of a segment (or the whole time so far) when the question is about how long the segment lasts.',
});
const readsWrongAxis = misconception({
  id: 'fn-reads-wrong-axis',
  title: 'Reads the wrong axis',
  description: 'Answers with a distance (y-value) when the question asks about time (x), or the reverse.',
});

const paren = (n: number) => (n < 0 ? `(${n})` : String(n));
const fraction = (n: number, d: number) => `${n / gcd(n, d)}/${d / gcd(n, d)}`;

export const rateInitial = curriculumSkill({
  id: 'g8-f-b-rate-initial',
  title: 'Find the rate of change and the initial value from two points',
  standards: ['8.F.B.4'],
  tutor: {
    summary:
      'For a linear relationship, the rate of change is the change in y divided by the change in x between any two points. The initial value is y when $x = 0$: start at a known point and go back x steps of the rate.',
    mastery:
      'The student finds the rate as (change in y) ÷ (change in x) and works back to $x = 0$ for the initial value, saying the units.',
    watchFor: ['Forgetting to divide by the change in x.', 'Giving the first value in the story as the initial value.'],
    talkMoves: [
      '"How much time passed between the two measurements? How much did the amount change?"',
      '"What was happening at time 0?"',
    ],
    workedExample: {
      problem:
        'A plant is 11 cm tall after 2 weeks and 20 cm after 5 weeks. Find its growth per week and its height at week 0.',
      steps: [
        'Change: $20 - 11 = 9$ cm in $5 - 2 = 3$ weeks.',
        'Rate: $9 \\div 3 = 3$ cm per week.',
        'Week 0: $11 - 2 \\times 3 = 5$ cm.',
      ],
    },
  },
});

const STORIES = {
  plant: {
    story: (x1: number, y1: number, x2: number, y2: number) =>
      `A plant is ${y1} cm tall after ${x1} weeks and ${y2} cm tall after ${x2} weeks. It grows at a constant rate.`,
    unit: 'cm each week',
    time: 'weeks',
    rate: 'How many centimeters does it grow each week?',
    initial: 'How tall was it at week 0, in centimeters?',
  },
  savings: {
    story: (x1: number, y1: number, x2: number, y2: number) =>
      `Jada saves the same amount each week. After ${x1} weeks she has ${y1} dollars; after ${x2} weeks she has ${y2} dollars.`,
    unit: 'dollars each week',
    time: 'weeks',
    rate: 'How many dollars does she save each week?',
    initial: 'How many dollars did she have at week 0?',
  },
  pool: {
    story: (x1: number, y1: number, x2: number, y2: number) =>
      `A pool fills at a constant rate. After ${x1} minutes it holds ${y1} liters; after ${x2} minutes it holds ${y2} liters.`,
    unit: 'liters each minute',
    time: 'minutes',
    rate: 'How many liters flow in each minute?',
    initial: 'How many liters were in the pool at minute 0?',
  },
} as const;

function rateBody(ask: 'rate' | 'initial', story: keyof typeof STORIES, m: number, b: number, x1: number, x2: number) {
  const [y1, y2] = [m * x1 + b, m * x2 + b];
  const [dx, dy] = [x2 - x1, y2 - y1];
  const s = STORIES[story];
  const common = {
    params: { ask, story, x1, y1, x2, y2 },
    stem: `${s.story(x1, y1, x2, y2)} ${s[ask]}`,
  };
  if (ask === 'rate') {
    return {
      ...common,
      answer: numeric({ value: String(m), forms: ['integer'] }),
      hints: [
        hint('Rate of change = change in amount ÷ change in time.'),
        hint(`The amount changed by $${y2} - ${y1} = ${dy}$ while the time changed by $${x2} - ${x1} = ${dx}$.`),
        bottomOut(`$${dy} \\div ${dx} = ${m}$ ${s.unit}.`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: String(dy),
          feedback: `That is the change over ${dx} ${s.time}. How much is it for just one?`,
          misconception: ignoresXStep,
          tutorMove: `Ask: "${dy} in ${dx} ${s.time}. How much in one?"`,
        }),
        wrongAnswer({
          match: fraction(dx, dy),
          feedback: 'You divided time by amount. The rate is amount per unit of time: divide the other way.',
          misconception: invertsRate,
          tutorMove: `Ask: "Should the answer be the amount for each week, or the weeks for each unit?"`,
        }),
      ],
    };
  }
  return {
    ...common,
    answer: numeric({ value: String(b), forms: ['integer'] }),
    hints: [
      hint('First find the rate: how much the amount changes in one unit of time.'),
      hint(`The rate is $${dy} \\div ${dx} = ${m}$. Go back from time ${x1} to time 0: that is ${x1} steps of ${m}.`),
      bottomOut(`$${y1} - ${x1} \\times ${m} = ${b}$`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(y1),
        feedback: `${y1} is the amount at time ${x1}, not at time 0. Work back to the start.`,
        misconception: firstValueAsInitial,
        tutorMove: `Ask: "What was the amount one step before time ${x1}? And before that?"`,
      }),
      wrongAnswer({
        match: String(m),
        feedback: 'That is how much the amount changes each step, not where it started.',
        misconception: initialForRate,
        tutorMove: `Ask: "At time 0, how much was there? Use the rate ${m} to step back from ${y1}."`,
      }),
    ],
  };
}

const rateTemplate = template({
  id: 'g8-f-b-rate-initial-story',
  skill: rateInitial,
  count: 36,
  generate: (r) => {
    const m = r.int(2, 12);
    const b = r.int(3, 40);
    const x1 = r.int(2, 5);
    const x2 = x1 + r.int(2, 5);
    r.require(m !== b, 'wrong answers differ');
    return rateBody(r.pick(['rate', 'initial'] as const), r.pick(['plant', 'savings', 'pool'] as const), m, b, x1, x2);
  },
});

export const constructLinear = curriculumSkill({
  id: 'g8-f-b-construct-linear',
  title: 'Write a linear function from a table or two points',
  standards: ['8.F.B.4'],
  tutor: {
    summary:
      'To write $y = mx + b$: find m, the change in y for each 1 in x, then b, the value of y when $x = 0$, by stepping back from a known point.',
    mastery: 'The student finds m first, then b, and checks the equation with a second point.',
    watchFor: ['Swapping m and b.', 'Using the first y-value as b when the first x is not 0.'],
    talkMoves: [
      '"What is y when x is 0? Is that in the table?"',
      '"Check your equation with another point: does it work?"',
    ],
    workedExample: {
      problem: 'x = 1, 2, 3 gives y = 7, 10, 13. Write the function.',
      steps: [
        'y goes up 3 for each 1 in x: $m = 3$.',
        'Back one step from $x = 1$: $7 - 3 = 4$, so $b = 4$.',
        '$y = 3x + 4$; check: $3 \\times 3 + 4 = 13$.',
      ],
    },
  },
});

function constructBody(shape: 'table' | 'points', m: number, b: number, x1: number, x2: number) {
  const xs = shape === 'table' ? [x1, x1 + 1, x1 + 2, x1 + 3] : [x1, x2];
  const ys = xs.map((x) => m * x + b);
  const [y1, y2] = [ys[0] ?? 0, ys.at(-1) ?? 0];
  const last = xs.at(-1) ?? x2;
  const given =
    shape === 'table'
      ? `This table shows a linear function: ${table(xs, ys)}`
      : `A linear function passes through the points $(${x1}, ${y1})$ and $(${x2}, ${y2})$.`;
  return {
    stem: `${given} Write the function as $y = mx + b$. Type the expression for y.`,
    answer: expression({ value: linear(m, b).ascii, variables: ['x'] }),
    params: { shape, x1, y1, x2: last, y2 },
    hints: [
      hint('Find m first: how much does y change for each 1 that x goes up?'),
      hint(
        `$m = \\frac{${y2} - ${paren(y1)}}{${last} - ${x1}} = ${m}$. Now step back from $x = ${x1}$ to $x = 0$ to find b.`,
      ),
      bottomOut(`$b = ${y1} - ${x1} \\times ${paren(m)} = ${b}$, so $y = ${linear(m, b).tex}$.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: linear(b, m).ascii,
        feedback: 'The rate of change goes with x, and the starting value stands alone. Check which is which.',
        misconception: swapsSlopeIntercept,
        tutorMove: `Ask: "Put $x = ${x1}$ into your equation. Do you get ${y1}?"`,
      }),
      wrongAnswer({
        match: linear(m, y1).ascii,
        feedback: `Your rate is right. But ${y1} is y at $x = ${x1}$, not at $x = 0$.`,
        misconception: firstValueAsInitial,
        tutorMove: `Ask: "What is y when x is 0? Step back from $x = ${x1}$."`,
      }),
    ],
  };
}

const constructTemplate = template({
  id: 'g8-f-b-construct-linear-equation',
  skill: constructLinear,
  count: 36,
  generate: (r) => {
    const m = r.pick([-5, -4, -3, -2, 2, 3, 4, 5, 6]);
    const b = r.int(-9, 12);
    const x1 = r.int(1, 3);
    const x2 = x1 + r.int(2, 4);
    r.require(b !== 0 && b !== m, 'wrong answers differ');
    return constructBody(r.pick(['table', 'points'] as const), m, b, x1, x2);
  },
});

export const readGraph = curriculumSkill({
  id: 'g8-f-b-read-graph',
  title: 'Interpret a distance–time graph',
  standards: ['8.F.B.5'],
  tutor: {
    summary:
      'On a distance–time graph, a rising segment means moving away, a flat segment means not moving (distance not changing), and a falling segment means coming back. Speed is the change in distance over the change in time on a segment.',
    mastery:
      'The student describes each segment in words ("walks away, stops, walks back") and reads lengths of time as differences.',
    watchFor: [
      'Reading a time on the axis instead of how long a segment lasts.',
      'Reading a distance when the question asks about time.',
    ],
    talkMoves: [
      '"Tell me the story of this graph, segment by segment."',
      '"Which axis is time? When does this segment start and end?"',
    ],
    workedExample: {
      problem: 'Segments join (0, 0), (5, 300), (9, 300), (15, 0). How long was the stop?',
      steps: ['The flat segment runs from minute 5 to minute 9.', '$9 - 5 = 4$ minutes.'],
    },
  },
});

const WALKERS = ['Ana', 'Kofi', 'Mei', 'Omar', 'Priya', 'Tomás'] as const;

function graphBody(ask: 'still' | 'away' | 'back', who: string, t1: number, t2: number, t3: number, d: number) {
  const points = `$(0, 0)$, $(${t1}, ${d})$, $(${t2}, ${d})$ and $(${t3}, 0)$`;
  const intro = `A graph shows ${who}'s distance from home in meters (y) against time in minutes (x). It is made of straight segments joining ${points}.`;
  const params = { ask, t1, t2, t3, d };
  if (ask === 'still') {
    return {
      stem: `${intro} For how many minutes was the distance from home not changing?`,
      answer: numeric({ value: String(t2 - t1), forms: ['integer'], unit: 'minutes' }),
      params,
      hints: [
        hint('Distance not changing means the graph is flat. Which segment is flat?'),
        hint(`The flat segment starts at minute ${t1} and ends at minute ${t2}.`),
        bottomOut(`$${t2} - ${t1} = ${t2 - t1}$ minutes.`),
      ] as const,
      wrongAnswers: [
        wrongAnswer({
          match: String(t2),
          feedback: `Minute ${t2} is when the stop ended. How long did it last?`,
          misconception: readsPoint,
          tutorMove: `Ask: "When did the stop start? When did it end?"`,
        }),
        wrongAnswer({
          match: String(d),
          feedback: `${d} is a distance in meters. The question asks for a time in minutes.`,
          misconception: readsWrongAxis,
          tutorMove: 'Ask: "Which axis shows time? Put your finger on the flat part and read along that axis."',
        }),
      ],
    };
  }
  const [from, to] = ask === 'away' ? [0, t1] : [t2, t3];
  const speed = d / (to - from);
  return {
    stem: `${intro} How fast was ${who} walking ${ask === 'away' ? 'away from home' : 'back home'}, in meters per minute?`,
    answer: numeric({ value: String(speed), forms: ['integer'], unit: 'meters per minute' }),
    params,
    hints: [
      hint(
        `Which segment shows walking ${ask === 'away' ? 'away (going up)' : 'back (going down)'}? When does it start and end?`,
      ),
      hint(`From minute ${from} to minute ${to}, the distance changes by ${d} meters.`),
      bottomOut(`$${d} \\div ${to - from} = ${speed}$ meters per minute.`),
    ] as const,
    wrongAnswers: [
      wrongAnswer({
        match: String(d),
        feedback: `${d} meters is how far, not how fast. Divide by the minutes it took.`,
        misconception: ignoresXStep,
        tutorMove: `Ask: "How many meters in one minute, if ${d} meters took ${to - from} minutes?"`,
      }),
      ask === 'away'
        ? wrongAnswer({
            match: fraction(t1, d),
            feedback: 'You divided minutes by meters. Meters per minute is meters ÷ minutes.',
            misconception: invertsRate,
            tutorMove: 'Ask: "What does meters per minute mean? Which number goes first?"',
          })
        : wrongAnswer({
            match: fraction(d, t3),
            feedback: `The walk back started at minute ${t2}, not at minute 0. Use the time the segment lasts.`,
            misconception: readsPoint,
            tutorMove: `Ask: "When did the walk back start? When did it end?"`,
          }),
    ],
  };
}

const graphTemplate = template({
  id: 'g8-f-b-read-graph-walk',
  skill: readGraph,
  count: 36,
  generate: (r) => {
    const t1 = r.int(3, 12);
    const d = t1 * r.pick([40, 50, 60, 70, 80, 90]);
    const t2 = t1 + r.int(2, 15);
    const back = r.int(3, 15);
    r.require(d % back === 0 && t2 - t1 !== d, 'a whole speed back');
    return graphBody(r.pick(['still', 'away', 'back'] as const), r.pick(WALKERS), t1, t2, t2 + back, d);
  },
});

export default cluster({
  code: '8.F.B',
  strand: 'functions',
  title: 'Use functions to model relationships',
  skills: [
    { skill: rateInitial, pool: [rateTemplate] },
    { skill: constructLinear, pool: [constructTemplate] },
    { skill: readGraph, pool: [graphTemplate] },
  ],
  check: [
    problem({ id: 'g8-f-b-check-1', skill: rateInitial, ...rateBody('rate', 'plant', 4, 6, 2, 5) }),
    problem({ id: 'g8-f-b-check-2', skill: rateInitial, ...rateBody('initial', 'savings', 5, 12, 3, 7) }),
    problem({ id: 'g8-f-b-check-3', skill: constructLinear, ...constructBody('table', 3, 5, 1, 4) }),
    problem({ id: 'g8-f-b-check-4', skill: constructLinear, ...constructBody('points', -2, 9, 2, 5) }),
    problem({ id: 'g8-f-b-check-5', skill: readGraph, ...graphBody('still', 'Mei', 6, 10, 18, 360) }),
  ],
  warmUp: [
    problem({ id: 'g8-f-b-warm-up-1', skill: rateInitial, ...rateBody('rate', 'pool', 8, 20, 2, 5) }),
    problem({ id: 'g8-f-b-warm-up-2', skill: rateInitial, ...rateBody('rate', 'savings', 6, 15, 2, 6) }),
  ],
  exitTicket: [problem({ id: 'g8-f-b-exit-1', skill: constructLinear, ...constructBody('table', 4, -3, 2, 5) })],
  scripts: SCRIPTS,
});
