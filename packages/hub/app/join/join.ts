/**
 * /join: a student types the join code, picks their name from the roster (or a pseudonym), and
 * gets the seat. Work is stored on the device first (IndexedDB) and flushed to the hub by the
 * outbox; the live channel carries presence and the tutor's commands.
 */
import '@tutorkit/elements/seat.js';
import { HubLiveChannel, HubOutbox, openIndexedDbAckLog, openIndexedDbStore } from '@tutorkit/sync';
import { api, field, form, h, show } from '../shared/api.js';

interface Seat {
  token: string;
  learner: string;
  name?: string;
  group: { id: string; name: string; pack: string | null; assignment: string | null };
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
    form([field('Join code', input)], 'Next', async (data) => {
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
    h('p', {}, `Group: ${group.group.name}. Who are you?`),
    h('div', { class: 'roster' }, ...names),
    message,
    group.room &&
      form([field('Or a nickname', h('input', { name: 'pseudonym', maxlength: 40, required: true }))], 'Join', (data) =>
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
        ? 'All your work is saved and sent to your tutor.'
        : s.state === 'offline'
          ? `Saved on this device; ${s.pending} answers will be sent when the network is back.`
          : s.state === 'unauthorized'
            ? 'Saved on this device. Ask your tutor for the join code to continue sending.'
            : `Sending… (${s.pending})`;
  });
  const session = h('tutor-session', {
    learner: seat.learner,
    group: seat.group.id,
    assignment,
    'pack-src': `/packs/${encodeURIComponent(pack.id)}.json`,
  });
  (session as unknown as { store: unknown }).store = store;
  // Joined: the page is the student's practice now, not the join form.
  const heading = document.querySelector('h1');
  if (heading) heading.textContent = 'Practice';
  document.title = 'Tutorkit — Practice';
  show(h('p', {}, `Hi ${seat.name ?? ''}! Group: ${seat.group.name}`), session, status);
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
