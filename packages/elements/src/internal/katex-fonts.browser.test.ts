import { expect } from 'chai';
import { installKatexFonts, katexFontFaceCss, setKatexFontsBaseUrl } from './katex-fonts.js';

describe('KaTeX fonts', () => {
  afterEach(() => setKatexFontsBaseUrl(undefined));

  it('declares the 20 KaTeX faces as woff2 only', () => {
    const css = katexFontFaceCss();
    expect(css.match(/@font-face/g)).to.have.length(20);
    expect(css).to.not.contain('.woff"');
    expect(css).to.not.contain('.ttf');
    expect(css).to.contain('font-family:KaTeX_Size4');
  });

  it('resolves the fonts against a base URL when one is set', () => {
    setKatexFontsBaseUrl('/static/katex-fonts');
    const css = katexFontFaceCss();
    expect(css).to.contain(`url("${location.origin}/static/katex-fonts/KaTeX_Main-Regular.woff2")`);
  });

  it('installs into a document once, as an adopted sheet (no <style>, CSP-safe)', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument as Document;
    const first = installKatexFonts(doc);
    expect(first?.cssRules.length).to.equal(20);
    const second = installKatexFonts(doc);
    expect(second).to.equal(first);
    expect(doc.adoptedStyleSheets.filter((s) => s === first)).to.have.length(1);
    expect(doc.querySelector('style')).to.equal(null);
    expect(installKatexFonts(document.implementation.createHTMLDocument('x'))).to.equal(undefined);
    frame.remove();
  });
});
