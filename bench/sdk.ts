/** The SDK: build and verify a pack of 10,000 template variants (50 templates × 200). */
import {
  addFractions,
  bottomOut,
  buildPack,
  definePack,
  hint,
  misconception,
  numeric,
  skill,
  skillBuilder,
  template,
  wrongAnswer,
} from '@tutorkit/sdk';
import { type Results, round } from './measure.js';

function definition(templates: number, variants: number) {
  const addUnlike = skill({
    id: 'add-unlike',
    title: { en: 'Add fractions', es: 'Sumar fracciones' },
    standards: ['5.NF.A.1'],
  });
  const addsAcross = misconception({ id: 'adds-across', title: { en: 'Adds across', es: 'Suma en línea recta' } });
  const pool = Array.from({ length: templates }, (_, t) =>
    template({
      id: `add-${t}`,
      skill: addUnlike,
      count: variants,
      seed: `bench-${t}`,
      generate: (r) => {
        const a = r.fraction({ maxDenominator: 12 });
        const b = r.fraction({ maxDenominator: 12, unlikeDenominators: [a] });
        const sum = addFractions(a, b);
        return {
          stem: { en: `Add: $${a.tex} + ${b.tex}$`, es: `Suma: $${a.tex} + ${b.tex}$` },
          answer: numeric({ value: sum.text, forms: ['fraction', 'mixed'], simplest: 'required' }),
          hints: [
            hint({ en: 'Find a common denominator.', es: 'Busca un denominador común.' }),
            bottomOut(`$${a.tex} + ${b.tex} = ${sum.tex}$`),
          ],
          wrongAnswers: [
            wrongAnswer({
              match: `${a.n + b.n}/${a.d + b.d}`,
              feedback: { en: 'You added across.', es: 'Sumaste en línea recta.' },
              misconception: addsAcross,
              tutorMove: { en: 'Ask: is the answer bigger than each part?', es: 'Pregunta: ¿es mayor que cada parte?' },
            }),
          ],
        };
      },
    }),
  );
  const [first, ...rest] = pool;
  if (!first) throw new Error('the benchmark needs at least one template');
  return definePack({
    id: 'bench.sdk',
    version: '1.0.0',
    title: { en: 'SDK benchmark', es: 'Prueba del SDK' },
    license: 'CC0-1.0',
    authors: [{ name: 'Tutorkit benchmarks' }],
    locales: ['en', 'es'],
    assignments: [
      skillBuilder({ id: 'builder', title: { en: 'Add', es: 'Sumar' }, skill: addUnlike, pool: [first, ...rest] }),
    ],
  });
}

export async function benchSdk(results: Results): Promise<void> {
  const started = performance.now();
  const built = await buildPack(definition(50, 200));
  const ms = performance.now() - started;
  if (!built.ok) throw new Error(`benchmark pack failed to build: ${built.issues[0]?.message}`);
  results['sdk-build-verify-10k-variants'] = { value: round(ms), unit: 'ms', budget: 5000, better: 'lower' };
  results['sdk-10k-variants-problems'] = {
    value: built.pack.problems.length,
    unit: 'problems',
    budget: 10_000,
    better: 'higher',
  };
}
