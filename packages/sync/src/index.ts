/**
 * `@tutorkit/sync`: Tutorkit's local event stores (tier T0). Every student action is an immutable
 * event; the store keeps a durable union of them by id, and tells every tab when new ones arrive.
 *
 * @packageDocumentation
 */
export { BroadcastLiveChannel, liveChannelName } from './broadcast-live.js';
export { assignmentOf, matchesFilter } from './filter.js';
export {
  type AckLog,
  type AckState,
  MemoryAckLog,
  openIndexedDbAckLog,
  type RejectedEvent,
} from './hub/ack-log.js';
export { HubLiveChannel, type HubLiveChannelOptions, type HubLiveState } from './hub/live-channel.js';
export { HubOutbox, type HubOutboxOptions, type OutboxState, type OutboxStatus } from './hub/outbox.js';
export { IndexedDbEventStore, type IndexedDbStoreOptions, openIndexedDbStore } from './indexeddb.js';
export {
  type LiveChannel,
  type LiveCommand,
  type LiveCommandMessage,
  type LiveEventsMessage,
  type LiveListener,
  type LiveMessage,
  type LiveMessageInput,
  type LivePresenceMessage,
  PRESENCE_STATES,
  type PresenceState,
  readLiveMessage,
} from './live.js';
export { MemoryEventStore } from './memory.js';
export {
  type EventFilter,
  type EventStore,
  EventStoreError,
  type EventStoreErrorCode,
  type EventStoreListener,
} from './types.js';
