import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { replaceTable, statsTable } from '../scripts/stats-table.js';

describe('the curriculum README', function () {
  this.timeout(300_000);
  it('shows the current statistics table (run `pnpm --filter @tutorkit/curriculum readme` after changing packs)', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(replaceTable(readme, await statsTable())).to.equal(readme);
  });
});
