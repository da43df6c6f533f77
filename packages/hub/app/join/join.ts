/**
 * /join: a student types the join code, picks their name from the roster (or a pseudonym), and
 * gets the seat. Work is stored on the device first (IndexedDB) and flushed to the hub by the
 * outbox; the live channel carries presence and the tutor's commands.
 */
import '@tutorkit/elements/seat.js';
import { HubLiveChannel, HubOutbox, openIndexedDbAckLog, openIndexedDbStore } from '@tutorkit/sync';
import { api, field, form, h, show } from '../shared/api.js';
import { currentLang, rememberLang, STRINGS } from './strings.js';

const lang = currentLang();
const t = STRINGS[lang];
document.documentElement.lang = lang; // the seat follows the page's language
document.title = `Tutorkit — ${t.title}`;
const heading = document.querySelector('h1');
if (heading) heading.textContent = t.title;
// One button to switch between English and Spanish; the page reloads in the other language and
// a student who has joined comes back to their seat.
heading?.after(
  h(
    'button',
    {
      type: 'button',
      class: 'language',
      lang: lang === 'en' ? 'es' : 'en',
      onclick: () => {
        rememberLang(lang === 'en' ? 'es' : 'en');
        location.reload();
      },
    },
    t.language,
  ),
);

interface Seat {
  token: string;
  learner: string;
  name?: string;
  group: { id: string; name: string; pack: string | null; assignment: string | null; plan?: string | null };
}

interface PackInfo {
  id: string;
  assignments: { id: string }[];
}

const KEY = 'tutorkit.join';

function askCode(): void {
  const input = h('input', {
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    required: true,
    size: 8,
  });
  show(
    form([field(t.code, input)], t.next, async (data) => {
      const code = String(data.get('code'));
      const group = await api<{ group: { name: string }; roster: { learner: string; name: string }[]; room: boolean }>(
        'POST',
        '/api/join',
        { code },
      );
      pickName(code, group);
    }),
  );
  input.focus();
}

function pickName(
  code: string,
  group: { group: { name: string }; roster: { learner: string; name: string }[]; room: boolean },
): void {
  const join = async (body: Record<string, string>) => {
    const seat = await api<Seat>('POST', '/api/join/seat', { code, ...body });
    sessionStorage.setItem(KEY, JSON.stringify(seat));
    await openSeat(seat);
  };
  const message = h('p', { class: 'error', role: 'alert' });
  const names = group.roster.map((r) =>
    h(
      'button',
      {
        type: 'button',
        onclick: () => join({ learner: r.learner }).catch((e) => (message.textContent = String(e.message))),
      },
      r.name,
    ),
  );
  show(
    h('p', {}, t.who(group.group.name)),
    h('div', { class: 'roster' }, ...names),
    message,
    group.room &&
      form([field(t.nickname, h('input', { name: 'pseudonym', maxlength: 40, required: true }))], t.join, (data) =>
        join({ pseudonym: String(data.get('pseudonym')) }),
      ),
  );
}

async function openSeat(seat: Seat): Promise<void> {
  let token = seat.token;
  const packs = await api<PackInfo[]>('GET', '/api/packs');
  const pack = packs.find((p) => p.id === seat.group.pack) ?? packs[0];
  if (!pack) throw new Error('this hub has no packs');
  const assignment = seat.group.assignment ?? pack.assignments[0]?.id ?? '';
  const store = await openIndexedDbStore();
  const outbox = new HubOutbox({
    store,
    hub: '',
    token: () => token,
    acks: await openIndexedDbAckLog(),
    filter: { learner: seat.learner },
  });
  const status = h('p', { class: 'note', role: 'status' });
  outbox.onStatus((s) => {
    status.textContent =
      s.state === 'idle'
        ? t.saved
        : s.state === 'offline'
          ? t.offline(s.pending)
          : s.state === 'unauthorized'
            ? t.unauthorized
            : t.sending(s.pending);
  });
  const session = h('tutor-session', {
    learner: seat.learner,
    group: seat.group.id,
    assignment,
    // Only what this group works on: the assignment, and every assignment of its session plan.
    'pack-src': `/packs/${encodeURIComponent(pack.id)}.json?${new URLSearchParams([
      ['assignment', assignment],
      ...(seat.group.plan ? [['plan', seat.group.plan]] : []),
    ])}`,
  });
  (session as unknown as { store: unknown }).store = store;
  // Joined: the page is the student's practice now, not the join form.
  if (heading) heading.textContent = t.practice;
  document.title = `Tutorkit — ${t.practice}`;
  show(h('p', {}, t.hi(seat.name ?? '', seat.group.name)), session, status);
  await outbox.start();

  const device = localStorage.getItem('tutorkit.device') ?? 'unknown';
  const live = new HubLiveChannel({ hub: '', group: seat.group.id, token: () => token, device });
  live.subscribe((message) => {
    if (message.kind === 'command' && message.command.type === 'start-assignment')
      session.setAttribute('assignment', message.command.assignment);
  });
  live.publish({ kind: 'presence', learner: seat.learner, device, state: 'online', at: Date.now() });
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  session.addEventListener('input', () => {
    live.publish({ kind: 'presence', learner: seat.learner, device, state: 'typing', at: Date.now() });
    clearTimeout(typingTimer);
    typingTimer = setTimeout(
      () => live.publish({ kind: 'presence', learner: seat.learner, device, state: 'online', at: Date.now() }),
      3000,
    );
  });
  // Tokens are short-lived: renew well before they expire.
  setInterval(
    async () => {
      try {
        token = (await api<{ token: string }>('POST', '/api/auth/refresh', undefined, token)).token;
      } catch {
        // keep working offline; the outbox says when it cannot send
      }
    },
    15 * 60 * 1000,
  );
}

const saved = sessionStorage.getItem(KEY);
if (saved) openSeat(JSON.parse(saved) as Seat).catch(askCode);
else askCode();
