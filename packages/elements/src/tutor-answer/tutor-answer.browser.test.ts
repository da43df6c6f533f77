import type { AnswerSpec, ChoiceAnswer } from '@tutorkit/core';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import axe from 'axe-core';
import { expect } from 'chai';
import { mathLiveRequested } from '../tutor-math-input/mathlive.js';
import './define.js';
import type { TutorAnswerSubmitEvent } from './tutor-answer.events.js';
import type { TutorAnswer } from './tutor-answer.js';

const numeric: AnswerSpec = { kind: 'numeric', value: '3/4', forms: ['fraction', 'decimal'] };
const choiceSingle: ChoiceAnswer = {
  kind: 'choice',
  select: 'single',
  options: [
    { id: 'a', text: '$\\frac{1}{2}$' },
    { id: 'b', text: { en: 'Three **quarters**', es: 'Tres **cuartos**' } },
    { id: 'c', text: 'One' },
  ],
  correct: ['b'],
};
const choiceMultiple: ChoiceAnswer = { ...choiceSingle, select: 'multiple', correct: ['a', 'c'] };
const text: AnswerSpec = { kind: 'text', accept: ['even'] };
const open: AnswerSpec = { kind: 'open' };
const expression: AnswerSpec = { kind: 'expression', value: '2x+6' };

const mounted: Element[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

async function mount(answer: AnswerSpec, attrs: Record<string, string> = {}, parent?: Element): Promise<TutorAnswer> {
  const el = document.createElement('tutor-answer');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.answer = answer;
  if (parent) parent.append(el);
  else {
    document.body.append(el);
    mounted.push(el);
  }
  await el.updateComplete;
  return el;
}

function shadow(el: TutorAnswer): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}

