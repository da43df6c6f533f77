// Browser tests run in the system Chromium. On a fresh Debian machine where we are root, install
// it from apt (the only browser source allowed here); anywhere else, say what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get') && !process.env.CHROME_PATH) {
    console.log("Chromium is missing: installing Debian's chromium package with apt-get (one time)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    'Chromium was not found. Install it (Debian/Ubuntu: sudo apt-get install chromium) ' +
      'or set CHROME_PATH to a Chromium or Chrome binary, then run the tests again.',
  );
  return undefined;
}
