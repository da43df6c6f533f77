/** Health, packs (open content: served to any seat), and the signed-in user's groups. */
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

  app.get<{ Params: { id: string } }>('/packs/:id', async (request, reply) => {
    const id = request.params.id.replace(/\.json$/, '');
    const loaded = ctx.packs.get(id);
    if (!loaded) throw new HttpError(404, 'unknown-pack', `no pack "${id}" on this hub`);
    return reply.type('application/json').header('cache-control', 'no-cache').send(loaded.text);
  });

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
