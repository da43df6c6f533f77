import '@tutorkit/elements/seat.js';
import { BroadcastLiveChannel, openIndexedDbStore } from '@tutorkit/sync';
import { FIRST_ASSIGNMENT, GROUP, langParam, numberParam, PACK_URL, ROSTER } from './demo.js';

const lang = langParam();
document.documentElement.lang = lang;
const params = new URLSearchParams(location.search);

async function sit(learner: string): Promise<void> {
  const seat = document.getElementById('seat');
  const title = document.getElementById('title');
  if (!seat) return;
  if (title) title.textContent = `Practice — ${ROSTER[learner] ?? learner}`;
  const store = await openIndexedDbStore();
  Object.assign(seat, {
    store,
    channel: new BroadcastLiveChannel(GROUP),
    group: GROUP,
    idleAfter: numberParam('idle', 60_000),
  });
  seat.setAttribute('learner', learner);
  seat.setAttribute('assignment', params.get('assignment') ?? FIRST_ASSIGNMENT);
  seat.setAttribute('pack-src', PACK_URL);
  seat.hidden = false;
  seat.addEventListener('tutor-error', (event) => console.warn('tutor-error', event));
}

const chosen = params.get('learner');
if (chosen && chosen in ROSTER) {
  void sit(chosen);
} else {
  // Each tab picks a learner; the choice goes into the address so a reload keeps it.
  const form = document.getElementById('pick');
  const choices = document.getElementById('choices');
  for (const [ref, name] of Object.entries(ROSTER)) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = name;
    button.addEventListener('click', () => {
      history.replaceState(null, '', `?learner=${encodeURIComponent(ref)}&lang=${lang}`);
      form?.setAttribute('hidden', '');
      void sit(ref);
    });
    choices?.append(button);
  }
  form?.removeAttribute('hidden');
}
