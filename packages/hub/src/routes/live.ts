/**
 * The live channel (GET /api/live, WebSocket). The first message authenticates:
 * `{ kind: "hello", token, group, device?, since? }`. Tutors then get `{ kind: "ready", presence }`,
 * the group's events after `since` (catch-up, in pages), then every new event and presence change.
 * Students get `ready` and the tutor's commands; what they send as `presence` is relayed to the
 * group, stamped with their learner and device. Tutors may send `command` messages to the seats.
 */
import type { WebSocket } from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import { canReadGroup } from '../auth/guard.js';
import type { TokenClaims } from '../auth/tokens.js';
import type { HubContext } from '../context.js';
import { PRESENCE_STATES, type Presence, type PresenceState } from '../live/presence.js';

const HELLO_TIMEOUT_MS = 5000;
const CATCH_UP_PAGE = 500;
const MAX_MESSAGE_BYTES = 16 * 1024;

interface Hello {
  kind: 'hello';
  token: string;
  group: string;
  device?: string;
  since?: number;
}

function parse(data: unknown): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(String(data));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function send(socket: WebSocket, message: unknown): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}

export function registerLiveRoutes(app: FastifyInstance, ctx: HubContext): void {
  app.get('/api/live', { websocket: true }, (socket) => {
    const timer = setTimeout(() => socket.close(4401, 'hello expected'), HELLO_TIMEOUT_MS);
    socket.once('message', async (data) => {
      clearTimeout(timer);
      const hello = parse(data) as Hello | undefined;
      if (hello?.kind !== 'hello' || typeof hello.token !== 'string' || typeof hello.group !== 'string')
        return socket.close(4400, 'first message must be { kind: "hello", token, group }');
      let claims: TokenClaims;
      try {
        claims = await ctx.tokens.verify(hello.token);
      } catch (error) {
        return socket.close(4401, (error as Error).message);
      }
      if (claims.role === 'student' ? claims.group !== hello.group : !(await canReadGroup(ctx, claims, hello.group)))
        return socket.close(4403, 'not a member of this group');
      if (claims.role === 'student') student(ctx, socket, claims, hello);
      else await tutor(ctx, socket, hello);
    });
  });
}

function student(ctx: HubContext, socket: WebSocket, claims: TokenClaims, hello: Hello): void {
  const group = hello.group;
  const device = typeof hello.device === 'string' ? hello.device.slice(0, 128) : 'unknown';
  const presence = (state: PresenceState) => {
    const message: Presence = {
      kind: 'presence',
      group,
      learner: claims.learner as string,
      device,
      state,
      at: Date.now(),
    };
    ctx.presence.set(message);
    ctx.bus.publish(group, message);
  };
  const unsubscribe = ctx.bus.subscribe(group, (message) => {
    if ((message as { kind?: string }).kind === 'command') send(socket, message);
  });
  send(socket, { kind: 'ready', group });
  presence('online');
  socket.on('message', (data) => {
    if (String(data).length > MAX_MESSAGE_BYTES) return;
    const message = parse(data);
    if (message?.kind === 'presence' && PRESENCE_STATES.includes(message.state as PresenceState))
      presence(message.state as PresenceState);
  });
  socket.on('close', () => {
    unsubscribe();
    presence('offline');
  });
}

async function tutor(ctx: HubContext, socket: WebSocket, hello: Hello): Promise<void> {
  const group = hello.group;
  // Subscribe before reading, hold live messages until catch-up is sent, then drop what it covered.
  let held: unknown[] | undefined = [];
  let cursor = Number.isSafeInteger(hello.since) && (hello.since as number) >= 0 ? (hello.since as number) : 0;
  const deliver = (message: unknown) => {
    const m = message as { kind?: string; cursor?: number };
    if (m.kind === 'command') return;
    if (m.kind === 'events') {
      if ((m.cursor ?? 0) <= cursor) return;
      cursor = m.cursor ?? cursor;
    }
    send(socket, message);
  };
  const unsubscribe = ctx.bus.subscribe(group, (message) => (held ? held.push(message) : deliver(message)));
  socket.on('close', unsubscribe);
  socket.on('message', (data) => {
    if (String(data).length > MAX_MESSAGE_BYTES) return;
    const message = parse(data);
    if (message?.kind === 'command' && typeof message.command === 'object' && message.command !== null)
      ctx.bus.publish(group, { kind: 'command', group, command: message.command, at: Date.now() });
  });
  send(socket, { kind: 'ready', group, presence: ctx.presence.of(group) });
  for (;;) {
    const page = await ctx.storage.readEvents(group, cursor, CATCH_UP_PAGE);
    if (page.length === 0) break;
    cursor = page.at(-1)?.cursor ?? cursor;
    send(socket, { kind: 'events', group, events: page.map((p) => p.event), cursor, catchUp: true });
    if (page.length < CATCH_UP_PAGE) break;
  }
  const pending = held;
  held = undefined;
  for (const message of pending) deliver(message);
}
