import type { Pack, TutorEvent } from '@tutorkit/core';
import { MemoryEventStore } from '@tutorkit/sync';
import { sendKeys } from '@web/test-runner-commands';
import axe from 'axe-core';
import { expect } from 'chai';
import './define.js';
import type { TutorSession } from './tutor-session.js';

/** A small pack: a skill builder of five one-step problems, mastered after 3 in a row. */
function seatPack(): Pack {
  const problems = [2, 3, 4, 5, 6].map((n) => ({
    id: `p${n}`,
    skill: 'add',
    stem: `What is ${n - 1} + 1?`,
    answer: { kind: 'numeric' as const, value: n },
    hints: [{ text: 'Count on one.' }, { text: `It is ${n}.`, bottomOut: true }],
    wrongAnswers: [{ match: String(n + 1), feedback: 'One too many.', tutorMove: 'Ask: where did you start?' }],
  }));
  return {
    format: 'tutorkit.pack/1',
    id: 'test.seat',
    version: '1.0.0',
    title: 'Seat test',
    license: 'CC0-1.0',
    authors: [{ name: 'Tests' }],
    locales: ['en'],
    skills: [
      { id: 'add', title: 'Add one', standards: ['1.OA.C.5'], mastery: { model: 'streak', streak: 3, dailyLimit: 10 } },
    ],
    problems,
    assignments: [
      { id: 'builder', kind: 'skill-builder', title: 'Add one', skill: 'add', problems: problems.map((p) => p.id) },
    ],
  };
}

async function settle(el: TutorSession): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
}

async function mount(store: MemoryEventStore, learner = 'learner-1'): Promise<TutorSession> {
  const el = document.createElement('tutor-session');
  el.pack = seatPack();
  el.store = store;
  el.learner = learner;
  el.assignment = 'builder';
  document.body.append(el);
  await settle(el);
  return el;
}

/** Finds an element through open shadow roots. */
function deepQuery(root: Element | ShadowRoot | Document, selector: string): Element | undefined {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const found = deepQuery(el.shadowRoot, selector);
      if (found) return found;
    }
  }
  return undefined;
}

function currentAnswer(el: TutorSession): string {
  const id = el.seatState?.run?.current?.id ?? '';
  return id.slice(1);
}

describe('<tutor-session>', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('tutor-session')) el.remove();
    sessionStorage.clear();
  });

  it('starts the assignment and shows the first problem', async () => {
    const store = new MemoryEventStore();
    const el = await mount(store);
    expect(el.seatState?.run?.current?.id).to.match(/^p\d$/);
    const stem = deepQuery(el.shadowRoot as ShadowRoot, '[part="stem"]');
    expect(stem?.textContent).to.contain('+ 1?');
    const stored = await store.read({ learner: 'learner-1' });
    expect(stored.map((e: TutorEvent) => e.type)).to.deep.equal([
      'session.started',
      'assignment.started',
      'problem.shown',
    ]);
  });

  it('is done by keyboard alone, to mastery', async () => {
    const el = await mount(new MemoryEventStore());
    const attempts: string[] = [];
    el.addEventListener('tutor-attempt', (e) => attempts.push(e.event.verdict));
    let mastered = false;
    el.addEventListener('tutor-mastery-change', () => {
      mastered = true;
    });
    for (let i = 0; i < 3; i++) {
      const input = deepQuery(el.shadowRoot as ShadowRoot, 'tutor-answer');
      (input as HTMLElement).focus();
      await sendKeys({ type: currentAnswer(el) });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      if (i < 2) {
        const next = deepQuery(el.shadowRoot as ShadowRoot, '[part="next"]') as HTMLElement;
        next.focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
      }
    }
    expect(attempts).to.deep.equal(['correct', 'correct', 'correct']);
    expect(mastered).to.equal(true);
    expect(el.seatState?.run?.ended).to.equal('mastered');
    expect(deepQuery(el.shadowRoot as ShadowRoot, '[part="message"]')?.textContent).to.contain('mastered');
  });

  it('resumes after a reload on the same problem with the same hints shown', async () => {
    const store = new MemoryEventStore();
    const first = await mount(store);
    await first.dispatch({ type: 'submit', response: '99' });
    await first.dispatch({ type: 'reveal-hint' });
    const problem = first.seatState?.run?.current?.id;
    first.remove();
    const second = await mount(store);
    expect(second.seatState?.run?.current?.id).to.equal(problem);
    expect(second.seatState?.run?.current?.hints).to.equal(1);
    expect(second.seatState?.run?.current?.attempts).to.equal(1);
    const types = (await store.read({ learner: 'learner-1' })).map((e: TutorEvent) => e.type);
    expect(types.filter((t) => t === 'assignment.started')).to.have.length(1);
  });

  it('changes nothing when storage fails, and says so', async () => {
    const store = new MemoryEventStore();
    const el = await mount(store);
    const before = el.seatState;
    const errors: string[] = [];
    el.addEventListener('tutor-error', (e) => errors.push(e.reason));
    store.append = () => Promise.reject(new Error('disk full'));
    expect(await el.dispatch({ type: 'submit', response: '1' })).to.equal(false);
    expect(el.seatState).to.equal(before);
    expect(errors).to.deep.equal(['storage']);
  });

  it('has no accessibility violations', async () => {
    const el = await mount(new MemoryEventStore());
    const results = await axe.run(el);
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
  });
});
