// Chromium as a real process on a real profile, for tests that kill it with SIGKILL and relaunch
// it on the same profile (a crash, not a polite close). Playwright connects over CDP.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.mjs';

/** Starts Chromium on `userDataDir` and connects to its default (persistent) context. */
export async function launchOnProfile(executablePath, userDataDir) {
  const child = spawn(
    executablePath,
    [...CHROMIUM_ARGS, '--headless', `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${stderr}`)), 15000);
    child.stderr?.on('data', (chunk) => {
      stderr += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}):\n${stderr}`));
    });
  });
  child.stderr?.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default (persistent) context');
  return { process: child, browser, context };
}

function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Whether any process of the group `pgid` is still alive (or not yet reaped). */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * SIGKILL to Chromium's whole process group (browser, renderers, helpers), then waits until every
 * one of them is gone. Waiting for the browser process alone is not enough: the storage service
 * is a process of its own, and a relaunch on the same profile while it still holds the IndexedDB
 * files can find them locked and start over with an empty database.
 */
export async function killBrowser(child) {
  if (child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  await exited(child);
  const deadline = Date.now() + 10000;
  while (child.pid !== undefined && groupAlive(child.pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
