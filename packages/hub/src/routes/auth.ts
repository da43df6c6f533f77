/**
 * Sign-in (staff), first-run setup, and joining a group (students): each issues a short-lived
 * token, each is rate limited per address.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { checkSetupCode, finishSetup } from '../auth/first-run.js';
import { authenticate, HttpError } from '../auth/guard.js';
import { hashPassword, normalizeCode, verifyPassword } from '../auth/passwords.js';
import type { HubContext } from '../context.js';

const USERNAME = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._@-]+$' } as const;
const PASSWORD = { type: 'string', minLength: 1, maxLength: 256 } as const;
const NEW_PASSWORD = { type: 'string', minLength: 10, maxLength: 256 } as const;
const CODE = { type: 'string', minLength: 1, maxLength: 32 } as const;

/** A learner reference for a pseudonym: opaque, never derived from the name. */
export function newLearnerRef(): string {
  return `l-${randomBytes(8).toString('hex')}`;
}

export function registerAuthRoutes(app: FastifyInstance, ctx: HubContext): void {
  const limited = { rateLimit: { max: ctx.limits.authPerMinute, timeWindow: '1 minute' } };

  app.post<{ Body: { code: string; username: string; password: string } }>(
    '/api/setup',
    {
      config: limited,
      schema: {
        body: {
          type: 'object',
          required: ['code', 'username', 'password'],
          additionalProperties: false,
          properties: { code: CODE, username: USERNAME, password: NEW_PASSWORD },
        },
      },
    },
    async (request) => {
      if (!(await checkSetupCode(ctx.storage, request.body.code)))
        throw new HttpError(
          403,
          'bad-setup-code',
          'that setup code is wrong, used or expired: restart the hub for a new one',
        );
      const id = `u-${randomBytes(8).toString('hex')}`;
      await ctx.storage.createUser({
        id,
        username: request.body.username,
        role: 'admin',
        passwordHash: await hashPassword(request.body.password),
      });
      await finishSetup(ctx.storage);
      ctx.log.info({ user: id }, 'first admin created');
      return { token: await ctx.tokens.sign({ role: 'admin', sub: id }), role: 'admin' };
    },
  );

  app.post<{ Body: { username: string; password: string } }>(
    '/api/auth/signin',
    {
      config: limited,
      schema: {
        body: {
          type: 'object',
          required: ['username', 'password'],
          additionalProperties: false,
          properties: { username: USERNAME, password: PASSWORD },
        },
      },
    },
    async (request) => {
      const user = await ctx.storage.findUser(request.body.username);
      // Verify against a dummy hash for unknown names so timing does not tell which names exist.
      const ok = await verifyPassword(request.body.password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !ok) {
        request.log.warn({ username: request.body.username }, 'sign-in failed');
        throw new HttpError(401, 'bad-credentials', 'wrong username or password');
      }
      return { token: await ctx.tokens.sign({ role: user.role, sub: user.id }), role: user.role, user: user.id };
    },
  );

  app.post('/api/auth/refresh', async (request) => {
    const claims = await authenticate(ctx, request);
    return { token: await ctx.tokens.sign(claims) };
  });

  /** Step 1 of joining: the code names a group; the answer is its roster (names to pick from). */
  app.post<{ Body: { code: string } }>(
    '/api/join',
    {
      config: limited,
      schema: {
        body: { type: 'object', required: ['code'], additionalProperties: false, properties: { code: CODE } },
      },
    },
    async (request) => {
      const group = await groupForCode(ctx, request.body.code);
      const roster = await ctx.storage.roster(group.id);
      return {
        group: { id: group.id, name: group.name },
        roster: roster.map((r) => ({ learner: r.learner, name: r.name })),
        room: roster.length < ctx.limits.groupSize,
      };
    },
  );

  /** Step 2: a name from the roster, or a pseudonym that joins the roster; the answer is a seat token. */
  app.post<{ Body: { code: string; learner?: string; pseudonym?: string } }>(
    '/api/join/seat',
    {
      config: limited,
      schema: {
        body: {
          type: 'object',
          required: ['code'],
          additionalProperties: false,
          properties: {
            code: CODE,
            learner: { type: 'string', minLength: 1, maxLength: 128 },
            pseudonym: { type: 'string', minLength: 1, maxLength: 40 },
          },
        },
      },
    },
    async (request) => {
      const group = await groupForCode(ctx, request.body.code);
      const roster = await ctx.storage.roster(group.id);
      let learner: string;
      if (request.body.learner !== undefined) {
        if (!roster.some((r) => r.learner === request.body.learner))
          throw new HttpError(404, 'not-in-roster', 'that name is not on this group’s roster');
        learner = request.body.learner;
      } else if (request.body.pseudonym !== undefined) {
        learner = newLearnerRef();
        const name = request.body.pseudonym.trim();
        if (!name) throw new HttpError(400, 'bad-pseudonym', 'the pseudonym is empty');
        if (!(await ctx.storage.addToRoster(group.id, [{ learner, group: group.id, name }], ctx.limits.groupSize)))
          throw new HttpError(409, 'group-full', `this group already has ${ctx.limits.groupSize} students`);
      } else throw new HttpError(400, 'no-learner', 'pick a name from the roster or give a pseudonym');
      const token = await ctx.tokens.sign({ role: 'student', sub: learner, group: group.id, learner });
      const name = (await ctx.storage.roster(group.id)).find((r) => r.learner === learner)?.name;
      return {
        token,
        group: { id: group.id, name: group.name, pack: group.pack, assignment: group.assignment, plan: group.plan },
        learner,
        name,
      };
    },
  );
}

async function groupForCode(ctx: HubContext, input: string) {
  const group = await ctx.storage.findGroupByJoinCode(normalizeCode(input));
  if (!group || group.joinExpiresAt <= Date.now())
    throw new HttpError(404, 'bad-join-code', 'that join code is wrong or has expired: ask your tutor');
  return group;
}

const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
