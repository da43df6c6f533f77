/** Starts a real hub on 127.0.0.1 (a free port, a temp data dir) and talks to it like a device. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TutorEvent } from '@tutorkit/core';
import { DEFAULTS, type HubConfig } from '../config.js';
import type { HubLimits } from '../context.js';
import { type Hub, startHub } from '../server.js';

export const EXAMPLE_PACK = fileURLToPath(
  new URL('../../../../examples/packs/fractions-unlike-denominators.pack.json', import.meta.url),
);

export function testConfig(dataDir: string, overrides: Partial<HubConfig> = {}): HubConfig {
  return {
    ...DEFAULTS,
    port: 0,
    host: '127.0.0.1',
    dataDir,
    packs: [EXAMPLE_PACK],
    tokenTtlSeconds: 600,
    joinCodeTtlSeconds: 3600,
    logLevel: 'silent',
    serveApp: false,
    ...overrides,
  };
}

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/** A JSON request; `body` as a string is sent raw. */
export async function call<T = Record<string, unknown>>(
  url: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<Reply<T>> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // keep text
  }
  return { status: response.status, body: parsed as T };
}

export interface TestHub {
  hub: Hub;
  url: string;
  dataDir: string;
  admin: string;
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, token?: string): Promise<Reply<T>>;
  stop(): Promise<void>;
}

/** Creates the first admin through the setup code, as a program lead would. */
export async function setUpAdmin(url: string, setupCode: string): Promise<string> {
  const setup = await call(url, 'POST', '/api/setup', {
    code: setupCode,
    username: 'lead',
    password: 'a long pass phrase',
  });
  if (setup.status !== 200) throw new Error(`setup failed: ${JSON.stringify(setup)}`);
  return setup.body.token as string;
}

export async function startTestHub(
  options: { limits?: Partial<HubLimits>; config?: Partial<HubConfig> } = {},
): Promise<TestHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tutorkit-hub-'));
  const hub = await startHub(testConfig(dataDir, options.config), options.limits ? { limits: options.limits } : {});
  const admin = await setUpAdmin(hub.url, hub.setupCode as string);
  return {
    hub,
    url: hub.url,
    dataDir,
    admin,
    call: (method, path, body, token) => call(hub.url, method, path, body, token),
    async stop() {
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Classroom {
  group: { id: string; joinCode: string };
  tutor: { id: string; token: string };
  students: { learner: string; token: string }[];
}

/** A tutor and a group of `size` students who joined with the code; tokens for all. */
export async function classroom(url: string, admin: string, name: string, size = 4): Promise<Classroom> {
  const tutorUser = `tutor-${name}`;
  const made = await call(
    url,
    'POST',
    '/api/admin/tutors',
    { username: tutorUser, password: 'tutor password 1' },
    admin,
  );
  const tutorId = made.body.id as string;
  const group = await call(url, 'POST', '/api/admin/groups', { name, tutors: [tutorId] }, admin);
  const id = group.body.id as string;
  const csv = ['name', ...Array.from({ length: size }, (_, i) => `Student ${i + 1} of ${name}`)].join('\n');
  const roster = await call<{ roster: { learner: string }[] }>(
    url,
    'POST',
    `/api/admin/groups/${id}/roster`,
    { csv },
    admin,
  );
  const code = group.body.joinCode as string;
  const students = [];
  for (const { learner } of roster.body.roster) {
    const seat = await call(url, 'POST', '/api/join/seat', { code, learner });
    students.push({ learner, token: seat.body.token as string });
  }
  const signin = await call(url, 'POST', '/api/auth/signin', { username: tutorUser, password: 'tutor password 1' });
  return {
    group: { id, joinCode: code },
    tutor: { id: tutorId, token: signin.body.token as string },
    students,
  };
}

let counter = 0;

/** A valid event of `learner` in `group`. */
export function makeEvent(group: string, learner: string, extra: Partial<Record<string, unknown>> = {}): TutorEvent {
  counter += 1;
  return {
    id: `e-${process.pid}-${Date.now().toString(36)}-${counter}`,
    v: 1,
    type: 'problem.shown',
    at: Date.now(),
    learner,
    group,
    session: 's-1',
    device: 'd-1',
    seq: counter,
    assignment: 'add-unlike-builder',
    problem: 'p1',
    ...extra,
  } as TutorEvent;
}
