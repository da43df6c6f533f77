import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { allStandards } from './ccss.js';

describe('the generated code list', () => {
  it('holds exactly the codes of the data file, in its order, with their level and emphasis', () => {
    const data = JSON.parse(readFileSync(new URL('../../data/ccss-math/codes-k8.json', import.meta.url), 'utf8')) as {
      codes: { code: string; grade: string; domain: string; level: string; emphasis: string }[];
    };
    expect(allStandards()).to.deep.equal(
      data.codes.map(({ code, grade, domain, level, emphasis }) => ({ code, grade, domain, level, emphasis })),
    );
  });
});
