import { parsePack } from '@tutorkit/core';
import { expect } from 'chai';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { classroom, makeEvent, startTestHub, type TestHub } from './test-support/hub.js';

describe('hub admin and first run', () => {
  let t: TestHub;
  before(async () => {
    t = await startTestHub();
  });
  after(() => t.stop());

  it('has no default password: setup works once, with the printed code only', async () => {
    expect(t.hub.setupCode).to.match(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    const again = await t.call('POST', '/api/setup', {
      code: t.hub.setupCode,
      username: 'x',
      password: 'another long one',
    });
    expect(again.status).to.equal(403);
    const weak = await t.call('POST', '/api/auth/signin', { username: 'admin', password: 'admin' });
    expect(weak.status).to.equal(401);
  });

  it('creates groups with packs and plans, checks choices, imports rosters from CSV (≤ 4)', async () => {
    const packs = await t.call<{ id: string; plans: { id: string }[] }[]>('GET', '/api/packs');
    const pack = packs.body[0] as { id: string; plans: { id: string }[] };
    const bad = await t.call('POST', '/api/admin/groups', { name: 'x', pack: 'nope' }, t.admin);
    expect(bad.status).to.equal(400);
    expect(bad.body.message).to.match(/no pack "nope"/);
    const g = await t.call(
      'POST',
      '/api/admin/groups',
      { name: 'Room 12', pack: pack.id, assignment: 'add-unlike-builder', plan: pack.plans[0]?.id },
      t.admin,
    );
    expect(g.status).to.equal(201);
    expect(g.body.joinCode).to.match(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
    const csv = 'Name,Learner\n"Ana, B.",sis-1001\nBen,\n';
    const r = await t.call<{ roster: { name: string; learner: string }[] }>(
      'POST',
      `/api/admin/groups/${g.body.id}/roster`,
      { csv },
      t.admin,
    );
    expect(r.status).to.equal(200);
    expect(r.body.roster.map((s) => s.name)).to.deep.equal(['Ana, B.', 'Ben']);
    expect(r.body.roster.find((s) => s.name === 'Ben')?.learner).to.match(/^l-[0-9a-f]{16}$/);
    const tooMany = await t.call('POST', `/api/admin/groups/${g.body.id}/roster`, { csv: 'name\nC\nD\nE\n' }, t.admin);
    expect(tooMany.status).to.equal(409);
    expect(tooMany.body.message).to.match(/at most 4/);
    const noName = await t.call('POST', `/api/admin/groups/${g.body.id}/roster`, { csv: 'first\nC\n' }, t.admin);
    expect(noName.status).to.equal(400);
    expect(noName.body.message).to.match(/"name" column/);
    // A pseudonym fills the last seat; then the group is full.
    const join = await t.call('POST', '/api/join/seat', { code: g.body.joinCode, pseudonym: 'Comet' });
    expect(join.status).to.equal(200);
    expect(join.body.learner).to.match(/^l-/);
    await t.call('POST', '/api/join/seat', { code: g.body.joinCode, pseudonym: 'Star' });
    const full = await t.call('POST', '/api/join/seat', { code: g.body.joinCode, pseudonym: 'Moon' });
    expect(full.status).to.equal(409);
  });

  it('takes a student who left off the roster (their events stay) and gives a tutor a new password', async () => {
    const room = await classroom(t.url, t.admin, 'leavers', 2);
    const [leaving, staying] = room.students as [
      { learner: string; token: string },
      { learner: string; token: string },
    ];
    const stored = await t.call(
      'POST',
      '/api/events',
      { events: [makeEvent(room.group.id, leaving.learner)] },
      leaving.token,
    );
    expect(stored.status).to.equal(200);

    const removed = await t.call<{ roster: { learner: string }[] }>(
      'DELETE',
      `/api/admin/groups/${room.group.id}/roster/${leaving.learner}`,
      undefined,
      t.admin,
    );
    expect(removed.status).to.equal(200);
    expect(removed.body.roster.map((r) => r.learner)).to.deep.equal([staying.learner]);
    const again = await t.call(
      'DELETE',
      `/api/admin/groups/${room.group.id}/roster/${leaving.learner}`,
      undefined,
      t.admin,
    );
    expect(again.status).to.equal(404);
    // Only an admin may do it, and the departed student's record is still the group's.
    const byTutor = await t.call(
      'DELETE',
      `/api/admin/groups/${room.group.id}/roster/${staying.learner}`,
      undefined,
      room.tutor.token,
    );
    expect(byTutor.status).to.equal(403);
    const events = await t.call<{ events: { learner: string }[] }>(
      'GET',
      `/api/groups/${room.group.id}/events`,
      undefined,
      room.tutor.token,
    );
    expect(events.body.events.map((e) => e.learner)).to.include(leaving.learner);
    // Rejoining by that name is no longer possible.
    const rejoin = await t.call('POST', '/api/join/seat', { code: room.group.joinCode, learner: leaving.learner });
    expect(rejoin.status).to.be.within(400, 499);

    const reset = await t.call<{ password: string }>(
      'POST',
      `/api/admin/tutors/${room.tutor.id}/password`,
      undefined,
      t.admin,
    );
    expect(reset.status).to.equal(200);
    expect(reset.body.password.length).to.be.at.least(10);
    const old = await t.call('POST', '/api/auth/signin', { username: 'tutor-leavers', password: 'tutor password 1' });
    expect(old.status).to.equal(401);
    const fresh = await t.call('POST', '/api/auth/signin', {
      username: 'tutor-leavers',
      password: reset.body.password,
    });
    expect(fresh.status).to.equal(200);
    const notTutor = await t.call('POST', '/api/admin/tutors/u-nobody/password', undefined, t.admin);
    expect(notTutor.status).to.equal(404);
  });

  it('serves a group only its part of a pack: the assignment and the plan, as a valid pack', async () => {
    const packs = await t.call<{ id: string; assignments: { id: string }[]; plans: { id: string }[] }[]>(
      'GET',
      '/api/packs',
    );
    const info = packs.body[0] as { id: string; assignments: { id: string }[]; plans: { id: string }[] };
    const whole = await fetch(`${t.url}/packs/${info.id}.json`).then((r) => r.text());
    const assignment = info.assignments[0]?.id as string;
    const plan = info.plans[0]?.id as string;
    const response = await fetch(`${t.url}/packs/${info.id}.json?assignment=${assignment}&plan=${plan}`);
    expect(response.status).to.equal(200);
    const text = await response.text();
    expect(text.length).to.be.lessThan(whole.length);
    const parsed = parsePack(text);
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors.slice(0, 2))).to.equal(true);
    if (!parsed.ok) return;
    expect(parsed.pack.assignments?.map((a) => a.id)).to.include(assignment);
    expect(parsed.pack.plans?.map((p) => p.id)).to.deep.equal([plan]);
    const unknown = await fetch(`${t.url}/packs/${info.id}.json?assignment=nope`);
    expect(unknown.status).to.equal(404);
    expect((await unknown.json()).message).to.match(/none of those assignments or plans/);
  });

  it('accepts tokens signed by a configured portal key', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const portal = await startTestHub({ config: { portalPublicKey: await exportSPKI(publicKey) } });
    try {
      const room = await classroom(portal.url, portal.admin, 'p', 1);
      const token = await new SignJWT({ role: 'student', group: room.group.id, learner: 'portal-learner-7' })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('portal-learner-7')
        .setIssuer('portal')
        .setAudience('tutorkit')
        .setExpirationTime('10m')
        .sign(privateKey);
      const e = makeEvent(room.group.id, 'portal-learner-7');
      const r = await portal.call('POST', '/api/events', { events: [e] }, token);
      expect(r.status).to.equal(200);
      const spoof = await portal.call('POST', '/api/events', { events: [makeEvent(room.group.id, 'other')] }, token);
      expect(spoof.status).to.equal(403);
    } finally {
      await portal.stop();
    }
  });

  it('answers /health and a clear 404', async () => {
    expect((await t.call('GET', '/health')).body.status).to.equal('ok');
    const r = await t.call('GET', '/api/nothing');
    expect(r.status).to.equal(404);
    expect(r.body.message).to.match(/nothing at GET \/api\/nothing/);
  });
});
