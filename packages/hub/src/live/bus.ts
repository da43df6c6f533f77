/**
 * Live fan-out of a group's messages to the sockets of its members. In one process (T1) this is
 * a map of listeners; a Redis pub/sub implementation of the same interface spans hubs (T2).
 */
export type BusListener = (message: unknown) => void;

export interface LiveBus {
  publish(group: string, message: unknown): void;
  subscribe(group: string, listener: BusListener): () => void;
}

export class InProcessBus implements LiveBus {
  readonly #groups = new Map<string, Set<BusListener>>();

  publish(group: string, message: unknown): void {
    for (const listener of this.#groups.get(group) ?? []) listener(message);
  }

  subscribe(group: string, listener: BusListener): () => void {
    let listeners = this.#groups.get(group);
    if (!listeners) {
      listeners = new Set();
      this.#groups.set(group, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#groups.delete(group);
    };
  }
}
