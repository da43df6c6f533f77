import type { TutorEvent } from '@tutorkit/core';
import { BroadcastLiveChannel, type LiveMessage, MemoryEventStore } from '@tutorkit/sync';
import { expect } from 'chai';
import { axeViolations } from '../test-support/axe.js';
import { press, type } from '../test-support/commands.js';
import { groupEvents, NOW, panelPack, ROSTER } from '../test-support/panel-fixtures.js';
import { ScriptedSeat } from '../test-support/scripted-seat.js';
import './define.js';
import type { TutorGroupPanel } from './tutor-group-panel.js';

async function mount(events: TutorEvent[], extra: Partial<TutorGroupPanel> = {}): Promise<TutorGroupPanel> {
  const el = document.createElement('tutor-group-panel');
  Object.assign(el, {
    pack: panelPack(),
    group: 'g1',
    store: new MemoryEventStore(events),
    roster: ROSTER,
    idleAfter: 60_000,
    tick: 0,
    clock: () => NOW,
    ...extra,
  });
  document.body.append(el);
  await el.loaded;
  await el.updateComplete;
  return el;
}

const root = (el: TutorGroupPanel) => el.shadowRoot as ShadowRoot;
const cards = (el: TutorGroupPanel) => [...root(el).querySelectorAll<HTMLElement>('[part~="card"]')];
const card = (el: TutorGroupPanel, learner: string) =>
  root(el).querySelector<HTMLElement>(`[part~="card"][data-learner="${learner}"]`) as HTMLElement;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).to.equal(true);
}

