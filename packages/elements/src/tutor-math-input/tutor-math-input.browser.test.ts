import type { AnswerSpec } from '@tutorkit/core';
import { sendKeys } from '@web/test-runner-commands';
import axe from 'axe-core';
import { expect } from 'chai';
import type { TutorAnswerSubmitEvent } from '../tutor-answer/tutor-answer.events.js';
import './define.js';
import type { TutorMathInput } from './tutor-math-input.js';

const mounted: Element[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

async function mount(attrs: Record<string, string> = {}, parent: Element = document.body): Promise<TutorMathInput> {
  const el = document.createElement('tutor-math-input');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  if (parent === document.body) mounted.push(el);
  await el.ready;
  return el;
}

function mathLiveResources(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /\/mathlive@|\/mathlive\//.test(name));
}

/** MathLive needs a moment after focus before it takes keys. */
async function focusField(el: TutorMathInput): Promise<void> {
  el.focus();
  await new Promise((r) => setTimeout(r, 200));
}

describe('<tutor-math-input>', () => {
  it('defining the element does not load MathLive', () => {
    expect(customElements.get('tutor-math-input')).to.not.equal(undefined);
    expect(customElements.get('math-field')).to.equal(undefined);
    expect(mathLiveResources()).to.deep.equal([]);
  });

  it('loads MathLive on first render, passes the accessible name and hides the menu', async () => {
    const el = await mount({ label: 'Expression' });
    expect(customElements.get('math-field')).to.not.equal(undefined);
    const field = el.mathfield;
    expect(field?.getAttribute('aria-label')).to.equal('Expression');
    expect(field?.mathVirtualKeyboardPolicy).to.equal('auto');
    const MathfieldElement = customElements.get('math-field') as unknown as { soundsDirectory: string | null };
    expect(MathfieldElement.soundsDirectory).to.equal(null);
    // The KaTeX font faces are in the document, so MathLive loads no fonts of its own.
    const families = new Set([...document.fonts].map((f) => f.family.replaceAll('"', '')));
    expect(families.has('KaTeX_Main') && families.has('KaTeX_Size4')).to.equal(true);
    expect(mathLiveResources().filter((name) => name.includes('/fonts/'))).to.deep.equal([]);
  });

  it('typing 2(x+3) yields ascii math, input events and a submit on Enter', async () => {
    const el = await mount();
    const inputs: string[] = [];
    const submits: TutorAnswerSubmitEvent[] = [];
    el.addEventListener('input', () => inputs.push(el.value));
    el.addEventListener('tutor-answer-submit', (e) => submits.push(e));
    await focusField(el);
    await sendKeys({ type: '2(x+3)' });
    await new Promise((r) => setTimeout(r, 50));
    expect(el.value).to.equal('2(x+3)');
    expect(inputs.at(-1)).to.equal('2(x+3)');
    await sendKeys({ press: 'Enter' });
    expect(submits.map((e) => e.response)).to.deep.equal(['2(x+3)']);
    expect(submits[0]?.composed).to.equal(true);
  });

  it('types a decimal comma in Spanish, which the checker reads as a decimal point', async () => {
    const holder = document.createElement('div');
    holder.lang = 'es';
    document.body.append(holder);
    mounted.push(holder);
    const el = await mount({}, holder);
    await focusField(el);
    await sendKeys({ type: '0,5x' });
    await new Promise((r) => setTimeout(r, 50));
    const MathfieldElement = customElements.get('math-field') as unknown as { decimalSeparator: string };
    expect(MathfieldElement.decimalSeparator).to.equal(',');
    const { checkResponse, loadExpressionEngine } = await import('@tutorkit/core');
    const answer: AnswerSpec = { kind: 'expression', value: 'x/2', variables: ['x'] };
    const result = checkResponse(answer, el.value, { locale: 'es', expressions: await loadExpressionEngine() });
    expect(result.verdict, `read from ${JSON.stringify(el.value)}`).to.equal('correct');
    // The next field in an English page goes back to a decimal point.
    await mount({ lang: 'en' });
    expect(MathfieldElement.decimalSeparator).to.equal('.');
  });

  it('shows a value set from outside and clears', async () => {
    const el = await mount();
    el.value = 'x^2+1';
    await el.updateComplete;
    expect(el.mathfield?.getValue('ascii-math')).to.equal('x^2+1');
    el.clear();
    await el.updateComplete;
    expect(el.mathfield?.getValue('ascii-math')).to.equal('');
  });

  it('is form-associated: FormData, reset and disabled', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    mounted.push(form);
    const el = await mount({ name: 'expr' }, form);
    el.value = '2x+6';
    await el.updateComplete;
    expect(new FormData(form).get('expr')).to.equal('2x+6');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.mathfield?.getValue('ascii-math')).to.equal('');
    el.value = '1';
    el.disabled = true;
    await el.updateComplete;
    expect(new FormData(form).has('expr')).to.equal(false);
    expect(el.mathfield?.disabled).to.equal(true);
  });

  it('has no axe violations', async () => {
    const el = await mount({ label: 'Expression' });
    const result = await axe.run(el);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal(
      [],
    );
  });
});
