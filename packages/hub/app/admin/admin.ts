/**
 * /admin: the program lead creates the first admin (with the setup code the hub printed), then
 * groups of up to four, tutors, rosters from CSV, packs and plans, and shows or rotates join codes.
 */
import { api, field, form, h, show, signInForm } from '../shared/api.js';

interface Group {
  id: string;
  name: string;
  pack: string | null;
  assignment: string | null;
  plan: string | null;
  joinCode: string;
  joinExpiresAt: number;
  tutors: string[];
  roster: { learner: string; name: string }[];
}
interface Pack {
  id: string;
  title: unknown;
  assignments: { id: string; title: unknown; kind: string }[];
  plans: { id: string; title: unknown }[];
}
interface User {
  id: string;
  username: string;
  role: string;
}

const KEY = 'tutorkit.admin';

function start(): void {
  const setupCode = new URLSearchParams(location.hash.slice(1)).get('setup') ?? '';
  show(
    h('h2', {}, 'Sign in'),
    signInForm(async ({ token, role }) => {
      if (role !== 'admin') throw new Error('this account is not an admin');
      sessionStorage.setItem(KEY, token);
      await dashboard(token);
    }),
    h('h2', {}, 'First run'),
    h('p', { class: 'note' }, 'Use the one-time setup code the hub printed when it started to create the first admin.'),
    form(
      [
        field('Setup code', h('input', { name: 'code', value: setupCode, required: true })),
        field('Your username', h('input', { name: 'username', required: true })),
        field(
          'Your password (10+ characters)',
          h('input', { name: 'password', type: 'password', minlength: 10, required: true }),
        ),
      ],
      'Create admin',
      async (data) => {
        const { token } = await api<{ token: string }>('POST', '/api/setup', {
          code: data.get('code'),
          username: data.get('username'),
          password: data.get('password'),
        });
        sessionStorage.setItem(KEY, token);
        history.replaceState(null, '', location.pathname);
        await dashboard(token);
      },
    ),
  );
}

/** A pack text in the language of this page (packs may give one text per language). */
const titleOf = (title: unknown, fallback: string): string =>
  typeof title === 'string'
    ? title
    : title && typeof title === 'object'
      ? String((title as Record<string, unknown>)[document.documentElement.lang] ?? Object.values(title)[0] ?? fallback)
      : fallback;

const options = (values: (string | { id: string; title: unknown })[], selected: string | null) => [
  h('option', { value: '' }, '—'),
  ...values.map((v) => {
    const id = typeof v === 'string' ? v : v.id;
    const label = typeof v === 'string' ? v : `${titleOf(v.title, id)} (${id})`;
    return h('option', { value: id, selected: id === selected }, label);
  }),
];

async function dashboard(token: string): Promise<void> {
  const [groups, packs, users] = await Promise.all([
    api<Group[]>('GET', '/api/admin/groups', undefined, token),
    api<Pack[]>('GET', '/api/packs'),
    api<User[]>('GET', '/api/admin/tutors', undefined, token),
  ]);
  const tutors = users.filter((u) => u.role === 'tutor');
  const reload = () => dashboard(token);
  const newPassword = h('p', { role: 'status' });
  show(
    h('h2', {}, 'Groups'),
    ...groups.map((g) => groupCard(token, g, packs, tutors, reload)),
    h('h3', {}, 'New group'),
    form([field('Name', h('input', { name: 'name', required: true, maxlength: 80 }))], 'Create group', async (data) => {
      await api('POST', '/api/admin/groups', { name: data.get('name') }, token);
      await reload();
    }),
    h('h2', {}, 'Tutors'),
    h(
      'ul',
      {},
      ...tutors.map((t) =>
        h(
          'li',
          { 'data-tutor': t.id },
          `${t.username} `,
          t.role === 'tutor' &&
            h(
              'button',
              {
                type: 'button',
                onclick: async () => {
                  const made = await api<{ username: string; password: string }>(
                    'POST',
                    `/api/admin/tutors/${t.id}/password`,
                    undefined,
                    token,
                  );
                  newPassword.textContent = `New password for ${made.username} (shown once, hand it over): ${made.password}`;
                  document.getElementById('app')?.append(newPassword);
                },
              },
              'New password',
            ),
        ),
      ),
    ),
    form([field('Username', h('input', { name: 'username', required: true }))], 'Add tutor', async (data) => {
      const made = await api<{ username: string; password: string }>(
        'POST',
        '/api/admin/tutors',
        { username: data.get('username') },
        token,
      );
      await reload();
      newPassword.textContent = `Password for ${made.username} (shown once, hand it over): ${made.password}`;
      document.getElementById('app')?.append(newPassword);
    }),
  );
}

