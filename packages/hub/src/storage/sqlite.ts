/**
 * The embedded database (tier T1): SQLite through better-sqlite3, in WAL mode with
 * `synchronous = FULL`, so a commit is on disk before an acknowledgement leaves the hub. Appends
 * that arrive in the same turn of the event loop share one transaction (group commit): one fsync
 * for many devices' batches.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TutorEvent } from '@tutorkit/core';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import type {
  AppendResult,
  Group,
  GroupChanges,
  HubStorage,
  RosterEntry,
  StaffRole,
  StaffUser,
  StoredEvent,
} from './types.js';

interface GroupRow {
  id: string;
  name: string;
  pack: string | null;
  assignment: string | null;
  plan: string | null;
  join_code: string;
  join_expires_at: number;
}

interface PendingAppend {
  events: readonly TutorEvent[];
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/** Opens (creating and migrating if needed) the hub database in `dataDir`. */
export function openSqliteStorage(dataDir: string): SqliteStorage {
  mkdirSync(dataDir, { recursive: true });
  return new SqliteStorage(new Database(join(dataDir, 'hub.sqlite')));
}

export class SqliteStorage implements HubStorage {
  readonly #db: Database.Database;
  readonly #insert: Database.Statement;
  #pending: PendingAppend[] = [];
  #scheduled = false;

