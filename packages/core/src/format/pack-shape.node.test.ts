import { readFileSync } from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import { expect } from 'chai';
import fc from 'fast-check';
import { validPack } from '../test-support/fixtures.js';
import { type Json, mutatedDocument } from '../test-support/mutations.js';
import { hasPackShape } from './pack-shape.generated.js';
import { parsePack } from './parse-pack.js';
import { readPack } from './read-pack.js';
import { PackSchema } from './schema.js';
import { compiledShapeCheck } from './shape-check-source.js';

describe('the compiled pack shape check', () => {
  it('is exactly what the schema compiles to (run `pnpm --filter @tutorkit/core generate` after changing the schema)', () => {
    const file = readFileSync(new URL('./pack-shape.generated.ts', import.meta.url), 'utf8');
    expect(file).to.equal(compiledShapeCheck());
  });

  it('agrees with the schema library on valid and broken packs', () => {
    const broken: unknown[] = [
      {},
      null,
      [],
      { ...validPack(), extra: true },
      { ...validPack(), skills: [] },
      { ...validPack(), version: 'one' },
      { ...validPack(), locales: ['en', 'es', 'en'] },
      { ...validPack(), problems: [{ ...validPack().problems[0], hints: 'none' }] },
    ];
    expect(hasPackShape(validPack())).to.equal(true);
    for (const value of [validPack(), ...broken]) expect(hasPackShape(value)).to.equal(Value.Check(PackSchema, value));
  });

  it('agrees with the schema library on thousands of random mutations of a valid pack', () => {
    fc.assert(
      fc.property(mutatedDocument(validPack() as unknown as Json), (document) => {
        expect(hasPackShape(document)).to.equal(Value.Check(PackSchema, document));
      }),
      { numRuns: 5000, seed: 20261204 },
    );
  });

  it('makes readPack agree with parsePack on random mutations, as text', async () => {
    const samples = fc.sample(mutatedDocument(validPack() as unknown as Json), { numRuns: 400, seed: 7 });
    for (const document of samples) {
      const text = JSON.stringify(document);
      expect(await readPack(text)).to.deep.equal(parsePack(text));
    }
  });
});
