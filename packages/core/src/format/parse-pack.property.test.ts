import { expect } from 'chai';
import fc from 'fast-check';
import { resolvePointer, validPack } from '../test-support/fixtures.js';
import { type Json, mutatedDocument } from '../test-support/mutations.js';
import { type ParsePackResult, parsePack } from './parse-pack.js';

function assertWellFormed(result: ParsePackResult, document: unknown, fromText: boolean): void {
  expect(result.ok).to.be.a('boolean');
  if (result.ok) {
    expect(result.pack).to.be.an('object');
    return;
  }
  expect(result.errors.length).to.be.greaterThan(0);
  for (const error of [...result.errors, ...result.warnings]) {
    expect(error.rule, error.message).to.not.equal('internal/unexpected');
    expect(error.message).to.be.a('string').and.not.equal('');
    if (error.rule.startsWith('json/syntax') || error.rule === 'json/too-deep' || error.rule === 'issues/truncated')
      continue;
    const { found, parentFound } = resolvePointer(document, error.pointer);
    expect(
      found || parentFound,
      `pointer ${JSON.stringify(error.pointer)} (${error.rule}) does not lead into the document`,
    ).to.equal(true);
    if (fromText) expect(error.line, `${error.rule} at ${error.pointer} has a line`).to.be.at.least(1);
  }
}

const base = validPack() as unknown as Json;

describe('parsePack never throws (property tests)', () => {
  it('on thousands of random mutations of a valid pack, given as a value and as text', () => {
    fc.assert(
      fc.property(mutatedDocument(base), (document) => {
        assertWellFormed(parsePack(structuredClone(document)), document, false);
        assertWellFormed(parsePack(JSON.stringify(document, null, 2)), document, true);
      }),
      { numRuns: 3000 },
    );
  });

  it('on random JSON values and their text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        assertWellFormed(parsePack(value), value, false);
        const text = JSON.stringify(value);
        if (text !== undefined) assertWellFormed(parsePack(text), value, true);
      }),
      { numRuns: 2000 },
    );
  });

  it('on truncated and corrupted pack text, reporting a line and column', () => {
    const text = JSON.stringify(base, null, 2);
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.string({ maxLength: 3 }), (cut, insert) => {
        const broken = text.slice(0, cut) + insert;
        const result = parsePack(broken);
        if (result.ok) {
          // Only possible when the cut and insert happen to restore the whole document.
          expect(JSON.parse(broken)).to.deep.equal(base);
          return;
        }
        for (const error of result.errors) {
          expect(error.rule).to.not.equal('internal/unexpected');
          if (error.rule === 'json/syntax') expect(error.line).to.be.at.least(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parsePack(text);
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(result.errors.every((e) => e.rule !== 'internal/unexpected')).to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });
});
