import '@tutorkit/elements/all.js';
import { parsePack } from '@tutorkit/core';
import { BroadcastLiveChannel, openIndexedDbStore } from '@tutorkit/sync';
import { GROUP, langParam, numberParam, PACK_URL, ROSTER } from './demo.js';

const lang = langParam();
document.documentElement.lang = lang;

const links = document.getElementById('student-links');
for (const [ref, name] of Object.entries(ROSTER)) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `student.html?learner=${encodeURIComponent(ref)}&lang=${lang}`;
  link.target = '_blank';
  link.textContent = `Open ${name}'s tab`;
  item.append(link);
  links?.append(item);
}

const response = await fetch(PACK_URL);
const parsed = parsePack(await response.text());
if (!parsed.ok) throw new Error(`the example pack is invalid: ${parsed.errors[0]?.message}`);

const store = await openIndexedDbStore();
const channel = new BroadcastLiveChannel(GROUP);

const panel = document.getElementById('panel');
const plan = document.getElementById('plan');
if (panel instanceof HTMLElement && plan instanceof HTMLElement) {
  Object.assign(panel, {
    pack: parsed.pack,
    group: GROUP,
    store,
    channel,
    roster: ROSTER,
    tutor: 'demo-tutor',
    idleAfter: numberParam('idle', 90_000),
  });
  Object.assign(plan, { pack: parsed.pack, channel });
}
