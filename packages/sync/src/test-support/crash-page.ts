/**
 * The page of the crash test (bundled by esbuild): appends batches as fast as the store commits
 * them, reporting each resolved batch to the test through an exposed binding, until the browser is
 * killed; after a relaunch, reads back what survived.
 */
import { openIndexedDbStore } from '../indexeddb.js';
import { shown } from './events.js';

declare global {
  interface Window {
    /** Exposed by the test: called once per batch whose append resolved. */
    reportResolved?: (batch: number) => Promise<void>;
    crashTest: {
      run(name: string, prefix: string, batchSize: number, lanes: number): Promise<void>;
      read(name: string): Promise<string[]>;
      appendAndRead(name: string, ids: string[]): Promise<string[]>;
    };
  }
}

window.crashTest = {
  async run(name, prefix, batchSize, lanes) {
    const store = await openIndexedDbStore({ name });
    let next = 0;
    const lane = async () => {
      while (next < 1_000_000) {
        const batch = next++;
        const events = Array.from({ length: batchSize }, (_, i) =>
          shown({ id: `${prefix}b${batch}-e${i}`, at: batch, seq: i, problem: `p${i}`.repeat(20) }),
        );
        await store.append(events);
        await window.reportResolved?.(batch);
      }
    };
    // Not awaited: the lanes run until the browser dies.
    for (let i = 0; i < lanes; i++) void lane();
  },
  async read(name) {
    const store = await openIndexedDbStore({ name });
    const ids = (await store.read()).map((e) => e.id);
    await store.close();
    return ids;
  },
  async appendAndRead(name, ids) {
    const store = await openIndexedDbStore({ name });
    await store.append(ids.map((id, seq) => shown({ id, at: Number.MAX_SAFE_INTEGER, seq })));
    const read = (await store.read()).map((e) => e.id);
    await store.close();
    return read;
  },
};
