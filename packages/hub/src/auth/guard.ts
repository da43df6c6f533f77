/**
 * Who is asking, and may they: reads the bearer token, and answers the two questions of the
 * house rules — students write only their own events, tutors read only their groups.
 */
import type { FastifyRequest } from 'fastify';
import type { HubContext } from '../context.js';
import { type Role, type TokenClaims, TokenError } from './tokens.js';

/** A 4xx with a stable code and a reason for people. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/** The verified claims of the request's token; 401 without a valid one, 403 for another role. */
export async function authenticate(ctx: HubContext, request: FastifyRequest, roles?: readonly Role[]) {
  const token = bearer(request);
  if (!token) throw new HttpError(401, 'unauthenticated', 'sign in first: no bearer token');
  let claims: TokenClaims;
  try {
    claims = await ctx.tokens.verify(token);
  } catch (error) {
    if (error instanceof TokenError) throw new HttpError(401, 'unauthenticated', error.message);
    throw error;
  }
  if (roles && !roles.includes(claims.role))
    throw new HttpError(403, 'forbidden', `this needs the role ${roles.join(' or ')}, not ${claims.role}`);
  return claims;
}

/** Whether `claims` may read every event of `group`. */
export async function canReadGroup(ctx: HubContext, claims: TokenClaims, group: string): Promise<boolean> {
  if (claims.role === 'admin') return true;
  if (claims.role !== 'tutor') return false;
  if (claims.groups?.includes(group)) return true;
  return (await ctx.storage.getGroup(group))?.tutors.includes(claims.sub) ?? false;
}
