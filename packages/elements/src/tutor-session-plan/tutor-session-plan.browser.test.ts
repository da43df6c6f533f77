import type { Pack } from '@tutorkit/core';
import { BroadcastLiveChannel, type LiveMessage } from '@tutorkit/sync';
import { expect } from 'chai';
import { axeViolations } from '../test-support/axe.js';
import { press } from '../test-support/commands.js';
import { panelPack } from '../test-support/panel-fixtures.js';
import './define.js';
import type { TutorSessionPlan } from './tutor-session-plan.js';

function planPack(): Pack {
  return {
    ...panelPack(),
    plans: [
      {
        id: 'day-1',
        title: { en: 'Day 1: same-size pieces', es: 'Día 1: pedazos iguales' },
        segments: [
          {
            kind: 'warm-up',
            minutes: 3,
            assignment: 'practice',
            script: 'Say: “Quick warm-up: $\\frac{1}{2} = \\frac{?}{4}$.”',
          },
          { kind: 'discussion', minutes: 5, script: 'Draw a bar in sixths.' },
          { kind: 'practice', minutes: 10, assignment: 'builder', script: 'Let them work; ask the tutor question.' },
          { kind: 'exit-ticket', minutes: 2, assignment: 'practice' },
        ],
      },
    ],
  };
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<tutor-session-plan>', () => {
  let now = 0;
  const tutor = { channel: undefined as BroadcastLiveChannel | undefined };
  let seats: BroadcastLiveChannel;
  beforeEach(() => {
    now = Date.UTC(2026, 8, 1, 13);
    tutor.channel = new BroadcastLiveChannel('plan-test');
    seats = new BroadcastLiveChannel('plan-test');
  });
  afterEach(() => {
    document.body.replaceChildren();
    tutor.channel?.close();
    seats.close();
  });

  async function mount(lang?: string): Promise<TutorSessionPlan> {
    const el = document.createElement('tutor-session-plan');
    Object.assign(el, { pack: planPack(), channel: tutor.channel, clock: () => now, tick: 0 });
    if (lang) el.lang = lang;
    document.body.append(el);
    await el.updateComplete;
    return el;
  }
  const root = (el: TutorSessionPlan) => el.shadowRoot as ShadowRoot;
  const button = (el: TutorSessionPlan, action: string) =>
    root(el).querySelector<HTMLButtonElement>(`[data-action="${action}"]`) as HTMLButtonElement;

  it('lists the segments with minutes and what each is for', async () => {
    const el = await mount();
    expect(text(root(el).querySelector('h2'))).to.equal('Day 1: same-size pieces');
    const items = [...root(el).querySelectorAll('[part~="segment"]')];
    expect(items.map((i) => i.getAttribute('data-kind'))).to.deep.equal([
      'warm-up',
      'discussion',
      'practice',
      'exit-ticket',
    ]);
    expect(text(items[0])).to.contain('Warm-up · 3 min');
    expect(text(items[0])).to.contain('Wake up what students already know');
    expect(text(items[2])).to.contain('On the students’ screens: Skill builder');
    expect(text(items[3])).to.contain('One last problem that tells you where to start next time');
  });

  it('starts the session by keyboard, shows the script and tells the seats to start the assignment', async () => {
    const el = await mount();
    const heard: LiveMessage[] = [];
    seats.subscribe((m) => heard.push(m));
    button(el, 'start').focus();
    await press('Enter');
    await el.updateComplete;
    const current = root(el).querySelector('[aria-current="step"]');
    expect(current?.getAttribute('data-kind')).to.equal('warm-up');
    expect(current?.querySelector('[part~="script"] tutor-math')?.getAttribute('tex')).to.equal(
      '\\frac{1}{2} = \\frac{?}{4}',
    );
    for (let i = 0; i < 100 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(heard[0]).to.deep.include({ kind: 'command', group: 'plan-test' });
    expect(heard[0]?.kind === 'command' && heard[0].command).to.deep.include({
      type: 'start-assignment',
      assignment: 'practice',
      segment: 0,
    });
  });

  it('counts down the segment with the injected clock, pauses, and says when time is over', async () => {
    const el = await mount();
    el.next();
    now += 65_000;
    el.requestUpdate();
    await el.updateComplete;
    expect(text(root(el).querySelector('[part~="clock"]'))).to.equal('1:55 left');
    button(el, 'timer').click();
    now += 600_000;
    await el.updateComplete;
    expect(text(root(el).querySelector('[part~="clock"]'))).to.equal('1:55 left');
    button(el, 'timer').click();
    now += 180_000;
    el.requestUpdate();
    await el.updateComplete;
    expect(text(root(el).querySelector('[part~="clock"]'))).to.equal('1:05 over time');
    expect(root(el).querySelector('[part~="timer"]')?.hasAttribute('data-over')).to.equal(true);
  });

  it('moves through every segment; a segment without an assignment sends nothing', async () => {
    const el = await mount();
    const changes: number[] = [];
    el.addEventListener('tutor-segment-change', (e) => changes.push(e.index));
    const heard: LiveMessage[] = [];
    seats.subscribe((m) => heard.push(m));
    for (let i = 0; i < 5; i++) {
      el.next();
      await el.updateComplete;
    }
    expect(changes).to.deep.equal([0, 1, 2, 3, 4]);
    expect(text(root(el))).to.contain('Session plan done');
    for (let i = 0; i < 100 && heard.length < 3; i++) await new Promise((r) => setTimeout(r, 10));
    expect(heard.map((m) => (m.kind === 'command' ? m.command.assignment : ''))).to.deep.equal([
      'practice',
      'builder',
      'practice',
    ]);
  });

  it('speaks Spanish and has no axe violations', async () => {
    for (const lang of ['en', 'es']) {
      const el = await mount(lang);
      expect(await axeViolations(el), `${lang} before`).to.deep.equal([]);
      el.next();
      await el.updateComplete;
      expect(await axeViolations(el), `${lang} running`).to.deep.equal([]);
      if (lang === 'es') expect(text(root(el).querySelector('[part~="clock"]'))).to.equal('quedan 3:00');
      document.body.replaceChildren();
    }
  });
});
