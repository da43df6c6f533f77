import { parseRichText, type RichBlock, type RichInline } from '@tutorkit/core';
import katex from 'katex';

/** Renders a TeX fragment with KaTeX: untrusted input, so no \href, \url or HTML extensions. */
function math(tex: string, display: boolean): HTMLElement {
  const span = document.createElement(display ? 'div' : 'span');
  katex.render(tex, span, {
    displayMode: display,
    throwOnError: false,
    trust: false,
    output: 'htmlAndMathml',
    strict: 'ignore',
  });
  return span;
}

function inline(nodes: readonly RichInline[], parent: Node): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        parent.appendChild(document.createTextNode(node.value));
        break;
      case 'strong':
      case 'emphasis': {
        const el = document.createElement(node.type === 'strong' ? 'strong' : 'em');
        inline(node.children, el);
        parent.appendChild(el);
        break;
      }
      case 'code': {
        const el = document.createElement('code');
        el.textContent = node.value;
        parent.appendChild(el);
        break;
      }
      case 'math':
        parent.appendChild(math(node.tex, node.display));
        break;
      case 'break':
        parent.appendChild(document.createElement('br'));
        break;
    }
  }
}

function blocks(nodes: readonly RichBlock[], parent: Node): void {
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      const p = document.createElement('p');
      inline(node.children, p);
      parent.appendChild(p);
    } else if (node.type === 'math') {
      parent.appendChild(math(node.tex, true));
    } else {
      const list = document.createElement(node.ordered ? 'ol' : 'ul');
      if (node.ordered && node.start !== 1) list.setAttribute('start', String(node.start));
      for (const item of node.items) {
        const li = document.createElement('li');
        blocks(item, li);
        list.appendChild(li);
      }
      parent.appendChild(list);
    }
  }
}

/** Rich text as DOM nodes: text nodes and KaTeX only, never HTML from the pack. */
export function richText(source: string): HTMLElement {
  const container = document.createElement('div');
  container.className = 'rich';
  const result = parseRichText(source);
  if (result.ok) blocks(result.blocks, container);
  else container.textContent = source; // a valid pack never gets here; show the words, not markup
  return container;
}
