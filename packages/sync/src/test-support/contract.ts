/** The behaviour every EventStore shares: run against the memory store and the IndexedDB store. */
import { compareEvents } from '@tutorkit/core';
import { expect } from 'chai';
import type { EventStore } from '../types.js';
import { EventStoreError } from '../types.js';
import { answered, note, shown, started } from './events.js';

export function describeEventStoreContract(label: string, open: () => Promise<EventStore>): void {
  describe(`${label}: EventStore contract`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores an event once however often it is appended', async () => {
      const event = shown({ id: 'a' });
      await store.append([event]);
      await store.append([event, event]);
      await store.append([shown({ id: 'a', problem: 'changed' }), shown({ id: 'b' })]);
      const events = await store.read();
      expect(events.map((e) => e.id)).to.deep.equal(['a', 'b']);
      // The first version stored wins: events are immutable.
      expect(events[0]).to.deep.equal(event);
    });

    it('accepts an empty append and reads an empty store', async () => {
      await store.append([]);
      expect(await store.read()).to.deep.equal([]);
    });

    it('reads in the deterministic order of compareEvents, whatever the append order', async () => {
      const events = [
        shown({ id: 'c', at: 2, seq: 0 }),
        shown({ id: 'a', at: 1, seq: 1 }),
        shown({ id: 'b', at: 1, seq: 1 }),
        shown({ id: 'z', at: 1, seq: 0 }),
      ];
      await store.append(events.slice(0, 2));
      await store.append(events.slice(2));
      const read = await store.read();
      expect(read.map((e) => e.id)).to.deep.equal(['z', 'a', 'b', 'c']);
      expect(read).to.deep.equal([...events].sort(compareEvents));
    });

    it('filters by learner, learner and assignment, session and assignment', async () => {
      await store.append([
        started({ id: 's1', learner: 'L1', session: 'S1', at: 0 }),
        shown({ id: 'p1', learner: 'L1', session: 'S1', assignment: 'A1', at: 1 }),
        answered({ id: 'p2', learner: 'L1', session: 'S1', assignment: 'A2', at: 2 }),
        shown({ id: 'p3', learner: 'L2', session: 'S1', assignment: 'A1', at: 3 }),
        note({ id: 'n1', learner: 'L2', session: 'S2', at: 4 }),
        shown({ id: 'p4', learner: 'L2', session: 'S2', assignment: 'A1', at: 5 }),
      ]);
      const ids = async (filter: Parameters<EventStore['read']>[0]) => (await store.read(filter)).map((e) => e.id);
      expect(await ids({})).to.deep.equal(['s1', 'p1', 'p2', 'p3', 'n1', 'p4']);
      expect(await ids({ learner: 'L1' })).to.deep.equal(['s1', 'p1', 'p2']);
      expect(await ids({ learner: 'L1', assignment: 'A1' })).to.deep.equal(['p1']);
      expect(await ids({ learner: 'L2', assignment: 'A1' })).to.deep.equal(['p3', 'p4']);
      expect(await ids({ session: 'S2' })).to.deep.equal(['n1', 'p4']);
      expect(await ids({ assignment: 'A1' })).to.deep.equal(['p1', 'p3', 'p4']);
      expect(await ids({ learner: 'L2', session: 'S1' })).to.deep.equal(['p3']);
      expect(await ids({ learner: 'L2', session: 'S2', assignment: 'A1' })).to.deep.equal(['p4']);
      expect(await ids({ learner: 'nobody' })).to.deep.equal([]);
    });

    it('returns copies: changing what was read or appended does not change the store', async () => {
      const event = { ...note({ id: 'n', text: 'before' }) } as { text: string };
      await store.append([event as never]);
      event.text = 'after';
      const [read] = await store.read();
      (read as { text: string }).text = 'mutated';
      expect(((await store.read())[0] as { text: string }).text).to.equal('before');
    });

    it('tells subscribers about newly stored events only, in order, until they unsubscribe', async () => {
      const heard: string[][] = [];
      const unsubscribe = store.subscribe((events) => heard.push(events.map((e) => e.id)));
      await store.append([shown({ id: 'b', at: 2 }), shown({ id: 'a', at: 1 })]);
      await store.append([shown({ id: 'a', at: 1 })]);
      await store.append([shown({ id: 'a', at: 1 }), shown({ id: 'c', at: 3 })]);
      unsubscribe();
      await store.append([shown({ id: 'd' })]);
      expect(heard).to.deep.equal([['a', 'b'], ['c']]);
    });

    it('rejects an event without an id, learner or session, storing nothing of the batch', async () => {
      const bad = { ...shown({ id: 'x' }), id: '' };
      const error = await store.append([shown({ id: 'ok' }), bad]).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(EventStoreError);
      expect((error as EventStoreError).code).to.equal('invalid-event');
      expect(await store.read()).to.deep.equal([]);
    });

    it('lets appends in flight finish when closed', async () => {
      const pending = store.append([shown({ id: 'a' })]);
      await store.close();
      await pending;
    });

    it('rejects an event that cannot be stored (a function in it), storing nothing of the batch', async () => {
      const bad = { ...note({ id: 'bad' }), text: () => 'no' } as never;
      const error = await store.append([shown({ id: 'ok' }), bad]).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as EventStoreError).code).to.equal('invalid-event');
      expect(await store.read()).to.deep.equal([]);
      await store.append([shown({ id: 'ok' })]);
      expect((await store.read()).map((e) => e.id)).to.deep.equal(['ok']);
    });

    it('rejects use after close with code "closed"', async () => {
      await store.append([shown({ id: 'a' })]);
      await store.close();
      for (const attempt of [() => store.append([shown({ id: 'b' })]), () => store.read()]) {
        const error = await attempt().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect((error as EventStoreError).code).to.equal('closed');
      }
    });
  });
}
