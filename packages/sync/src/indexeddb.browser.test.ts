import type { TutorEvent } from '@tutorkit/core';
import { expect } from 'chai';
import fc from 'fast-check';
import { openDatabase, openIndexedDbStore, storeErrorFrom } from './indexeddb.js';
import { MemoryEventStore } from './memory.js';
import { describeEventStoreContract } from './test-support/contract.js';
import { batchesArbitrary, filterArbitrary, note, shown, uniqueName } from './test-support/events.js';
import { EventStoreError } from './types.js';

const created: string[] = [];

function freshName(): string {
  const name = uniqueName();
  created.push(name);
  return name;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

function until(predicate: () => boolean, timeout = 5000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (predicate()) resolve();
      else if (Date.now() - start > timeout) reject(new Error('timed out waiting'));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

after(async () => {
  await Promise.all(created.splice(0).map(deleteDatabase));
});

describeEventStoreContract('IndexedDbEventStore', () => openIndexedDbStore({ name: freshName() }));

describe('IndexedDbEventStore', () => {
  it('keeps every appended event across close and reopen', async () => {
    const name = freshName();
    const first = await openIndexedDbStore({ name });
    await first.append([shown({ id: 'a', at: 1 }), note({ id: 'n', at: 2 })]);
    await first.close();
    const second = await openIndexedDbStore({ name });
    expect((await second.read()).map((e) => e.id)).to.deep.equal(['a', 'n']);
    await second.append([shown({ id: 'a', at: 1 }), shown({ id: 'b', at: 3 })]);
    expect((await second.read()).map((e) => e.id)).to.deep.equal(['a', 'n', 'b']);
    await second.close();
  });

  it('keeps appends that were in flight when the store was closed', async () => {
    const name = freshName();
    const store = await openIndexedDbStore({ name });
    const pending = [store.append([shown({ id: 'a', at: 1 })]), store.append([shown({ id: 'b', at: 2 })])];
    await store.close();
    await Promise.all(pending);
    const reopened = await openIndexedDbStore({ name });
    expect((await reopened.read()).map((e) => e.id)).to.deep.equal(['a', 'b']);
    await reopened.close();
  });

  it('uses one object store keyed by id, with learner, learner+assignment and session indexes', async () => {
    const name = freshName();
    const store = await openIndexedDbStore({ name });
    await store.append([shown({ id: 'a', assignment: 'A9' }), note({ id: 'n' })]);
    await store.close();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const tx = db.transaction('events', 'readonly');
      const events = tx.objectStore('events');
      expect(events.keyPath).to.equal('id');
      expect([...events.indexNames].sort()).to.deep.equal(['learner', 'learner+assignment', 'session']);
      const count = await new Promise<number>((resolve) => {
        const request = events.index('learner+assignment').count();
        request.onsuccess = () => resolve(request.result);
      });
      // The note has no assignment, so it stays out of the compound index.
      expect(count).to.equal(1);
    } finally {
      db.close();
    }
  });

  it('tells subscribers of another instance of the same database (another tab), not of other databases', async () => {
    const name = freshName();
    const tabA = await openIndexedDbStore({ name });
    const tabB = await openIndexedDbStore({ name });
    const other = await openIndexedDbStore({ name: freshName() });
    const heardA: string[][] = [];
    const heardB: string[][] = [];
    const heardOther: string[][] = [];
    tabA.subscribe((events) => heardA.push(events.map((e) => e.id)));
    tabB.subscribe((events) => heardB.push(events.map((e) => e.id)));
    other.subscribe((events) => heardOther.push(events.map((e) => e.id)));
    await tabA.append([shown({ id: 'b', at: 2 }), shown({ id: 'a', at: 1 })]);
    await tabB.append([shown({ id: 'a', at: 1 }), shown({ id: 'c', at: 3 })]);
    await until(() => heardA.length === 2 && heardB.length === 2);
    expect(heardA).to.deep.equal([['a', 'b'], ['c']]);
    expect(heardB).to.deep.equal([['a', 'b'], ['c']]);
    // When a tab hears of events, they are already committed: reading them in that tab works.
    expect((await tabB.read()).map((e) => e.id)).to.deep.equal(['a', 'b', 'c']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heardOther).to.deep.equal([]);
    await Promise.all([tabA.close(), tabB.close(), other.close()]);
  });

  it('commits concurrent appends from two instances without losing any', async () => {
    const name = freshName();
    const [a, b] = await Promise.all([openIndexedDbStore({ name }), openIndexedDbStore({ name })]);
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 20; i++) {
      writes.push(
        a.append([shown({ id: `a${i}`, at: i })]),
        b.append([shown({ id: `b${i}`, at: i }), shown({ id: `a${i}`, at: i })]),
      );
    }
    await Promise.all(writes);
    expect(await a.read()).to.have.length(40);
    await Promise.all([a.close(), b.close()]);
  });

  it('closes when another tab upgrades the database, with a clear error, keeping what was stored', async () => {
    const name = freshName();
    const store = await openIndexedDbStore({ name });
    await store.append([shown({ id: 'a' })]);
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 99);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const error = await store.append([shown({ id: 'b' })]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(EventStoreError);
    expect((error as EventStoreError).code).to.equal('version-change');
    expect((error as Error).message).to.match(/reload/);
    upgraded.close();
    // This code's version is now older than the database's: opening says so clearly.
    const reopen = await openIndexedDbStore({ name }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((reopen as EventStoreError).code).to.equal('version-change');
  });

  it('says "blocked" when a tab holding an older version does not step aside, and leaks no connection', async () => {
    const name = freshName();
    // An old tab: version 1, with no versionchange handler (as old code without one would be).
    const holder = await openDatabase(indexedDB, name);
    holder.onversionchange = null;
    const error = await openDatabase(indexedDB, name, 2).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(EventStoreError);
    expect((error as EventStoreError).code).to.equal('blocked');
    expect((error as Error).message).to.match(/close or reload the other tabs/);
    // Once the old tab goes away the pending upgrade completes; the store closes that connection
    // itself, so a later upgrade is not blocked by it.
    holder.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const later = await openDatabase(indexedDB, name, 3);
    expect(later.version).to.equal(3);
    later.close();
  });

  it('maps a quota failure to a clear "quota-exceeded" error, and other aborts to "aborted"', () => {
    const quota = storeErrorFrom(new DOMException('full', 'QuotaExceededError'), 'store the events');
    expect(quota.code).to.equal('quota-exceeded');
    expect(quota.message).to.match(/out of storage space.*Nothing was stored/);
    expect((quota.cause as DOMException).name).to.equal('QuotaExceededError');
    expect(storeErrorFrom(null, 'store the events').code).to.equal('aborted');
  });

  it('behaves as the memory store on random append sequences (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        batchesArbitrary,
        fc.array(filterArbitrary, { minLength: 1, maxLength: 4 }),
        async (batches, filters) => {
          const idb = await openIndexedDbStore({ name: freshName() });
          const memory = new MemoryEventStore();
          const heardIdb: TutorEvent[][] = [];
          const heardMemory: TutorEvent[][] = [];
          idb.subscribe((events) => heardIdb.push([...events]));
          memory.subscribe((events) => heardMemory.push([...events]));
          try {
            for (const batch of batches) {
              await idb.append(batch);
              await memory.append(batch);
            }
            expect(await idb.read()).to.deep.equal(await memory.read());
            for (const filter of filters) expect(await idb.read(filter)).to.deep.equal(await memory.read(filter));
            expect(heardIdb).to.deep.equal(heardMemory);
          } finally {
            await idb.close();
            await memory.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
