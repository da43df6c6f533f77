import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/test/chromium.mjs';
import { countsReporter } from './scripts/test/counts-reporter.mjs';
import { prebundle } from './scripts/test/prebundle.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROME_PATH');

export default {
  rootDir: '.',
  // *.node.test.ts files need Node (file system, child processes) and run only there.
  files: ['packages/*/src/**/*.test.ts', '!packages/*/src/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['tutorkit-source', 'browser', 'development'] },
  plugins: [
    prebundle(['mathjs/number'], fileURLToPath(new URL('./packages/core', import.meta.url))),
    // axe-core is UMD/CommonJS: served as one ES module so that `import axe from 'axe-core'` works.
    prebundle(['axe-core'], fileURLToPath(new URL('./packages/elements', import.meta.url)), { withDefault: true }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
  concurrency: 2,
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 300000,
  reporters: [
    defaultReporter(),
    countsReporter(process.env.TUTORKIT_BROWSER_COUNTS ?? 'node_modules/.cache/tutorkit-test/browser.json'),
  ],
};
