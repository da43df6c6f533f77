/**
 * The event store contract shared by every local store (tier T0): IndexedDB in the browser, memory
 * in tests and Node. Stores keep a union of events by id; everything shown is folded from them.
 */
import type { TutorEvent } from '@tutorkit/core';

/** Which events to read. Fields combine with AND; an empty filter reads every event. */
export interface EventFilter {
  readonly learner?: string;
  /** Events of one assignment. Events without an `assignment` field (session events, notes, …) never match. */
  readonly assignment?: string;
  readonly session?: string;
}

/** Called with the events newly stored by an append, in this tab or another tab of the same origin. */
export type EventStoreListener = (events: readonly TutorEvent[]) => void;

/** A durable, idempotent log of events. */
export interface EventStore {
  /**
   * Stores events atomically (all or none). Resolves only once the data is durably committed;
   * rejects with an {@link EventStoreError} and stores nothing otherwise, so the caller still holds
   * the events. Idempotent by event id: an id already stored (or repeated in the batch) is kept
   * once, and the first version stored wins (events are immutable).
   */
  append(events: readonly TutorEvent[]): Promise<void>;
  /** The stored events that match `filter`, in the deterministic order of core's `compareEvents`. */
  read(filter?: EventFilter): Promise<TutorEvent[]>;
  /**
   * Calls `listener` with the events each append newly stored (never with an empty list), from this
   * store and from other stores of the same name (other tabs). Returns a function that unsubscribes.
   */
  subscribe(listener: EventStoreListener): () => void;
  /** Waits for appends in flight, then releases the store. Later calls reject with code `closed`. */
  close(): Promise<void>;
}

/** Why a store operation failed. */
export type EventStoreErrorCode =
  /** The device is out of storage space for this origin: nothing of the batch was stored. */
  | 'quota-exceeded'
  /** Another tab holds the database open with an older version and did not close it. */
  | 'blocked'
  /** Another tab upgraded or deleted the database: this store was closed, reload the page. */
  | 'version-change'
  /** The store was closed (by `close()`, or by the browser, e.g. when site data was cleared). */
  | 'closed'
  /** IndexedDB is not available here (e.g. some private modes) or refused to open. */
  | 'unavailable'
  /** An event lacks a non-empty string `id`, `learner` or `session`. */
  | 'invalid-event'
  /** The transaction was aborted for another reason: nothing of the batch was stored. */
  | 'aborted';

/** A failed store operation, with a stable `code` and the underlying error as `cause`. */
export class EventStoreError extends Error {
  override readonly name = 'EventStoreError';
  readonly code: EventStoreErrorCode;

  constructor(code: EventStoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
