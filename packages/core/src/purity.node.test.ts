/**
 * `core` is pure: no DOM, no network, no clock, no randomness, no process or storage access.
 * Everything that varies is passed in, so every tier computes the same projections.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const FORBIDDEN: [RegExp, string][] = [
  [/\bDate\.now\s*\(|\bnew Date\s*\(/, 'reads the clock (pass a clock in)'],
  [/\bMath\.random\s*\(/, 'uses randomness (pass a seed in)'],
  [/\bperformance\.now\s*\(/, 'reads the clock (pass a clock in)'],
  [/\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b/, 'uses the network'],
  [/\b(document|window|navigator|localStorage|sessionStorage|indexedDB)\s*[.[]/, 'touches the DOM or browser storage'],
  [/\bprocess\.|\bfrom ['"]node:/, 'depends on Node'],
  [/\beval\s*\(|\bnew Function\s*\(/, 'evaluates code'],
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('core purity', () => {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const files = sources(root);

  it('finds the sources it checks', () => {
    expect(files.length).to.be.greaterThan(10);
  });

  for (const [pattern, why] of FORBIDDEN) {
    it(`no source ${why}`, () => {
      const offenders = files.filter((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .some((line) => !/^\s*(\/\/|\/\*|\*)/.test(line) && pattern.test(line)),
      );
      expect(offenders).to.deep.equal([]);
    });
  }
});