function groupCard(token: string, g: Group, packs: Pack[], tutors: User[], reload: () => Promise<void>): HTMLElement {
  const pack = packs.find((p) => p.id === g.pack);
  const packSelect = h('select', { name: 'pack' }, ...options(packs, g.pack));
  const assignmentSelect = h('select', { name: 'assignment' }, ...options(pack?.assignments ?? [], g.assignment));
  const planSelect = h('select', { name: 'plan' }, ...options(pack?.plans ?? [], g.plan));
  // Another pack offers other assignments and plans: list them as soon as it is picked.
  packSelect.addEventListener('change', () => {
    const picked = packs.find((p) => p.id === packSelect.value);
    assignmentSelect.replaceChildren(...options(picked?.assignments ?? [], null));
    planSelect.replaceChildren(...options(picked?.plans ?? [], null));
  });
  const tutorSelect = h(
    'select',
    { name: 'tutor' },
    ...options(
      tutors.map((t) => t.username),
      tutors.find((t) => g.tutors.includes(t.id))?.username ?? null,
    ),
  );
  return h(
    'section',
    { 'data-group': g.id },
    h('h3', {}, g.name),
    h(
      'p',
      {},
      'Join code: ',
      h('span', { class: 'code' }, g.joinCode),
      ` (until ${new Date(g.joinExpiresAt).toLocaleString()}) `,
      h(
        'button',
        {
          type: 'button',
          onclick: async () => {
            await api('POST', `/api/admin/groups/${g.id}/join-code`, undefined, token);
            await reload();
          },
        },
        'New code',
      ),
    ),
    h('p', {}, `Students (${g.roster.length}/4)${g.roster.length === 0 ? ': none yet' : ':'}`),
    h(
      'ul',
      { class: 'roster-list' },
      ...g.roster.map((r) =>
        h(
          'li',
          { 'data-learner': r.learner },
          `${r.name} `,
          h(
            'button',
            {
              type: 'button',
              'aria-label': `Remove ${r.name} from ${g.name}`,
              onclick: async () => {
                if (!confirm(`Remove ${r.name} from ${g.name}? Their work stays in the records.`)) return;
                await api(
                  'DELETE',
                  `/api/admin/groups/${g.id}/roster/${encodeURIComponent(r.learner)}`,
                  undefined,
                  token,
                );
                await reload();
              },
            },
            'Remove',
          ),
        ),
      ),
    ),
    form(
      [
        field('Pack', packSelect),
        field('Assignment', assignmentSelect),
        field('Plan', planSelect),
        field('Tutor', tutorSelect),
      ],
      'Save',
      async (data) => {
        const tutor = tutors.find((t) => t.username === data.get('tutor'));
        const value = (name: string) => (data.get(name) ? String(data.get(name)) : null);
        await api(
          'PATCH',
          `/api/admin/groups/${g.id}`,
          {
            pack: value('pack'),
            assignment: value('assignment'),
            plan: value('plan'),
            tutors: tutor ? [tutor.id] : [],
          },
          token,
        );
        await reload();
      },
    ),
    form(
      [
        field(
          'Roster CSV (a "name" column; optional "learner")',
          h('textarea', { name: 'csv', rows: 4, cols: 40, required: true }),
        ),
      ],
      'Import roster',
      async (data) => {
        await api('POST', `/api/admin/groups/${g.id}/roster`, { csv: data.get('csv') }, token);
        await reload();
      },
    ),
  );
}

const saved = sessionStorage.getItem(KEY);
if (saved) dashboard(saved).catch(start);
else start();
