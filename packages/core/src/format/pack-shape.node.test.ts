import { readFileSync } from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import { expect } from 'chai';
import { validPack } from '../test-support/fixtures.js';
import { hasPackShape } from './pack-shape.generated.js';
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
});
