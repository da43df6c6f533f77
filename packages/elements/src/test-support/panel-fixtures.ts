/** A small pack and a group of scripted students in different states, for the panel's tests. */
import type { Pack, TutorEvent } from '@tutorkit/core';
import { ScriptedSeat, T0 } from './scripted-seat.js';

export function panelPack(): Pack {
  const problems = [1, 2, 3].map((n) => ({
    id: `p${n}`,
    skill: 'add-frac',
    stem: { en: `Add: $\\frac{1}{2} + \\frac{${n}}{3}$`, es: `Suma: $\\frac{1}{2} + \\frac{${n}}{3}$` },
    answer: { kind: 'numeric' as const, value: `${3 + 2 * n}/6` },
    hints: [
      { text: 'Find a common denominator.' },
      { text: 'Use sixths.' },
      { text: `It is $\\frac{${3 + 2 * n}}{6}$.`, bottomOut: true },
    ],
    wrongAnswers: [
      {
        match: `${1 + n}/5`,
        feedback: 'You added across.',
        misconception: 'add-across',
        tutorMove: {
          en: 'Ask: are halves and thirds the same size?',
          es: 'Pregunta: ¿los medios y los tercios son iguales?',
        },
      },
    ],
  }));
  return {
    format: 'tutorkit.pack/1',
    id: 'test.panel',
    version: '1.0.0',
    title: 'Panel test',
    license: 'CC0-1.0',
    authors: [{ name: 'Tests' }],
    locales: ['en', 'es'],
    skills: [
      {
        id: 'add-frac',
        title: { en: 'Add fractions', es: 'Sumar fracciones' },
        standards: ['5.NF.A.1'],
        mastery: { model: 'streak', streak: 3, dailyLimit: 2 },
        tutor: {
          talkMoves: ['Ask: how many sixths are in one half?'],
          workedExample: {
            problem: 'Add $\\frac{1}{2} + \\frac{1}{3}$.',
            steps: ['Rename: $\\frac{3}{6} + \\frac{2}{6}$.', 'Add the sixths: $\\frac{5}{6}$.'],
          },
        },
      },
    ],
    misconceptions: [{ id: 'add-across', title: { en: 'Adds tops and bottoms', es: 'Suma arriba y abajo' } }],
    problems,
    assignments: [
      { id: 'practice', kind: 'practice', title: 'Practice', problems: ['p1', 'p2', 'p3'] },
      { id: 'builder', kind: 'skill-builder', title: 'Skill builder', skill: 'add-frac', problems: ['p1', 'p2', 'p3'] },
    ],
  };
}

export const ROSTER = { 'ref-ana': 'Ana', 'ref-ben': 'Ben', 'ref-cy': 'Cy', 'ref-dee': 'Dee' };

/** The clock reading at which the group below is seen. */
export const NOW = T0 + 70_000;

/**
 * Ana: two wrong answers of the same common mistake. Ben: one such wrong answer and the
 * bottom-out hint. Cy: right on the first try. Dee: started and did nothing for 70 s.
 */
export function groupEvents(pack = panelPack()): {
  seats: Record<'ana' | 'ben' | 'cy' | 'dee', ScriptedSeat>;
  events: TutorEvent[];
} {
  const ana = new ScriptedSeat(pack, 'ref-ana', T0 + 60_000).start('practice');
  const ben = new ScriptedSeat(pack, 'ref-ben', T0 + 60_000).start('practice');
  const cy = new ScriptedSeat(pack, 'ref-cy', T0 + 60_000).start('practice');
  const dee = new ScriptedSeat(pack, 'ref-dee', T0).start('practice');
  ana.do({ type: 'submit', response: '2/5' });
  ana.do({ type: 'submit', response: '2/5' });
  ben.do({ type: 'submit', response: '2/5' });
  for (let i = 0; i < 3; i++) ben.do({ type: 'reveal-hint' });
  cy.do({ type: 'submit', response: '5/6' });
  return { seats: { ana, ben, cy, dee }, events: [ana, ben, cy, dee].flatMap((s) => s.log) };
}
