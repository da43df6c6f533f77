import type { TutorEvent } from '@tutorkit/core';

/** The part of an event store a seat needs (`@tutorkit/sync` stores have it). */
export interface SeatStore {
  /** Resolves only once the events are durably stored. */
  append(events: readonly TutorEvent[]): Promise<void>;
  read(filter?: { readonly learner?: string }): Promise<TutorEvent[]>;
}

/** The default store: IndexedDB on this device, loaded only when no store was given. */
export async function defaultStore(): Promise<SeatStore> {
  const { openIndexedDbStore } = await import('@tutorkit/sync');
  return openIndexedDbStore();
}

function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A stable id for this browser profile, so event ids from two devices never collide. */
export function deviceId(): string {
  const key = 'tutorkit.device';
  try {
    const known = localStorage.getItem(key);
    if (known) return known;
    const made = `d-${randomHex(8)}`;
    localStorage.setItem(key, made);
    return made;
  } catch {
    return `d-${randomHex(8)}`; // storage blocked: ids stay unique, just not stable
  }
}

/** One tutoring session per tab: a reload continues it, a new tab starts another. */
export function sessionId(learner: string): string {
  const key = `tutorkit.session.${learner}`;
  try {
    const known = sessionStorage.getItem(key);
    if (known) return known;
    const made = `s-${randomHex(8)}`;
    sessionStorage.setItem(key, made);
    return made;
  } catch {
    return `s-${randomHex(8)}`;
  }
}

export function newSeed(): string {
  return randomHex(8);
}
