import { expect } from 'chai';
import { katexFontFaceCss } from '../internal/katex-fonts.js';
import { axeViolations } from '../test-support/axe.js';
import './define.js';
import type { TutorMath } from './tutor-math.js';

async function mount(tex: string, display = false): Promise<TutorMath> {
  const el = document.createElement('tutor-math');
  el.tex = tex;
  el.display = display;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('<tutor-math>', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('tutor-math')) el.remove();
  });

  it('typesets TeX with KaTeX and keeps MathML for screen readers', async () => {
    const el = await mount('\\frac{1}{2}');
    const root = el.shadowRoot as ShadowRoot;
    expect(el.status).to.equal('rendered');
    expect(root.querySelector('.katex')).to.not.equal(null);
    const math = root.querySelector('math');
    expect(math, 'MathML').to.not.equal(null);
    expect(math?.querySelector('mfrac')).to.not.equal(null);
    expect(root.querySelector('.katex-html')?.getAttribute('aria-hidden')).to.equal('true');
    expect(root.querySelector<HTMLElement>('[part="source"]')?.hidden).to.equal(true);
  });

  it('renders display math as a block', async () => {
    const el = await mount('x^2', true);
    expect(el.shadowRoot?.querySelector('.katex-display')).to.not.equal(null);
    expect(getComputedStyle(el).display).to.equal('block');
  });

  it('re-typesets when tex changes', async () => {
    const el = await mount('1');
    el.tex = '\\sqrt{2}';
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('msqrt')).to.not.equal(null);
  });

  it('shows the TeX source as text when it cannot be typeset', async () => {
    const el = await mount('\\frac{1}{');
    expect(el.status).to.equal('error');
    const source = el.shadowRoot?.querySelector<HTMLElement>('[part="source"]');
    expect(source?.hidden).to.equal(false);
    expect(source?.textContent).to.equal('\\frac{1}{');
    expect(el.shadowRoot?.querySelector('.katex-error')).to.equal(null);
  });

  it('shows the source while KaTeX has not typeset yet', async () => {
    const el = document.createElement('tutor-math');
    el.tex = 'a+b';
    document.body.append(el);
    // Lit renders in a microtask; KaTeX (even when already loaded) is awaited after that.
    await Promise.resolve();
    expect(el.status).to.equal('loading');
    const source = el.shadowRoot?.querySelector<HTMLElement>('[part="source"]');
    expect(source?.textContent).to.equal('a+b');
    expect(source?.hidden).to.equal(false);
    await el.updateComplete;
    expect(el.status).to.equal('rendered');
  });

  it('installs the KaTeX font faces in the document once, not in the shadow root', async () => {
    await mount('1');
    await mount('2');
    const sheets = document.adoptedStyleSheets.filter((s) =>
      Array.from(s.cssRules).some((r) => r instanceof CSSFontFaceRule && r.cssText.includes('KaTeX_Main')),
    );
    expect(sheets).to.have.length(1);
    expect(sheets[0]?.cssRules.length).to.equal(20);
    expect(document.querySelector('style')).to.equal(null);
    const shadowRules = (document.querySelector('tutor-math')?.shadowRoot?.adoptedStyleSheets ?? []).flatMap((s) =>
      Array.from(s.cssRules),
    );
    expect(shadowRules.some((r) => r instanceof CSSFontFaceRule)).to.equal(false);
  });

  it('serves the woff2 fonts from the katex package and the browser loads them', async () => {
    const css = katexFontFaceCss();
    const url = /url\("([^"]+KaTeX_Main-Regular\.woff2)"\)/.exec(css)?.[1];
    expect(url).to.be.a('string');
    const response = await fetch(url as string);
    expect(response.ok).to.equal(true);
    await mount('x');
    await document.fonts.load('16px KaTeX_Main', 'x');
    expect(document.fonts.check('16px KaTeX_Main', 'x')).to.equal(true);
  });

  it('refuses untrusted commands (trust: false)', async () => {
    const el = await mount('\\href{javascript:alert(1)}{x}\\url{javascript:alert(2)}\\includegraphics{x.png}');
    const root = el.shadowRoot as ShadowRoot;
    expect(root.querySelector('a')).to.equal(null);
    expect(root.querySelector('img')).to.equal(null);
  });

  it('has no axe violations, inline and display', async () => {
    const el = await mount('\\frac{3}{4} + 0.75');
    expect(await axeViolations(el)).to.deep.equal([]);
    const block = await mount('\\sum_{i=1}^{n} i', true);
    expect(await axeViolations(block)).to.deep.equal([]);
  });
});
