/**
 * A tutoring room on one machine, for the console's end-to-end test and its benchmark: the
 * production build of examples/console served from 127.0.0.1, one Chromium, one browser context
 * (so the pages share BroadcastChannel and IndexedDB), a tutor page and up to four student pages.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack } from '@tutorkit/core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/test/chromium.mjs';
import { buildSite, serveDir } from '../../../scripts/test/static-site.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PACK: Pack = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../packs/fractions-unlike-denominators.pack.json', import.meta.url)), 'utf8'),
);
/** What the tests read of a `<tutor-session>` (typed here so that this file needs no element types). */
export interface SeatLike {
  readonly seatState?: {
    readonly run?: {
      readonly id: string;
      readonly current?: { readonly id: string; readonly hints: number; readonly overridden: boolean };
    };
  };
}

export const LEARNERS = ['learner-1', 'learner-2', 'learner-3', 'learner-4'] as const;

export interface RoomOptions {
  /** The panel's idle threshold (ms). */
  readonly tutorIdle: number;
  /** The seats' idle presence threshold (ms). */
  readonly studentIdle: number;
  readonly students?: number;
}

export interface Room {
  readonly tutor: Page;
  readonly students: Page[];
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Records, in the page, when each Enter key goes down (high-resolution epoch ms). */
const SUBMIT_PROBE = `(() => {
  window.__submits = [];
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') window.__submits.push(performance.timeOrigin + performance.now());
  }, true);
})();`;

export async function openRoom(options: RoomOptions): Promise<Room> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROME_PATH');
  const outDir = mkdtempSync(join(tmpdir(), 'tutorkit-console-'));
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  try {
    await buildSite({ root, outDir });
    server = await serveDir(outDir);
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
    // bypassCSP only lets the test inject axe-core; the pages' own code runs under their policy.
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, bypassCSP: true });
    const tutor = await context.newPage();
    await tutor.goto(`${server.url}/?idle=${options.tutorIdle}`);
    await tutor.locator('tutor-group-panel h2').waitFor();
    const students: Page[] = [];
    for (const learner of LEARNERS.slice(0, options.students ?? 4)) {
      const page = await context.newPage();
      await page.addInitScript(SUBMIT_PROBE);
      await page.goto(`${server.url}/student.html?learner=${learner}&idle=${options.studentIdle}`);
      await page.waitForFunction(
        () => (document.querySelector('tutor-session') as SeatLike | null)?.seatState?.run?.current?.id,
        null,
        {
          timeout: 20_000,
        },
      );
      students.push(page);
    }
    const b = browser;
    const s = server;
    return {
      tutor,
      students,
      context,
      async close() {
        await b.close();
        await s.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}

/** The problem on a student's screen. */
export async function currentProblem(page: Page): Promise<string> {
  return page.evaluate(
    () => (document.querySelector('tutor-session') as SeatLike | null)?.seatState?.run?.current?.id ?? '',
  );
}

/** Types an answer and presses Enter, as the student would. */
export async function answer(page: Page, text: string): Promise<void> {
  const input = page.locator('tutor-answer input[part~="input"]').first();
  await input.fill(text);
  await input.press('Enter');
}

/** The common wrong answer of the current problem that shows `misconception`. */
export async function wrongAnswerFor(page: Page, misconception: string): Promise<{ match: string; tutorMove: string }> {
  const id = await currentProblem(page);
  const problem = PACK.problems.find((p) => p.id === id);
  const wrong = problem?.wrongAnswers?.find((w) => w.misconception === misconception);
  if (!wrong || typeof wrong.match !== 'string') throw new Error(`${id} has no wrong answer for ${misconception}`);
  const move = wrong.tutorMove;
  return { match: wrong.match, tutorMove: typeof move === 'string' ? move : (move.en ?? '') };
}

export async function correctAnswerFor(page: Page): Promise<string> {
  const id = await currentProblem(page);
  const spec = PACK.problems.find((p) => p.id === id)?.answer;
  if (spec?.kind !== 'numeric') throw new Error(`${id} has no numeric answer`);
  return String(spec.value);
}

/** The learners of the panel's cards, in order. */
export async function cardOrder(tutor: Page): Promise<string[]> {
  return tutor
    .locator('tutor-group-panel [part~="card"]')
    .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.learner ?? ''));
}

export interface Latency {
  readonly median: number;
  readonly p95: number;
  readonly samples: number[];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Time from a student's Enter key to the tutor's card showing the new attempt count: `runs`
 * wrong answers by the student of `studentIndex`, one at a time.
 */
export async function measureLatency(room: Room, studentIndex: number, runs: number): Promise<Latency> {
  const student = room.students[studentIndex] as Page;
  const learner = LEARNERS[studentIndex] as string;
  await room.tutor.evaluate(() => {
    const w = window as unknown as { __cards?: { learner: string; attempts: number; t: number }[] };
    if (w.__cards) return;
    const cards: { learner: string; attempts: number; t: number }[] = [];
    w.__cards = cards;
    const panel = document.querySelector('tutor-group-panel');
    new MutationObserver((records) => {
      const t = performance.timeOrigin + performance.now();
      for (const r of records) {
        const el = r.target as HTMLElement;
        cards.push({ learner: el.dataset.learner ?? '', attempts: Number(el.dataset.attempts), t });
      }
    }).observe(panel?.shadowRoot as ShadowRoot, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-attempts'],
    });
  });
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = await room.tutor
      .locator(`tutor-group-panel [part~="card"][data-learner="${learner}"]`)
      .getAttribute('data-attempts');
    const target = Number(before) + 1;
    await answer(student, `1/${100 + i}`);
    const seen = await room.tutor.waitForFunction(
      ([who, n]) =>
        (window as unknown as { __cards: { learner: string; attempts: number; t: number }[] }).__cards.find(
          (c) => c.learner === who && c.attempts === n,
        )?.t,
      [learner, target] as const,
      { timeout: 10_000 },
    );
    const shownAt = (await seen.jsonValue()) as number;
    const submittedAt = await student.evaluate(() => {
      const list = (window as unknown as { __submits: number[] }).__submits;
      return list[list.length - 1] as number;
    });
    samples.push(shownAt - submittedAt);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), samples };
}
