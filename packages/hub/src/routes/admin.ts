/**
 * The program lead's API (admin tokens only): groups of up to four students, tutors, roster
 * import from CSV, packs and plans, join codes.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createGroup, rotateJoinCode } from '../admin/groups.js';
import { readRosterCsv } from '../admin/roster-csv.js';
import { authenticate, HttpError } from '../auth/guard.js';
import { hashPassword, randomSecret } from '../auth/passwords.js';
import type { HubContext } from '../context.js';
import type { GroupChanges } from '../storage/types.js';
import { newLearnerRef } from './auth.js';

const NAME = { type: 'string', minLength: 1, maxLength: 80 } as const;
const REF = { type: ['string', 'null'], minLength: 1, maxLength: 128 } as const;
const GROUP_FIELDS = {
  name: NAME,
  pack: REF,
  assignment: REF,
  plan: REF,
  tutors: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 64 } },
} as const;

export function registerAdminRoutes(app: FastifyInstance, ctx: HubContext): void {
  app.register(async (admin) => {
    admin.addHook('preHandler', async (request) => {
      await authenticate(ctx, request, ['admin']);
    });

    const checkChoices = async (body: GroupChanges) => {
      if (body.pack) {
        const pack = ctx.packs.get(body.pack)?.pack;
        if (!pack) throw new HttpError(400, 'unknown-pack', `no pack "${body.pack}" on this hub`);
        if (body.assignment && !pack.assignments?.some((a) => a.id === body.assignment))
          throw new HttpError(400, 'unknown-assignment', `pack "${body.pack}" has no assignment "${body.assignment}"`);
        if (body.plan && !pack.plans?.some((p) => p.id === body.plan))
          throw new HttpError(400, 'unknown-plan', `pack "${body.pack}" has no plan "${body.plan}"`);
      }
      for (const tutor of body.tutors ?? []) {
        const user = await ctx.storage.getUser(tutor);
        if (user?.role !== 'tutor') throw new HttpError(400, 'unknown-tutor', `no tutor with id "${tutor}"`);
      }
    };

    admin.get('/api/admin/groups', async () => {
      const groups = await ctx.storage.listGroups();
      return Promise.all(groups.map(async (g) => ({ ...g, roster: await ctx.storage.roster(g.id) })));
    });

    admin.post<{ Body: GroupChanges & { name: string } }>(
      '/api/admin/groups',
      {
        schema: {
          body: { type: 'object', required: ['name'], additionalProperties: false, properties: GROUP_FIELDS },
        },
      },
      async (request, reply) => {
        await checkChoices(request.body);
        const { name, pack, assignment, plan, tutors } = request.body;
        const group = await createGroup(ctx, {
          name,
          ...(pack ? { pack } : {}),
          ...(assignment ? { assignment } : {}),
          ...(plan ? { plan } : {}),
          ...(tutors ? { tutors } : {}),
        });
        return reply.code(201).send(group);
      },
    );

    admin.patch<{ Params: { id: string }; Body: GroupChanges }>(
      '/api/admin/groups/:id',
      { schema: { body: { type: 'object', additionalProperties: false, properties: GROUP_FIELDS } } },
      async (request) => {
        const current = await ctx.storage.getGroup(request.params.id);
        if (!current) throw new HttpError(404, 'unknown-group', 'no such group');
        await checkChoices({ pack: current.pack, ...request.body });
        return ctx.storage.updateGroup(request.params.id, request.body);
      },
    );

    admin.post<{ Params: { id: string } }>('/api/admin/groups/:id/join-code', async (request) => {
      const group = await rotateJoinCode(ctx, request.params.id);
      if (!group) throw new HttpError(404, 'unknown-group', 'no such group');
      return { joinCode: group.joinCode, joinExpiresAt: group.joinExpiresAt };
    });

    admin.post<{ Params: { id: string }; Body: { csv: string } }>(
      '/api/admin/groups/:id/roster',
      {
        schema: {
          body: {
            type: 'object',
            required: ['csv'],
            additionalProperties: false,
            properties: { csv: { type: 'string', maxLength: 64 * 1024 } },
          },
        },
      },
      async (request) => {
        const group = await ctx.storage.getGroup(request.params.id);
        if (!group) throw new HttpError(404, 'unknown-group', 'no such group');
        const result = readRosterCsv(request.body.csv);
        if (!result.ok) throw new HttpError(400, 'bad-csv', result.reason);
        const entries = result.students.map((s) => ({
          learner: s.learner ?? newLearnerRef(),
          group: group.id,
          name: s.name,
        }));
        let added: boolean;
        try {
          added = await ctx.storage.addToRoster(group.id, entries, ctx.limits.groupSize);
        } catch (error) {
          if (String(error).includes('UNIQUE'))
            throw new HttpError(409, 'duplicate-learner', 'a learner id is already on a roster');
          throw error;
        }
        if (!added)
          throw new HttpError(
            409,
            'group-full',
            `a group has at most ${ctx.limits.groupSize} students: nothing imported`,
          );
        return { roster: await ctx.storage.roster(group.id) };
      },
    );

    // A student who left: their name goes, their events (the school's record) stay.
    admin.delete<{ Params: { id: string; learner: string } }>(
      '/api/admin/groups/:id/roster/:learner',
      async (request, reply) => {
        const group = await ctx.storage.getGroup(request.params.id);
        if (!group) throw new HttpError(404, 'unknown-group', 'no such group');
        if (!(await ctx.storage.removeFromRoster(group.id, request.params.learner)))
          throw new HttpError(404, 'unknown-learner', 'that learner is not on this roster');
        return reply.code(200).send({ roster: await ctx.storage.roster(group.id) });
      },
    );

    // A tutor who forgot their password: a new one is generated and shown once to the admin.
    admin.post<{ Params: { id: string } }>('/api/admin/tutors/:id/password', async (request) => {
      const user = await ctx.storage.getUser(request.params.id);
      if (user?.role !== 'tutor') throw new HttpError(404, 'unknown-tutor', 'no such tutor');
      const password = randomSecret();
      await ctx.storage.setPassword(user.id, await hashPassword(password));
      return { id: user.id, username: user.username, password };
    });

    admin.get('/api/admin/tutors', async () =>
      (await ctx.storage.listUsers()).map((u) => ({ id: u.id, username: u.username, role: u.role })),
    );

    admin.post<{ Body: { username: string; password?: string } }>(
      '/api/admin/tutors',
      {
        schema: {
          body: {
            type: 'object',
            required: ['username'],
            additionalProperties: false,
            properties: {
              username: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._@-]+$' },
              password: { type: 'string', minLength: 10, maxLength: 256 },
            },
          },
        },
      },
      async (request, reply) => {
        if (await ctx.storage.findUser(request.body.username))
          throw new HttpError(409, 'username-taken', 'that username is taken');
        const password = request.body.password ?? randomSecret();
        const id = `u-${randomBytes(8).toString('hex')}`;
        await ctx.storage.createUser({
          id,
          username: request.body.username,
          role: 'tutor',
          passwordHash: await hashPassword(password),
        });
        // The generated password is shown once, to the admin who hands it over.
        return reply
          .code(201)
          .send({ id, username: request.body.username, ...(request.body.password ? {} : { password }) });
      },
    );
  });
}
