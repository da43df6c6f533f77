import type { CheckResult } from '@tutorkit/core';
import { expect } from 'chai';
import '../tutor-hint-ladder/define.js';
import '../tutor-mastery-check/define.js';
import { axeViolations } from '../test-support/axe.js';
import { emulateMedia } from '../test-support/commands.js';
import './define.js';

/** Colour contrast and forced colours for the three elements, light and dark. */
describe('feedback, hints and mastery in dark mode and forced colours', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    document.body.style.removeProperty('color');
    document.body.style.removeProperty('background');
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });

  async function mountAll(): Promise<HTMLElement[]> {
    const results: CheckResult[] = [
      { verdict: 'correct', reason: 'numeric/equal' },
      { verdict: 'incorrect', reason: 'numeric/not-equal' },
      { verdict: 'needs-simplifying', reason: 'numeric/not-simplest' },
    ];
    const els: HTMLElement[] = results.map((result) => {
      const el = document.createElement('tutor-feedback');
      el.result = result;
      el.feedback = 'Look at the *bottom* numbers.';
      return el;
    });
    const ladder = document.createElement('tutor-hint-ladder');
    ladder.hints = [{ text: 'One' }, { text: 'Two', bottomOut: true }];
    ladder.revealed = 1;
    const mastery = document.createElement('tutor-mastery-check');
    mastery.streak = 2;
    const mastered = document.createElement('tutor-mastery-check');
    mastered.mastered = true;
    els.push(ladder, mastery, mastered);
    document.body.append(...els);
    await Promise.all(els.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    return els;
  }

  it('keeps enough contrast in dark mode (on a dark page)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.body.style.color = '#f4f4f5';
    document.body.style.background = '#18181b';
    for (const el of await mountAll()) expect(await axeViolations(el), el.localName).to.deep.equal([]);
    const base = document.querySelector('tutor-feedback')?.shadowRoot?.querySelector('[part="base"]') as Element;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(20, 83, 45)');
  });

  it('uses system colours under forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    for (const el of await mountAll()) expect(await axeViolations(el), el.localName).to.deep.equal([]);
  });
});
