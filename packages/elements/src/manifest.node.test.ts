import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

describe('custom-elements.json', () => {
  it('is what the analyzer makes of the sources now (run `pnpm --filter @tutorkit/elements analyze`)', async function () {
    this.timeout(60_000);
    // The analyzer's own CLI module, without writing: the same configuration as `pnpm analyze`.
    const { cli } = (await import('@custom-elements-manifest/analyzer/cli.js' as string)) as {
      cli: (options: { argv: string[]; cwd: string; noWrite: boolean }) => Promise<unknown>;
    };
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const manifest = await cli({
      argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
      cwd,
      noWrite: true,
    });
    const committed = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
    expect(JSON.parse(JSON.stringify(manifest))).to.deep.equal(committed);
  });
});
