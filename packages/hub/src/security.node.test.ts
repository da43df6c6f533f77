import { expect } from 'chai';
import { generateKeyPair, SignJWT } from 'jose';
import WebSocket from 'ws';
import { type Classroom, classroom, makeEvent, startTestHub, type TestHub } from './test-support/hub.js';

describe('hub security', () => {
  let t: TestHub;
  let a: Classroom;
  let b: Classroom;

  before(async () => {
    t = await startTestHub({ limits: { authPerMinute: 1000 } });
    a = await classroom(t.url, t.admin, 'alpha');
    b = await classroom(t.url, t.admin, 'beta');
  });
  after(() => t.stop());

  const count = async () => (await t.call('GET', '/health')).body.events as number;
  const studentA = () => a.students[0] as { learner: string; token: string };

  it('stores a student’s own events and acknowledges them', async () => {
    const before = await count();
    const e = makeEvent(a.group.id, studentA().learner);
    const r = await t.call('POST', '/api/events', { events: [e] }, studentA().token);
    expect(r.status).to.equal(200);
    expect(r.body).to.deep.equal({ stored: [e.id], duplicate: [], rejected: [] });
    expect(await count()).to.equal(before + 1);
  });

  it('refuses a student reading another group (403)', async () => {
    const r = await t.call('GET', `/api/groups/${b.group.id}/events`, undefined, studentA().token);
    expect(r.status).to.equal(403);
    expect(r.body.error).to.equal('forbidden');
  });

  it('refuses a student writing as another learner or to another group (403, nothing stored)', async () => {
    const before = await count();
    const other = a.students[1]?.learner as string;
    const mine = makeEvent(a.group.id, studentA().learner);
    const r = await t.call('POST', '/api/events', { events: [mine, makeEvent(a.group.id, other)] }, studentA().token);
    expect(r.status).to.equal(403);
    expect(r.body.message).to.match(/learner/);
    const r2 = await t.call(
      'POST',
      '/api/events',
      { events: [makeEvent(b.group.id, studentA().learner)] },
      studentA().token,
    );
    expect(r2.status).to.equal(403);
    expect(await count()).to.equal(before);
  });

  it('refuses a tutor of one group reading another (403), over HTTP and the live socket', async () => {
    const own = await t.call('GET', `/api/groups/${a.group.id}/events`, undefined, a.tutor.token);
    expect(own.status).to.equal(200);
    const r = await t.call('GET', `/api/groups/${b.group.id}/events`, undefined, a.tutor.token);
    expect(r.status).to.equal(403);
    const ws = new WebSocket(`${t.url.replace('http', 'ws')}/api/live`);
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.on('open', () => ws.send(JSON.stringify({ kind: 'hello', token: a.tutor.token, group: b.group.id })));
    expect(await closed).to.equal(4403);
  });

  it('refuses expired, forged and missing tokens (401, nothing stored)', async () => {
    const before = await count();
    const e = makeEvent(a.group.id, studentA().learner);
    const expired = await t.hub.ctx.tokens.sign(
      { role: 'student', sub: studentA().learner, group: a.group.id, learner: studentA().learner },
      -10,
    );
    const forged = await new SignJWT({ role: 'student', group: a.group.id, learner: studentA().learner })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(studentA().learner)
      .setIssuer('tutorkit-hub')
      .setAudience('tutorkit')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(32)));
    const [header, payload] = studentA().token.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
    const { privateKey } = await generateKeyPair('ES256');
    const portalForged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('x')
      .setIssuer('portal')
      .setAudience('tutorkit')
      .setExpirationTime('1h')
      .sign(privateKey);
    expect(header).to.be.a('string');
    const expiredReply = await t.call('POST', '/api/events', { events: [e] }, expired);
    expect(expiredReply.status).to.equal(401);
    expect(expiredReply.body.message).to.match(/expired/);
    for (const token of [forged, unsigned, portalForged, 'not-a-token', undefined]) {
      const r = await t.call('POST', '/api/events', { events: [e] }, token);
      expect(r.status, String(token)).to.equal(401);
    }
    expect((await t.call('GET', '/api/admin/groups', undefined, forged)).status).to.equal(401);
    expect(await count()).to.equal(before);
  });

  it('refuses a student or tutor on the admin API (403)', async () => {
    expect((await t.call('GET', '/api/admin/groups', undefined, studentA().token)).status).to.equal(403);
    expect((await t.call('POST', '/api/admin/groups', { name: 'x' }, a.tutor.token)).status).to.equal(403);
  });

  it('refuses malformed and oversized batches with a reason (4xx, nothing stored)', async () => {
    const before = await count();
    const token = studentA().token;
    const cases: [unknown, number, RegExp][] = [
      ['{"events": [', 400, /JSON|Unexpected|Expected/i],
      [{ notEvents: [] }, 400, /events/],
      [[makeEvent(a.group.id, studentA().learner)], 400, /events/],
      [{ events: [] }, 400, /no events/],
      [{ events: Array.from({ length: 201 }, () => makeEvent(a.group.id, studentA().learner)) }, 413, /at most 200/],
      [{ events: [makeEvent(a.group.id, studentA().learner, { text: 'x'.repeat(600_000) })] }, 413, /./],
    ];
    for (const [body, status, reason] of cases) {
      const r = await t.call('POST', '/api/events', body, token);
      expect(r.status, JSON.stringify(r.body).slice(0, 200)).to.equal(status);
      expect(r.body.message).to.match(reason);
    }
    // Well-formed batch, malformed events: each rejected with its reason, nothing stored.
    const bad = [
      { ...makeEvent(a.group.id, studentA().learner), type: 'made.up' },
      { ...makeEvent(a.group.id, studentA().learner), at: 'yesterday' },
      { ...makeEvent(a.group.id, studentA().learner), assignment: undefined },
      makeEvent(a.group.id, studentA().learner, { pad: 'x'.repeat(20_000) }),
      42,
    ];
    const r = await t.call<{ rejected: { index: number; reason: string }[] }>(
      'POST',
      '/api/events',
      { events: bad },
      token,
    );
    expect(r.status).to.equal(422);
    expect(r.body.rejected.map((x) => x.reason)).to.deep.equal([
      'type: unknown event type "made.up"',
      'at: must be milliseconds since the epoch',
      'assignment: must be a non-empty string',
      'too large: 20322 bytes, at most 16384'.replace('20322', r.body.rejected[3]?.reason.match(/\d+/)?.[0] ?? ''),
      'not an object',
    ]);
    expect(await count()).to.equal(before);
  });

  it('stops brute force on join codes (429) and never reveals a group', async () => {
    const strict = await startTestHub({ limits: { authPerMinute: 5 } });
    try {
      const c = await strict.call('POST', '/api/admin/groups', { name: 'g' }, strict.admin);
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await strict.call('POST', '/api/join', { code: `WRONG${i}` })).status);
      expect(statuses.slice(0, 5)).to.deep.equal([404, 404, 404, 404, 404]);
      expect(statuses.slice(5)).to.deep.equal([429, 429, 429]);
      // Even the right code is refused while the address is locked out.
      const right = await strict.call('POST', '/api/join', { code: c.body.joinCode });
      expect(right.status).to.equal(429);
      expect(right.body.error).to.equal('rate-limited');
    } finally {
      await strict.stop();
    }
  });

  it('rate limits sign-in (429)', async () => {
    const strict = await startTestHub({ limits: { authPerMinute: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push(
          (await strict.call('POST', '/api/auth/signin', { username: 'lead', password: `guess ${i}` })).status,
        );
      expect(statuses).to.deep.equal([401, 401, 401, 429, 429]);
    } finally {
      await strict.stop();
    }
  });

  it('refuses expired and rotated join codes', async () => {
    const group = await t.call('POST', '/api/admin/groups', { name: 'gamma' }, t.admin);
    const old = group.body.joinCode as string;
    expect((await t.call('POST', '/api/join', { code: old.toLowerCase() })).status).to.equal(200);
    const rotated = await t.call('POST', `/api/admin/groups/${group.body.id}/join-code`, undefined, t.admin);
    expect(rotated.body.joinCode).to.not.equal(old);
    expect((await t.call('POST', '/api/join', { code: old })).status).to.equal(404);
    expect((await t.call('POST', '/api/join', { code: rotated.body.joinCode })).status).to.equal(200);
    await t.hub.ctx.storage.setJoinCode(group.body.id as string, rotated.body.joinCode as string, Date.now() - 1);
    expect((await t.call('POST', '/api/join', { code: rotated.body.joinCode })).status).to.equal(404);
  });
});
