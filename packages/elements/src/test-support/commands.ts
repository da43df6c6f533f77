/**
 * Real keyboard input in @web/test-runner without importing @web/test-runner-commands (not a
 * dependency of this package): the same server command over the test runner's web socket.
 */
type Send = (message: unknown) => Promise<{ executed?: boolean; response?: unknown }>;

async function command(name: string, payload: unknown): Promise<unknown> {
  const sessionId = new URL(window.location.href).searchParams.get('wtr-session-id');
  const url = '/__web-dev-server__web-socket.js';
  const socket = (await import(/* @vite-ignore */ url)) as { sendMessageWaitForResponse: Send };
  const response = await socket.sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command: name, payload });
  if (!response.executed) throw new Error(`test runner command ${name} not available`);
  return response.response;
}

/** Presses a key (`Enter`, `Tab`, `Shift+Tab`, `Escape`, `Space`) in the real browser. */
export async function press(key: string): Promise<void> {
  const parts = key.length > 1 ? key.split('+') : [key];
  const main = parts.pop() ?? key;
  for (const modifier of parts) await command('send-keys', { down: modifier });
  try {
    await command('send-keys', { press: main });
  } finally {
    for (const modifier of parts.reverse()) await command('send-keys', { up: modifier });
  }
}

/** Types text in the real browser. */
export async function type(text: string): Promise<void> {
  await command('send-keys', { type: text });
}

/** Emulates a media feature, e.g. `{ reducedMotion: 'reduce' }` or `{ colorScheme: 'dark' }`. */
export async function emulateMedia(options: Record<string, string>): Promise<void> {
  await command('emulate-media', options);
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
