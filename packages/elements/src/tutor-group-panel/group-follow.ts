/**
 * Follows a group: loads its events from the store, then keeps up with the live channel (events
 * and presence) and the store's own notifications (appends in other tabs). Events are kept once
 * by id, so hearing the same event on both paths changes nothing.
 */
import type { TutorEvent } from '@tutorkit/core';
import type { LiveChannel, PresenceState } from '@tutorkit/sync';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The part of an event store the panel needs (`@tutorkit/sync` stores have it). */
export interface GroupStore {
  append(events: readonly TutorEvent[]): Promise<void>;
  read(): Promise<TutorEvent[]>;
  subscribe?(listener: (events: readonly TutorEvent[]) => void): () => void;
}

export interface Presence {
  readonly state: PresenceState;
  readonly at: number;
}

export interface GroupSource {
  readonly group: string;
  readonly store: GroupStore | undefined;
  readonly channel: LiveChannel | undefined;
}

export class GroupFollower implements ReactiveController {
  readonly #host: ReactiveControllerHost & GroupSource;
  readonly #events = new Map<string, TutorEvent>();
  readonly #presence = new Map<string, Presence>();
  #list: TutorEvent[] = [];
  #dirty = false;
  #key: readonly unknown[] = [];
  #stops: (() => void)[] = [];
  #loading: Promise<void> = Promise.resolve();
  /** Set when the store could not be read. */
  error: string | undefined;
  loaded = false;

  constructor(host: ReactiveControllerHost & GroupSource) {
    this.#host = host;
    host.addController(this);
  }

  /** Resolves when the group's stored events are loaded. */
  get ready(): Promise<void> {
    return this.#loading;
  }

  /** The group's events (each once). */
  get events(): readonly TutorEvent[] {
    if (this.#dirty) {
      this.#list = [...this.#events.values()];
      this.#dirty = false;
    }
    return this.#list;
  }

  /** The latest presence per learner. */
  get presence(): ReadonlyMap<string, Presence> {
    return this.#presence;
  }

  /** Adds events (from the store, the channel, or the tutor's own actions). */
  add(events: readonly TutorEvent[]): void {
    let changed = false;
    for (const event of events) {
      if (event.group !== this.#host.group || this.#events.has(event.id)) continue;
      this.#events.set(event.id, event);
      changed = true;
    }
    if (changed) {
      this.#dirty = true;
      this.#host.requestUpdate();
    }
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#stop();
    this.#key = [];
  }

  /** Re-follows when the group, store or channel changed (called on every update). */
  sync(): void {
    const { group, store, channel } = this.#host;
    const key = [group, store, channel];
    if (key.every((v, i) => v === this.#key[i])) return;
    this.#stop();
    this.#key = key;
    this.#events.clear();
    this.#presence.clear();
    this.#dirty = true;
    this.loaded = false;
    this.error = undefined;
    if (channel) {
      this.#stops.push(
        channel.subscribe((message) => {
          if (message.kind === 'events') this.add(message.events);
          else if (message.kind === 'presence') {
            this.#presence.set(message.learner, { state: message.state, at: message.at });
            this.#host.requestUpdate();
          }
        }),
      );
    }
    if (!store) return;
    if (store.subscribe) this.#stops.push(store.subscribe((events) => this.add(events)));
    this.#loading = store.read().then(
      (events) => {
        this.add(events);
        this.loaded = true;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.error = error instanceof Error ? error.message : String(error);
        this.#host.requestUpdate();
      },
    );
  }

  #stop(): void {
    for (const stop of this.#stops.splice(0)) stop();
  }
}