  constructor(db: Database.Database) {
    this.#db = db;
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    this.#insert = db.prepare(
      'INSERT INTO events (id, grp, learner, at, received_at, body) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING cursor',
    );
  }

  appendEvents(events: readonly TutorEvent[]): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ events, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#commit());
      }
    });
  }

  #commit(): void {
    const batch = this.#pending;
    this.#pending = [];
    this.#scheduled = false;
    const now = Date.now();
    try {
      const results = this.#db.transaction(() =>
        batch.map(({ events }) => {
          const result: AppendResult = { stored: [], duplicate: [] };
          for (const event of events) {
            const row = this.#insert.get(event.id, event.group, event.learner, event.at, now, JSON.stringify(event)) as
              | { cursor: number }
              | undefined;
            if (row) result.stored.push({ cursor: row.cursor, event });
            else result.duplicate.push(event.id);
          }
          return result;
        }),
      )();
      for (const [i, item] of batch.entries()) item.resolve(results[i] as AppendResult);
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }

  async readEvents(group: string, since: number, limit: number, learner?: string): Promise<StoredEvent[]> {
    const rows = (
      learner === undefined
        ? this.#db
            .prepare('SELECT cursor, body FROM events WHERE grp = ? AND cursor > ? ORDER BY cursor LIMIT ?')
            .all(group, since, limit)
        : this.#db
            .prepare(
              'SELECT cursor, body FROM events WHERE grp = ? AND learner = ? AND cursor > ? ORDER BY cursor LIMIT ?',
            )
            .all(group, learner, since, limit)
    ) as { cursor: number; body: string }[];
    return rows.map((row) => ({ cursor: row.cursor, event: JSON.parse(row.body) as TutorEvent }));
  }

  async countEvents(): Promise<number> {
    return (this.#db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  }

  async findUser(username: string): Promise<StaffUser | undefined> {
    return toUser(this.#db.prepare('SELECT * FROM users WHERE username = ?').get(username));
  }

  async getUser(id: string): Promise<StaffUser | undefined> {
    return toUser(this.#db.prepare('SELECT * FROM users WHERE id = ?').get(id));
  }

  async listUsers(): Promise<StaffUser[]> {
    return this.#db
      .prepare('SELECT * FROM users ORDER BY username')
      .all()
      .map((row) => toUser(row) as StaffUser);
  }

  async createUser(user: StaffUser): Promise<void> {
    this.#db
      .prepare('INSERT INTO users (id, username, role, password_hash) VALUES (?, ?, ?, ?)')
      .run(user.id, user.username, user.role, user.passwordHash);
  }

  async setPassword(id: string, passwordHash: string): Promise<void> {
    this.#db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, id);
  }

  async createGroup(group: Group): Promise<void> {
    this.#db.transaction(() => {
      this.#db
        .prepare(
          'INSERT INTO groups (id, name, pack, assignment, plan, join_code, join_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(group.id, group.name, group.pack, group.assignment, group.plan, group.joinCode, group.joinExpiresAt);
      this.#setTutors(group.id, group.tutors);
    })();
  }

  #setTutors(group: string, tutors: readonly string[]): void {
    this.#db.prepare('DELETE FROM group_tutors WHERE grp = ?').run(group);
    const add = this.#db.prepare('INSERT INTO group_tutors (grp, user_id) VALUES (?, ?)');
    for (const tutor of tutors) add.run(group, tutor);
  }

  #toGroup(row: unknown): Group | undefined {
    if (!row) return undefined;
    const r = row as GroupRow;
    const tutors = this.#db
      .prepare('SELECT user_id FROM group_tutors WHERE grp = ? ORDER BY user_id')
      .all(r.id)
      .map((t) => (t as { user_id: string }).user_id);
    return {
      id: r.id,
      name: r.name,
      pack: r.pack,
      assignment: r.assignment,
      plan: r.plan,
      joinCode: r.join_code,
      joinExpiresAt: r.join_expires_at,
      tutors,
    };
  }

  async getGroup(id: string): Promise<Group | undefined> {
    return this.#toGroup(this.#db.prepare('SELECT * FROM groups WHERE id = ?').get(id));
  }

  async listGroups(): Promise<Group[]> {
    return this.#db
      .prepare('SELECT * FROM groups ORDER BY name')
      .all()
      .map((row) => this.#toGroup(row) as Group);
  }

  async updateGroup(id: string, changes: GroupChanges): Promise<Group | undefined> {
    this.#db.transaction(() => {
      for (const field of ['name', 'pack', 'assignment', 'plan'] as const) {
        if (changes[field] !== undefined)
          this.#db.prepare(`UPDATE groups SET ${field} = ? WHERE id = ?`).run(changes[field], id);
      }
      if (changes.tutors) this.#setTutors(id, changes.tutors);
    })();
    return this.getGroup(id);
  }

  async setJoinCode(id: string, code: string, expiresAt: number): Promise<void> {
    this.#db.prepare('UPDATE groups SET join_code = ?, join_expires_at = ? WHERE id = ?').run(code, expiresAt, id);
  }

  async findGroupByJoinCode(code: string): Promise<Group | undefined> {
    return this.#toGroup(this.#db.prepare('SELECT * FROM groups WHERE join_code = ?').get(code));
  }

  async roster(group: string): Promise<RosterEntry[]> {
    return this.#db
      .prepare('SELECT learner, grp, name FROM roster WHERE grp = ? ORDER BY name')
      .all(group)
      .map((row) => {
        const r = row as { learner: string; grp: string; name: string };
        return { learner: r.learner, group: r.grp, name: r.name };
      });
  }

  async addToRoster(group: string, entries: readonly RosterEntry[], max: number): Promise<boolean> {
    return this.#db.transaction(() => {
      const { n } = this.#db.prepare('SELECT count(*) AS n FROM roster WHERE grp = ?').get(group) as { n: number };
      if (n + entries.length > max) return false;
      const add = this.#db.prepare('INSERT INTO roster (learner, grp, name) VALUES (?, ?, ?)');
      for (const entry of entries) add.run(entry.learner, group, entry.name);
      return true;
    })();
  }

  async removeFromRoster(group: string, learner: string): Promise<boolean> {
    return this.#db.prepare('DELETE FROM roster WHERE grp = ? AND learner = ?').run(group, learner).changes > 0;
  }

  async getSetting(key: string): Promise<string | undefined> {
    return (this.#db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)
      ?.value;
  }

  async setSetting(key: string, value: string | undefined): Promise<void> {
    if (value === undefined) this.#db.prepare('DELETE FROM settings WHERE key = ?').run(key);
    else
      this.#db
        .prepare(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        )
        .run(key, value);
  }

  async close(): Promise<void> {
    if (this.#pending.length > 0) this.#commit();
    this.#db.close();
  }
}

function toUser(row: unknown): StaffUser | undefined {
  if (!row) return undefined;
  const r = row as { id: string; username: string; role: StaffRole; password_hash: string };
  return { id: r.id, username: r.username, role: r.role, passwordHash: r.password_hash };
}

function migrate(db: Database.Database): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  for (let i = applied; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i] as string);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}
