/**
 * Chooses the embedded database: ingest rate (batches of 20 events, one transaction each,
 * idempotent insert by id, durable commit) and durability under SIGKILL (a child acknowledges
 * batches on stdout; the parent kills it and counts what survived). Run:
 *   node --import tsx packages/hub/scripts/measure-db.ts
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BATCH = 20;
const BATCHES = 250;
const DDL = 'CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, grp TEXT NOT NULL, body TEXT NOT NULL)';
const body = (i: number) =>
  JSON.stringify({ id: `e${i}`, type: 'answer.submitted', response: '5/6', verdict: 'correct', pad: 'x'.repeat(200) });

interface Db {
  insertBatch(start: number): Promise<void>;
  count(): Promise<number>;
  close(): Promise<void>;
}

async function open(kind: string, dir: string): Promise<Db> {
  if (kind === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(dir, 'hub.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(DDL);
    const insert = db.prepare('INSERT INTO events (id, grp, body) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    const tx = db.transaction((start: number) => {
      for (let i = start; i < start + BATCH; i++) insert.run(`e${i}`, 'g1', body(i));
    });
    return {
      insertBatch: async (start) => tx(start),
      count: async () => (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n,
      close: async () => {
        db.close();
      },
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(join(dir, 'pg'));
  await db.exec(DDL);
  return {
    insertBatch: async (start) => {
      await db.transaction(async (tx) => {
        for (let i = start; i < start + BATCH; i++)
          await tx.query('INSERT INTO events (id, grp, body) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
            `e${i}`,
            'g1',
            body(i),
          ]);
      });
    },
    count: async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0]?.n ?? 0,
    close: () => db.close(),
  };
}

async function child(kind: string, dir: string): Promise<void> {
  const db = await open(kind, dir);
  for (let b = 0; ; b++) {
    await db.insertBatch(b * BATCH);
    process.stdout.write(`ack ${(b + 1) * BATCH}\n`);
  }
}

async function rate(kind: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'tk-db-'));
  const db = await open(kind, dir);
  const t0 = performance.now();
  for (let b = 0; b < BATCHES; b++) await db.insertBatch(b * BATCH);
  const seconds = (performance.now() - t0) / 1000;
  const n = await db.count();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  if (n !== BATCH * BATCHES) throw new Error(`${kind}: stored ${n}`);
  return (BATCH * BATCHES) / seconds;
}

async function killTest(kind: string): Promise<{ acked: number; stored: number; openMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'tk-db-'));
  const proc = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, 'child', kind, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let acked = 0;
  await new Promise<void>((resolve) => {
    let buffer = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) acked = Number(line.split(' ')[1]);
      if (acked >= 1000) {
        proc.kill('SIGKILL');
        resolve();
      }
    });
  });
  await new Promise((r) => proc.once('exit', r));
  const t0 = performance.now();
  const db = await open(kind, dir);
  const openMs = performance.now() - t0;
  const stored = await db.count();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  return { acked, stored, openMs };
}

if (process.argv[2] === 'child') {
  await child(process.argv[3] as string, process.argv[4] as string);
} else {
  for (const kind of ['sqlite', 'pglite']) {
    const r = await rate(kind);
    const k = await killTest(kind);
    console.log(
      `${kind}: ${Math.round(r)} events/s (batches of ${BATCH}, durable commit each); SIGKILL after ${k.acked} acked → ${k.stored} stored; reopen ${Math.round(k.openMs)} ms`,
    );
  }
}
