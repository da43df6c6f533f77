/**
 * Schema migrations for the embedded database, applied in order at start-up. The number of
 * migrations applied is kept in SQLite's `user_version`; a migration is never edited once shipped.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE events (
     cursor INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     grp TEXT NOT NULL,
     learner TEXT NOT NULL,
     at INTEGER NOT NULL,
     received_at INTEGER NOT NULL,
     body TEXT NOT NULL
   );
   CREATE INDEX events_group ON events (grp, cursor);
   CREATE TABLE users (
     id TEXT PRIMARY KEY,
     username TEXT NOT NULL UNIQUE COLLATE NOCASE,
     role TEXT NOT NULL CHECK (role IN ('tutor', 'admin')),
     password_hash TEXT NOT NULL
   );
   CREATE TABLE groups (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     pack TEXT,
     assignment TEXT,
     plan TEXT,
     join_code TEXT NOT NULL UNIQUE,
     join_expires_at INTEGER NOT NULL
   );
   CREATE TABLE group_tutors (
     grp TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     PRIMARY KEY (grp, user_id)
   );
   CREATE TABLE roster (
     learner TEXT PRIMARY KEY,
     grp TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
     name TEXT NOT NULL
   );
   CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
];
