import { expect } from 'chai';
import { render } from 'lit';
import '../tutor-math/define.js';
import { renderRichText, richTextToPlain } from './rich-text.js';

function mount(source: string | undefined): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(renderRichText(source), container);
  return container;
}

describe('renderRichText', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('renders paragraphs, strong, emphasis, code and breaks', () => {
    const el = mount('**Add** the *tops*, then `check`.  \nDone.\n\nNext.');
    const paragraphs = el.querySelectorAll('p');
    expect(paragraphs).to.have.length(2);
    expect(el.querySelector('strong')?.textContent).to.equal('Add');
    expect(el.querySelector('em')?.textContent).to.equal('tops');
    expect(el.querySelector('code')?.textContent).to.equal('check');
    expect(el.querySelector('br')).to.not.equal(null);
  });

  it('renders inline and display math as <tutor-math>', async () => {
    const el = mount('What is $\\frac{1}{2}+\\frac{1}{3}$?\n\n$$\\frac{5}{6}$$');
    const maths = Array.from(el.querySelectorAll('tutor-math'));
    expect(maths.map((m) => [m.tex, m.display])).to.deep.equal([
      ['\\frac{1}{2}+\\frac{1}{3}', false],
      ['\\frac{5}{6}', true],
    ]);
    expect(maths[0]?.getAttribute('tex')).to.equal('\\frac{1}{2}+\\frac{1}{3}');
    await Promise.all(maths.map((m) => m.updateComplete));
    expect(maths.every((m) => m.status === 'rendered')).to.equal(true);
  });

  it('renders ordered lists with their start and bullet lists', () => {
    const el = mount('3. three\n4. four\n\n- a\n- b');
    expect(el.querySelector('ol')?.getAttribute('start')).to.equal('3');
    expect(el.querySelectorAll('ol > li')).to.have.length(2);
    expect(el.querySelectorAll('ul > li')).to.have.length(2);
  });

  it('shows refused text (raw HTML, unclosed math) as plain text', () => {
    const el = mount('Add <b>these</b> and $x');
    expect(el.querySelector('b')).to.equal(null);
    expect(el.textContent).to.contain('Add <b>these</b> and $x');
  });

  it('renders nothing for undefined or blank text', () => {
    expect(mount(undefined).textContent?.trim()).to.equal('');
    expect(mount('   ').querySelector('p')).to.equal(null);
  });

  it('flattens to plain text', () => {
    expect(richTextToPlain('**Add** $\\frac{1}{2}$ and\n\n- a\n- b')).to.equal('Add \\frac{1}{2} and a b');
    expect(richTextToPlain('<b>x</b>')).to.equal('<b>x</b>');
  });
});
