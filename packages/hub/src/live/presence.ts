/** Who is on which seat right now: kept in memory only, never stored (presence is not an event). */
export type PresenceState = 'online' | 'idle' | 'typing' | 'offline';

export const PRESENCE_STATES: readonly PresenceState[] = ['online', 'idle', 'typing', 'offline'];

export interface Presence {
  readonly kind: 'presence';
  readonly group: string;
  readonly learner: string;
  readonly device: string;
  readonly state: PresenceState;
  readonly at: number;
}

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
