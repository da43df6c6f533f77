/**
 * The markdown-it reading of the rich-text subset that Tutorkit used before it had its own parser:
 * kept for the tests only, as the reference the parser is compared with.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { RichBlock, RichInline, RichTextProblem, RichTextResult } from '../tree.js';
import { type MathEnv, mathPlugin } from './markdown-it-math.js';

let parser: MarkdownIt | undefined;

/**
 * The subset is enabled rule by rule from markdown-it's empty preset: anything not listed here
 * (headings, links, images, tables, entities, autolinks) stays literal text. HTML recognition is
 * on only so that raw HTML can be found and refused.
 */
function markdown(): MarkdownIt {
  if (!parser) {
    parser = new MarkdownIt('zero', { html: true })
      .enable(['list', 'html_block', 'newline', 'escape', 'backticks', 'emphasis', 'html_inline'])
      .use(mathPlugin);
  }
  return parser;
}

/** Characters or line starts that could make a string more than one plain paragraph. */
const MARKUP = /[\\`*_<>$\n\r]|^\s*(?:[-+*]|\d{1,9}[.)])(?:\s|$)/;

function htmlProblem(content: string): RichTextProblem {
  const found = content.trim().slice(0, 40);
  return {
    rule: 'rich-text/raw-html',
    message: `raw HTML is not allowed (found ${JSON.stringify(found)}); use Markdown such as **bold** or *italic*`,
    found,
  };
}

function pushText(out: RichInline[], value: string): void {
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + value };
  else out.push({ type: 'text', value });
}

function convertInline(tokens: readonly Token[], problems: RichTextProblem[]): RichInline[] {
  const stack: { type: 'strong' | 'emphasis'; children: RichInline[] }[] = [];
  const root: RichInline[] = [];
  const current = () => stack[stack.length - 1]?.children ?? root;
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        if (token.content) pushText(current(), token.content);
        break;
      case 'softbreak':
        pushText(current(), ' ');
        break;
      case 'hardbreak':
        current().push({ type: 'break' });
        break;
      case 'code_inline':
        current().push({ type: 'code', value: token.content });
        break;
      case 'math_inline':
        current().push({ type: 'math', tex: token.content, display: token.markup === '$$' });
        break;
      case 'strong_open':
      case 'em_open':
        stack.push({ type: token.type === 'strong_open' ? 'strong' : 'emphasis', children: [] });
        break;
      case 'strong_close':
      case 'em_close': {
        const node = stack.pop();
        if (node) current().push({ type: node.type, children: node.children });
        break;
      }
      case 'html_inline':
        problems.push(htmlProblem(token.content));
        break;
      default:
        // Every enabled rule is handled above; an unknown token becomes its literal text.
        if (token.content) pushText(current(), token.content);
    }
  }
  return root;
}

function convertBlocks(tokens: readonly Token[], problems: RichTextProblem[]): RichBlock[] {
  let pos = 0;
  function blocksUntil(closeType: string | undefined): RichBlock[] {
    const blocks: RichBlock[] = [];
    while (pos < tokens.length) {
      const token = tokens[pos++] as Token;
      if (token.type === closeType) return blocks;
      if (token.type === 'inline') {
        const children = convertInline(token.children ?? [], problems);
        const only = children.length === 1 ? children[0] : undefined;
        // A paragraph that is only $$…$$ is display math on its own line.
        if (only?.type === 'math' && only.display) blocks.push({ type: 'math', tex: only.tex });
        else if (children.length > 0) blocks.push({ type: 'paragraph', children });
      } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
        const ordered = token.type === 'ordered_list_open';
        const start = Number(token.attrGet('start') ?? 1);
        const items: RichBlock[][] = [];
        while (pos < tokens.length && tokens[pos]?.type === 'list_item_open') {
          pos++;
          items.push(blocksUntil('list_item_close'));
        }
        pos++; // the list's close token
        blocks.push({ type: 'list', ordered, start, items });
      } else if (token.type === 'html_block') {
        problems.push(htmlProblem(token.content));
      }
      // paragraph_open/close carry no content of their own.
    }
    return blocks;
  }
  return blocksUntil(undefined);
}

/**
 * Parses rich text into a safe tree. Never throws: raw HTML and unclosed math are reported as
 * problems, and everything else that is not part of the subset stays literal text.
 */
export function parseWithMarkdownIt(source: string): RichTextResult {
  if (!MARKUP.test(source)) {
    const value = source.trim();
    return { ok: true, blocks: value ? [{ type: 'paragraph', children: [{ type: 'text', value }] }] : [] };
  }
  const env: MathEnv = { problems: [] };
  const tokens = markdown().parse(source, env);
  const problems = env.problems;
  const blocks = convertBlocks(tokens, problems);
  if (problems.length > 0) {
    const seen = new Set<string>();
    const unique = problems.filter((p) => {
      const key = `${p.rule}\u0000${p.found}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { ok: false, problems: unique };
  }
  return { ok: true, blocks };
}
