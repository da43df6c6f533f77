/**
 * Which events a token may write: a student only events of their own learner in their own group;
 * a tutor only tutor events (notes, overrides, resets, help, voids) in groups they tutor.
 */
import type { TutorEvent } from '@tutorkit/core';
import { canReadGroup } from '../auth/guard.js';
import type { TokenClaims } from '../auth/tokens.js';
import type { HubContext } from '../context.js';

const TUTOR_TYPES = new Set(['tutor.override', 'tutor.note', 'tutor.reset', 'tutor.helped', 'event.voided']);

/** Why `claims` may not write `event`, or undefined when it may. */
export async function writeRefusal(
  ctx: HubContext,
  claims: TokenClaims,
  event: TutorEvent,
  readable: Map<string, boolean>,
): Promise<string | undefined> {
  if (claims.role === 'student') {
    if (event.group !== claims.group) return `group: a student may write only to their own group`;
    if (event.learner !== claims.learner) return `learner: a student may write only their own events`;
    return undefined;
  }
  if (claims.role === 'tutor') {
    if (!TUTOR_TYPES.has(event.type)) return `type: a tutor may not write ${event.type} events`;
    let ok = readable.get(event.group);
    if (ok === undefined) {
      ok = await canReadGroup(ctx, claims, event.group);
      readable.set(event.group, ok);
    }
    return ok ? undefined : 'group: a tutor may write only to their own groups';
  }
  return `role: ${claims.role} tokens do not write events`;
}
