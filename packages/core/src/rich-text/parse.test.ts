import { expect } from 'chai';
import { parseRichText } from './parse.js';
import type { RichBlock } from './tree.js';

function blocks(source: string): readonly RichBlock[] {
  const result = parseRichText(source);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.blocks;
}

function rules(source: string): string[] {
  const result = parseRichText(source);
  return result.ok ? [] : result.problems.map((p) => p.rule);
}

describe('parseRichText', () => {
  it('reads plain text as one paragraph', () => {
    expect(blocks('  Add the fractions. ')).to.deep.equal([
      { type: 'paragraph', children: [{ type: 'text', value: 'Add the fractions.' }] },
    ]);
  });

  it('reads inline and display TeX', () => {
    expect(blocks('What is $\\frac{1}{2}+\\frac{1}{3}$?')).to.deep.equal([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'What is ' },
          { type: 'math', tex: '\\frac{1}{2}+\\frac{1}{3}', display: false },
          { type: 'text', value: '?' },
        ],
      },
    ]);
    expect(blocks('Look:\n\n$$\\frac{3}{6}+\\frac{2}{6}$$')).to.deep.equal([
      { type: 'paragraph', children: [{ type: 'text', value: 'Look:' }] },
      { type: 'math', tex: '\\frac{3}{6}+\\frac{2}{6}' },
    ]);
  });

  it('keeps backslashes and dollar escapes inside math', () => {
    const [paragraph] = blocks('$a \\$ b$');
    expect(paragraph).to.deep.equal({
      type: 'paragraph',
      children: [{ type: 'math', tex: 'a \\$ b', display: false }],
    });
  });

  it('reads strong, emphasis, code, lists and line breaks', () => {
    expect(blocks('**Add** the *tops*, then `check`.')[0]).to.deep.equal({
      type: 'paragraph',
      children: [
        { type: 'strong', children: [{ type: 'text', value: 'Add' }] },
        { type: 'text', value: ' the ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'tops' }] },
        { type: 'text', value: ', then ' },
        { type: 'code', value: 'check' },
        { type: 'text', value: '.' },
      ],
    });
    expect(blocks('3. three\n4. four')[0]).to.deep.include({ type: 'list', ordered: true, start: 3 });
    expect(blocks('- a\n- b')[0]).to.deep.include({ type: 'list', ordered: false });
    expect(blocks('one  \ntwo')[0]).to.deep.equal({
      type: 'paragraph',
      children: [{ type: 'text', value: 'one' }, { type: 'break' }, { type: 'text', value: 'two' }],
    });
  });

  it('reads an escaped dollar as a dollar sign', () => {
    expect(blocks('It costs \\$5.')[0]).to.deep.equal({
      type: 'paragraph',
      children: [{ type: 'text', value: 'It costs $5.' }],
    });
  });

  it('leaves links, images, headings and entities as literal text, so nothing is fetched or injected', () => {
    for (const source of [
      '[click](javascript:alert(1))',
      '![x](https://example.org/x.png)',
      '# Title',
      '&lt;b&gt;',
      'https://example.org',
    ]) {
      const text = JSON.stringify(blocks(source));
      expect(text).to.not.contain('"type":"link"');
      expect(blocks(source).every((b) => b.type === 'paragraph')).to.equal(true);
    }
  });

  it('refuses raw HTML, inline or as a block', () => {
    expect(rules('Add <b>these</b>')).to.include('rich-text/raw-html');
    expect(rules('<div>\nhello\n</div>')).to.deep.equal(['rich-text/raw-html']);
    expect(rules('<img src=x onerror=alert(1)>')).to.deep.equal(['rich-text/raw-html']);
    expect(rules('<!-- note -->')).to.deep.equal(['rich-text/raw-html']);
  });

  it('does not mistake comparisons for HTML', () => {
    expect(rules('Is 3 < 5 and 7 > 2?')).to.deep.equal([]);
    expect(rules('$a<b$ and $c>d$')).to.deep.equal([]);
  });

  it('refuses unclosed and empty math, and explains prices', () => {
    expect(rules('Simplify $x + 1')).to.deep.equal(['rich-text/unclosed-math']);
    expect(rules('Between $$ and more')).to.deep.equal(['rich-text/unclosed-math']);
    expect(rules('$$ $$')).to.deep.equal(['rich-text/empty-math']);
    const price = parseRichText('A pen costs $5.');
    expect(!price.ok && price.problems[0]?.message).to.contain('dollar sign');
  });

  it('never throws on arbitrary input', () => {
    const samples = ['', '$', '$$', '\\', '*', '**', '`', '<', '>', '<<>>', '$$$$$', '- ', '1.', '\u0000', '$\\$'];
    for (const s of samples) expect(() => parseRichText(s)).to.not.throw();
  });
});
