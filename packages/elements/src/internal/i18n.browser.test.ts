import { expect } from 'chai';
import { effectiveLang, format, stringsFor, supportedLang } from './i18n.js';

describe('i18n', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.lang = 'en';
  });

  it('picks the closest lang, crossing shadow roots, then the document', () => {
    const outer = document.createElement('div');
    outer.lang = 'es-MX';
    const host = document.createElement('div');
    outer.append(host);
    document.body.append(outer);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(effectiveLang(inner)).to.equal('es-MX');
    outer.removeAttribute('lang');
    document.documentElement.lang = 'es';
    expect(effectiveLang(inner)).to.equal('es');
  });

  it('falls back from region to language to English', () => {
    expect(supportedLang('es-MX')).to.equal('es');
    expect(supportedLang('ES_us')).to.equal('es');
    expect(supportedLang('en-GB')).to.equal('en');
    expect(supportedLang('fr')).to.equal('en');
    expect(supportedLang('')).to.equal('en');
  });

  it('picks a string table and fills placeholders', () => {
    const el = document.createElement('p');
    el.lang = 'es';
    expect(stringsFor({ en: { hi: 'Hi' }, es: { hi: 'Hola' } }, el).hi).to.equal('Hola');
    expect(format('{n} of {total} {missing}', { n: 1, total: 3 })).to.equal('1 of 3 {missing}');
  });
});
