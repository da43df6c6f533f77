/** The browser-kill crash test, loaded by crash.node.test.ts in Node only. */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { findChromium } from '../../../../scripts/test/chromium.mjs';
import { killBrowser, launchOnProfile } from '../../../../scripts/test/chromium-process.mjs';

const DB = 'tutorkit-crash-test';
const BATCH_SIZE = 10;
const LANES = 4;
/** Kill once this many batches are known to have resolved (more are in flight by then). */
const RESOLVED_BEFORE_KILL = 100;
/** How many times the browser is killed and relaunched on the same profile. */
const ROUNDS = 3;

interface Launched {
  readonly process: ChildProcess;
  readonly browser: Browser;
  readonly page: Page;
}

async function launch(executablePath: string, userDataDir: string, url: string): Promise<Launched> {
  const { process: child, browser, context } = await launchOnProfile(executablePath, userDataDir);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(() => 'crashTest' in window);
  return { process: child, browser, page };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Closes Chromium gracefully (disconnecting Playwright alone leaves it running), killing it only if it hangs. */
async function shutDown({ browser, process: child }: Launched): Promise<void> {
  try {
    const cdp = await browser.newBrowserCDPSession();
    await cdp.send('Browser.close').catch(() => {});
  } catch {
    // Already disconnected.
  }
  await Promise.race([exited(child), new Promise((resolve) => setTimeout(resolve, 10000).unref())]);
  await killBrowser(child);
}

/** The crash suite; Node only (it spawns Chromium). */
export function describeCrashSuite(): void {
  describe('IndexedDbEventStore survives a browser kill', function () {
    this.timeout(60000);
    const executablePath = findChromium() as string | undefined;
    let server: Server | undefined;
    let userDataDir: string | undefined;
    const spawned: ChildProcess[] = [];

    before(async function () {
      if (!executablePath) this.skip();
      const bundle = await build({
        entryPoints: [fileURLToPath(new URL('./crash-page.ts', import.meta.url))],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        conditions: ['tutorkit-source'],
        write: false,
        logLevel: 'silent',
      });
      const script = bundle.outputFiles[0]?.text ?? '';
      server = createServer((request, response) => {
        if (request.url === '/store.js') {
          response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
        } else {
          response
            .writeHead(200, { 'content-type': 'text/html' })
            .end('<!doctype html><title>crash test</title><script type="module" src="/store.js"></script>');
        }
      });
      await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
      userDataDir = mkdtempSync(join(tmpdir(), 'tutorkit-crash-'));
    });

    after(async () => {
      for (const child of spawned) await killBrowser(child);
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    });

    it('keeps every append that resolved, whole, through repeated SIGKILLs and relaunches on the same profile', async () => {
      const { port } = (server as Server).address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/`;
      const profile = userDataDir as string;
      /** Every batch the test was told resolved, as `round:batch`, over all rounds. */
      const acknowledged: string[] = [];
      let stored: string[] = [];

      /** Reads the store in a fresh browser and checks every acknowledged batch is there, whole. */
      const verify = async (browser: Launched, after: string): Promise<void> => {
        stored = await browser.page.evaluate((name) => window.crashTest.read(name), DB);
        const found = new Map<string, number>();
        for (const id of stored) {
          const match = /^r(\d+)b(\d+)-e\d+$/.exec(id);
          if (match) found.set(`${match[1]}:${match[2]}`, (found.get(`${match[1]}:${match[2]}`) ?? 0) + 1);
        }
        const missing = acknowledged.filter((batch) => found.get(batch) !== BATCH_SIZE);
        const partial = [...found].filter(([, count]) => count !== BATCH_SIZE);
        console.log(
          `      ${after}: ${acknowledged.length} batches resolved so far, ${acknowledged.length - missing.length} found ` +
            `(${found.size} batches stored in all, ${partial.length} partial)`,
        );
        expect(missing, 'resolved batches lost by the kill').to.deep.equal([]);
        expect(partial, 'batches stored in part (appends must be atomic)').to.deep.equal([]);
      };

      let round = 0;
      let current = await launch(executablePath as string, profile, url);
      spawned.push(current.process);
      for (; round < ROUNDS; round++) {
        const resolved: string[] = [];
        await current.page.exposeFunction('reportResolved', (batch: number) => {
          resolved.push(`${round}:${batch}`);
        });
        await current.page.evaluate(([name, prefix, size, lanes]) => window.crashTest.run(name, prefix, size, lanes), [
          DB,
          `r${round}`,
          BATCH_SIZE,
          LANES,
        ] as const);
        const deadline = Date.now() + 10000;
        while (resolved.length < RESOLVED_BEFORE_KILL && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 2));
        }
        // Freeze what the test was told resolved, then kill the browser process while appends are in flight.
        acknowledged.push(...resolved);
        const pid = current.process.pid as number;
        process.kill(pid, 'SIGKILL');
        await exited(current.process);
        await killBrowser(current.process); // what is left of its process group
        await current.browser.close().catch(() => {});
        expect(current.process.signalCode).to.equal('SIGKILL');
        expect(resolved.length).to.be.at.least(RESOLVED_BEFORE_KILL);

        current = await launch(executablePath as string, profile, url);
        spawned.push(current.process);
        await verify(current, `after SIGKILL ${round + 1} of ${ROUNDS} (pid ${pid})`);
      }

      // The store reopened cleanly and takes new appends.
      const after = await current.page.evaluate(([name, newIds]) => window.crashTest.appendAndRead(name, newIds), [
        DB,
        ['after-1', 'after-2'],
      ] as [string, string[]]);
      expect(after.slice(-2)).to.deep.equal(['after-1', 'after-2']);
      expect(after).to.have.length(stored.length + 2);
      await shutDown(current);
      expect(current.process.exitCode, 'a clean exit after the last relaunch').to.equal(0);
    });
  });
}
