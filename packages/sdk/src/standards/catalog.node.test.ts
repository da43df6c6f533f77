import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { renderStandardsModule } from '../../scripts/generate-standards.js';
import { catalog, standards } from './catalog.js';

describe('the standards catalog', () => {
  it('is generated from core’s data (run `pnpm --filter @tutorkit/sdk generate` after it changes)', () => {
    expect(readFileSync(new URL('./ccss-data.ts', import.meta.url), 'utf8')).to.equal(renderStandardsModule());
  });

  it('knows all 410 K–8 codes with grade, domain, cluster and emphasis', () => {
    expect(catalog.all()).to.have.length(410);
    expect(Object.keys(standards())).to.have.length(410);
    expect(catalog.get('4.NF.B.3a')).to.deep.include({
      code: '4.NF.B.3a',
      grade: '4',
      domain: 'NF',
      cluster: '4.NF.B',
      level: 'standard',
      emphasis: 'major',
    });
  });

  it('finds aliases through core', () => {
    expect(catalog.get('CCSS.Math.Content.4.NF.B.3a')?.code).to.equal('4.NF.B.3a');
    expect(catalog.get('4.NF.3')?.code).to.equal('4.NF.B.3');
    expect(catalog.has('9.ZZ.1')).to.equal(false);
  });

  it('gives prerequisites (learned before) apart from related codes', () => {
    const nf = catalog.get('5.NF.A.1');
    expect(nf?.prerequisites.length).to.be.greaterThan(0);
    for (const p of nf?.prerequisites ?? []) expect(catalog.get(p)?.leadsTo).to.include('5.NF.A.1');
    const transitive = catalog.prerequisitesOf('5.NF.A.1', { transitive: true }).map((s) => s.code);
    expect(transitive.length).to.be.greaterThan(nf?.prerequisites.length ?? 0);
    expect(transitive).to.include.members([...(nf?.prerequisites ?? [])]);
    const withRelated = catalog.all().filter((s) => s.related.length > 0);
    expect(withRelated.length).to.be.greaterThan(0);
  });

  it('titles every major cluster of grades 3–8 in its own words', () => {
    const major = catalog
      .all()
      .filter((s) => s.level === 'cluster' && s.emphasis === 'major' && /^[3-8]$/.test(s.grade));
    expect(major).to.have.length(35);
    for (const cluster of major) expect(cluster.title, cluster.code).to.be.a('string').with.length.greaterThan(10);
    expect(catalog.get('5.NF.A')?.title).to.equal('Add and subtract fractions with unlike denominators');
    expect(catalog.clusters({ grade: '5', emphasis: 'major' }).map((c) => c.code)).to.deep.equal([
      '5.NBT.A',
      '5.NBT.B',
      '5.NF.A',
      '5.NF.B',
      '5.MD.C',
    ]);
    expect(catalog.standardsIn('5.NF.A').map((s) => s.code)).to.deep.equal(['5.NF.A.1', '5.NF.A.2']);
  });
});
