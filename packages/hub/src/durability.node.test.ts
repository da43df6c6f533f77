import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TutorEvent } from '@tutorkit/core';
import { HubOutbox, MemoryAckLog, MemoryEventStore } from '@tutorkit/sync';
import { expect } from 'chai';
import { type Classroom, call, classroom, makeEvent, setUpAdmin } from './test-support/hub.js';
import { type HubProcess, killHub, spawnHub } from './test-support/spawn-hub.js';

interface Seat {
  learner: string;
  store: MemoryEventStore;
  acks: MemoryAckLog;
  outbox: HubOutbox;
  written: string[];
}

function seats(room: Classroom, hubUrl: () => string, fetchImpl?: typeof fetch): Seat[] {
  return room.students.map(({ learner, token }) => {
    const store = new MemoryEventStore();
    const acks = new MemoryAckLog();
    const outbox = new HubOutbox({
      store,
      hub: '',
      token: () => token,
      acks,
      batchSize: 25,
      retryMinMs: 50,
      retryMaxMs: 200,
      fetch: (input, init) => (fetchImpl ?? fetch)(`${hubUrl()}${String(input)}`, init),
    });
    return { learner, store, acks, outbox, written: [] };
  });
}

async function write(seat: Seat, group: string, n: number): Promise<void> {
  const events = Array.from({ length: n }, () => makeEvent(group, seat.learner));
  await seat.store.append(events);
  seat.written.push(...events.map((e) => e.id));
}

async function until(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function allEvents(url: string, room: Classroom): Promise<TutorEvent[]> {
  const out: TutorEvent[] = [];
  let since = 0;
  for (;;) {
    const r = await call<{ events: TutorEvent[]; cursor: number; more: boolean }>(
      url,
      'GET',
      `/api/groups/${room.group.id}/events?since=${since}&limit=5000`,
      undefined,
      room.tutor.token,
    );
    out.push(...r.body.events);
    since = r.body.cursor;
    if (!r.body.more) return out;
  }
}

async function expectEachOnce(url: string, room: Classroom, all: Seat[]): Promise<void> {
  const events = await allEvents(url, room);
  const ids = events.map((e) => e.id);
  expect(new Set(ids).size, 'no duplicates').to.equal(ids.length);
  const written = all.flatMap((s) => s.written).sort();
  expect([...ids].sort()).to.deep.equal(written);
}

describe('hub durability', function () {
  this.timeout(90_000);
  let dataDir: string;
  let hub: HubProcess | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tutorkit-hub-kill-'));
  });
  afterEach(async () => {
    if (hub) await killHub(hub, 'SIGKILL');
    hub = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged event through SIGKILL during ingest; devices flush the rest once', async () => {
    hub = await spawnHub(dataDir);
    const { port } = hub;
    const url = () => (hub as HubProcess).url;
    const admin = await setUpAdmin(url(), hub.setupCode as string);
    const room = await classroom(url(), admin, 'kill');
    const all = seats(room, url);
    await Promise.all(all.map((s) => s.outbox.start()));

    // Four devices write steadily; the hub is killed while batches are in flight.
    let writing = true;
    const writers = all.map(async (seat) => {
      while (writing) {
        await write(seat, room.group.id, 1 + Math.floor(Math.random() * 3));
        await new Promise((r) => setTimeout(r, 2));
      }
    });
    await until(() => all.every((s) => s.acks.acked.size >= 150));
    await killHub(hub, 'SIGKILL');
    const ackedAtKill = all.flatMap((s) => [...s.acks.acked]);
    // Work goes on offline for a moment.
    await new Promise((r) => setTimeout(r, 300));
    writing = false;
    await Promise.all(writers);
    expect(ackedAtKill.length).to.be.greaterThan(600);

    hub = await spawnHub(dataDir, port);
    expect(hub.setupCode, 'the admin survived').to.equal(null);
    const stored = new Set((await allEvents(url(), room)).map((e) => e.id));
    const lost = ackedAtKill.filter((id) => !stored.has(id));
    expect(lost, 'acknowledged but lost').to.deep.equal([]);

    await until(() => all.every((s) => s.outbox.status().pending === 0 && s.outbox.status().state === 'idle'));
    await expectEachOnce(url(), room, all);
    for (const s of all) s.outbox.stop();
  });

  it('delivers every event once across a network cut, lost responses and a hub restart', async () => {
    hub = await spawnHub(dataDir);
    const { port } = hub;
    const url = () => (hub as HubProcess).url;
    const admin = await setUpAdmin(url(), hub.setupCode as string);
    const room = await classroom(url(), admin, 'cut');
    let network: 'up' | 'down' | 'lose-responses' = 'up';
    const flaky: typeof fetch = async (input, init) => {
      if (network === 'down') throw new TypeError('network is down');
      const response = await fetch(input, init);
      if (network === 'lose-responses') throw new TypeError('connection reset');
      return response;
    };
    const all = seats(room, url, flaky);
    await Promise.all(all.map((s) => s.outbox.start()));

    for (const s of all) await write(s, room.group.id, 10);
    await until(() => all.every((s) => s.acks.acked.size === 10));

    network = 'down';
    for (const s of all) await write(s, room.group.id, 15);
    await new Promise((r) => setTimeout(r, 200));
    expect(all.every((s) => s.outbox.status().state === 'offline')).to.equal(true);

    network = 'lose-responses'; // the hub stores, the device never hears back
    for (const s of all) await s.outbox.flush();
    expect(all.every((s) => s.acks.acked.size === 10)).to.equal(true);

    network = 'up';
    await killHub(hub, 'SIGTERM'); // a graceful restart too
    for (const s of all) await write(s, room.group.id, 5);
    hub = await spawnHub(dataDir, port);
    await until(() => all.every((s) => s.outbox.status().pending === 0 && s.outbox.status().state === 'idle'));
    for (const s of all) expect(s.acks.acked.size).to.equal(30);
    await expectEachOnce(url(), room, all);
    for (const s of all) s.outbox.stop();
  });
});
