// No data loss, end to end (issue 5): a student works in the production seat page, Chromium is
// killed with SIGKILL while an answer is being stored, and relaunched on the same profile. Every
// event whose append resolved (the seat announced it with `tutor-events`) is in IndexedDB, and the
// seat resumes on the same problem with the same hints shown.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { findChromium } from '../../../scripts/test/chromium.mjs';
import { killBrowser, launchOnProfile } from '../../../scripts/test/chromium-process.mjs';
import { buildSite, serveDir } from '../../../scripts/test/static-site.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = findChromium();

/** What the student sees: the stem's text and how many hints are open. */
async function seen(page: Page): Promise<{ stem: string; hints: number }> {
  const stem = page.locator('tutor-problem [part~="stem"]').first();
  await stem.waitFor();
  return {
    stem: ((await stem.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    hints: await page.locator('tutor-hint-ladder [part~="hint"]').count(),
  };
}

/** The ids of every event in the seat's store, read by the seat's own store. */
function storedIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const seat = document.getElementById('seat') as unknown as { activeStore: { read(): Promise<{ id: string }[]> } };
    return (await seat.activeStore.read()).map((e) => e.id);
  });
}

(executablePath ? describe : describe.skip)('examples/seat survives a browser kill', function () {
  this.timeout(120_000);
  let outDir = '';
  let profile = '';
  let server: { url: string; close: () => Promise<void> } | undefined;

  before(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'tutorkit-seat-crash-'));
    profile = mkdtempSync(join(tmpdir(), 'tutorkit-seat-profile-'));
    await buildSite({ root, outDir });
    server = await serveDir(outDir);
  });

  after(async () => {
    await server?.close();
    for (const dir of [outDir, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every event whose append resolved and resumes on the same problem with the same hints', async () => {
    const url = `${server?.url}/?learner=crash-learner`;
    const first = await launchOnProfile(executablePath as string, profile);
    const acknowledged: string[] = [];
    let before: { stem: string; hints: number };
    try {
      const page = first.context.pages()[0] ?? (await first.context.newPage());
      // Called once the seat says the events are stored: only then does the test count them.
      await page.exposeFunction('__acknowledged', (ids: string[]) => acknowledged.push(...ids));
      await page.addInitScript(() => {
        addEventListener(
          'tutor-events',
          (event) => {
            const ids = ((event as Event & { events: { id: string }[] }).events ?? []).map((e) => e.id);
            (window as unknown as { __acknowledged(ids: string[]): void }).__acknowledged(ids);
          },
          true,
        );
      });
      await page.goto(url);
      await seen(page);
      const input = page.locator('tutor-answer input[part~="input"]');
      // Two hints and three wrong answers, each waited for until the seat has stored it.
      for (let i = 0; i < 2; i++) {
        const count = acknowledged.length;
        await page.locator('tutor-hint-ladder button[part="button"]').click();
        while (acknowledged.length === count) await page.waitForTimeout(20);
      }
      for (const wrong of ['1/100', '2/100', '3/100']) {
        const count = acknowledged.length;
        await input.fill(wrong);
        await input.press('Enter');
        while (acknowledged.length === count) await page.waitForTimeout(20);
      }
      before = await seen(page);
      expect(before.hints).to.equal(2);
      // One more answer, and the browser is killed while it is being stored.
      await input.fill('4/100');
      await input.press('Enter');
    } finally {
      await killBrowser(first.process);
    }
    expect(acknowledged.length).to.be.greaterThan(5);

    const second = await launchOnProfile(executablePath as string, profile);
    try {
      const page = second.context.pages()[0] ?? (await second.context.newPage());
      await page.goto(url);
      const after = await seen(page);
      const stored = new Set(await storedIds(page));
      expect(
        acknowledged.filter((id) => !stored.has(id)),
        'acknowledged events missing after the kill',
      ).to.deep.equal([]);
      expect(after).to.deep.equal(before);
    } finally {
      await killBrowser(second.process);
    }
  });
});