function q<T extends Element>(el: TutorAnswer, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function collect(el: HTMLElement): TutorAnswerSubmitEvent[] {
  const events: TutorAnswerSubmitEvent[] = [];
  el.addEventListener('tutor-answer-submit', (e) => events.push(e));
  return events;
}

async function noViolations(el: Element): Promise<void> {
  const result = await axe.run(el);
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal(
    [],
  );
}

describe('<tutor-answer>', () => {
  it('does not load MathLive when imported or for non-expression answers', async () => {
    await mount(numeric);
    await mount(choiceSingle);
    expect(mathLiveRequested()).to.equal(false);
    expect(customElements.get('math-field')).to.equal(undefined);
    expect(customElements.get('tutor-math-input')).to.equal(undefined);
    const resources = performance.getEntriesByType('resource').map((e) => e.name);
    // (mathlive.ts, the tiny loader, is imported by this test itself for `mathLiveRequested`.)
    const heavy = resources.filter((name) => /\/mathlive@|\/mathlive\/|tutor-math-input(\.ts|\/define)/.test(name));
    expect(heavy).to.deep.equal([]);
  });

  describe('numeric', () => {
    it('renders a text field with placeholder and input mode from the allowed forms', async () => {
      const el = await mount(numeric);
      const input = q<HTMLInputElement>(el, 'input[part~=input]');
      expect(input.type).to.equal('text');
      expect(input.inputMode).to.equal('text');
      expect(input.placeholder).to.equal('3/4 or 0.75');
      expect(input.getAttribute('aria-label')).to.equal('Your answer');
      const decimal = await mount({ kind: 'numeric', value: 0.5, forms: ['decimal'] }, { lang: 'es' });
      const dinput = q<HTMLInputElement>(decimal, 'input[part~=input]');
      expect(dinput.inputMode).to.equal('decimal');
      expect(dinput.placeholder).to.equal('0,75');
      const es = await mount(numeric, { lang: 'es', label: 'Respuesta' });
      expect(q<HTMLInputElement>(es, 'input').placeholder).to.equal('3/4 o 0,75');
      expect(q<HTMLInputElement>(es, 'input').getAttribute('aria-label')).to.equal('Respuesta');
      expect(q(es, '[part=submit]').textContent?.trim()).to.equal('Comprobar');
    });

    it('typing 3/4 and Enter submits "3/4"', async () => {
      const el = await mount(numeric);
      const events = collect(el);
      const inputs: string[] = [];
      el.addEventListener('input', () => inputs.push(el.value as string));
      el.focus();
      await sendKeys({ type: '3/4' });
      await sendKeys({ press: 'Enter' });
      expect(el.value).to.equal('3/4');
      expect(inputs.at(-1)).to.equal('3/4');
      expect(events.map((e) => e.response)).to.deep.equal(['3/4']);
      expect(events[0]?.detail.response).to.equal('3/4');
      expect(events[0]?.bubbles && events[0]?.composed).to.equal(true);
    });

    it('keeps a decimal comma as typed in Spanish', async () => {
      const el = await mount({ kind: 'numeric', value: 0.5 }, { lang: 'es' });
      const events = collect(el);
      el.focus();
      await sendKeys({ type: '0,5' });
      await sendKeys({ press: 'Enter' });
      expect(events.map((e) => e.response)).to.deep.equal(['0,5']);
    });

    it('follows a change of lang', async () => {
      const el = await mount(numeric);
      el.lang = 'es';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(q<HTMLInputElement>(el, 'input').placeholder).to.equal('3/4 o 0,75');
    });

    it('takes the language from an ancestor', async () => {
      const wrapper = document.createElement('div');
      wrapper.lang = 'es-ES';
      document.body.append(wrapper);
      mounted.push(wrapper);
      const el = await mount(numeric, {}, wrapper);
      expect(q<HTMLInputElement>(el, 'input').placeholder).to.equal('3/4 o 0,75');
    });

    it('does not submit an empty answer and says so gently', async () => {
      const el = await mount(numeric);
      const events = collect(el);
      el.focus();
      await sendKeys({ type: '   ' });
      await sendKeys({ press: 'Enter' });
      q<HTMLButtonElement>(el, '[part=submit]').click();
      await el.updateComplete;
      expect(events).to.have.length(0);
      const message = q(el, '[part=message]');
      expect(message.getAttribute('role')).to.equal('status');
      expect(message.textContent).to.contain('Type your answer first');
      await sendKeys({ type: '2' });
      await el.updateComplete;
      expect(message.textContent?.trim()).to.equal('');
    });

    it('the Check button submits', async () => {
      const el = await mount(numeric);
      const events = collect(el);
      el.value = '0.75';
      await el.updateComplete;
      expect(q<HTMLInputElement>(el, 'input').value).to.equal('0.75');
      q<HTMLButtonElement>(el, '[part=submit]').click();
      expect(events.map((e) => e.response)).to.deep.equal(['0.75']);
    });

    it('symbol keys insert at the caret without taking focus', async () => {
      const el = await mount({ kind: 'numeric', value: '1 1/2', forms: ['mixed'] }, { keypad: 'always' });
      const keys = shadow(el).querySelectorAll<HTMLButtonElement>('[part=key]');
      expect([...keys].map((k) => k.textContent?.trim())).to.deep.equal(['/', '−', '␣']);
      el.focus();
      await sendKeys({ type: '1' });
      keys[2]?.click();
      await sendKeys({ type: '1' });
      keys[0]?.click();
      await sendKeys({ type: '2' });
      expect(el.value).to.equal('1 1/2');
      expect(shadow(el).activeElement === q(el, 'input')).to.equal(true);
    });

    it('shows the unit in the student language', async () => {
      const el = await mount({ kind: 'numeric', value: 5, unit: { en: 'cm', es: 'cm.' } }, { lang: 'es' });
      expect(q(el, '[part=unit]').textContent).to.equal('cm.');
    });
  });

  describe('choice', () => {
    it('single: a radio group driven by arrow keys, Space and Enter', async () => {
      const el = await mount(choiceSingle);
      const group = q(el, '[part=options]');
      expect(group.getAttribute('role')).to.equal('radiogroup');
      const radios = shadow(el).querySelectorAll<HTMLInputElement>('input[type=radio]');
      expect(radios).to.have.length(3);
      expect(q(el, '[part=option-text] strong').textContent).to.equal('quarters');
      expect(shadow(el).querySelector('[part=option-text] tutor-math')).to.not.equal(null);
      const events = collect(el);
      const changes: unknown[] = [];
      el.addEventListener('change', () => changes.push(el.value));
      el.focus();
      await sendKeys({ press: 'Enter' });
      expect(events).to.have.length(0);
      expect(q(el, '[part=message]').textContent).to.contain('Choose an answer first');
      await sendKeys({ press: 'Space' });
      expect(el.value).to.deep.equal(['a']);
      await sendKeys({ press: 'ArrowDown' });
      expect(el.value).to.deep.equal(['b']);
      await sendKeys({ press: 'Enter' });
      expect(events.map((e) => e.response)).to.deep.equal([['b']]);
      expect(changes).to.deep.equal([['a'], ['b']]);
    });

    it('multiple: checkboxes toggled with Tab and Space', async () => {
      const el = await mount(choiceMultiple);
      expect(q(el, '[part=options]').getAttribute('role')).to.equal('group');
      expect(shadow(el).querySelectorAll('input[type=checkbox]')).to.have.length(3);
      const events = collect(el);
      el.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect(el.value).to.deep.equal(['a', 'c']);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Space' });
      expect(el.value).to.deep.equal(['c']);
      await sendKeys({ press: 'Enter' });
      expect(events.map((e) => e.response)).to.deep.equal([['c']]);
    });

    it('shows options in Spanish for lang es', async () => {
      const el = await mount(choiceSingle, { lang: 'es' });
      expect(q(el, 'label:nth-child(2) [part=option-text]').textContent?.trim()).to.equal('Tres cuartos');
    });
  });

  describe('text and open', () => {
    it('text renders a text field', async () => {
      const el = await mount(text);
      const input = q<HTMLInputElement>(el, 'input[part~=input]');
      expect(input.type).to.equal('text');
      expect(input.hasAttribute('inputmode')).to.equal(false);
      const events = collect(el);
      el.focus();
      await sendKeys({ type: 'even' });
      await sendKeys({ press: 'Enter' });
      expect(events.map((e) => e.response)).to.deep.equal(['even']);
    });

    it('open renders a textarea: Enter adds a line, Ctrl+Enter checks', async () => {
      const el = await mount(open);
      q<HTMLTextAreaElement>(el, 'textarea[part~=input]');
      const events = collect(el);
      el.focus();
      await sendKeys({ type: 'I drew' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'a line' });
      expect(events).to.have.length(0);
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Control' });
      expect(events.map((e) => e.response)).to.deep.equal(['I drew\na line']);
    });
  });

  describe('expression', () => {
    it('loads <tutor-math-input> lazily and submits its ascii math', async () => {
      const el = await mount(expression);
      const input = q<HTMLElement & { ready: Promise<void> }>(el, 'tutor-math-input');
      await customElements.whenDefined('tutor-math-input');
      await input.ready;
      expect(customElements.get('math-field')).to.not.equal(undefined);
      const events = collect(el);
      el.focus();
      await new Promise((r) => setTimeout(r, 200));
      await sendKeys({ press: 'Enter' });
      expect(events).to.have.length(0);
      await sendKeys({ type: '2x+6' });
      await sendKeys({ press: 'Enter' });
      expect(events.map((e) => e.response)).to.deep.equal(['2x+6']);
      expect(el.value).to.equal('2x+6');
    });
  });

  describe('forms', () => {
    it('submits its value with the form, resets and honours disabled', async () => {
      const form = document.createElement('form');
      document.body.append(form);
      mounted.push(form);
      const a = await mount(numeric, { name: 'n' }, form);
      const b = await mount(choiceMultiple, { name: 'c' }, form);
      expect(a.form).to.equal(form);
      a.value = '3/4';
      b.value = ['a', 'c'];
      await a.updateComplete;
      await b.updateComplete;
      let data = new FormData(form);
      expect(data.get('n')).to.equal('3/4');
      expect(data.getAll('c')).to.deep.equal(['a', 'c']);
      form.reset();
      await a.updateComplete;
      await b.updateComplete;
      expect(a.value).to.equal('');
      expect(b.value).to.deep.equal([]);
      expect(q<HTMLInputElement>(a, 'input').value).to.equal('');
      a.value = '1';
      a.disabled = true;
      await a.updateComplete;
      data = new FormData(form);
      expect(data.has('n')).to.equal(false);
      expect(q<HTMLInputElement>(a, 'input').disabled).to.equal(true);
      expect(q<HTMLButtonElement>(a, '[part=submit]').disabled).to.equal(true);
      const events = collect(a);
      expect(a.submit()).to.equal(false);
      expect(events).to.have.length(0);
    });

    it('is disabled by a disabled fieldset and validates required', async () => {
      const form = document.createElement('form');
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      document.body.append(form);
      mounted.push(form);
      const el = await mount(text, { name: 't', required: '' }, fieldset);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      el.value = 'even';
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      fieldset.disabled = true;
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(q<HTMLInputElement>(el, 'input').disabled).to.equal(true);
      expect(new FormData(form).has('t')).to.equal(false);
    });

    it('Enter submits the enclosing form unless the event is canceled', async () => {
      const form = document.createElement('form');
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      document.body.append(form);
      mounted.push(form);
      const el = await mount(text, { name: 't' }, form);
      el.value = 'x';
      await el.updateComplete;
      el.submit();
      expect(submitted).to.equal(1);
      el.addEventListener('tutor-answer-submit', (e) => e.preventDefault());
      el.submit();
      expect(submitted).to.equal(1);
    });
  });

  describe('clear, focus, new answer', () => {
    it('clear() empties; a new answer spec starts empty', async () => {
      const el = await mount(numeric);
      el.value = '5';
      await el.updateComplete;
      el.clear();
      await el.updateComplete;
      expect(el.value).to.equal('');
      el.value = '7';
      await el.updateComplete;
      el.answer = { ...numeric };
      await el.updateComplete;
      expect(el.value).to.equal('7');
      el.answer = choiceSingle;
      await el.updateComplete;
      expect(el.value).to.deep.equal([]);
    });

    it('gets focus back when re-enabled after a busy moment', async () => {
      const el = await mount(numeric);
      el.focus();
      el.disabled = true;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 20));
      el.disabled = false;
      await el.updateComplete;
      expect(shadow(el).activeElement === q(el, 'input')).to.equal(true);
    });

    it('focus() focuses the chosen option', async () => {
      const el = await mount(choiceSingle);
      el.value = ['c'];
      await el.updateComplete;
      el.focus();
      expect((shadow(el).activeElement as HTMLInputElement | null)?.value).to.equal('c');
    });
  });

  describe('accessibility (axe)', () => {
    const withTextAndMath = [{ id: 'a', text: 'Half: $\\frac{1}{2}$' }, ...choiceSingle.options.slice(1)];
    for (const [name, answer] of [
      ['numeric', numeric],
      // An option whose text is ONLY math is named from KaTeX's MathML, which axe does not read
      // through <tutor-math>'s shadow root (Chromium does): the axe runs use text + math options.
      ['choice single', { ...choiceSingle, options: withTextAndMath }],
      ['choice multiple', { ...choiceMultiple, options: withTextAndMath }],
      ['text', text],
      ['open', open],
    ] as const satisfies readonly (readonly [string, AnswerSpec])[]) {
      it(`${name} has no violations`, async () => {
        const el = await mount(answer, { keypad: 'always' });
        await noViolations(el);
        await sendKeys({ press: 'Tab' });
        el.submit();
        await el.updateComplete;
        await noViolations(el);
      });
    }

    it('has no violations on a dark page with a chosen option and a message', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const root = document.documentElement.style;
      root.colorScheme = 'dark';
      root.background = 'Canvas';
      root.color = 'CanvasText';
      try {
        const el = await mount({ ...choiceSingle, options: withTextAndMath });
        el.submit();
        await el.updateComplete;
        el.value = ['b'];
        await el.updateComplete;
        await noViolations(el);
        const num = await mount(numeric, { keypad: 'always' });
        num.submit();
        await num.updateComplete;
        await noViolations(num);
        expect(getComputedStyle(q(el, '[part=submit]')).backgroundColor).to.equal('rgb(121, 184, 255)');
      } finally {
        root.colorScheme = '';
        root.background = '';
        root.color = '';
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('expression has no violations', async () => {
      const el = await mount(expression);
      await q<HTMLElement & { ready: Promise<void> }>(el, 'tutor-math-input').ready;
      await noViolations(el);
    });
  });
});
