/**
 * The hub's live channel (tier T1) behind the shared {@link LiveChannel} contract: a WebSocket to
 * `/api/live` that authenticates with its first message, resumes from the last cursor it saw after
 * a reconnect (the hub sends what was missed), and re-announces the seat's presence.
 */
import { type LiveChannel, type LiveListener, type LiveMessageInput, readLiveMessage } from '../live.js';

export type HubLiveState = 'connecting' | 'open' | 'closed' | 'unauthorized' | 'forbidden';

export interface HubLiveChannelOptions {
  /** The hub's base URL (`http://10.0.0.5:8787`), or '' for the page's own origin. */
  readonly hub: string;
  readonly group: string;
  readonly token: () => string | Promise<string>;
  /** This device's id (stamped on the seat's presence by the hub). */
  readonly device?: string;
  /** Catch up from this cursor on the first connection (tutors). */
  readonly since?: number;
  readonly WebSocket?: typeof WebSocket;
  readonly reconnectMs?: number;
  readonly onState?: (state: HubLiveState) => void;
}

function socketUrl(hub: string): string {
  const base = hub || (typeof location === 'undefined' ? '' : location.origin);
  return `${base.replace(/^http/, 'ws')}/api/live`;
}

export class HubLiveChannel implements LiveChannel {
  readonly group: string;
  readonly #o: HubLiveChannelOptions;
  readonly #listeners = new Set<LiveListener>();
  #socket: WebSocket | undefined;
  #cursor: number;
  #closed = false;
  #lastPresence: LiveMessageInput | undefined;
  #retryMs: number;

  constructor(options: HubLiveChannelOptions) {
    this.#o = options;
    this.group = options.group;
    this.#cursor = options.since ?? 0;
    this.#retryMs = options.reconnectMs ?? 500;
    void this.#connect();
  }

  /** The cursor of the last event received: what a reconnect resumes from. */
  get cursor(): number {
    return this.#cursor;
  }

  publish(message: LiveMessageInput): void {
    if (this.#closed) return;
    if (message.kind === 'presence') this.#lastPresence = message;
    const socket = this.#socket;
    if (socket?.readyState === 1) socket.send(JSON.stringify(message));
  }

  subscribe(listener: LiveListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    this.#closed = true;
    this.#listeners.clear();
    this.#socket?.close(1000);
    this.#o.onState?.('closed');
  }

  async #connect(): Promise<void> {
    if (this.#closed) return;
    this.#o.onState?.('connecting');
    const Socket = this.#o.WebSocket ?? globalThis.WebSocket;
    const socket = new Socket(socketUrl(this.#o.hub));
    this.#socket = socket;
    socket.addEventListener('open', async () => {
      const token = await this.#o.token();
      socket.send(
        JSON.stringify({
          kind: 'hello',
          token,
          group: this.group,
          since: this.#cursor,
          ...(this.#o.device ? { device: this.#o.device } : {}),
        }),
      );
    });
    socket.addEventListener('message', (event) => {
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(String(event.data));
      } catch {
        return;
      }
      if (data.kind === 'ready') {
        this.#retryMs = this.#o.reconnectMs ?? 500;
        this.#o.onState?.('open');
        if (this.#lastPresence) socket.send(JSON.stringify(this.#lastPresence));
        return;
      }
      if (data.kind === 'events' && typeof data.cursor === 'number') this.#cursor = Math.max(this.#cursor, data.cursor);
      const message = readLiveMessage(data, this.group);
      if (message) for (const listener of [...this.#listeners]) listener(message);
    });
    socket.addEventListener('close', (event) => {
      if (this.#closed) return;
      if (event.code === 4401) return this.#o.onState?.('unauthorized');
      if (event.code === 4403) return this.#o.onState?.('forbidden');
      this.#o.onState?.('connecting');
      setTimeout(() => void this.#connect(), this.#retryMs);
      this.#retryMs = Math.min(10_000, this.#retryMs * 2);
    });
  }
}
