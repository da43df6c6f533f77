// The tutor's console end to end: a tutor page and four student pages in one Chromium (same
// origin, so BroadcastChannel and IndexedDB are shared). Students answer wrong with a common
// mistake, take hints and sit idle; the panel orders who needs help with the reason, shows the
// pack's tutor move and a group alert with a mini-lesson; the tutor accepts an answer and starts
// the next segment of the plan. Also measures the answer → tutor card latency and saves a
// screenshot of the panel for the docs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import {
  answer,
  cardOrder,
  correctAnswerFor,
  currentProblem,
  type Latency,
  measureLatency,
  openRoom,
  PACK,
  type Room,
  type SeatLike,
  wrongAnswerFor,
} from './room.js';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SCREENSHOT = fileURLToPath(new URL('../../../docs/images/group-panel.png', import.meta.url));
const LATENCY_FILE = fileURLToPath(
  new URL('../../../node_modules/.cache/tutorkit-test/console-latency.json', import.meta.url),
);

const card = (tutor: Page, learner: string) =>
  tutor.locator(`tutor-group-panel [part~="card"][data-learner="${learner}"]`);
const textOf = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (sel) => {
    const axe = (
      window as unknown as { axe: { run: (el: Element) => Promise<{ violations: { id: string; help: string }[] }> } }
    ).axe;
    const results = await axe.run(document.querySelector(sel) as Element);
    return results.violations.map((v) => `${v.id}: ${v.help}`);
  }, selector);
}

