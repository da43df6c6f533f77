import { mergeEvents, type TutorEvent } from '@tutorkit/core';
import { assignmentOf, matchesFilter, notify, validateEvents } from './filter.js';
import { type EventFilter, type EventStore, EventStoreError, type EventStoreListener } from './types.js';

/** Options of {@link openIndexedDbStore}. */
export interface IndexedDbStoreOptions {
  /** Database name, also the name of the cross-tab channel. Default `tutorkit-events`. */
  readonly name?: string;
  /** Ask the browser once per page to keep this origin's storage under pressure. Default `true`. */
  readonly persist?: boolean;
  /** The IndexedDB factory to use. Default `globalThis.indexedDB`. */
  readonly indexedDB?: IDBFactory;
}

const DEFAULT_NAME = 'tutorkit-events';
/** Schema version of the database. Bump with a migration in `upgrade` below, never destructively. */
const DB_VERSION = 1;
const EVENTS = 'events';
const BY_LEARNER = 'learner';
const BY_LEARNER_ASSIGNMENT = 'learner+assignment';
const BY_SESSION = 'session';
const MESSAGE = 'tutorkit-sync/appended';

/** What is stored: the event untouched, and the fields it is indexed by (`assignment` is derived). */
interface EventRecord {
  readonly id: string;
  readonly learner: string;
  readonly session: string;
  /** Absent for events outside assignments, so that they stay out of the `learner+assignment` index. */
  readonly assignment?: string;
  readonly event: TutorEvent;
}

interface AppendedMessage {
  readonly kind: typeof MESSAGE;
  readonly events: readonly TutorEvent[];
}

let persistRequested = false;

/** Asks once per page for persistent storage; a refusal or a missing API is not an error. */
function requestPersistence(): void {
  if (persistRequested) return;
  persistRequested = true;
  try {
    const storage = (globalThis as { navigator?: { storage?: Partial<StorageManager> } }).navigator?.storage;
    if (typeof storage?.persist !== 'function') return;
    storage.persist().catch(() => {});
  } catch {
    // Storage persistence is a request, never a requirement.
  }
}

function isQuotaError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'QuotaExceededError';
}

/** @internal The store error for a failed transaction's `cause`. */
export function storeErrorFrom(cause: DOMException | null, what: string): EventStoreError {
  if (isQuotaError(cause)) {
    return new EventStoreError(
      'quota-exceeded',
      `Could not ${what}: the device is out of storage space for this site. Nothing was stored; free some space and try again.`,
      { cause },
    );
  }
  return new EventStoreError(
    'aborted',
    `Could not ${what}: ${cause?.message || 'the transaction was aborted'}. Nothing was stored.`,
    {
      cause,
    },
  );
}

function upgrade(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    const events = db.createObjectStore(EVENTS, { keyPath: 'id' });
    events.createIndex(BY_LEARNER, 'learner');
    events.createIndex(BY_LEARNER_ASSIGNMENT, ['learner', 'assignment']);
    events.createIndex(BY_SESSION, 'session');
  }
}

/** @internal Opens (creating or upgrading) the database; `version` is a parameter for tests only. */
export function openDatabase(factory: IDBFactory, name: string, version = DB_VERSION): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (cause) {
      reject(new EventStoreError('unavailable', `IndexedDB refused to open "${name}"`, { cause }));
      return;
    }
    let settled = false;
    request.onupgradeneeded = (event) => {
      upgrade(request.result, event.oldVersion);
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        // We already gave up (blocked): do not keep a connection nobody will close.
        db.close();
        return;
      }
      settled = true;
      resolve(db);
    };
    request.onerror = () => {
      const cause = request.error;
      if (settled) return;
      settled = true;
      if (cause?.name === 'VersionError') {
        reject(
          new EventStoreError(
            'version-change',
            `The database "${name}" was written by a newer version of Tutorkit; reload the page to get it.`,
            { cause },
          ),
        );
      } else if (isQuotaError(cause)) {
        reject(new EventStoreError('quota-exceeded', `Could not open "${name}": out of storage space`, { cause }));
      } else {
        reject(
          new EventStoreError(
            'unavailable',
            `Could not open the database "${name}": ${cause?.message ?? 'unknown error'}`,
            { cause },
          ),
        );
      }
    };
    request.onblocked = () => {
      if (settled) return;
      settled = true;
      reject(
        new EventStoreError(
          'blocked',
          `The database "${name}" is held open by another tab running an older version of Tutorkit: close or reload the other tabs of this site, then try again.`,
        ),
      );
    };
  });
}

/**
 * Opens (and creates or upgrades) the IndexedDB event store `name`. Rejects with an
 * {@link EventStoreError}: `unavailable` without IndexedDB, `blocked` when another tab holds an
 * older version open, `version-change` when the database is newer than this code.
 */
export async function openIndexedDbStore(options: IndexedDbStoreOptions = {}): Promise<IndexedDbEventStore> {
  const name = options.name ?? DEFAULT_NAME;
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new EventStoreError('unavailable', 'IndexedDB is not available in this environment');
  if (options.persist !== false) requestPersistence();
  const db = await openDatabase(factory, name);
  return new IndexedDbEventStore(db, name);
}

/**
 * The browser's durable event store (tier T0): one IndexedDB object store keyed by event id, written
 * in transactions with strict durability. Appends are announced to other tabs with a BroadcastChannel.
 * Create it with {@link openIndexedDbStore}.
 */
