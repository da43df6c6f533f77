// A tutor and four students, each in their own browser context (separate devices), against a
// real hub on 127.0.0.1: the students join with the code and their names, their seats write
// events that reach the hub, and the tutor's group panel shows all four live. Then one student's network
// is cut, they keep working offline, reconnect, and every event arrives once.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TutorEvent } from '@tutorkit/core';
import { expect } from 'chai';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { newest } from '../../../scripts/newest.mjs';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/test/chromium.mjs';
import { APP_DIST } from './routes/app.js';
import { type Classroom, classroom, startTestHub, type TestHub } from './test-support/hub.js';

const executablePath = findChromium();

(executablePath ? describe : describe.skip)('classroom in Chromium: a tutor and four students, live', function () {
  this.timeout(120_000);
  let t: TestHub;
  let room: Classroom;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    // The pages under test are built from the current sources: rebuilt when any is newer.
    const packages = join(APP_DIST, '..', '..');
    const sources = newest(...['hub/app', 'elements/src', 'core/src', 'sync/src'].map((p) => join(packages, p)));
    if (!existsSync(join(APP_DIST, 'join', 'index.html')) || newest(APP_DIST) < sources)
      execFileSync('pnpm', ['exec', 'vite', 'build', 'app'], { cwd: join(APP_DIST, '..'), stdio: 'ignore' });
    t = await startTestHub({ config: { serveApp: true }, limits: { authPerMinute: 1000 } });
    room = await classroom(t.url, t.admin, 'live-room');
    browser = await chromium.launch({
      executablePath: executablePath as string,
      args: [...CHROMIUM_ARGS],
      headless: true,
    });
  });
  after(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function device(locale = 'en-US'): Promise<Page> {
    const context = await browser.newContext({ locale });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
    return page;
  }

  const stored = async (learner: string) => {
    const r = await t.call<{ events: TutorEvent[] }>(
      'GET',
      `/api/groups/${room.group.id}/events?limit=5000`,
      undefined,
      room.tutor.token,
    );
    return r.body.events.filter((e) => e.learner === learner);
  };

  it('shows four students live on the tutor’s page; a cut student catches up once', async () => {
    const tutor = await device();
    await tutor.goto(`${t.url}/tutor/`);
    await tutor.fill('input[name=username]', 'tutor-live-room');
    await tutor.fill('input[name=password]', 'tutor password 1');
    await tutor.click('button[type=submit]');
    await tutor.getByText('Live.').waitFor();

    const students: Page[] = [];
    for (let i = 0; i < 4; i++) {
      // The fourth student's device is set to Spanish: the join page and the seat follow it.
      const spanish = i === 3;
      const page = await device(spanish ? 'es-ES' : 'en-US');
      await page.goto(`${t.url}/join/`);
      if (spanish) await page.getByRole('heading', { name: 'Únete a tu grupo' }).waitFor();
      await page.fill('input[name=code]', room.group.joinCode.toLowerCase());
      await page.click('button[type=submit]');
      await page.getByRole('button', { name: `Student ${i + 1} of live-room` }).click();
      await page
        .getByText(
          spanish
            ? 'Todo tu trabajo está guardado y enviado a tu tutor.'
            : 'All your work is saved and sent to your tutor.',
        )
        .waitFor({ timeout: 30_000 });
      if (spanish) expect(await page.evaluate(() => document.documentElement.lang)).to.equal('es');
      students.push(page);
    }
    // Every student has a card on the tutor's group panel: present, with the problem they are on.
    for (const { learner } of room.students) {
      const card = tutor.locator(`tutor-group-panel li[data-learner="${learner}"]`);
      await card.locator('[data-presence]:not([data-presence="offline"])').waitFor();
      await card.locator('[part="problem"]').waitFor();
      expect((await stored(learner)).map((e) => e.type)).to.include('session.started');
    }
    // The session plan is there too, ready to start.
    await tutor.locator('tutor-session-plan').waitFor();

    // Student 1's network goes down; their work continues on the device, then reaches the hub once.
    const cut = students[0] as Page;
    const learner = room.students[0]?.learner as string;
    const before = (await stored(learner)).length;
    await cut.context().setOffline(true);
    await cut.evaluate(() => {
      const seat = document.querySelector('tutor-session') as unknown as { dispatch(c: unknown): Promise<boolean> };
      return seat.dispatch({ type: 'reveal-hint' });
    });
    await cut.getByText(/will be sent when the network is back/).waitFor();
    expect((await stored(learner)).length).to.equal(before);
    await cut.context().setOffline(false);
    await cut.evaluate(() => window.dispatchEvent(new Event('online')));
    await cut.getByText('All your work is saved and sent to your tutor.').waitFor();
    const after = await stored(learner);
    expect(after.length).to.be.greaterThan(before);
    expect(new Set(after.map((e) => e.id)).size).to.equal(after.length);
    const local = await cut.evaluate(async () => {
      const seat = document.querySelector('tutor-session') as unknown as {
        activeStore: { read(): Promise<{ id: string }[]> };
      };
      return (await seat.activeStore.read()).map((e) => e.id);
    });
    expect([...local].sort()).to.deep.equal(after.map((e) => e.id).sort());
    await tutor.locator(`[data-event="${after.at(-1)?.id}"]`).waitFor({ state: 'attached' });
    // The hint the cut student asked for offline reaches the tutor's card.
    await tutor.waitForFunction((who) => {
      const card = document.querySelector('tutor-group-panel')?.shadowRoot?.querySelector(`li[data-learner="${who}"]`);
      const term = [...(card?.querySelectorAll('dt') ?? [])].find((dt) => dt.textContent?.trim() === 'Hints used');
      return term?.nextElementSibling?.textContent?.trim() === '1';
    }, learner);
  });
});
