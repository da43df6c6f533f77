import type { CheckResult } from '@tutorkit/core';
import { expect } from 'chai';
import { axeViolations } from '../test-support/axe.js';
import './define.js';
import type { TutorFeedback } from './tutor-feedback.js';

const results: Record<string, CheckResult> = {
  correct: { verdict: 'correct', reason: 'numeric/equal' },
  incorrect: { verdict: 'incorrect', reason: 'numeric/not-equal', wrongAnswer: 0, misconception: 'add-denominators' },
  simplify: { verdict: 'needs-simplifying', reason: 'numeric/not-simplest' },
  form: { verdict: 'wrong-form', reason: 'numeric/wrong-form' },
  unreadable: { verdict: 'unreadable', reason: 'numeric/unreadable' },
  empty: { verdict: 'unreadable', reason: 'text/empty' },
  emptyChoice: { verdict: 'unreadable', reason: 'choice/empty' },
  expression: { verdict: 'unreadable', reason: 'expression/unknown-variable' },
  ungraded: { verdict: 'ungraded', reason: 'open/tutor-scores' },
};

async function mount(props: Partial<Pick<TutorFeedback, 'result' | 'feedback' | 'attempt'>>, lang?: string) {
  const host = document.createElement('div');
  if (lang) host.lang = lang;
  const el = document.createElement('tutor-feedback');
  Object.assign(el, props);
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

function text(el: TutorFeedback): string {
  return (el.shadowRoot?.querySelector('[part="base"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('<tutor-feedback>', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('keeps an empty polite live region before the first result', async () => {
    const el = await mount({});
    const region = el.shadowRoot?.querySelector('[role="status"]');
    expect(region).to.not.equal(null);
    expect(text(el)).to.equal('');
  });

  it('explains every verdict kindly in English', async () => {
    const expected: Record<string, string> = {
      correct: 'You got it!',
      incorrect: 'Not quite yet.',
      simplify: 'Right value — can you simplify it?',
      form: 'Right value!',
      unreadable: 'I couldn’t read that — try a number like 3/4 or 0.75.',
      empty: 'Type your answer first',
      emptyChoice: 'Choose an answer first',
      expression: 'try something like 2x + 6',
      ungraded: 'your tutor will look at this',
    };
    for (const [key, words] of Object.entries(expected)) {
      const el = await mount({ result: results[key] });
      expect(text(el).toLowerCase(), key).to.contain(words.toLowerCase());
      expect(text(el).toLowerCase()).to.not.match(/wrong|bad|fail|stupid/);
      expect(el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('data-verdict')).to.equal(
        results[key]?.verdict,
      );
    }
  });

  it('speaks Spanish under lang="es-MX" with a decimal comma example', async () => {
    const el = await mount({ result: results.unreadable }, 'es-MX');
    expect(text(el)).to.contain('No pude leer eso');
    expect(text(el)).to.contain('0,75');
    el.result = results.correct;
    await el.updateComplete;
    expect(text(el)).to.contain('¡Lo lograste!');
  });

  it('follows a change of the document language', async () => {
    const el = await mount({ result: results.simplify });
    expect(text(el)).to.contain('simplify');
    document.documentElement.lang = 'es';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.contain('simplificarlo');
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.contain('simplify');
  });

  it('shows the matched wrong answer feedback as rich text, with math', async () => {
    const el = await mount({ result: results.incorrect, feedback: 'Add the **tops** only: $\\frac{1}{2}$' });
    const part = el.shadowRoot?.querySelector('[part="feedback"]');
    expect(part?.querySelector('strong')?.textContent).to.equal('tops');
    const math = part?.querySelector('tutor-math');
    expect(math?.tex).to.equal('\\frac{1}{2}');
    await math?.updateComplete;
    expect(math?.shadowRoot?.querySelector('math')).to.not.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('encourages after repeated tries and re-renders the live region for a new attempt', async () => {
    const el = await mount({ result: results.incorrect, attempt: 1 });
    const first = el.shadowRoot?.querySelector('[part="message"]');
    expect(text(el)).to.not.contain('hint');
    el.attempt = 2;
    await el.updateComplete;
    const second = el.shadowRoot?.querySelector('[part="message"]');
    expect(second).to.not.equal(first);
    expect(text(el)).to.contain('A hint can help too.');
  });

  it('does not show wrong-answer feedback with a correct result', async () => {
    const el = await mount({ result: results.correct, feedback: 'One too many.' });
    expect(el.shadowRoot?.querySelector('[part="feedback"]')).to.equal(null);
  });

  it('has no axe violations for any verdict, in both languages', async () => {
    for (const lang of ['en', 'es']) {
      for (const result of Object.values(results)) {
        const el = await mount({ result, feedback: 'Try *again*.', attempt: 3 }, lang);
        expect(await axeViolations(el), `${lang} ${result.verdict}`).to.deep.equal([]);
        el.parentElement?.remove();
      }
    }
  });
});
