import { expect } from 'chai';
import { MemoryEventStore } from './memory.js';
import { describeEventStoreContract } from './test-support/contract.js';
import { shown } from './test-support/events.js';

describeEventStoreContract('MemoryEventStore', async () => new MemoryEventStore());

describe('MemoryEventStore', () => {
  it('starts from initial events, once each', async () => {
    const store = new MemoryEventStore([
      shown({ id: 'b', at: 2 }),
      shown({ id: 'a', at: 1 }),
      shown({ id: 'a', at: 1 }),
    ]);
    expect((await store.read()).map((e) => e.id)).to.deep.equal(['a', 'b']);
  });

  it('keeps calling other listeners when one throws', async () => {
    const store = new MemoryEventStore();
    const heard: number[] = [];
    const original = (globalThis as { reportError?: unknown }).reportError;
    const reported: unknown[] = [];
    (globalThis as { reportError?: unknown }).reportError = (e: unknown) => reported.push(e);
    try {
      store.subscribe(() => {
        throw new Error('listener bug');
      });
      store.subscribe((events) => heard.push(events.length));
      await store.append([shown({ id: 'a' })]);
    } finally {
      (globalThis as { reportError?: unknown }).reportError = original;
    }
    expect(heard).to.deep.equal([1]);
    expect(reported).to.have.length(1);
  });
});
