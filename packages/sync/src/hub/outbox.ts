/**
 * The device's outbox to the hub (tier T1): the local store stays the source of truth; the outbox
 * sends the events the hub has not acknowledged, in batches, when something is appended, when the
 * device comes back online, on a timer with backoff after failures, and on page hide (a
 * `keepalive` request that outlives the page). Acknowledgements are recorded durably before they
 * count; rejected events stay in the store, listed with the hub's reason.
 */
import type { TutorEvent } from '@tutorkit/core';
import type { EventFilter, EventStore } from '../types.js';
import type { AckLog, RejectedEvent } from './ack-log.js';

export type OutboxState = 'idle' | 'sending' | 'offline' | 'unauthorized' | 'forbidden' | 'stopped';

export interface OutboxStatus {
  readonly state: OutboxState;
  /** Events in the store not yet acknowledged (nor rejected). */
  readonly pending: number;
  readonly acked: number;
  readonly rejected: readonly RejectedEvent[];
  /** The last error the hub or the network gave, for people. */
  readonly lastError?: string;
}

export interface HubOutboxOptions {
  readonly store: Pick<EventStore, 'read' | 'subscribe'>;
  /** The hub's base URL, e.g. `http://10.0.0.5:8787`, or '' for the page's own origin. */
  readonly hub: string;
  /** The current bearer token (called before each request, so it can be refreshed). */
  readonly token: () => string | Promise<string>;
  readonly acks: AckLog;
  /** Which of the store's events to send (e.g. this seat's learner). */
  readonly filter?: EventFilter;
  readonly batchSize?: number;
  readonly fetch?: typeof fetch;
  readonly retryMinMs?: number;
  readonly retryMaxMs?: number;
  /** Listens to `online`, `pagehide` and `visibilitychange` here (default: globalThis when it is a window). */
  readonly events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

interface AckReply {
  stored?: string[];
  duplicate?: string[];
  rejected?: { id?: string; index: number; reason: string }[];
  message?: string;
}

/** A keepalive request body may not exceed 64 KiB in browsers. */
const KEEPALIVE_BYTES = 60 * 1024;

export class HubOutbox {
  readonly #o: Required<Omit<HubOutboxOptions, 'filter' | 'events'>> & Pick<HubOutboxOptions, 'filter' | 'events'>;
  #acked = new Set<string>();
  #rejected = new Map<string, string>();
  #state: OutboxState = 'idle';
  #pending = 0;
  #lastError: string | undefined;
  #batchSize: number;
  #running: Promise<void> | undefined;
  #again = false;
  #retryMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: (() => void) | undefined;
  #listeners = new Set<(status: OutboxStatus) => void>();
  #started: Promise<void> | undefined;

  constructor(options: HubOutboxOptions) {
    this.#o = {
      batchSize: 100,
      fetch: globalThis.fetch.bind(globalThis),
      retryMinMs: 500,
      retryMaxMs: 30_000,
      ...options,
    };
    this.#batchSize = this.#o.batchSize;
    this.#retryMs = this.#o.retryMinMs;
  }