export class IndexedDbEventStore implements EventStore {
  /** The database name. */
  readonly name: string;
  readonly #db: IDBDatabase;
  readonly #listeners = new Set<EventStoreListener>();
  readonly #channel: BroadcastChannel | undefined;
  readonly #pending = new Set<Promise<unknown>>();
  #closedBy: EventStoreError | undefined;

  /** @internal Use {@link openIndexedDbStore}. */
  constructor(db: IDBDatabase, name: string) {
    this.#db = db;
    this.name = name;
    db.onversionchange = () => {
      // Another tab upgrades or deletes the database: step aside rather than block it.
      this.#shutDown(
        new EventStoreError(
          'version-change',
          `The database "${name}" was upgraded or deleted by another tab: reload the page. Appends that resolved are stored.`,
        ),
      );
    };
    db.onclose = () => {
      this.#shutDown(new EventStoreError('closed', `The browser closed the database "${name}" (site data cleared?)`));
    };
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(`tutorkit-sync:${name}`);
      this.#channel.onmessage = (message: MessageEvent<unknown>) => {
        const data = message.data as Partial<AppendedMessage> | null;
        if (data?.kind === MESSAGE && Array.isArray(data.events)) notify(this.#listeners, data.events);
      };
    }
  }

  append(events: readonly TutorEvent[]): Promise<void> {
    return this.#track(this.#append(events));
  }

  async #append(events: readonly TutorEvent[]): Promise<void> {
    this.#assertOpen();
    validateEvents(events);
    if (events.length === 0) return;
    const tx = this.#transaction('readwrite');
    const store = tx.objectStore(EVENTS);
    const added: TutorEvent[] = [];
    try {
      for (const event of events) {
        const assignment = assignmentOf(event);
        const record: EventRecord = {
          id: event.id,
          learner: event.learner,
          session: event.session,
          ...(assignment === undefined ? {} : { assignment }),
          event,
        };
        const request = store.add(record);
        request.onsuccess = () => {
          added.push(event);
        };
        request.onerror = (error) => {
          // Already stored (or repeated in this batch): keep the first, and keep the transaction alive.
          if (request.error?.name === 'ConstraintError') {
            error.preventDefault();
            error.stopPropagation();
          }
        };
      }
    } catch (cause) {
      // E.g. DataCloneError: an event holds a function. Store nothing of the batch.
      tx.abort();
      throw new EventStoreError('invalid-event', `Could not store the events: ${(cause as Error)?.message ?? cause}`, {
        cause,
      });
    }
    await this.#completion(tx, 'store the events');
    const fresh = mergeEvents(added);
    if (fresh.length === 0) return;
    notify(this.#listeners, fresh);
    try {
      this.#channel?.postMessage({ kind: MESSAGE, events: fresh } satisfies AppendedMessage);
    } catch {
      // Other tabs refresh on their next read; the events are stored.
    }
  }

  read(filter: EventFilter = {}): Promise<TutorEvent[]> {
    return this.#track(this.#read(filter));
  }

  async #read(filter: EventFilter): Promise<TutorEvent[]> {
    this.#assertOpen();
    const tx = this.#transaction('readonly');
    const store = tx.objectStore(EVENTS);
    let request: IDBRequest<EventRecord[]>;
    if (filter.learner !== undefined && filter.assignment !== undefined) {
      request = store.index(BY_LEARNER_ASSIGNMENT).getAll([filter.learner, filter.assignment]);
    } else if (filter.session !== undefined) {
      request = store.index(BY_SESSION).getAll(filter.session);
    } else if (filter.learner !== undefined) {
      request = store.index(BY_LEARNER).getAll(filter.learner);
    } else {
      request = store.getAll();
    }
    await this.#completion(tx, 'read the events');
    const events: TutorEvent[] = [];
    for (const record of request.result) if (matchesFilter(record.event, filter)) events.push(record.event);
    return mergeEvents(events);
  }

  subscribe(listener: EventStoreListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  async close(): Promise<void> {
    if (!this.#closedBy) this.#closedBy = new EventStoreError('closed', `The event store "${this.name}" is closed`);
    await Promise.allSettled([...this.#pending]);
    this.#release();
  }

  #transaction(mode: IDBTransactionMode): IDBTransaction {
    try {
      return this.#db.transaction(EVENTS, mode, { durability: 'strict' });
    } catch (cause) {
      // InvalidStateError: the connection was closed under us.
      throw this.#closedBy ?? new EventStoreError('closed', `The event store "${this.name}" is closed`, { cause });
    }
  }

  #completion(tx: IDBTransaction, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(this.#closedBy && !tx.error ? this.#closedBy : storeErrorFrom(tx.error, what));
      tx.onerror = () => {
        // Handled in onabort, which always follows an unprevented error.
      };
    });
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#pending.add(promise);
    const untrack = () => this.#pending.delete(promise);
    promise.then(untrack, untrack);
    return promise;
  }

  #assertOpen(): void {
    if (this.#closedBy) throw this.#closedBy;
  }

  #shutDown(reason: EventStoreError): void {
    if (!this.#closedBy) this.#closedBy = reason;
    this.#release();
  }

  #release(): void {
    this.#db.close();
    this.#channel?.close();
    this.#listeners.clear();
  }
}
