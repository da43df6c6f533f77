/** The engine: answer checks per second, folds of 100,000 events, replay of a seat. */
import {
  type AnswerSpec,
  checkResponse,
  checkWork,
  groupView,
  loadExpressionEngine,
  type Pack,
  replaySeat,
  type TutorEvent,
} from '@tutorkit/core';
import { engineEvents } from './engine-events.js';
import { generatePack } from './generate-pack.js';
import { type Results, rate, round, time } from './measure.js';

const NUMERIC_CASES: [AnswerSpec, string, string][] = [
  [{ kind: 'numeric', value: '5/6', simplest: 'required' }, '5/6', 'en'],
  [{ kind: 'numeric', value: '5/6', simplest: 'required' }, '10/12', 'en'],
  [{ kind: 'numeric', value: '1 1/2', forms: ['mixed', 'fraction'] }, '3/2', 'en'],
  [{ kind: 'numeric', value: 0.5 }, '0,5', 'es'],
  [{ kind: 'numeric', value: '333 1/3', tolerance: { absolute: 0.01 } }, '333.33', 'en'],
  [{ kind: 'numeric', value: 1200 }, '1,200', 'en'],
  [{ kind: 'numeric', value: '75%' }, '75 %', 'en'],
  [{ kind: 'numeric', value: -3 }, '−3', 'en'],
];

const EXPRESSION_CASES: [AnswerSpec, string][] = [
  [{ kind: 'expression', value: '2x+6' }, '2(x+3)'],
  [{ kind: 'expression', value: '2x+6' }, '2x+3'],
  [{ kind: 'expression', value: '3/4*n+1/2', variables: ['n'] }, 'n*3/4 + 1/2'],
  [{ kind: 'expression', value: '(x+1)(x-1)', form: 'factored' }, 'x^2-1'],
  [{ kind: 'expression', value: 'x^2+2x+1' }, '(x+1)^2'],
];

export async function benchEngine(results: Results): Promise<void> {
  const numeric = rate(7, 50_000, (i) => {
    const [spec, response, locale] = NUMERIC_CASES[i % NUMERIC_CASES.length] as (typeof NUMERIC_CASES)[number];
    return checkResponse(spec, response, { locale });
  });
  results['numeric-checks-per-second'] = {
    value: Math.round(numeric),
    unit: 'checks/s',
    budget: 200_000,
    better: 'higher',
  };

  const expressions = await loadExpressionEngine();
  // Students type new answers: vary the response text so no cache of responses helps.
  const expression = rate(7, 5_000, (i) => {
    const [spec, response] = EXPRESSION_CASES[i % EXPRESSION_CASES.length] as (typeof EXPRESSION_CASES)[number];
    return checkResponse(spec, `${response}+${i}-${i}`, { expressions });
  });
  results['expression-checks-per-second'] = {
    value: Math.round(expression),
    unit: 'checks/s',
    budget: 5_000,
    better: 'higher',
  };

  const pack: Pack = generatePack(200);
  const work = pack.problems[0];
  if (work) {
    const withWrongAnswers = rate(7, 20_000, (i) =>
      checkWork(work, i % 2 ? String(work.answer.kind === 'numeric' ? work.answer.value : '') : '7/9'),
    );
    results['check-with-wrong-answers-per-second'] = {
      value: Math.round(withWrongAnswers),
      unit: 'checks/s',
      budget: 50_000,
      better: 'higher',
    };
  }

  // The tutor's panel folds events that arrive from the hub or IndexedDB, as deserialised data.
  const events: TutorEvent[] = JSON.parse(JSON.stringify(engineEvents(pack, 100_000, 4)));
  const now = (events.at(-1)?.at ?? 0) + 60_000;
  const fold = time(5, () => groupView(events, { now, pack }));
  results['group-view-100k-events'] = { value: round(fold), unit: 'ms', budget: 250, better: 'lower' };

  const oneLearner = events.filter((e) => e.learner === 'learner-0');
  const dayOf = (at: number) => String(Math.floor(at / 86_400_000));
  const replay = time(5, () => replaySeat(oneLearner, { pack, dayOf }));
  results['seat-replay-25k-events'] = { value: round(replay), unit: 'ms', budget: 250, better: 'lower' };
}
