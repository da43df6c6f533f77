/** A small client for the hub's JSON API, and plain-DOM helpers (text only: no HTML is ever injected). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function api<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data = (await response.json().catch(() => ({}))) as { message?: string };
  if (!response.ok) throw new ApiError(response.status, data.message ?? `HTTP ${response.status}`);
  return data as T;
}

type Child = Node | string | null | undefined | false;

/** Creates an element with properties and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, unknown>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('on') && typeof value === 'function')
      el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    else if (value !== undefined && value !== false) el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** Replaces the content of `#app` with `nodes`. */
export function show(...nodes: Child[]): void {
  const root = document.getElementById('app') as HTMLElement;
  root.replaceChildren(...nodes.filter((n): n is Node | string => Boolean(n)));
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A form whose submit runs `action` with its fields; errors are shown under it. */
export function form(fields: Node[], submit: string, action: (data: FormData) => Promise<void>): HTMLFormElement {
  const message = h('p', { class: 'error', role: 'alert' });
  const el = h('form', {}, ...fields, h('button', { type: 'submit' }, submit), message);
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    try {
      await action(new FormData(el));
    } catch (error) {
      message.textContent = errorText(error);
    }
  });
  return el;
}

export const field = (label: string, input: HTMLElement) => h('label', {}, label, ' ', input);

/** The sign-in form of the staff pages: `signedIn` gets the session token and the account's role. */
export function signInForm(signedIn: (account: { token: string; role: string }) => Promise<void>): HTMLFormElement {
  return form(
    [
      field('Username', h('input', { name: 'username', autocomplete: 'username', required: true })),
      field(
        'Password',
        h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
      ),
    ],
    'Sign in',
    async (data) =>
      signedIn(
        await api<{ token: string; role: string }>('POST', '/api/auth/signin', {
          username: data.get('username'),
          password: data.get('password'),
        }),
      ),
  );
}
