/** Pack format: parse and validate a generated pack of 10,000 problems, and its size. */
import { gzipSync } from 'node:zlib';
import { parsePack } from '@tutorkit/core';
import { generatePack } from './generate-pack.js';
import { type Results, round, time } from './measure.js';

export function benchFormat(results: Results): void {
  const pack = generatePack(10_000);
  const text = JSON.stringify(pack, null, 2);
  const check = parsePack(text);
  if (!check.ok) throw new Error(`benchmark pack is invalid: ${JSON.stringify(check.errors.slice(0, 3))}`);

  const parseText = time(7, () => parsePack(text));
  const parseValue = time(7, () => parsePack(pack));
  // Baseline in the same run: the ratio holds on a slow or busy machine.
  const jsonParse = time(7, () => JSON.parse(text));

  results['pack-10k-parse-validate-text'] = { value: round(parseText), unit: 'ms', budget: 1000, better: 'lower' };
  results['pack-10k-parse-validate-value'] = { value: round(parseValue), unit: 'ms', budget: 1000, better: 'lower' };
  results['pack-10k-vs-json-parse'] = {
    value: round(parseText / jsonParse, 2),
    unit: 'x',
    budget: 40,
    better: 'lower',
  };
  results['pack-10k-size'] = {
    value: round(Buffer.byteLength(text) / 2 ** 20, 2),
    unit: 'MiB',
    budget: 16,
    better: 'lower',
  };
  results['pack-10k-size-gzip'] = {
    value: round(gzipSync(text).length / 2 ** 20, 2),
    unit: 'MiB',
    budget: 2,
    better: 'lower',
  };
}