describe('examples/console: a tutor and four students on one device', function () {
  this.timeout(180_000);
  let room: Room;
  let anaMove = '';

  before(async () => {
    room = await openRoom({ tutorIdle: 8000, studentIdle: 4000 });
  });
  after(async () => {
    await room?.close();
  });

  it('shows one card per student as they sit down', async () => {
    await room.tutor.waitForFunction(
      () => document.querySelector('tutor-group-panel')?.shadowRoot?.querySelectorAll('[part~="card"]').length === 4,
    );
    expect(await textOf(room.tutor, 'tutor-group-panel [data-learner="learner-1"] [part~="name"]')).to.equal('Ana');
  });

  it('orders who needs the tutor now, with the reason in plain words and the tutor move', async () => {
    const [ana, ben, cy] = room.students as [Page, Page, Page, Page];
    await answer(cy, await correctAnswerFor(cy));
    // Dee sits idle: wait until the panel says so, then Ana and Ben struggle.
    await card(room.tutor, 'learner-4').locator('[data-reason="idle"]').waitFor({ timeout: 30_000 });
    await answer(ben, (await wrongAnswerFor(ben, 'operate-across')).match);
    const hints = ben.locator('tutor-hint-ladder button[part~="button"]').first();
    const ladder = await currentProblem(ben);
    const count = PACK.problems.find((p) => p.id === ladder)?.hints.length ?? 0;
    for (let i = 0; i < count; i++) {
      await hints.click();
      // The bottom-out hint shows the answer: the student confirms first.
      if (i === count - 1) await ben.locator('tutor-hint-ladder [part~="confirm-button"]').click();
      await ben.waitForFunction(
        (n) => (document.querySelector('tutor-session') as SeatLike | null)?.seatState?.run?.current?.hints === n,
        i + 1,
      );
    }
    const anaWrong = await wrongAnswerFor(ana, 'operate-across');
    anaMove = anaWrong.tutorMove;
    await answer(ana, anaWrong.match);
    await answer(ana, anaWrong.match);
    await room.tutor.waitForFunction(
      () =>
        [...(document.querySelector('tutor-group-panel')?.shadowRoot?.querySelectorAll('[part~="card"]') ?? [])]
          .map((c) => (c as HTMLElement).dataset.learner)
          .join() === 'learner-1,learner-2,learner-4,learner-3',
      null,
      { timeout: 10_000 },
    );
    expect(await cardOrder(room.tutor)).to.deep.equal(['learner-1', 'learner-2', 'learner-4', 'learner-3']);
    const anaCard = card(room.tutor, 'learner-1');
    expect(await anaCard.locator('[part~="status"]').textContent()).to.equal('Needs you — #1');
    expect(
      (await anaCard.locator('[data-reason="repeated-wrong"]').textContent())?.replace(/\s+/g, ' ').trim(),
    ).to.equal(`2 wrong tries; last answer ${anaWrong.match}`);
    expect((await anaCard.locator('[part~="ask"]').textContent())?.replace(/\s+/g, ' ')).to.contain(
      anaMove
        .replace(/\$[^$]*\$/g, '')
        .split(/\s+/)
        .slice(0, 3)
        .join(' '),
    );
    expect(await anaCard.locator('[data-fact="mistake"] dd').textContent()).to.equal(
      'Adds or subtracts straight across',
    );
    expect(
      await textOf(room.tutor, 'tutor-group-panel [data-learner="learner-2"] [data-reason="bottom-out"]'),
    ).to.equal('Used the last hint, which shows the answer');
    expect(await textOf(room.tutor, 'tutor-group-panel [data-learner="learner-4"] [data-reason="idle"]')).to.match(
      /^No activity for \d+ s$/,
    );
    expect(await textOf(room.tutor, 'tutor-group-panel [data-learner="learner-3"] [part~="status"]')).to.equal(
      'Problem done',
    );
    expect(await textOf(room.tutor, 'tutor-group-panel [part~="summary"]')).to.match(
      /^Needs you now: Ana \(2 wrong tries/,
    );
  });

  it('raises a group alert with a mini-lesson from the pack when two students share a mistake', async () => {
    const alert = await textOf(room.tutor, 'tutor-group-panel [part~="alert"]');
    expect(alert).to.contain('2 students make the same mistake: Adds or subtracts straight across (Ana, Ben)');
    expect(alert).to.contain('Worked example: Add fractions with unlike denominators');
    const example = PACK.skills.find((k) => k.id === 'add-unlike')?.tutor?.workedExample;
    const firstStep = example?.steps[0];
    const words = (typeof firstStep === 'string' ? firstStep : (firstStep?.en ?? '')).split('$')[0]?.trim() ?? '';
    expect(words).to.not.equal('');
    expect(alert).to.contain(words);
  });

  it('has no axe violations on the panel and the plan, and saves a screenshot', async () => {
    expect(await axeViolations(room.tutor, 'tutor-group-panel')).to.deep.equal([]);
    expect(await axeViolations(room.tutor, 'tutor-session-plan')).to.deep.equal([]);
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await room.tutor.locator('tutor-group-panel').screenshot({ path: SCREENSHOT, animations: 'disabled' });
  });

  it('accepts Ben’s answer with a reason: the event reaches Ben’s seat', async () => {
    await room.tutor.evaluate(() =>
      document.querySelector('tutor-group-panel')?.addEventListener('tutor-action', (e) => {
        (window as unknown as { __action: unknown }).__action = (e as Event & { events: unknown }).events;
      }),
    );
    const ben = card(room.tutor, 'learner-2');
    await ben.locator('[data-action="accept"]').click();
    await ben.locator('form input').fill('Explained 5/6 with fraction strips');
    await ben.locator('form button[type="submit"]').click();
    await room.tutor.waitForFunction(
      () =>
        document
          .querySelector('tutor-group-panel')
          ?.shadowRoot?.querySelector('[data-learner="learner-2"] [part~="status"]')
          ?.textContent?.trim() === 'Problem done',
    );
    const seat = room.students[1] as Page;
    await seat.waitForFunction(
      () => (document.querySelector('tutor-session') as SeatLike | null)?.seatState?.run?.current?.overridden === true,
    );
    await seat.locator('tutor-session [part="next"]').waitFor();
    const written = await room.tutor.evaluate(() =>
      JSON.stringify((window as unknown as { __action: unknown }).__action),
    );
    expect(written).to.contain('"type":"tutor.override"').and.contain('"learner":"learner-2"');
    expect(written).to.contain('Explained 5/6 with fraction strips').and.not.contain('Ben');
  });

  it('measures the time from a student’s answer to the tutor’s card (bench: console)', async () => {
    const latency: Latency = await measureLatency(room, 3, 30);
    console.log(
      `      answer → tutor card: median ${latency.median.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms (${latency.samples.length} answers)`,
    );
    mkdirSync(dirname(LATENCY_FILE), { recursive: true });
    writeFileSync(LATENCY_FILE, `${JSON.stringify(latency)}\n`);
    expect(latency.samples).to.have.length(30);
    expect(latency.samples.every((s) => s >= 0)).to.equal(true);
  });

  it('starts the next segment of the plan on every seat', async () => {
    await room.tutor.locator('tutor-session-plan [data-action="start"]').click();
    for (const seat of room.students) {
      await seat.waitForFunction(
        () => (document.querySelector('tutor-session') as SeatLike | null)?.seatState?.run?.id === 'warm-up-equivalent',
        null,
        { timeout: 10_000 },
      );
    }
    expect(await textOf(room.tutor, 'tutor-session-plan [aria-current="step"] h3')).to.equal(
      'Warm-up: equal fractions',
    );
  });
});
