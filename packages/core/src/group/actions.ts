/**
 * The tutor's actions on one learner, as events: the learner's seat is replayed from its events
 * and the action goes through the same engine as the student's own commands, so an override
 * completes the problem (with credit and mastery) exactly as the seat would.
 */
import type { TutorEvent } from '../events/types.js';
import { type Decision, decide, type SeatContext } from '../session/decide.js';
import { replaySeat } from '../session/state.js';

/** What the tutor can do for a learner from the console. */
export type TutorAction =
  /** Accept the learner's answer to the current problem, with the reason (e.g. "said 5/6 aloud"). */
  | { readonly type: 'override'; readonly reason: string }
  /** Unlock a skill builder locked by its daily limit. */
  | { readonly type: 'reset'; readonly assignment: string }
  | { readonly type: 'note'; readonly text: string }
  /** The tutor sat with the learner: what came before no longer asks for help. */
  | { readonly type: 'helped' };

/**
 * The events of a tutor action on `ctx.learner`, from that learner's events (in store order).
 * `ctx.session` and `ctx.device` are the tutor's; use one session per learner so that event ids
 * (session, device, sequence) never collide between learners.
 */
export function tutorActionEvents(
  learnerEvents: readonly TutorEvent[],
  action: TutorAction,
  tutor: string,
  ctx: SeatContext,
): Decision {
  const own = learnerEvents.filter((e) => e.learner === ctx.learner);
  const state = replaySeat(own, ctx);
  switch (action.type) {
    case 'override':
      return decide(state, { type: 'override', reason: action.reason, tutor }, ctx);
    case 'reset':
      return decide(state, { type: 'reset', assignment: action.assignment, tutor }, ctx);
    case 'note':
      return decide(state, { type: 'note', text: action.text, tutor }, ctx);
    case 'helped':
      return decide(state, { type: 'helped', tutor }, ctx);
  }
}
