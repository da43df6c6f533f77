/**
 * The live channel of tier T0: a BroadcastChannel per group, shared by the tabs of one browser
 * profile and origin (a tutor tab and up to four student tabs on one device, no server).
 */
import { type LiveChannel, type LiveListener, type LiveMessageInput, readLiveMessage } from './live.js';

/** The BroadcastChannel name of a group's live channel. */
export function liveChannelName(group: string): string {
  return `tutorkit-live:${group}`;
}

/** A group's live channel between the tabs of one browser. */
export class BroadcastLiveChannel implements LiveChannel {
  readonly group: string;
  readonly #channel: BroadcastChannel;
  readonly #listeners = new Set<LiveListener>();
  #closed = false;

  constructor(group: string) {
    if (typeof group !== 'string' || group === '') throw new TypeError('a live channel needs a group');
    this.group = group;
    this.#channel = new BroadcastChannel(liveChannelName(group));
    this.#channel.onmessage = (event: MessageEvent) => {
      const message = readLiveMessage(event.data, this.group);
      if (!message) return;
      for (const listener of [...this.#listeners]) {
        try {
          listener(message);
        } catch (error) {
          // One faulty listener must not keep the others from hearing the group.
          globalThis.reportError?.(error);
        }
      }
    };
  }

  publish(message: LiveMessageInput): void {
    if (this.#closed) return;
    this.#channel.postMessage({ ...message, group: this.group });
  }

  subscribe(listener: LiveListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#listeners.clear();
    this.#channel.close();
  }
}
