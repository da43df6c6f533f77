/**
 * The hub (tier T1) under a classroom-sized load on loopback: one hub process (SQLite, WAL,
 * synchronous=FULL), 100 groups, 500 simulated clients (400 student devices over HTTP, 100 tutor
 * sockets). Two bounded phases:
 * - saturation: every device sends batches of 5 events back to back for 5 s → events stored per second;
 * - classroom load: every device sends a batch of 2 events every 1.6 s for 8 s (500 events/s, the
 *   ingest budget; a real classroom of this size writes far less) → acknowledgement latency (POST to ack) and live latency (event written on a device →
 *   received on the tutor's socket), p50 and p99.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TutorEvent } from '@tutorkit/core';
import { call, classroom, makeEvent, setUpAdmin } from '../packages/hub/src/test-support/hub.js';
import { connectLive, type LiveClient } from '../packages/hub/src/test-support/live-client.js';
import { killHub, spawnHub } from '../packages/hub/src/test-support/spawn-hub.js';
import { type Results, round } from './measure.js';

const GROUPS = 100;
const SATURATION_MS = 5000;
const CLASSROOM_MS = 8000;
const PERIOD_MS = 1600;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function benchHub(results: Results): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tutorkit-bench-hub-'));
  const hub = await spawnHub(dataDir);
  const sockets: LiveClient[] = [];
  try {
    const admin = await setUpAdmin(hub.url, hub.setupCode as string);
    const first = await classroom(hub.url, admin, 'g0');
    const rooms = [first];
    // The other groups share the first tutor (one password hash instead of a hundred).
    for (let g = 1; g < GROUPS; g++) {
      const group = await call(
        hub.url,
        'POST',
        '/api/admin/groups',
        { name: `g${g}`, tutors: [first.tutor.id] },
        admin,
      );
      const id = group.body.id as string;
      const csv = ['name', 'A', 'B', 'C', 'D'].join('\n');
      const roster = await call<{ roster: { learner: string }[] }>(
        hub.url,
        'POST',
        `/api/admin/groups/${id}/roster`,
        { csv },
        admin,
      );
      const students = await Promise.all(
        roster.body.roster.map(async ({ learner }) => {
          const seat = await call(hub.url, 'POST', '/api/join/seat', { code: group.body.joinCode, learner });
          return { learner, token: seat.body.token as string };
        }),
      );
      rooms.push({ group: { id, joinCode: group.body.joinCode as string }, tutor: first.tutor, students });
    }

    const live: number[] = [];
    let measuring = false;
    for (const room of rooms) {
      const socket = await connectLive(hub.url, { token: room.tutor.token, group: room.group.id }, (m) => {
        if (!measuring || m.kind !== 'events' || m.catchUp) return;
        const now = Date.now();
        for (const e of m.events as TutorEvent[]) live.push(now - e.at);
      });
      await socket.next((m) => m.kind === 'ready');
      sockets.push(socket);
    }
    const devices = rooms.flatMap((room) => room.students.map((s) => ({ ...s, group: room.group.id })));

    const send = async (device: (typeof devices)[number], n: number) => {
      const events = Array.from({ length: n }, () => makeEvent(device.group, device.learner));
      const t0 = performance.now();
      const r = await call(hub.url, 'POST', '/api/events', { events }, device.token);
      if (r.status !== 200) throw new Error(`ingest ${r.status}: ${JSON.stringify(r.body)}`);
      return { ms: performance.now() - t0, stored: (r.body.stored as string[]).length };
    };

    // Phase 1: saturation.
    let stored = 0;
    const end1 = performance.now() + SATURATION_MS;
    const start1 = performance.now();
    await Promise.all(
      devices.map(async (device) => {
        while (performance.now() < end1) {
          const r = await send(device, 5);
          stored += r.stored;
        }
      }),
    );
    const ingest = stored / ((performance.now() - start1) / 1000);

    // Phase 2: classroom load, open loop.
    const acks: number[] = [];
    measuring = true;
    const end2 = performance.now() + CLASSROOM_MS;
    await Promise.all(
      devices.map(async (device, i) => {
        await new Promise((r) => setTimeout(r, (i * PERIOD_MS) / devices.length));
        while (performance.now() < end2) {
          const next = performance.now() + PERIOD_MS;
          acks.push((await send(device, 2)).ms);
          const wait = next - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        }
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    measuring = false;
    const rateNote = round(((acks.length * 2) / CLASSROOM_MS) * 1000, 0);
    process.stdout.write(
      `  hub: ${devices.length} devices + ${sockets.length} tutor sockets; saturation ${round(ingest, 0)} events/s; classroom phase ${rateNote} events/s, ${acks.length} batches, ${live.length} live deliveries\n`,
    );
    results['hub-ingest-events-per-second'] = {
      value: round(ingest, 0),
      unit: 'events/s',
      budget: 500,
      better: 'higher',
    };
    results['hub-ack-latency-p50'] = { value: round(percentile(acks, 50)), unit: 'ms', budget: 250, better: 'lower' };
    results['hub-ack-latency-p99'] = { value: round(percentile(acks, 99)), unit: 'ms', budget: 250, better: 'lower' };
    results['hub-live-latency-p50'] = { value: round(percentile(live, 50)), unit: 'ms', budget: 250, better: 'lower' };
    results['hub-live-latency-p99'] = { value: round(percentile(live, 99)), unit: 'ms', budget: 250, better: 'lower' };
  } finally {
    for (const s of sockets) s.close();
    await killHub(hub, 'SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
