/**
 * Tutorkit's own rich-text parser against markdown-it (with the same subset enabled), the
 * reference it replaced: on texts built from the subset's pieces, both give the same tree, or
 * both refuse the text for the same reasons.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { mayHaveRichTextProblems, parseRichText } from './parse.js';
import { parseWithMarkdownIt } from './test-support/markdown-it-reference.js';
import type { RichTextResult } from './tree.js';

const PIECES = [
  'Add',
  'the',
  'fractions',
  'x',
  'ñandú',
  ' ',
  ' ',
  '  ',
  '\t',
  '*',
  '**',
  '***',
  '_',
  '__',
  '`',
  '``',
  '$\\frac{1}{2}$',
  '$x+1$',
  '$$a^2$$',
  '$',
  '$$',
  '$5',
  '\\$',
  '\\*',
  '\\',
  '\n',
  '\n\n',
  '\n- ',
  '\n* ',
  '\n+ ',
  '\n1. ',
  '\n2) ',
  '\n  - ',
  '\n   ',
  '- ',
  '1. ',
  '<b>',
  '</b>',
  '<',
  '>',
  '3 < 5',
  '<!-- c -->',
  '<div>',
  '.',
  ',',
  '!',
  '(',
  ')',
  '"',
  '—',
  '&lt;',
  '#',
  '[a](b)',
];

function summary(result: RichTextResult): unknown {
  return result.ok
    ? { ok: true, blocks: result.blocks }
    : { ok: false, rules: [...new Set(result.problems.map((p) => p.rule))].sort() };
}

describe('parseRichText, compared with markdown-it', () => {
  it('gives the same tree or the same refusal on texts made of the subset’s pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (pieces) => {
        const source = pieces.join('');
        expect(summary(parseRichText(source)), JSON.stringify(source)).to.deep.equal(
          summary(parseWithMarkdownIt(source)),
        );
      }),
      { numRuns: 20000, seed: 20261204 },
    );
  });

  it('refuses only texts that mayHaveRichTextProblems flags, the shortcut the pack check takes', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (pieces) => {
        const source = pieces.join('');
        const result = parseRichText(source);
        if (!result.ok) {
          refused++;
          expect(mayHaveRichTextProblems(source), JSON.stringify(source)).to.equal(true);
        }
      }),
      { numRuns: 20000, seed: 20261205 },
    );
    expect(refused, 'the pieces make refused texts too').to.be.greaterThan(1000);
  });

  it('gives the same trees on the texts authors write', () => {
    for (const source of [
      'Add: $\\frac{1}{2} + \\frac{1}{3}$',
      '**Step 1.** Find a common denominator.\n\n**Step 2.** Add the numerators.',
      'Which is *larger*: $0.5$ or $0.45$?',
      '- Multiply the top.\n- Multiply the bottom.\n\n1. first\n2. second',
      '- outer\n  - inner\n  - inner two\n- outer two',
      'Line one  \nline two\\\nline three',
      'A pen costs \\$5 and a book \\$12.',
      '$$\n\\frac{3}{6} + \\frac{2}{6}\n$$',
      'Use `x` for the unknown and snake_case_names.',
      '1) one\n2) two\n\n3. three',
      'Not a list: 2023. was a year',
      '**bold *and italic* text**',
    ]) {
      expect(summary(parseRichText(source)), source).to.deep.equal(summary(parseWithMarkdownIt(source)));
    }
  });
});