describe('<tutor-group-panel>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows one card per student with the problem, attempts, hints, last answer, mistake and times', async () => {
    const el = await mount(groupEvents().events);
    expect(cards(el)).to.have.length(4);
    const ana = card(el, 'ref-ana');
    expect(text(ana.querySelector('[part~="name"]'))).to.equal('Ana');
    expect(ana.querySelector('[part~="problem"] tutor-math')?.getAttribute('tex')).to.equal(
      '\\frac{1}{2} + \\frac{1}{3}',
    );
    expect(ana.dataset.attempts).to.equal('2');
    expect(text(ana.querySelector('[data-fact="last-answer"] dd'))).to.equal('2/5 (not right)');
    expect(text(ana.querySelector('[data-fact="mistake"] dd'))).to.equal('Adds tops and bottoms');
    expect(text(ana.querySelector('[data-fact="time"] dd'))).to.equal('9 s');
    expect(text(card(el, 'ref-ben').querySelector('[data-fact="hints"] dd'))).to.equal('3');
    expect(text(card(el, 'ref-cy').querySelector('[data-fact="last-answer"] dd'))).to.equal('5/6 (right)');
    expect(text(card(el, 'ref-cy').querySelector('[part~="status"]'))).to.equal('Problem done');
    expect(text(card(el, 'ref-dee').querySelector('[data-fact="idle"] dd'))).to.equal('1 min 09 s');
  });

  it('orders who needs the tutor now, says why in plain words and what to ask', async () => {
    const el = await mount(groupEvents().events);
    expect(cards(el).map((c) => c.dataset.learner)).to.deep.equal(['ref-ana', 'ref-ben', 'ref-dee', 'ref-cy']);
    const ana = card(el, 'ref-ana');
    expect(text(ana.querySelector('[part~="status"]'))).to.equal('Needs you — #1');
    expect(text(ana.querySelector('[part~="reasons"]'))).to.equal('2 wrong tries; last answer 2/5');
    expect(text(ana.querySelector('[part~="ask"]'))).to.contain('Ask: are halves and thirds the same size?');
    expect(text(card(el, 'ref-ben').querySelector('[part~="reasons"]'))).to.contain('Used the last hint');
    expect(text(card(el, 'ref-dee').querySelector('[part~="reasons"]'))).to.equal('No activity for 1 min 09 s');
    const summary = root(el).querySelector('[part~="summary"]');
    expect(summary?.getAttribute('role')).to.equal('status');
    expect(text(summary)).to.match(/^Needs you now: Ana \(2 wrong tries.*\); Ben \(Used the last hint.*\); Dee/);
  });

  it('raises a group alert with the skill’s worked example when two students share a mistake', async () => {
    const el = await mount(groupEvents().events);
    const alerts = root(el).querySelectorAll('[part~="alert"]');
    expect(alerts).to.have.length(1);
    expect(text(alerts[0]?.querySelector('h3'))).to.equal(
      '2 students make the same mistake: Adds tops and bottoms (Ana, Ben)',
    );
    const lesson = alerts[0]?.querySelector('[part~="lesson"]');
    expect(text(lesson)).to.contain('Worked example: Add fractions');
    expect(lesson?.querySelectorAll('ol li')).to.have.length(2);
    expect(text(lesson)).to.contain('how many sixths are in one half');
  });

  it('accepts an answer with a reason, by keyboard, as events with no names', async () => {
    const store = new MemoryEventStore(groupEvents().events);
    const el = await mount([], { store });
    const actions: string[] = [];
    el.addEventListener('tutor-action', (e) => actions.push(e.action.type));
    (card(el, 'ref-ben').querySelector('[data-action="accept"]') as HTMLElement).focus();
    await press('Enter');
    await el.updateComplete;
    const input = root(el).querySelector('form input') as HTMLInputElement;
    expect(root(el).activeElement === input, 'focus in the reason field').to.equal(true);
    await type('Said 5/6 aloud');
    await press('Enter');
    await until(() => actions.length === 1);
    const written = (await store.read({ learner: 'ref-ben' })).filter((e) => e.device !== 'd-ref-ben');
    expect(written.map((e) => e.type)).to.include.members(['tutor.override', 'problem.completed']);
    const override = written.find((e) => e.type === 'tutor.override');
    expect(override).to.include({ reason: 'Said 5/6 aloud', tutor: 'tutor' });
    expect(JSON.stringify(written)).to.not.contain('Ben');
    await el.updateComplete;
    expect(text(card(el, 'ref-ben').querySelector('[part~="status"]'))).to.equal('Problem done');
    expect(text(root(el).querySelector('[part~="summary"]'))).to.equal('Accept answer: Ben');
    // The form closed; the focus is back on Ben's card (the accept button is gone: the note button).
    expect(root(el).activeElement?.getAttribute('data-action')).to.equal('note');
    expect(root(el).activeElement?.closest('[part~="card"]')?.getAttribute('data-learner')).to.equal('ref-ben');
  });

  it('marks a student helped, adds a note and resets a daily lock', async () => {
    const pack = panelPack();
    const { seats, events } = groupEvents(pack);
    const eve = new ScriptedSeat(pack, 'ref-eve', NOW - 10_000).start('builder');
    for (let i = 0; i < 2; i++) {
      eve.do({ type: 'submit', response: '1/1' });
      eve.do({ type: 'submit', response: eve.problem === 'p1' ? '5/6' : eve.problem === 'p2' ? '7/6' : '9/6' });
      if (i === 0) eve.do({ type: 'next' });
    }
    const store = new MemoryEventStore([...events, ...eve.log]);
    const el = await mount([], { store, roster: { ...ROSTER, 'ref-eve': 'Eve' }, clock: () => eve.now });
    expect(seats.ana.learner).to.equal('ref-ana');
    expect(text(card(el, 'ref-eve').querySelector('[part~="reasons"]'))).to.contain(
      'Reached today’s limit on “Skill builder”',
    );
    (card(el, 'ref-eve').querySelector('[data-action="reset"]') as HTMLButtonElement).click();
    await until(() => !el.view.needsHelp.some((n) => n.learner === 'ref-eve'));
    (card(el, 'ref-ana').querySelector('[data-action="helped"]') as HTMLButtonElement).click();
    await until(() => !el.view.needsHelp.some((n) => n.learner === 'ref-ana'));
    expect(await el.act('ref-dee', { type: 'note', text: 'Needs fraction strips' })).to.equal(true);
    const types = (await store.read()).filter((e) => e.type.startsWith('tutor.')).map((e) => e.type);
    expect(types).to.have.members(['tutor.reset', 'tutor.helped', 'tutor.note']);
  });

  it('follows the live channel: new events and presence', async () => {
    const channel = new BroadcastLiveChannel('g1');
    const seatSide = new BroadcastLiveChannel('g1');
    try {
      const { seats, events } = groupEvents();
      const el = await mount(events, { channel });
      seatSide.publish({ kind: 'presence', learner: 'ref-dee', device: 'd', state: 'typing', at: NOW });
      await until(() => text(card(el, 'ref-dee').querySelector('[part~="presence"]')) === 'typing');
      expect(el.view.needsHelp.map((n) => n.learner)).to.not.include('ref-dee');
      const published: LiveMessage[] = [];
      seatSide.subscribe((m) => published.push(m));
      seatSide.publish({ kind: 'events', events: seats.cy.do({ type: 'next' }) });
      await until(
        () =>
          card(el, 'ref-cy').querySelector('[part~="problem"] tutor-math')?.getAttribute('tex') ===
          '\\frac{1}{2} + \\frac{2}{3}',
      );
      await el.act('ref-ana', { type: 'helped' });
      await until(() => published.some((m) => m.kind === 'events' && m.events[0]?.type === 'tutor.helped'));
    } finally {
      channel.close();
      seatSide.close();
    }
  });

  it('never takes the focus when the order changes', async () => {
    const { seats, events } = groupEvents();
    const store = new MemoryEventStore(events);
    const el = await mount([], { store });
    const button = card(el, 'ref-cy').querySelector('[data-action="note"]') as HTMLElement;
    button.focus();
    await store.append(seats.cy.do({ type: 'next' }));
    await store.append([
      ...seats.cy.do({ type: 'submit', response: '1/5' }),
      ...seats.cy.do({ type: 'submit', response: '1/5' }),
    ]);
    await until(() => el.view.needsHelp.some((n) => n.learner === 'ref-cy'));
    // Cy's card moved up to second place, and the tutor is still where they were.
    expect(cards(el).map((c) => c.dataset.learner)).to.deep.equal(['ref-ana', 'ref-cy', 'ref-ben', 'ref-dee']);
    await el.updateComplete;
    expect(root(el).activeElement === button, 'focus stays on the button').to.equal(true);
  });

  it('speaks Spanish', async () => {
    const el = await mount(groupEvents().events);
    el.lang = 'es';
    await el.updateComplete;
    await el.updateComplete;
    expect(text(card(el, 'ref-ana').querySelector('[part~="reasons"]'))).to.equal(
      '2 intentos incorrectos; última respuesta 2/5',
    );
    expect(text(card(el, 'ref-ana').querySelector('[part~="ask"]'))).to.contain(
      '¿los medios y los tercios son iguales?',
    );
  });

  it('is calm: nothing animates, and it fits a narrow window (200% zoom)', async () => {
    const el = await mount(groupEvents().events);
    el.style.width = '320px';
    await el.updateComplete;
    expect(root(el).getAnimations()).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });

  it('has no axe violations, with or without students, in both languages', async () => {
    for (const lang of ['en', 'es']) {
      const el = await mount(groupEvents().events);
      el.lang = lang;
      (card(el, 'ref-ana').querySelector('[data-action="note"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(await axeViolations(el), lang).to.deep.equal([]);
      const empty = await mount([]);
      expect(await axeViolations(empty), `${lang} empty`).to.deep.equal([]);
      document.body.replaceChildren();
    }
  });
});
