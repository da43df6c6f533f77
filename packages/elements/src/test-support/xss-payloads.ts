/**
 * A corpus of XSS payloads for rich text, TeX and plain-text properties, and a checker that
 * walks light and shadow DOM for anything that could run. Each payload that runs sets
 * `window.__xss`, so a test can also assert that nothing ran.
 *
 * Reuse: `for (const p of XSS_PAYLOADS) { el.text = p; await el.updateComplete; assertNoXss(el); }`
 * and `expect(xssFired()).to.equal(false)` at the end (call `resetXss()` first).
 */

const SET = 'window.__xss=1';

/** Payloads written as a student or a hostile pack author would. */
export const XSS_PAYLOADS: readonly string[] = [
  // script tags
  `<script>${SET}</script>`,
  `<SCRIPT SRC=data:text/javascript,${SET}></SCRIPT>`,
  `<scr<script>ipt>${SET}</scr</script>ipt>`,
  `"><script>${SET}</script>`,
  `</p><script>${SET}</script><p>`,
  `<script\x20type="text/javascript">${SET}</script>`,
  // event-handler attributes
  `<img src=x onerror="${SET}">`,
  `<img src=x onerror=${SET}//`,
  `<svg onload=${SET}>`,
  `<body onload=${SET}>`,
  `<div onmouseover="${SET}">hover</div>`,
  `<input autofocus onfocus=${SET}>`,
  `<details open ontoggle=${SET}>`,
  `<video><source onerror="${SET}"></video>`,
  `<marquee onstart=${SET}>`,
  `<a href="#" onclick="${SET}">click</a>`,
  `<x onpointerenter=${SET}>`,
  // javascript: URLs
  `[click](javascript:${SET})`,
  `<a href="javascript:${SET}">x</a>`,
  `<a href="jav&#x09;ascript:${SET}">x</a>`,
  `<a href=" JaVaScRiPt:${SET}">x</a>`,
  `![x](javascript:${SET})`,
  `<form action="javascript:${SET}"><button>go</button></form>`,
  `<button formaction="javascript:${SET}">x</button>`,
  `[a](  javascript:${SET}  )`,
  `<javascript:${SET}>`,
  // frames and embeds
  `<iframe src="javascript:${SET}"></iframe>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<object data="javascript:${SET}"></object>`,
  `<embed src="javascript:${SET}">`,
  `<base href="javascript:${SET}//">`,
  `<link rel="stylesheet" href="javascript:${SET}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${SET}">`,
  // SVG / MathML vectors
  `<svg><script>${SET}</script></svg>`,
  `<svg><a xlink:href="javascript:${SET}"><text>x</text></a></svg>`,
  `<svg><animate onbegin=${SET} attributeName=x dur=1s>`,
  `<svg><foreignObject><img src=x onerror=${SET}></foreignObject></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${SET}></style></mglyph></table></mtext></math>`,
  `<math href="javascript:${SET}">x</math>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:${SET}">x</maction></math>`,
  // TeX
  `$\\href{javascript:${SET}}{click}$`,
  `$$\\href{javascript:${SET}}{\\frac{1}{2}}$$`,
  `$\\url{javascript:${SET}}$`,
  `$\\htmlClass{x" onmouseover="${SET}}{x}$`,
  `$\\htmlId{x onload=${SET}}{x}$`,
  `$\\htmlStyle{background:url(javascript:${SET})}{x}$`,
  `$\\htmlData{onclick=${SET}}{x}$`,
  `$\\includegraphics{javascript:${SET}}$`,
  `$\\includegraphics[height=1em]{x.png" onerror="${SET}}$`,
  `$\\text{<img src=x onerror=${SET}>}$`,
  `$\\mathrm{<script>${SET}</script>}$`,
  `$\\def\\x{\\x}\\x$`,
  `$\\unicode{<img src=x onerror=${SET}>}$`,
  `$x</span><img src=x onerror=${SET}>$`,
  // entity tricks and encodings
  `&lt;img src=x onerror=${SET}&gt;`,
  `&#60;script&#62;${SET}&#60;/script&#62;`,
  `\\<img src=x onerror=${SET}\\>`,
  `%3Cscript%3E${SET}%3C/script%3E`,
  `\u003cimg src=x onerror=${SET}\u003e`,
  `<img src=x one\u0000rror=${SET}>`,
  `<<img src=x onerror=${SET}>>`,
  // template-literal and attribute-breaking strings
  `\${${SET}}`,
  `{{constructor.constructor('${SET}')()}}`,
  `" onmouseover="${SET}`,
  `' onfocus='${SET}' autofocus='`,
  `\`><img src=x onerror=${SET}>`,
  `<!--<img src=x onerror=${SET}>-->`,
  `<![CDATA[<img src=x onerror=${SET}>]]>`,
  `**<img src=x onerror=${SET}>**`,
  `*bold* \`<script>${SET}</script>\``,
  `- <img src=x onerror=${SET}>\n- two`,
  `<style>@import 'javascript:${SET}';</style>`,
  `<lit-marker>{{lit-${SET}}}</lit-marker>`,
];

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** Clears the flag that payloads set when they run. */
export function resetXss(): void {
  delete window.__xss;
}

/** Whether any payload ran. */
export function xssFired(): boolean {
  return window.__xss !== undefined;
}

/** Every element under `root`, descending into open shadow roots. */
export function deepElements(root: Node): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child instanceof Element) {
        out.push(child);
        if (child.shadowRoot) visit(child.shadowRoot);
      }
      visit(child);
    }
  };
  if (root instanceof Element) {
    out.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return out;
}

const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'img', 'frame', 'frameset', 'base', 'image']);
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'data',
  'srcdoc',
  'style',
  'poster',
]);

/** What could run under `root` (light and shadow DOM): empty when safe. */
export function findXss(root: Node): string[] {
  const found: string[] = [];
  for (const el of deepElements(root)) {
    const tag = el.localName;
    if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      const compact = Array.from(attr.value)
        .filter((c) => c.charCodeAt(0) > 0x20)
        .join('')
        .toLowerCase();
      if (URL_ATTRIBUTES.has(name) && (compact.includes('javascript:') || compact.includes('data:text/html'))) {
        found.push(`<${tag} ${name}="${attr.value}">`);
      }
    }
  }
  return found;
}

/** Throws with what it found if anything under `root` could run. */
export function assertNoXss(root: Node, payload = ''): void {
  const found = findXss(root);
  if (found.length > 0) throw new Error(`unsafe DOM for payload ${JSON.stringify(payload)}: ${found.join(', ')}`);
}
