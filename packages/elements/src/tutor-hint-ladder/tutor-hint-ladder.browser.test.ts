import { expect } from 'chai';
import { axeViolations } from '../test-support/axe.js';
import { deepActiveElement, press } from '../test-support/commands.js';
import './define.js';
import type { TutorHintRequestEvent } from './tutor-hint-ladder.events.js';
import type { Hint, TutorHintLadder } from './tutor-hint-ladder.js';

const HINTS: readonly Hint[] = [
  { text: 'Halves and thirds are different sizes.' },
  { text: 'Write both with sixths: $\\frac{3}{6}+\\frac{2}{6}$' },
  { text: 'The answer is $\\frac{5}{6}$.', bottomOut: true },
];

async function mount(revealed = 0, lang?: string, hints: readonly Hint[] = HINTS): Promise<TutorHintLadder> {
  const el = document.createElement('tutor-hint-ladder');
  el.hints = hints;
  el.revealed = revealed;
  if (lang) el.lang = lang;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: TutorHintLadder, selector: string) =>
  el.shadowRoot?.querySelector<T>(selector) ?? null;
const shownHints = (el: TutorHintLadder) => Array.from(el.shadowRoot?.querySelectorAll('[part~="hint"]') ?? []);

describe('<tutor-hint-ladder>', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows only the revealed hints, in an ordered list that is a polite live region', async () => {
    const el = await mount(2);
    const list = $(el, 'ol');
    expect(list?.getAttribute('aria-live')).to.equal('polite');
    expect(shownHints(el)).to.have.length(2);
    expect(shownHints(el)[1]?.querySelector('tutor-math')?.tex).to.equal('\\frac{3}{6}+\\frac{2}{6}');
    expect($(el, '[part="button"]')?.textContent?.trim()).to.equal('Show another hint');
  });

  it('fires tutor-hint-request and reveals the next hint, keeping focus on the button', async () => {
    const el = await mount(0);
    const events: TutorHintRequestEvent[] = [];
    document.body.addEventListener('tutor-hint-request', (e) => events.push(e));
    const button = $<HTMLButtonElement>(el, '[part="button"]');
    button?.focus();
    await press('Enter');
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]?.index).to.equal(0);
    expect(events[0]?.bottomOut).to.equal(false);
    expect(events[0]?.composed).to.equal(true);
    expect(el.revealed).to.equal(1);
    expect(shownHints(el)).to.have.length(1);
    expect(deepActiveElement()).to.equal($(el, '[part="button"]'));
  });

  it('announces a hint revealed from outside without taking focus', async () => {
    const outside = document.createElement('input');
    outside.setAttribute('aria-label', 'answer');
    document.body.append(outside);
    const el = await mount(1);
    outside.focus();
    el.revealed = 2;
    await el.updateComplete;
    expect(shownHints(el)).to.have.length(2);
    expect(shownHints(el)[1]?.closest('[aria-live="polite"]')).to.not.equal(null);
    expect(document.activeElement).to.equal(outside);
  });

  it('lets the host prevent the default reveal', async () => {
    const el = await mount(0);
    el.addEventListener('tutor-hint-request', (e) => e.preventDefault());
    $(el, '[part="button"]')?.click();
    await el.updateComplete;
    expect(el.revealed).to.equal(0);
  });

  it('asks to confirm before the bottom-out hint; Escape cancels and returns focus', async () => {
    const el = await mount(2);
    let fired = 0;
    el.addEventListener('tutor-hint-request', () => fired++);
    $(el, '[part="button"]')?.focus();
    await press('Space');
    await el.updateComplete;
    await el.updateComplete;
    const confirm = $(el, '[part="confirm"]');
    expect(confirm?.textContent).to.contain('This hint shows the answer. Show it?');
    expect(fired).to.equal(0);
    expect(deepActiveElement()).to.equal($(el, '[part="cancel-button"]'));
    expect(await axeViolations(el)).to.deep.equal([]);
    await press('Escape');
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="confirm"]')).to.equal(null);
    expect(deepActiveElement()).to.equal($(el, '[part="button"]'));
    expect(fired).to.equal(0);
    expect(el.revealed).to.equal(2);
  });

  it('reveals the bottom-out hint after confirming with the keyboard, then is disabled', async () => {
    const el = await mount(2);
    const events: TutorHintRequestEvent[] = [];
    el.addEventListener('tutor-hint-request', (e) => events.push(e));
    $(el, '[part="button"]')?.focus();
    await press('Enter');
    await el.updateComplete;
    await el.updateComplete;
    await press('Shift+Tab');
    expect(deepActiveElement()).to.equal($(el, '[part="confirm-button"]'));
    await press('Enter');
    await el.updateComplete;
    await el.updateComplete;
    expect(events.map((e) => [e.index, e.bottomOut])).to.deep.equal([[2, true]]);
    expect(el.revealed).to.equal(3);
    expect(shownHints(el)[2]?.getAttribute('part')).to.equal('hint bottom-out');
    const button = $<HTMLButtonElement>(el, '[part="button"]');
    expect(button?.getAttribute('aria-disabled')).to.equal('true');
    expect(deepActiveElement()).to.equal(button);
    expect($(el, '[part="status"]')?.textContent).to.contain('You have seen all the hints.');
    button?.click();
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('speaks Spanish', async () => {
    const el = await mount(0, 'es');
    expect($(el, '[part="button"]')?.textContent?.trim()).to.equal('Ver una pista');
    el.revealed = 2;
    await el.updateComplete;
    $(el, '[part="button"]')?.click();
    await el.updateComplete;
    expect($(el, '[part="confirm"]')?.textContent).to.contain('Esta pista muestra la respuesta');
    expect($(el, '[part="cancel-button"]')?.textContent?.trim()).to.equal('Todavía no');
  });

  it('clamps revealed and handles an empty ladder', async () => {
    const el = await mount(99);
    expect(shownHints(el)).to.have.length(3);
    const empty = await mount(0, undefined, []);
    expect($(empty, '[part="status"]')?.textContent).to.contain('no hints');
    expect($(empty, '[part="button"]')?.getAttribute('aria-disabled')).to.equal('true');
    expect(await axeViolations(empty)).to.deep.equal([]);
  });

  it('has no axe violations with hints shown, in both languages', async () => {
    for (const lang of ['en', 'es']) {
      const el = await mount(2, lang);
      expect(await axeViolations(el), lang).to.deep.equal([]);
    }
  });
});
