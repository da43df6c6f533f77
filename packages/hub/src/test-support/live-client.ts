/** A live-channel client for tests and the bench (Node 20 has no global WebSocket). */
import WebSocket from 'ws';

export interface LiveClient {
  readonly socket: WebSocket;
  readonly messages: Record<string, unknown>[];
  /** Resolves with the first message (already received or later) that passes `test`. */
  next(test: (m: Record<string, unknown>) => boolean, ms?: number): Promise<Record<string, unknown>>;
  close(): void;
}

export function connectLive(
  url: string,
  hello: Record<string, unknown>,
  onMessage?: (m: Record<string, unknown>) => void,
) {
  return new Promise<LiveClient>((resolve, reject) => {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/api/live`);
    const messages: Record<string, unknown>[] = [];
    const waiters = new Set<(m: Record<string, unknown>) => void>();
    socket.on('message', (data) => {
      const m = JSON.parse(String(data)) as Record<string, unknown>;
      messages.push(m);
      onMessage?.(m);
      for (const w of [...waiters]) w(m);
    });
    socket.on('error', reject);
    socket.on('open', () => {
      socket.send(JSON.stringify({ kind: 'hello', ...hello }));
      resolve({
        socket,
        messages,
        next(test, ms = 5000) {
          const found = messages.find(test);
          if (found) return Promise.resolve(found);
          return new Promise((res, rej) => {
            const timer = setTimeout(() => {
              waiters.delete(waiter);
              rej(new Error('no such message'));
            }, ms);
            const waiter = (m: Record<string, unknown>) => {
              if (!test(m)) return;
              clearTimeout(timer);
              waiters.delete(waiter);
              res(m);
            };
            waiters.add(waiter);
          });
        },
        close: () => socket.close(),
      });
    });
  });
}
