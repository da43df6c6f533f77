/** Health, packs (open content: served to any seat), and the signed-in user's groups. */
import { slicePack } from '@tutorkit/core';
import type { FastifyInstance } from 'fastify';
import { authenticate, canReadGroup, HttpError } from '../auth/guard.js';
import type { HubContext } from '../context.js';

export function registerInfoRoutes(app: FastifyInstance, ctx: HubContext): void {
  app.get('/health', async () => ({
    status: 'ok',
    uptimeSeconds: Math.round(process.uptime()),
    events: await ctx.storage.countEvents(),
    packs: ctx.packs.size,
  }));

  app.get('/api/packs', async () =>
    [...ctx.packs.values()].map(({ pack }) => ({
      id: pack.id,
      version: pack.version,
      title: pack.title,
      assignments: (pack.assignments ?? []).map((a) => ({ id: a.id, title: a.title, kind: a.kind })),
      plans: (pack.plans ?? []).map((p) => ({ id: p.id, title: p.title })),
    })),
  );

  // `?assignment=…&plan=…` (repeatable) serves only what those use: a seat practising one skill
  // builder loads kilobytes instead of the whole curriculum. Slices are cached per pack and key.
  const slices = new Map<string, string>();
  app.get<{ Params: { id: string }; Querystring: { assignment?: string | string[]; plan?: string | string[] } }>(
    '/packs/:id',
    async (request, reply) => {
      const id = request.params.id.replace(/\.json$/, '');
      const loaded = ctx.packs.get(id);
      if (!loaded) throw new HttpError(404, 'unknown-pack', `no pack "${id}" on this hub`);
      const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
      const assignments = list(request.query.assignment);
      const plans = list(request.query.plan);
      reply.type('application/json').header('cache-control', 'no-cache');
      if (assignments.length === 0 && plans.length === 0) return reply.send(loaded.text);
      const key = JSON.stringify([id, [...assignments].sort(), [...plans].sort()]);
      let text = slices.get(key);
      if (text === undefined) {
        const slice = slicePack(loaded.pack, { assignments, plans });
        if (slice.problems.length === 0)
          throw new HttpError(404, 'unknown-assignment', `pack "${id}" has none of those assignments or plans`);
        text = JSON.stringify(slice);
        if (slices.size < 1000) slices.set(key, text);
      }
      return reply.send(text);
    },
  );

  /** The groups the token may read, with rosters (names are shown to their tutors only). */
  app.get('/api/me/groups', async (request) => {
    const claims = await authenticate(ctx, request, ['tutor', 'admin']);
    const groups = [];
    for (const group of await ctx.storage.listGroups()) {
      if (!(await canReadGroup(ctx, claims, group.id))) continue;
      const { joinCode, joinExpiresAt, ...rest } = group;
      groups.push({ ...rest, joinCode, joinExpiresAt, roster: await ctx.storage.roster(group.id) });
    }
    return groups;
  });
}
