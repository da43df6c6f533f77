import { expect } from 'chai';
import { allStandards, findStandard } from './ccss.js';

describe('CCSS-M standards', () => {
  it('knows all 410 K–8 codes, clusters and standards', () => {
    const all = allStandards();
    expect(all).to.have.length(410);
    expect(
      all.filter((s) => s.level === 'cluster' && s.emphasis === 'major' && /^[3-8]\./.test(s.code)),
    ).to.have.length(35);
  });

  it('finds a standard by its canonical code', () => {
    expect(findStandard('5.NF.A.1')).to.deep.equal({
      code: '5.NF.A.1',
      grade: '5',
      domain: 'NF',
      level: 'standard',
      emphasis: 'major',
    });
    expect(findStandard('4.NF.B.3a')?.code).to.equal('4.NF.B.3a');
  });

  it('accepts the long identifier and the old short form', () => {
    expect(findStandard('CCSS.Math.Content.4.NF.B.3a')?.code).to.equal('4.NF.B.3a');
    expect(findStandard('4.NF.3a')?.code).to.equal('4.NF.B.3a');
    expect(findStandard('5.NF.1')?.code).to.equal('5.NF.A.1');
    expect(findStandard(' 5.nf.a.1 ')?.code).to.equal('5.NF.A.1');
  });

  it('rejects codes that are not K–8 CCSS-M', () => {
    for (const code of ['5.NF.Z.9', 'HSA.SSE.A.1', '9.NF.A.1', '', 'CCSS.Math.Content.', '5.NF']) {
      expect(findStandard(code), code).to.equal(undefined);
    }
  });
});
