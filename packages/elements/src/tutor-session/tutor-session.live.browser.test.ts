import { decide, type Pack, replaySeat, utcDay } from '@tutorkit/core';
import { BroadcastLiveChannel, type LiveMessage, MemoryEventStore } from '@tutorkit/sync';
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import './define.js';
import type { TutorSession } from './tutor-session.js';

function livePack(): Pack {
  const problems = [2, 3, 4].map((n) => ({
    id: `p${n}`,
    skill: 'add',
    stem: `What is ${n - 1} + 1?`,
    answer: { kind: 'numeric' as const, value: n },
    hints: [{ text: 'Count on one.' }],
  }));
  return {
    format: 'tutorkit.pack/1',
    id: 'test.live',
    version: '1.0.0',
    title: 'Live seat test',
    license: 'CC0-1.0',
    authors: [{ name: 'Tests' }],
    locales: ['en'],
    skills: [{ id: 'add', title: 'Add one', standards: ['1.OA.C.5'] }],
    problems,
    assignments: [
      { id: 'builder', kind: 'skill-builder', title: 'Add one', skill: 'add', problems: ['p2', 'p3'] },
      { id: 'exit', kind: 'check', title: 'Exit ticket', problems: ['p4'] },
    ],
  };
}

async function settle(el: TutorSession): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
}

/** Resolves with the first message on `channel` that passes `test`. */
function heard(channel: BroadcastLiveChannel, test: (m: LiveMessage) => boolean): Promise<LiveMessage> {
  return new Promise((resolve) => {
    const stop = channel.subscribe((m) => {
      if (!test(m)) return;
      stop();
      resolve(m);
    });
  });
}

describe('<tutor-session> on a live channel', () => {
  let tutor: BroadcastLiveChannel;
  let seatChannel: BroadcastLiveChannel;
  beforeEach(() => {
    tutor = new BroadcastLiveChannel('live-test');
    seatChannel = new BroadcastLiveChannel('live-test');
  });
  afterEach(() => {
    for (const el of document.querySelectorAll('tutor-session')) el.remove();
    tutor.close();
    seatChannel.close();
    sessionStorage.clear();
  });

  async function mount(store = new MemoryEventStore(), idleAfter = 60_000): Promise<TutorSession> {
    const el = document.createElement('tutor-session');
    Object.assign(el, { pack: livePack(), store, learner: 'learner-1', assignment: 'builder', group: 'live-test' });
    el.idleAfter = idleAfter;
    el.channel = seatChannel;
    document.body.append(el);
    await settle(el);
    return el;
  }

  it('publishes its presence and the events it stored', async () => {
    const online = heard(tutor, (m) => m.kind === 'presence' && m.state === 'online');
    const started = heard(tutor, (m) => m.kind === 'events');
    const el = await mount();
    expect(await online).to.include({ learner: 'learner-1', group: 'live-test' });
    const first = await started;
    expect(first.kind === 'events' && first.events.map((e) => e.type)).to.include('session.started');
    const typing = heard(tutor, (m) => m.kind === 'presence' && m.state === 'typing');
    const answerBox = el.shadowRoot?.querySelector('tutor-problem')?.shadowRoot?.querySelector('tutor-answer');
    (answerBox as HTMLElement).focus();
    await sendKeys({ type: '7' });
    expect(await typing).to.include({ learner: 'learner-1' });
    const answered = heard(tutor, (m) => m.kind === 'events' && m.events.some((e) => e.type === 'answer.submitted'));
    await sendKeys({ press: 'Enter' });
    const message = await answered;
    expect(message.kind === 'events' && message.events.every((e) => e.learner === 'learner-1')).to.equal(true);
  });

  it('says it is idle after the configured time without input', async () => {
    const idle = heard(tutor, (m) => m.kind === 'presence' && m.state === 'idle');
    await mount(new MemoryEventStore(), 50);
    expect(await idle).to.include({ learner: 'learner-1' });
  });

  it('starts the assignment the tutor’s console asks for', async () => {
    const el = await mount();
    expect(el.seatState?.run?.id).to.equal('builder');
    const shown = heard(tutor, (m) => m.kind === 'events' && m.events.some((e) => e.type === 'problem.shown'));
    tutor.publish({ kind: 'command', command: { type: 'start-assignment', assignment: 'exit' }, at: Date.now() });
    await shown;
    await settle(el);
    expect(el.seatState?.run?.id).to.equal('exit');
    expect(el.seatState?.run?.current?.id).to.equal('p4');
  });

  it('takes in the tutor’s override written on another device', async () => {
    const store = new MemoryEventStore();
    const el = await mount(store);
    const events = await store.read({ learner: 'learner-1' });
    const ctx = {
      pack: livePack(),
      dayOf: utcDay(0),
      learner: 'learner-1',
      group: 'live-test',
      session: 'tutor-session',
      device: 'tutor-device',
      now: Date.now(),
    };
    const decision = decide(replaySeat(events, ctx), { type: 'override', reason: 'said it aloud', tutor: 't1' }, ctx);
    if (!decision.ok) throw new Error(decision.message);
    await store.append(decision.events);
    tutor.publish({ kind: 'events', events: decision.events });
    for (let i = 0; i < 50 && !el.seatState?.run?.current?.completed; i++) await settle(el);
    expect(el.seatState?.run?.current?.overridden).to.equal(true);
    expect(el.shadowRoot?.querySelector('[part="next"]')).to.not.equal(null);
  });
});
