/**
 * Ingest (POST /api/events) and catch-up reads (GET /api/groups/:group/events). A batch is
 * refused as a whole (4xx, nothing stored) when it is malformed, too large, or holds an event the
 * token may not write; otherwise each valid event is stored idempotently and the answer lists
 * the ids stored, the ids already there and the events rejected with their reasons.
 */
import { checkEvent, type TutorEvent } from '@tutorkit/core';
import type { FastifyInstance } from 'fastify';
import { authenticate, canReadGroup, HttpError } from '../auth/guard.js';
import type { HubContext } from '../context.js';
import { writeRefusal } from '../ingest/authorize.js';

export interface Rejection {
  readonly index: number;
  readonly id?: string;
  readonly reason: string;
}

export function registerEventRoutes(app: FastifyInstance, ctx: HubContext): void {
  const { maxBatchEvents, maxEventBytes } = ctx.limits;

  app.post<{ Body: unknown }>(
    '/api/events',
    {
      bodyLimit: ctx.limits.maxBatchBytes,
      config: {
        rateLimit: {
          max: ctx.limits.ingestPerMinute,
          timeWindow: '1 minute',
          keyGenerator: (request) => request.headers.authorization ?? request.ip,
        },
      },
    },
    async (request, reply) => {
      const claims = await authenticate(ctx, request);
      const body = request.body as { events?: unknown } | null;
      const list = body && typeof body === 'object' && !Array.isArray(body) ? body.events : undefined;
      if (!Array.isArray(list))
        throw new HttpError(400, 'malformed-batch', 'expected a JSON object { "events": [...] }');
      if (list.length === 0) throw new HttpError(400, 'empty-batch', 'the batch has no events');
      if (list.length > maxBatchEvents)
        throw new HttpError(
          413,
          'batch-too-large',
          `a batch holds at most ${maxBatchEvents} events, got ${list.length}`,
        );

      const valid: TutorEvent[] = [];
      const rejected: Rejection[] = [];
      const refused: Rejection[] = [];
      const readable = new Map<string, boolean>();
      for (const [index, item] of list.entries()) {
        const id = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : undefined;
        const size = Buffer.byteLength(JSON.stringify(item) ?? '');
        const check =
          size > maxEventBytes
            ? { ok: false as const, reason: `too large: ${size} bytes, at most ${maxEventBytes}` }
            : checkEvent(item);
        if (!check.ok) {
          rejected.push({ index, ...(id ? { id } : {}), reason: check.reason });
          continue;
        }
        const refusal = await writeRefusal(ctx, claims, check.event, readable);
        if (refusal) refused.push({ index, ...(id ? { id } : {}), reason: refusal });
        else valid.push(check.event);
      }
      if (refused.length > 0) {
        request.log.warn({ role: claims.role, sub: claims.sub, refused: refused.length }, 'batch refused');
        return reply.code(403).send({
          error: 'forbidden',
          message: `nothing stored: ${refused[0]?.reason}`,
          refused,
        });
      }
      const result = valid.length > 0 ? await ctx.storage.appendEvents(valid) : { stored: [], duplicate: [] };
      publishStored(ctx, result.stored);
      return reply.code(valid.length === 0 ? 422 : 200).send({
        stored: result.stored.map((s) => s.event.id),
        duplicate: result.duplicate,
        rejected,
      });
    },
  );

  app.get<{ Params: { group: string }; Querystring: { since?: number; limit?: number } }>(
    '/api/groups/:group/events',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            since: { type: 'integer', minimum: 0 },
            limit: { type: 'integer', minimum: 1, maximum: 5000 },
          },
        },
      },
    },
    async (request) => {
      const claims = await authenticate(ctx, request);
      const { group } = request.params;
      let learner: string | undefined;
      if (claims.role === 'student') {
        // A student may read back their own events (a new device resuming), nothing else.
        if (claims.group !== group) throw new HttpError(403, 'forbidden', 'a student may read only their own group');
        learner = claims.learner;
      } else if (!(await canReadGroup(ctx, claims, group)))
        throw new HttpError(403, 'forbidden', 'a tutor may read only the groups they tutor');
      const since = request.query.since ?? 0;
      const limit = request.query.limit ?? 1000;
      const rows = await ctx.storage.readEvents(group, since, limit + 1, learner);
      const page = rows.slice(0, limit);
      return {
        events: page.map((r) => r.event),
        cursor: page.at(-1)?.cursor ?? since,
        more: rows.length > limit,
      };
    },
  );
}

/** Tells the group's live sockets about newly stored events, one message per group. */
function publishStored(ctx: HubContext, stored: readonly { cursor: number; event: TutorEvent }[]): void {
  const byGroup = new Map<string, { cursor: number; event: TutorEvent }[]>();
  for (const item of stored) {
    const list = byGroup.get(item.event.group) ?? [];
    list.push(item);
    byGroup.set(item.event.group, list);
  }
  for (const [group, items] of byGroup)
    ctx.bus.publish(group, {
      kind: 'events',
      group,
      events: items.map((i) => i.event),
      cursor: items.at(-1)?.cursor ?? 0,
    });
}
