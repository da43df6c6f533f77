/** Who is on which seat right now: kept in memory only, never stored (presence is not an event). */
import type { LivePresenceMessage } from '@tutorkit/sync';

export { PRESENCE_STATES, type PresenceState } from '@tutorkit/sync';

/** A seat's presence, as the live channel of every tier carries it. */
export type Presence = LivePresenceMessage;

export class PresenceBoard {
  readonly #groups = new Map<string, Map<string, Presence>>();

  set(presence: Presence): void {
    let group = this.#groups.get(presence.group);
    if (!group) {
      group = new Map();
      this.#groups.set(presence.group, group);
    }
    group.set(`${presence.learner}\u0000${presence.device}`, presence);
  }

  of(group: string): Presence[] {
    return [...(this.#groups.get(group)?.values() ?? [])];
  }
}
