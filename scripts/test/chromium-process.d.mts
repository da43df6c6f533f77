import type { ChildProcess } from 'node:child_process';
import type { Browser, BrowserContext } from 'playwright-core';

export function launchOnProfile(
  executablePath: string,
  userDataDir: string,
): Promise<{ process: ChildProcess; browser: Browser; context: BrowserContext }>;
export function killBrowser(child: ChildProcess): Promise<void>;
