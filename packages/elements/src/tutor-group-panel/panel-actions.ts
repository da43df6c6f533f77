/**
 * The tutor's actions as stored events: the learner's seat is replayed from the group's events,
 * core's engine writes the action's events, and they are stored durably before anyone hears of
 * them. Each panel writes under its own session, one per learner, so event ids never collide.
 */
import {
  mergeEvents,
  type Pack,
  type SeatContext,
  type TutorAction,
  type TutorEvent,
  tutorActionEvents,
  utcDay,
} from '@tutorkit/core';
import { deviceId } from '../tutor-session/seat-store.js';
import type { GroupStore } from './group-follow.js';

export interface ActionSetting {
  readonly pack: Pack;
  readonly store: GroupStore;
  readonly group: string;
  readonly tutor: string;
  /** The panel's session id. */
  readonly session: string;
  readonly utcOffset: number;
  readonly now: number;
  /** The group's events as the panel knows them. */
  readonly events: readonly TutorEvent[];
}

export type ActionResult = { ok: true; events: readonly TutorEvent[] } | { ok: false; reason: string };

/** Writes and stores the events of `action` on `learner`. */
export async function storeTutorAction(
  setting: ActionSetting,
  learner: string,
  action: TutorAction,
): Promise<ActionResult> {
  const ctx: SeatContext = {
    pack: setting.pack,
    dayOf: utcDay(setting.utcOffset),
    learner,
    group: setting.group,
    session: `${setting.session}.${learner}`,
    device: deviceId(),
    now: setting.now,
  };
  const own = mergeEvents(setting.events.filter((e) => e.learner === learner));
  const decision = tutorActionEvents(own, action, setting.tutor, ctx);
  if (!decision.ok) return { ok: false, reason: decision.message };
  try {
    await setting.store.append(decision.events);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, events: decision.events };
}
