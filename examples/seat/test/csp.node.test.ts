// The production build of examples/seat runs under its strict Content-Security-Policy (sent both as
// the page's meta tag and as a real header): loading the pack, answering wrong, showing feedback
// and a hint raise no violation, and nothing is requested from another host.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/test/chromium.mjs';
import { buildSite, FIRST_PROBLEM_PROBE, metaPolicy, serveDir } from '../../../scripts/test/static-site.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = findChromium();

(executablePath ? describe : describe.skip)('examples/seat under its Content-Security-Policy', function () {
  this.timeout(90_000);
  let outDir = '';
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;

  before(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'tutorkit-seat-csp-'));
    await buildSite({ root, outDir });
    const csp = await metaPolicy(join(outDir, 'index.html'));
    server = await serveDir(outDir, { csp });
    browser = await chromium.launch({
      executablePath: executablePath as string,
      args: [...CHROMIUM_ARGS],
      headless: true,
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('answers wrong, shows feedback and a hint with no violation and no other host', async () => {
    if (!browser || !server) throw new Error('not set up');
    const context = await browser.newContext();
    const page = await context.newPage();
    // Recorded on document in the capture phase, before any script of the page runs.
    await page.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = list;
      document.addEventListener(
        'securitypolicyviolation',
        (e) => list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        true,
      );
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.addInitScript(FIRST_PROBLEM_PROBE);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await page.goto(`${server.url}/`);
    // Playwright's CSS locators pierce open shadow roots.
    // The stem is on screen with its text and its math typeset.
    await page.waitForFunction(() => (window as unknown as { __firstProblem?: number }).__firstProblem !== undefined, {
      timeout: 20_000,
    });

    const input = page.locator('tutor-answer input[part~="input"]').first();
    await input.fill('99');
    await input.press('Enter');
    await page
      .locator('tutor-feedback [part~="base"][data-verdict="incorrect"]')
      .first()
      .waitFor({ state: 'attached', timeout: 10_000 });

    await page.locator('tutor-hint-ladder button[part~="button"]').first().click();
    const hintItem = page.locator('tutor-hint-ladder [part~="hint"]').first();
    await hintItem.waitFor({ state: 'visible', timeout: 10_000 });
    expect((await hintItem.textContent())?.trim()).to.not.equal('');
    // Let lazily loaded chunks, fonts and styles settle.
    await page.waitForLoadState('networkidle');

    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect(violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(
      consoleErrors.filter((text) => /content security policy/i.test(text)),
      'CSP console errors',
    ).to.deep.equal([]);
    const foreign = requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return !['data:', 'blob:', 'about:'].includes(protocol) && hostname !== '127.0.0.1';
    });
    expect(foreign, 'requests to other hosts').to.deep.equal([]);
    await context.close();
  });
});
