/**
 * `@tutorkit/hub`: Tutorkit's server for tier T1 — one process on a school laptop that stores the
 * devices' events, streams them live to tutors and serves the classroom app.
 *
 * @packageDocumentation
 */

export { checkEvent, EVENT_TYPES, type EventCheck } from '@tutorkit/core';
export { ConfigError, DEFAULTS, HELP, type HubConfig, loadConfig } from './config.js';
export { DEFAULT_LIMITS, type HubLimits } from './context.js';
export { serve } from './serve.js';
export { type Hub, type HubOptions, startHub } from './server.js';
export { openSqliteStorage, SqliteStorage } from './storage/sqlite.js';
export type { AppendResult, Group, HubStorage, RosterEntry, StaffUser, StoredEvent } from './storage/types.js';
