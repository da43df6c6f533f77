import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

describe('the published package serves its own KaTeX fonts', () => {
  it('copies every font the compiled font list names into dist/fonts and points the list there', async () => {
    const { packageFonts } = (await import('../../scripts/package-fonts.mjs' as string)) as {
      packageFonts(dist: string, fonts: string): string[];
    };
    const dist = mkdtempSync(join(tmpdir(), 'tutorkit-dist-'));
    try {
      // The compiled list is the source list as tsc writes it: same URL expressions.
      mkdirSync(join(dist, 'internal'));
      const source = readFileSync(fileURLToPath(new URL('./katex-font-list.ts', import.meta.url)), 'utf8');
      writeFileSync(join(dist, 'internal', 'katex-font-list.js'), source);
      const require = createRequire(import.meta.url);
      const fonts = join(dirname(require.resolve('katex/package.json')), 'dist', 'fonts');
      const files = packageFonts(dist, fonts);
      expect(files.length).to.be.at.least(19);
      const list = readFileSync(join(dist, 'internal', 'katex-font-list.js'), 'utf8');
      expect(list).to.not.include('node_modules');
      for (const [, relative] of list.matchAll(/new URL\('([^']+\.woff2)', import\.meta\.url\)/g)) {
        const url = new URL(relative as string, `file://${join(dist, 'internal')}/`);
        expect(existsSync(fileURLToPath(url)), relative).to.equal(true);
      }
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
