import { expect } from 'chai';
import { axeViolations } from '../test-support/axe.js';
import { emulateMedia } from '../test-support/commands.js';
import './define.js';
import type { TutorMasteryCheck } from './tutor-mastery-check.js';

async function mount(props: Partial<TutorMasteryCheck>, lang?: string): Promise<TutorMasteryCheck> {
  const el = document.createElement('tutor-mastery-check');
  Object.assign(el, props);
  if (lang) el.lang = lang;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const meter = (el: TutorMasteryCheck) => el.shadowRoot?.querySelector('[role="progressbar"]') ?? null;
const text = (el: TutorMasteryCheck) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('<tutor-mastery-check>', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows a streak as a progressbar with a spoken value', async () => {
    const el = await mount({ streak: 2, target: 3, doneToday: 4, dailyLimit: 10 });
    const bar = meter(el);
    expect(bar?.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar?.getAttribute('aria-valuemax')).to.equal('3');
    expect(bar?.getAttribute('aria-valuenow')).to.equal('2');
    expect(bar?.getAttribute('aria-valuetext')).to.equal('2 of 3 right in a row');
    expect(el.shadowRoot?.querySelectorAll('[part~="filled"]')).to.have.length(2);
    expect(text(el)).to.contain('4 of 10 problems today');
    expect(text(el)).to.contain('Get 3 right in a row');
  });

  it('shows BKT progress as a percentage of the threshold', async () => {
    const el = await mount({ model: 'bkt', pKnown: 0.57, threshold: 0.95 });
    expect(meter(el)?.getAttribute('aria-valuenow')).to.equal('60');
    expect(meter(el)?.getAttribute('aria-valuemax')).to.equal('100');
    expect(meter(el)?.getAttribute('aria-valuetext')).to.equal('60% of the way there');
    expect(el.shadowRoot?.querySelector<HTMLElement>('[part="bar"]')?.style.width).to.equal('60%');
  });

  it('reads attributes', async () => {
    document.body.innerHTML =
      '<tutor-mastery-check model="bkt" p-known="0.95" threshold="0.95" done-today="3" daily-limit="5"></tutor-mastery-check>';
    const el = document.querySelector('tutor-mastery-check') as TutorMasteryCheck;
    await el.updateComplete;
    expect(el.pKnown).to.equal(0.95);
    expect(meter(el)?.getAttribute('aria-valuenow')).to.equal('100');
    expect(text(el)).to.contain('3 of 5 problems today');
  });

  it('celebrates mastery calmly through the live region', async () => {
    const el = await mount({ streak: 2, target: 3 });
    const status = el.shadowRoot?.querySelector('[role="status"]');
    expect(status?.textContent?.trim()).to.equal('');
    el.streak = 3;
    el.mastered = true;
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[role="status"]')).to.equal(status);
    expect(status?.textContent).to.contain('Skill mastered!');
    expect(meter(el)?.getAttribute('aria-valuetext')).to.contain('Skill mastered!');
    expect(el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('data-state')).to.equal('mastered');
  });

  it('turns the celebration animation off when reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await mount({ mastered: true });
      const badge = el.shadowRoot?.querySelector('.badge') as Element;
      expect(getComputedStyle(badge).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await mount({ mastered: true });
    expect(getComputedStyle(el.shadowRoot?.querySelector('.badge') as Element).animationName).to.not.equal('none');
  });

  it('says come back tomorrow when the daily limit is reached', async () => {
    const el = await mount({ streak: 1, locked: true, doneToday: 10, dailyLimit: 10 });
    expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).to.contain('That’s all for today');
    expect(text(el)).to.not.contain('Get 3 right');
  });

  it('speaks Spanish', async () => {
    const el = await mount({ streak: 1, target: 3, doneToday: 2, dailyLimit: 10 }, 'es-MX');
    expect(meter(el)?.getAttribute('aria-valuetext')).to.equal('1 de 3 correctas seguidas');
    expect(text(el)).to.contain('2 de 10 problemas hoy');
    el.mastered = true;
    await el.updateComplete;
    expect(text(el)).to.contain('¡Habilidad dominada!');
  });

  it('clamps nonsense values', async () => {
    const el = await mount({ streak: 7, target: 3, pKnown: Number.NaN });
    expect(meter(el)?.getAttribute('aria-valuenow')).to.equal('3');
    el.model = 'bkt';
    await el.updateComplete;
    expect(meter(el)?.getAttribute('aria-valuenow')).to.equal('0');
  });

  it('has no axe violations in every state and language', async () => {
    for (const lang of ['en', 'es']) {
      for (const props of [
        { streak: 1 },
        { streak: 3, mastered: true },
        { locked: true, doneToday: 10 },
        { model: 'bkt' as const, pKnown: 0.4 },
        { model: 'bkt' as const, pKnown: 0.97, mastered: true },
      ]) {
        const el = await mount(props, lang);
        expect(await axeViolations(el), `${lang} ${JSON.stringify(props)}`).to.deep.equal([]);
      }
    }
  });
});
