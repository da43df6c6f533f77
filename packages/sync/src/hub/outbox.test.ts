import type { TutorEvent } from '@tutorkit/core';
import { expect } from 'chai';
import { MemoryEventStore } from '../memory.js';
import { MemoryAckLog } from './ack-log.js';
import { HubOutbox } from './outbox.js';

const event = (i: number): TutorEvent =>
  ({
    id: `e${i}`,
    v: 1,
    type: 'problem.shown',
    at: 1000 + i,
    learner: 'l1',
    group: 'g1',
    session: 's1',
    device: 'd1',
    seq: i,
    assignment: 'a',
    problem: 'p',
  }) as TutorEvent;

type Handler = (events: TutorEvent[]) => { status: number; body: unknown };

function fakeHub(handler: Handler) {
  const batches: TutorEvent[][] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    const { events } = JSON.parse(String(init.body)) as { events: TutorEvent[] };
    batches.push(events);
    const { status, body } = handler(events);
    return new Response(JSON.stringify(body), { status });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, batches };
}

const ackAll: Handler = (events) => ({
  status: 200,
  body: { stored: events.map((e) => e.id), duplicate: [], rejected: [] },
});

describe('HubOutbox', () => {
  it('sends unacknowledged events in batches and records the acknowledgements', async () => {
    const store = new MemoryEventStore(Array.from({ length: 5 }, (_, i) => event(i)));
    const acks = new MemoryAckLog();
    const hub = fakeHub(ackAll);
    const outbox = new HubOutbox({ store, hub: '', token: () => 't', acks, batchSize: 2, fetch: hub.fetch });
    await outbox.start();
    expect(hub.batches.map((b) => b.length)).to.deep.equal([2, 2, 1]);
    expect([...acks.acked].sort()).to.deep.equal(['e0', 'e1', 'e2', 'e3', 'e4']);
    expect(outbox.status()).to.include({ state: 'idle', pending: 0, acked: 5 });
    // Already acknowledged events are not sent again (a new outbox on the same ack log).
    const again = fakeHub(ackAll);
    await new HubOutbox({ store, hub: '', token: () => 't', acks, fetch: again.fetch }).start();
    expect(again.batches).to.deep.equal([]);
    outbox.stop();
  });

  it('keeps rejected events in the store, listed with the hub’s reason', async () => {
    const store = new MemoryEventStore([event(1), event(2)]);
    const acks = new MemoryAckLog();
    const hub = fakeHub((events) => ({
      status: 200,
      body: { stored: [events[0]?.id], duplicate: [], rejected: [{ index: 1, id: 'e2', reason: 'type: unknown' }] },
    }));
    const outbox = new HubOutbox({ store, hub: '', token: () => 't', acks, fetch: hub.fetch });
    await outbox.start();
    expect(outbox.status().rejected).to.deep.equal([{ id: 'e2', reason: 'type: unknown' }]);
    expect((await store.read()).map((e) => e.id)).to.deep.equal(['e1', 'e2']);
    expect(hub.batches.length).to.equal(1);
    outbox.stop();
  });

  it('halves a batch the hub finds too large, then rejects a single event that still is', async () => {
    const store = new MemoryEventStore(Array.from({ length: 4 }, (_, i) => event(i)));
    const acks = new MemoryAckLog();
    const hub = fakeHub((events) =>
      events.length > 1 || events[0]?.id === 'e3' ? { status: 413, body: { message: 'too large' } } : ackAll(events),
    );
    const outbox = new HubOutbox({ store, hub: '', token: () => 't', acks, fetch: hub.fetch });
    await outbox.start();
    expect([...acks.acked].sort()).to.deep.equal(['e0', 'e1', 'e2']);
    expect([...acks.rejected]).to.deep.equal([['e3', 'too large']]);
    outbox.stop();
  });

  it('keeps everything and retries when offline; stops on 401 without dropping anything', async () => {
    const store = new MemoryEventStore([event(1)]);
    const acks = new MemoryAckLog();
    let mode: 'down' | 'unauthorized' | 'up' = 'down';
    const fetch = (async (_url: string, init: RequestInit) => {
      if (mode === 'down') throw new TypeError('offline');
      if (mode === 'unauthorized') return new Response(JSON.stringify({ message: 'token expired' }), { status: 401 });
      return fakeHub(ackAll).fetch(_url, init);
    }) as unknown as typeof globalThis.fetch;
    const outbox = new HubOutbox({ store, hub: '', token: () => 't', acks, fetch, retryMinMs: 10_000 });
    await outbox.start();
    expect(outbox.status()).to.include({ state: 'offline', pending: 1, acked: 0 });
    mode = 'unauthorized';
    await outbox.flush();
    expect(outbox.status()).to.include({ state: 'unauthorized', lastError: 'token expired', pending: 1 });
    mode = 'up';
    await store.append([event(2)]);
    await outbox.flush();
    expect(outbox.status()).to.include({ state: 'idle', pending: 0, acked: 2 });
    outbox.stop();
  });
});
