/**
 * `@tutorkit/sync`: Tutorkit's local event stores (tier T0). Every student action is an immutable
 * event; the store keeps a durable union of them by id, and tells every tab when new ones arrive.
 *
 * @packageDocumentation
 */
export { assignmentOf, matchesFilter } from './filter.js';
export { IndexedDbEventStore, type IndexedDbStoreOptions, openIndexedDbStore } from './indexeddb.js';
export { MemoryEventStore } from './memory.js';
export {
  type EventFilter,
  type EventStore,
  EventStoreError,
  type EventStoreErrorCode,
  type EventStoreListener,
} from './types.js';