  /** Loads the acknowledgements, starts listening, and flushes. */
  start(): Promise<void> {
    this.#started ??= (async () => {
      const state = await this.#o.acks.load();
      this.#acked = new Set(state.acked);
      this.#rejected = new Map(state.rejected);
      this.#unsubscribe = this.#o.store.subscribe(() => void this.flush());
      const target = this.#o.events ?? (typeof window === 'undefined' ? undefined : window);
      target?.addEventListener('online', this.#onOnline);
      target?.addEventListener('pagehide', this.#onHide);
      target?.addEventListener('visibilitychange', this.#onHide);
      await this.flush();
    })();
    return this.#started;
  }

  /** Stops listening and retrying (events stay in the store). */
  stop(): void {
    this.#state = 'stopped';
    clearTimeout(this.#timer);
    this.#unsubscribe?.();
    const target = this.#o.events ?? (typeof window === 'undefined' ? undefined : window);
    target?.removeEventListener('online', this.#onOnline);
    target?.removeEventListener('pagehide', this.#onHide);
    target?.removeEventListener('visibilitychange', this.#onHide);
  }

  status(): OutboxStatus {
    return {
      state: this.#state,
      pending: this.#pending,
      acked: this.#acked.size,
      rejected: [...this.#rejected].map(([id, reason]) => ({ id, reason })),
      ...(this.#lastError ? { lastError: this.#lastError } : {}),
    };
  }

  /** Calls `listener` on every status change. Returns an unsubscribe function. */
  onStatus(listener: (status: OutboxStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Sends everything unacknowledged; resolves when done or when sending failed (a retry is scheduled). */
  flush(): Promise<void> {
    if (this.#state === 'stopped') return Promise.resolve();
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    clearTimeout(this.#timer);
    this.#running = this.#run().finally(() => {
      this.#running = undefined;
      if (this.#again) {
        this.#again = false;
        void this.flush();
      }
    });
    return this.#running;
  }

  readonly #onOnline = () => {
    this.#retryMs = this.#o.retryMinMs;
    void this.flush();
  };

  readonly #onHide = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'visible') return;
    void this.#sendOnHide();
  };

  async #unacknowledged(): Promise<TutorEvent[]> {
    const events = await this.#o.store.read(this.#o.filter);
    const out = events.filter((e) => !this.#acked.has(e.id) && !this.#rejected.has(e.id));
    this.#pending = out.length;
    return out;
  }

  #emit(state: OutboxState, error?: string): void {
    if (this.#state !== 'stopped') this.#state = state;
    if (error !== undefined) this.#lastError = error;
    const status = this.status();
    for (const listener of [...this.#listeners]) listener(status);
  }

  async #run(): Promise<void> {
    for (;;) {
      if (this.#state === 'stopped') return;
      const pending = await this.#unacknowledged();
      if (pending.length === 0) return this.#emit('idle');
      this.#emit('sending');
      const batch = pending.slice(0, this.#batchSize);
      let response: Response;
      try {
        response = await this.#post(batch, false);
      } catch (error) {
        return this.#retryLater('offline', `network: ${(error as Error)?.message ?? error}`);
      }
      const reply = (await response.json().catch(() => ({}))) as AckReply;
      if (response.status === 200 || response.status === 422) {
        await this.#record(batch, reply);
        this.#retryMs = this.#o.retryMinMs;
        continue;
      }
      const reason = reply.message ?? `HTTP ${response.status}`;
      if (response.status === 401) return this.#emit('unauthorized', reason);
      if (response.status === 403) return this.#emit('forbidden', reason);
      if (response.status === 413 || response.status === 400) {
        if (batch.length > 1) {
          this.#batchSize = Math.max(1, Math.ceil(batch.length / 2));
          continue;
        }
        // One event the hub will never take: keep it, listed with the reason.
        await this.#o.acks.record([], [{ id: (batch[0] as TutorEvent).id, reason }]);
        this.#rejected.set((batch[0] as TutorEvent).id, reason);
        this.#batchSize = this.#o.batchSize;
        continue;
      }
      return this.#retryLater('offline', reason);
    }
  }

  async #record(batch: readonly TutorEvent[], reply: AckReply): Promise<void> {
    const acked = [...(reply.stored ?? []), ...(reply.duplicate ?? [])];
    const rejected: RejectedEvent[] = (reply.rejected ?? []).map((r) => ({
      id: r.id ?? (batch[r.index] as TutorEvent).id,
      reason: r.reason,
    }));
    await this.#o.acks.record(acked, rejected);
    for (const id of acked) this.#acked.add(id);
    for (const r of rejected) this.#rejected.set(r.id, r.reason);
  }

  #retryLater(state: OutboxState, error: string): void {
    this.#emit(state, error);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#retryMs);
    this.#retryMs = Math.min(this.#o.retryMaxMs, this.#retryMs * 2);
  }

  async #post(batch: readonly TutorEvent[], keepalive: boolean): Promise<Response> {
    return this.#o.fetch(`${this.#o.hub}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.#o.token()}` },
      body: JSON.stringify({ events: batch }),
      keepalive,
    });
  }

  /** On page hide: one keepalive request with what fits in 64 KiB; acknowledged if the page lives on. */
  async #sendOnHide(): Promise<void> {
    const pending = await this.#unacknowledged();
    const batch: TutorEvent[] = [];
    let bytes = 20;
    for (const event of pending.slice(0, this.#batchSize)) {
      bytes += JSON.stringify(event).length + 1;
      if (bytes > KEEPALIVE_BYTES) break;
      batch.push(event);
    }
    if (batch.length === 0) return;
    try {
      const response = await this.#post(batch, true);
      if (response.status === 200 || response.status === 422)
        await this.#record(batch, (await response.json()) as AckReply);
    } catch {
      // the next flush sends them again; the hub stores them once
    }
  }
}
