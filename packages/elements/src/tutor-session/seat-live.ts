/**
 * The seat's side of the live channel: it publishes the seat's presence (online, typing while the
 * answer box has text, idle after a while without input, offline when it goes away) and the
 * events it stored, and it hears the tutor's console: commands (start an assignment) and events
 * written for this learner on another device (an override, a reset).
 */
import type { TutorEvent } from '@tutorkit/core';
import type { LiveChannel, LiveCommand, PresenceState } from '@tutorkit/sync';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs from its seat. */
export interface LiveSeatHost extends ReactiveControllerHost, HTMLElement {
  readonly channel: LiveChannel | undefined;
  readonly learner: string;
  readonly idleAfter: number;
  /** The session and device ids stamped on the seat's events, once known. */
  readonly liveIds: { readonly session: string; readonly device: string } | undefined;
  /** A command of the tutor's console. */
  obey(command: LiveCommand): void;
  /** Events for this learner written elsewhere (e.g. the tutor's override). */
  absorb(events: readonly TutorEvent[]): void;
}

/** Presence messages repeat at most this often while the state stays the same. */
const HEARTBEAT_MS = 5_000;

export class SeatLiveController implements ReactiveController {
  readonly #host: LiveSeatHost;
  #channel: LiveChannel | undefined;
  #unsubscribe: (() => void) | undefined;
  #state: PresenceState | undefined;
  #sentAt = 0;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: LiveSeatHost) {
    this.#host = host;
    host.addController(this);
  }

  readonly #onInput = (event: Event): void => {
    const source = event.composedPath()[0];
    const hasText =
      (source instanceof HTMLInputElement && source.type !== 'radio' && source.type !== 'checkbox') ||
      source instanceof HTMLTextAreaElement
        ? source.value.trim() !== ''
        : false;
    this.#activity(hasText ? 'typing' : 'online');
  };

  readonly #onSubmit = (): void => this.#activity('online');

  hostConnected(): void {
    this.#host.addEventListener('input', this.#onInput);
    this.#host.addEventListener('tutor-answer-submit', this.#onSubmit);
    this.sync();
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('input', this.#onInput);
    this.#host.removeEventListener('tutor-answer-submit', this.#onSubmit);
    this.#detach();
  }

  /** Follows the host's `channel` property (called on every update). */
  sync(): void {
    if (this.#host.channel === this.#channel) return;
    this.#detach();
    const channel = this.#host.channel;
    if (!channel || !this.#host.isConnected) return;
    this.#channel = channel;
    this.#unsubscribe = channel.subscribe((message) => {
      if (message.kind === 'command') this.#host.obey(message.command);
      else if (message.kind === 'events') {
        const mine = message.events.filter(
          (e) => e.learner === this.#host.learner && e.session !== this.#host.liveIds?.session,
        );
        if (mine.length > 0) this.#host.absorb(mine);
      }
    });
  }

  /** Announces the seat once it is ready. */
  ready(): void {
    this.#activity('online', true);
  }

  /** Publishes events the seat has just stored durably. */
  published(events: readonly TutorEvent[]): void {
    if (events.length > 0) this.#channel?.publish({ kind: 'events', events });
  }

  #activity(state: PresenceState, force = false): void {
    this.#send(state, force);
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => this.#send('idle', false), Math.max(0, this.#host.idleAfter));
  }

  #send(state: PresenceState, force: boolean): void {
    const channel = this.#channel;
    const device = this.#host.liveIds?.device;
    if (!channel || !device || !this.#host.learner) return;
    const now = Date.now();
    if (!force && state === this.#state && now - this.#sentAt < HEARTBEAT_MS) return;
    this.#state = state;
    this.#sentAt = now;
    channel.publish({ kind: 'presence', learner: this.#host.learner, device, state, at: now });
  }

  #detach(): void {
    clearTimeout(this.#idleTimer);
    if (this.#channel && this.#state !== undefined) this.#send('offline', true);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#channel = undefined;
    this.#state = undefined;
  }
}
