// Runs in Node and in Chromium: both have a real BroadcastChannel.
import { expect } from 'chai';
import { BroadcastLiveChannel, liveChannelName } from './broadcast-live.js';
import { type LiveMessage, readLiveMessage } from './live.js';
import { shown } from './test-support/events.js';

function next(channel: BroadcastLiveChannel): Promise<LiveMessage> {
  return new Promise((resolve) => {
    const stop = channel.subscribe((message) => {
      stop();
      resolve(message);
    });
  });
}

describe('BroadcastLiveChannel', () => {
  const open: BroadcastLiveChannel[] = [];
  const channel = (group: string) => {
    const made = new BroadcastLiveChannel(group);
    open.push(made);
    return made;
  };
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
  });

  it('carries stored events, presence and commands to the other members of the group', async () => {
    const seat = channel('g1');
    const tutor = channel('g1');
    const heard = next(tutor);
    seat.publish({ kind: 'events', events: [shown({ id: 'e1' })] });
    expect(await heard).to.deep.include({ kind: 'events', group: 'g1' });
    const presence = next(tutor);
    seat.publish({ kind: 'presence', learner: 'L1', device: 'D1', state: 'typing', at: 5 });
    expect(await presence).to.deep.equal({
      kind: 'presence',
      group: 'g1',
      learner: 'L1',
      device: 'D1',
      state: 'typing',
      at: 5,
    });
    const command = next(seat);
    tutor.publish({ kind: 'command', command: { type: 'start-assignment', assignment: 'a1', segment: 1 }, at: 9 });
    expect((await command).kind).to.equal('command');
  });

  it('is scoped to one group', async () => {
    const other = channel('g2');
    const mine = channel('g1');
    const sender = channel('g1');
    const heardByOther: LiveMessage[] = [];
    other.subscribe((m) => heardByOther.push(m));
    const heard = next(mine);
    sender.publish({ kind: 'presence', learner: 'L1', device: 'D1', state: 'online', at: 1 });
    await heard;
    expect(heardByOther).to.deep.equal([]);
  });

  it('ignores malformed messages and messages of another group on its channel name', async () => {
    const mine = channel('g1');
    const raw = new BroadcastChannel(liveChannelName('g1'));
    try {
      const heard: LiveMessage[] = [];
      mine.subscribe((m) => heard.push(m));
      const last = next(mine);
      raw.postMessage({ kind: 'presence', group: 'g1', learner: 'L1', device: 'D1', state: 'dancing', at: 1 });
      raw.postMessage({ kind: 'events', group: 'g9', events: [shown({ id: 'x' })] });
      raw.postMessage('hello');
      raw.postMessage({ kind: 'command', group: 'g1', command: { type: 'start-assignment', assignment: 'a' }, at: 2 });
      await last;
      expect(heard.map((m) => m.kind)).to.deep.equal(['command']);
    } finally {
      raw.close();
    }
  });

  it('stops publishing and hearing once closed', async () => {
    const a = channel('g1');
    const b = channel('g1');
    const c = channel('g1');
    const heardByA: LiveMessage[] = [];
    a.subscribe((m) => heardByA.push(m));
    a.close();
    a.publish({ kind: 'presence', learner: 'L1', device: 'D1', state: 'online', at: 1 });
    const heard = next(c);
    b.publish({ kind: 'presence', learner: 'L2', device: 'D2', state: 'idle', at: 2 });
    expect(await heard).to.include({ learner: 'L2' });
    expect(heardByA).to.deep.equal([]);
  });

  it('checks messages with readLiveMessage', () => {
    expect(readLiveMessage({ kind: 'command', group: 'g', command: { type: 'x' }, at: 1 }, 'g')).to.equal(undefined);
    expect(readLiveMessage(null, 'g')).to.equal(undefined);
    expect(() => new BroadcastLiveChannel('')).to.throw(TypeError);
  });
});
