/**
 * The published JSON Schema agrees with the validator and with the TypeScript types. Node only:
 * it reads the published file and runs the TypeScript compiler.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Value } from '@sinclair/typebox/value';
import { Ajv } from 'ajv';
import { expect } from 'chai';
import fc from 'fast-check';
import { compile } from 'json-schema-to-typescript';
import ts from 'typescript';
import { examplePackText, validPack } from '../test-support/fixtures.js';
import { type Json, mutatedDocument } from '../test-support/mutations.js';
import { packJsonSchema } from './json-schema.js';
import { PackSchema } from './schema.js';

const publishedUrl = new URL('../../schema/tutorkit.pack-1.schema.json', import.meta.url);
const published = JSON.parse(readFileSync(publishedUrl, 'utf8'));

describe('the published JSON Schema', () => {
  it('is exactly what the source of truth generates (run `pnpm --filter @tutorkit/core generate` after changing the schema)', () => {
    expect(published).to.deep.equal(packJsonSchema());
  });

  it('compiles in Ajv strict mode', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    expect(() => ajv.compile(published)).to.not.throw();
  });

  it('gives the same verdict as the validator on valid packs and thousands of mutations', async () => {
    const validate = new Ajv({ strict: true }).compile(published);
    const example = JSON.parse(await examplePackText());
    expect(validate(example), JSON.stringify(validate.errors)).to.equal(true);
    expect(Value.Check(PackSchema, example)).to.equal(true);
    let rejected = 0;
    for (const base of [validPack() as unknown as Json, example as Json]) {
      fc.assert(
        fc.property(mutatedDocument(base), (document) => {
          const verdict = Value.Check(PackSchema, document);
          if (!verdict) rejected++;
          expect(validate(document), JSON.stringify(document).slice(0, 200)).to.equal(verdict);
        }),
        { numRuns: 1500 },
      );
    }
    // The agreement must be tested on both sides of the line, not only on valid documents.
    expect(rejected).to.be.greaterThan(1000);
  });

  it('describes the same type as the TypeScript `Pack` type (both ways assignable)', async () => {
    // Without $id and title, json-schema-to-typescript names the root type after the name given here.
    const { $id: _id, title: _title, ...anonymous } = published;
    // Item counts are checked at run time; as tuple types they would not be TypeScript arrays.
    const generated = await compile(anonymous, 'PackFromSchema', {
      bannerComment: '',
      additionalProperties: false,
      ignoreMinAndMaxItems: true,
    });
    const dir = mkdtempSync(join(tmpdir(), 'tutorkit-schema-types-'));
    const schemaModule = fileURLToPath(new URL('./schema.ts', import.meta.url));
    writeFileSync(join(dir, 'generated.ts'), generated);
    writeFileSync(
      join(dir, 'agree.ts'),
      [
        `import type { Pack } from ${JSON.stringify(schemaModule)};`,
        `import type { PackFromSchema } from './generated.js';`,
        'declare const fromSchema: PackFromSchema;',
        'declare const fromTypes: Pack;',
        'export const typesAcceptSchema: Pack = fromSchema;',
        'export const schemaAcceptsTypes: PackFromSchema = fromTypes;',
      ].join('\n'),
    );
    const program = ts.createProgram([join(dir, 'agree.ts')], {
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics, diagnostics.join('\n')).to.deep.equal([]);
  });
});
