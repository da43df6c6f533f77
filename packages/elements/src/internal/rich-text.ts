/**
 * Rich text (core's Markdown subset with `$…$` TeX) to Lit templates. Only core's safe tree is
 * rendered, and only through Lit text bindings and fixed element templates: no `unsafeHTML`,
 * no attribute taken from the source except `<tutor-math>`'s `tex` (rendered by KaTeX with
 * `trust: false`). Text that core refuses (raw HTML, unclosed math) is shown as plain text.
 *
 * The templates use `<tutor-math>`; the caller makes sure it is defined (import
 * `tutor-math/define.js`), as the elements that use this helper do.
 */
import { parseRichText, type RichBlock, type RichInline } from '@tutorkit/core';
import { html, nothing, type TemplateResult } from 'lit';

function inline(node: RichInline): TemplateResult {
  switch (node.type) {
    case 'text':
      return html`${node.value}`;
    case 'strong':
      return html`<strong>${node.children.map(inline)}</strong>`;
    case 'emphasis':
      return html`<em>${node.children.map(inline)}</em>`;
    case 'code':
      return html`<code>${node.value}</code>`;
    case 'math':
      return html`<tutor-math tex=${node.tex} ?display=${node.display}></tutor-math>`;
    case 'break':
      return html`<br />`;
  }
}

function block(node: RichBlock): TemplateResult {
  switch (node.type) {
    case 'paragraph':
      return html`<p>${node.children.map(inline)}</p>`;
    case 'math':
      return html`<p class="math-block"><tutor-math tex=${node.tex} display></tutor-math></p>`;
    case 'list': {
      const items = node.items.map((item) => html`<li>${item.map(block)}</li>`);
      return node.ordered
        ? html`<ol start=${node.start === 1 ? nothing : node.start}>${items}</ol>`
        : html`<ul>${items}</ul>`;
    }
  }
}

/**
 * Renders rich text: paragraphs, lists, strong/emphasis/code, line breaks and math as
 * `<tutor-math tex … display>`. `undefined` or empty renders nothing; refused text renders as
 * one plain-text paragraph.
 */
export function renderRichText(source: string | undefined): TemplateResult {
  if (source === undefined || source.trim() === '') return html``;
  const result = parseRichText(source);
  if (!result.ok) return html`<p>${source}</p>`;
  return html`${result.blocks.map(block)}`;
}

/**
 * Rich text flattened to plain text (math as its TeX source), e.g. for `aria-label`s or
 * messages where markup cannot go.
 */
export function richTextToPlain(source: string | undefined): string {
  if (source === undefined) return '';
  const result = parseRichText(source);
  if (!result.ok) return source.trim();
  const ofInline = (n: RichInline): string =>
    n.type === 'text' || n.type === 'code'
      ? n.value
      : n.type === 'math'
        ? n.tex
        : n.type === 'break'
          ? ' '
          : n.children.map(ofInline).join('');
  const ofBlock = (b: RichBlock): string =>
    b.type === 'paragraph'
      ? b.children.map(ofInline).join('')
      : b.type === 'math'
        ? b.tex
        : b.items.map((item) => item.map(ofBlock).join(' ')).join(' ');
  return result.blocks.map(ofBlock).join(' ');
}
