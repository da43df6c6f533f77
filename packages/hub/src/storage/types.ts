/**
 * What the hub keeps, behind one interface: the embedded SQLite database for a laptop (T1) today,
 * PostgreSQL for a district (T2) later. Every method is async so that a networked database fits.
 */
import type { TutorEvent } from '@tutorkit/core';

export type StaffRole = 'tutor' | 'admin';

export interface StaffUser {
  readonly id: string;
  readonly username: string;
  readonly role: StaffRole;
  readonly passwordHash: string;
}

export interface Group {
  readonly id: string;
  readonly name: string;
  readonly pack: string | null;
  readonly assignment: string | null;
  readonly plan: string | null;
  readonly joinCode: string;
  /** Milliseconds since the epoch. */
  readonly joinExpiresAt: number;
  readonly tutors: readonly string[];
}

/** A student of a group: `learner` is the opaque reference events carry; the name stays here. */
export interface RosterEntry {
  readonly learner: string;
  readonly group: string;
  readonly name: string;
}

/** An event as stored, with the hub's cursor (a strictly increasing number). */
export interface StoredEvent {
  readonly cursor: number;
  readonly event: TutorEvent;
}

export interface AppendResult {
  readonly stored: StoredEvent[];
  readonly duplicate: string[];
}

export interface GroupChanges {
  readonly name?: string;
  readonly pack?: string | null;
  readonly assignment?: string | null;
  readonly plan?: string | null;
  readonly tutors?: readonly string[];
}

export interface HubStorage {
  /** Stores events durably (committed before the promise resolves), idempotent by id; first version wins. */
  appendEvents(events: readonly TutorEvent[]): Promise<AppendResult>;
  /** A group's events after `since` (a cursor), oldest first, at most `limit`. */
  readEvents(group: string, since: number, limit: number, learner?: string): Promise<StoredEvent[]>;
  countEvents(): Promise<number>;

  findUser(username: string): Promise<StaffUser | undefined>;
  getUser(id: string): Promise<StaffUser | undefined>;
  listUsers(): Promise<StaffUser[]>;
  createUser(user: StaffUser): Promise<void>;
  setPassword(id: string, passwordHash: string): Promise<void>;

  createGroup(group: Group): Promise<void>;
  getGroup(id: string): Promise<Group | undefined>;
  listGroups(): Promise<Group[]>;
  updateGroup(id: string, changes: GroupChanges): Promise<Group | undefined>;
  setJoinCode(id: string, code: string, expiresAt: number): Promise<void>;
  findGroupByJoinCode(code: string): Promise<Group | undefined>;

  roster(group: string): Promise<RosterEntry[]>;
  /** Adds entries if the group stays within `max` students; resolves false (nothing added) otherwise. */
  addToRoster(group: string, entries: readonly RosterEntry[], max: number): Promise<boolean>;
  /** Takes a learner off a group's roster (their events stay); false when they were not on it. */
  removeFromRoster(group: string, learner: string): Promise<boolean>;

  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string | undefined): Promise<void>;

  close(): Promise<void>;
}
