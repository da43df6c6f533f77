/** Creating groups and rotating their join codes. */
import { randomBytes } from 'node:crypto';
import { randomCode } from '../auth/passwords.js';
import type { HubContext } from '../context.js';
import type { Group } from '../storage/types.js';

export const JOIN_CODE_LENGTH = 6;

export async function newJoinCode(ctx: HubContext): Promise<{ code: string; expiresAt: number }> {
  for (;;) {
    const code = randomCode(JOIN_CODE_LENGTH);
    if (!(await ctx.storage.findGroupByJoinCode(code)))
      return { code, expiresAt: Date.now() + ctx.config.joinCodeTtlSeconds * 1000 };
  }
}

export async function createGroup(
  ctx: HubContext,
  input: { name: string; pack?: string; assignment?: string; plan?: string; tutors?: readonly string[] },
): Promise<Group> {
  const { code, expiresAt } = await newJoinCode(ctx);
  const group: Group = {
    id: `g-${randomBytes(6).toString('hex')}`,
    name: input.name,
    pack: input.pack ?? null,
    assignment: input.assignment ?? null,
    plan: input.plan ?? null,
    joinCode: code,
    joinExpiresAt: expiresAt,
    tutors: input.tutors ?? [],
  };
  await ctx.storage.createGroup(group);
  return group;
}

export async function rotateJoinCode(ctx: HubContext, id: string): Promise<Group | undefined> {
  if (!(await ctx.storage.getGroup(id))) return undefined;
  const { code, expiresAt } = await newJoinCode(ctx);
  await ctx.storage.setJoinCode(id, code, expiresAt);
  return ctx.storage.getGroup(id);
}
