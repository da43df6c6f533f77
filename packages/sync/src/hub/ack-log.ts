/**
 * What the hub acknowledged, kept durably on the device: an outbox resends only what is not in
 * it, and keeps the events the hub rejected, with its reasons, for inspection. Nothing here
 * deletes events from the store.
 */

/** An event the hub refused for good (malformed, too large), with the hub's reason. */
export interface RejectedEvent {
  readonly id: string;
  readonly reason: string;
}

export interface AckState {
  readonly acked: ReadonlySet<string>;
  readonly rejected: ReadonlyMap<string, string>;
}

export interface AckLog {
  load(): Promise<AckState>;
  /** Resolves once the acknowledgements are durably recorded. */
  record(acked: readonly string[], rejected: readonly RejectedEvent[]): Promise<void>;
}

/** An ack log in memory (tests, Node processes whose store is also in memory). */
export class MemoryAckLog implements AckLog {
  readonly acked = new Set<string>();
  readonly rejected = new Map<string, string>();

  async load(): Promise<AckState> {
    return { acked: new Set(this.acked), rejected: new Map(this.rejected) };
  }

  async record(acked: readonly string[], rejected: readonly RejectedEvent[]): Promise<void> {
    for (const id of acked) this.acked.add(id);
    for (const r of rejected) this.rejected.set(r.id, r.reason);
  }
}

const STORE = 'acks';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** An ack log in IndexedDB (database `name`), written with strict durability. */
export async function openIndexedDbAckLog(name = 'tutorkit-outbox'): Promise<AckLog> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  const db = await request(open);
  return {
    async load() {
      const tx = db.transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      const acked = new Set<string>();
      const rejected = new Map<string, string>();
      keys.forEach((key, i) => {
        const value = values[i] as { rejected?: string };
        if (typeof value?.rejected === 'string') rejected.set(String(key), value.rejected);
        else acked.add(String(key));
      });
      return { acked, rejected };
    },
    record(acked, rejected) {
      return new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
        const store = tx.objectStore(STORE);
        for (const id of acked) store.put({ at: Date.now() }, id);
        for (const r of rejected) store.put({ at: Date.now(), rejected: r.reason }, r.id);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    },
  };
}
