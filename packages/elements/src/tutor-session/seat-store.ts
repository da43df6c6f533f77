import type { TutorEvent } from '@tutorkit/core';
import { openIndexedDbStore } from '@tutorkit/sync';

/** The part of an event store a seat needs (`@tutorkit/sync` stores have it). */
export interface SeatStore {
  /** Resolves only once the events are durably stored. */
  append(events: readonly TutorEvent[]): Promise<void>;
  read(filter?: { readonly learner?: string }): Promise<TutorEvent[]>;
}

/**
 * The default store: IndexedDB on this device, opened only when no store was given. Bundled with
 * the seat rather than loaded on demand: a separate chunk cost a round trip before the first
 * problem, and was no smaller.
 */
export function defaultStore(): Promise<SeatStore> {
  return openIndexedDbStore();
}

function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** An id kept in `storage` under `key`; a fresh one when storage is blocked (unique, not stable). */
function rememberedId(storage: () => Storage, key: string, prefix: string): string {
  try {
    const known = storage().getItem(key);
    if (known) return known;
    const made = `${prefix}-${randomHex(8)}`;
    storage().setItem(key, made);
    return made;
  } catch {
    return `${prefix}-${randomHex(8)}`;
  }
}

/** A stable id for this browser profile, so event ids from two devices never collide. */
export function deviceId(): string {
  return rememberedId(() => localStorage, 'tutorkit.device', 'd');
}

/** One tutoring session per tab: a reload continues it, a new tab starts another. */
export function sessionId(learner: string): string {
  return rememberedId(() => sessionStorage, `tutorkit.session.${learner}`, 's');
}

export function newSeed(): string {
  return randomHex(8);
}
