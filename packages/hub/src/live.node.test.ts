import type { TutorEvent } from '@tutorkit/core';
import { expect } from 'chai';
import { type Classroom, classroom, makeEvent, startTestHub, type TestHub } from './test-support/hub.js';
import { connectLive } from './test-support/live-client.js';

describe('hub live channel and catch-up', () => {
  let t: TestHub;
  let room: Classroom;

  before(async () => {
    t = await startTestHub();
    room = await classroom(t.url, t.admin, 'live');
  });
  after(() => t.stop());

  const student = (i: number) => room.students[i] as { learner: string; token: string };

  it('sends catch-up on connect, then new events and presence, in order', async () => {
    const early = [makeEvent(room.group.id, student(0).learner), makeEvent(room.group.id, student(0).learner)];
    await t.call('POST', '/api/events', { events: early }, student(0).token);

    const tutor = await connectLive(t.url, { token: room.tutor.token, group: room.group.id, since: 0 });
    await tutor.next((m) => m.kind === 'ready');
    const catchUp = await tutor.next((m) => m.kind === 'events' && m.catchUp === true);
    expect((catchUp.events as TutorEvent[]).map((e) => e.id)).to.deep.equal(early.map((e) => e.id));

    const seat = await connectLive(t.url, { token: student(1).token, group: room.group.id, device: 'd-9' });
    const online = await tutor.next((m) => m.kind === 'presence' && m.state === 'online');
    expect(online).to.include({ learner: student(1).learner, device: 'd-9' });
    seat.socket.send(JSON.stringify({ kind: 'presence', state: 'typing' }));
    await tutor.next((m) => m.kind === 'presence' && m.state === 'typing');

    const later = makeEvent(room.group.id, student(1).learner);
    const r = await t.call('POST', '/api/events', { events: [later] }, student(1).token);
    expect(r.status).to.equal(200);
    const live = await tutor.next((m) => m.kind === 'events' && (m.events as TutorEvent[])[0]?.id === later.id);
    expect(live.cursor as number).to.be.greaterThan(catchUp.cursor as number);

    // The tutor's command reaches the seats.
    tutor.socket.send(
      JSON.stringify({ kind: 'command', command: { type: 'start-assignment', assignment: 'quick-check' } }),
    );
    const command = await seat.next((m) => m.kind === 'command');
    expect(command.command).to.deep.equal({ type: 'start-assignment', assignment: 'quick-check' });

    seat.close();
    await tutor.next((m) => m.kind === 'presence' && m.state === 'offline');
    tutor.close();
  });

  it('resumes from a cursor: a reconnecting tutor gets only what it missed', async () => {
    const first = await t.call<{ cursor: number }>(
      'GET',
      `/api/groups/${room.group.id}/events`,
      undefined,
      room.tutor.token,
    );
    const missed = makeEvent(room.group.id, student(2).learner);
    await t.call('POST', '/api/events', { events: [missed] }, student(2).token);
    const tutor = await connectLive(t.url, { token: room.tutor.token, group: room.group.id, since: first.body.cursor });
    const catchUp = await tutor.next((m) => m.kind === 'events');
    expect((catchUp.events as TutorEvent[]).map((e) => e.id)).to.deep.equal([missed.id]);
    tutor.close();
  });

  it('is idempotent by event id: a resent batch is acknowledged as duplicate', async () => {
    const e = makeEvent(room.group.id, student(3).learner);
    const first = await t.call('POST', '/api/events', { events: [e, e] }, student(3).token);
    expect(first.body).to.deep.equal({ stored: [e.id], duplicate: [e.id], rejected: [] });
    const again = await t.call('POST', '/api/events', { events: [e] }, student(3).token);
    expect(again.body).to.deep.equal({ stored: [], duplicate: [e.id], rejected: [] });
  });

  it('lets a student read back only their own events', async () => {
    const r = await t.call<{ events: TutorEvent[] }>(
      'GET',
      `/api/groups/${room.group.id}/events`,
      undefined,
      student(0).token,
    );
    expect(r.status).to.equal(200);
    expect(r.body.events.length).to.be.greaterThan(0);
    expect(r.body.events.every((e) => e.learner === student(0).learner)).to.equal(true);
  });
});
