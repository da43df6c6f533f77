/**
 * /tutor: sign in, pick a group, and lead it — the session plan and the group panel (who needs
 * help now, on what, and what to ask), live from the hub.
 */
import '@tutorkit/elements/tutor-group-panel/define.js';
import '@tutorkit/elements/tutor-session-plan/define.js';
import { mergeEvents, readPack, type TutorEvent } from '@tutorkit/core';
import { HubLiveChannel } from '@tutorkit/sync';
import { api, h, show, signInForm } from '../shared/api.js';

interface MyGroup {
  id: string;
  name: string;
  joinCode: string;
  pack: string | null;
  assignment: string | null;
  plan: string | null;
  roster: { learner: string; name: string }[];
}

const KEY = 'tutorkit.tutor';

function signIn(): void {
  show(
    signInForm(async ({ token }) => {
      sessionStorage.setItem(KEY, token);
      await pickGroup(token);
    }),
  );
}

async function pickGroup(token: string): Promise<void> {
  const groups = await api<MyGroup[]>('GET', '/api/me/groups', undefined, token);
  if (groups.length === 0) return show(h('p', {}, 'You have no groups yet: ask the program lead.'));
  if (groups.length === 1) return watch(token, groups[0] as MyGroup);
  show(
    h('p', {}, 'Pick a group:'),
    h(
      'div',
      { class: 'roster' },
      ...groups.map((g) => h('button', { type: 'button', onclick: () => watch(token, g) }, g.name)),
    ),
  );
}

interface EventsPage {
  events: TutorEvent[];
  cursor: number;
  more: boolean;
}

/** The group's stored events on the hub, as the console reads and writes them. */
function hubStore(group: string, token: () => string) {
  return {
    async read(): Promise<TutorEvent[]> {
      const all: TutorEvent[] = [];
      for (let since = 0; ; ) {
        const page = await api<EventsPage>(
          'GET',
          `/api/groups/${group}/events?since=${since}&limit=1000`,
          undefined,
          token(),
        );
        all.push(...page.events);
        if (!page.more) return all;
        since = page.cursor;
      }
    },
    async append(events: readonly TutorEvent[]): Promise<void> {
      const result = await api<{ rejected: { reason: string }[] }>('POST', '/api/events', { events }, token());
      if (result.rejected.length > 0) throw new Error(result.rejected.map((r) => r.reason).join('; '));
    },
  };
}

async function watch(signedIn: string, group: MyGroup): Promise<void> {
  let token = signedIn;
  const packs = await api<{ id: string; plans: { id: string }[] }[]>('GET', '/api/packs');
  const packId = group.pack ?? packs[0]?.id;
  // The group's part of the pack (its assignment and plan), as on the students' seats.
  const query = new URLSearchParams([
    ...(group.assignment ? [['assignment', group.assignment]] : []),
    ...(group.plan ? [['plan', group.plan]] : []),
  ]);
  const url = `/packs/${encodeURIComponent(packId ?? '')}.json${query.size > 0 ? `?${query}` : ''}`;
  const loaded = packId ? await readPack(await (await fetch(url)).text()) : undefined;
  if (!loaded?.ok)
    return show(h('p', { role: 'alert' }, 'This group has no pack the hub can read: ask the program lead.'));
  const pack = loaded.pack;
  const roster = Object.fromEntries(group.roster.map((r) => [r.learner, r.name]));

  const state = h('p', { class: 'note', role: 'status' }, 'Connecting…');
  const live = new HubLiveChannel({
    hub: '',
    group: group.id,
    token: () => token,
    since: 0,
    onState: (s) => {
      state.textContent =
        s === 'open' ? 'Live.' : s === 'unauthorized' ? 'Signed out: reload and sign in.' : 'Reconnecting…';
      if (s === 'unauthorized') sessionStorage.removeItem(KEY);
    },
  });

  const panel = document.createElement('tutor-group-panel');
  Object.assign(panel, { pack, group: group.id, roster, store: hubStore(group.id, () => token), channel: live });
  const plan = group.plan ?? pack.plans?.[0]?.id;
  const agenda = plan ? document.createElement('tutor-session-plan') : undefined;
  if (agenda) Object.assign(agenda, { pack, plan, channel: live });

  // The latest events, for a tutor who wants to see exactly what arrived.
  const log = h('ol', { class: 'log', reversed: true, 'data-testid': 'log' });
  let events: TutorEvent[] = [];
  live.subscribe((message) => {
    if (message.kind !== 'events') return;
    events = mergeEvents(events, [...message.events]);
    log.replaceChildren(
      ...events
        .slice(-50)
        .reverse()
        .map((e) =>
          h(
            'li',
            { 'data-event': e.id },
            `${new Date(e.at).toLocaleTimeString()} ${roster[e.learner] ?? e.learner} ${e.type}`,
          ),
        ),
    );
  });

  show(
    h('h2', {}, group.name),
    h('p', {}, 'Join code for students: ', h('span', { class: 'code' }, group.joinCode)),
    state,
    ...(agenda ? [agenda] : []),
    panel,
    h('details', {}, h('summary', {}, 'Latest events'), log),
  );
  // Tokens are short-lived: renew well before they expire.
  setInterval(
    async () => {
      try {
        token = (await api<{ token: string }>('POST', '/api/auth/refresh', undefined, token)).token;
        sessionStorage.setItem(KEY, token);
      } catch {
        // the live state line says when the hub refuses the token
      }
    },
    15 * 60 * 1000,
  );
}

const saved = sessionStorage.getItem(KEY);
if (saved) pickGroup(saved).catch(signIn);
else signIn();
