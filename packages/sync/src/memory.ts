import { compareEvents, type TutorEvent } from '@tutorkit/core';
import { matchesFilter, notify, validateEvents } from './filter.js';
import { type EventFilter, type EventStore, EventStoreError, type EventStoreListener } from './types.js';

/**
 * An event store in memory, with the same semantics as the IndexedDB store: for tests, and for
 * Node processes that keep their durable log elsewhere. Listeners hear only this instance's appends.
 */
export class MemoryEventStore implements EventStore {
  readonly #events = new Map<string, TutorEvent>();
  readonly #listeners = new Set<EventStoreListener>();
  #closed = false;

  constructor(initial: readonly TutorEvent[] = []) {
    validateEvents(initial);
    for (const event of initial) if (!this.#events.has(event.id)) this.#events.set(event.id, structuredClone(event));
  }

  async append(events: readonly TutorEvent[]): Promise<void> {
    this.#assertOpen();
    validateEvents(events);
    let copies: TutorEvent[];
    try {
      // Copies, as IndexedDB stores them: later changes to the caller's objects do not leak in.
      copies = structuredClone(events as TutorEvent[]);
    } catch (cause) {
      throw new EventStoreError('invalid-event', `Could not store the events: ${(cause as Error)?.message ?? cause}`, {
        cause,
      });
    }
    const added: TutorEvent[] = [];
    for (const copy of copies) {
      if (this.#events.has(copy.id)) continue;
      this.#events.set(copy.id, copy);
      added.push(copy);
    }
    if (added.length > 0) notify(this.#listeners, structuredClone(added.sort(compareEvents)));
  }

  async read(filter: EventFilter = {}): Promise<TutorEvent[]> {
    this.#assertOpen();
    const out: TutorEvent[] = [];
    for (const event of this.#events.values()) if (matchesFilter(event, filter)) out.push(structuredClone(event));
    return out.sort(compareEvents);
  }

  subscribe(listener: EventStoreListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#listeners.clear();
  }

  #assertOpen(): void {
    if (this.#closed) throw new EventStoreError('closed', 'This event store is closed');
  }
}
