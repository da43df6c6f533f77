/**
 * KaTeX's `@font-face` rules, installed into the DOCUMENT once: Chromium ignores `@font-face`
 * declared inside a shadow root, so `<tutor-math>` keeps the rest of katex.css in its shadow
 * styles and calls {@link installKatexFonts} when it connects.
 *
 * The rules go into a constructable `CSSStyleSheet` adopted by the document: no `<style>`
 * element and no inline style, so it works under a strict CSP (`style-src 'self'`; the fonts
 * themselves need `font-src 'self'` when served from the same origin).
 *
 * Where the woff2 files come from (see katex-font-list.ts):
 * - The published package (dist/): the build copies the woff2 files into `dist/fonts/` and the
 *   compiled list points there (`scripts/package-fonts.mjs`), whatever the app's node_modules
 *   layout.
 * - The sources (@web/test-runner, this repository): each URL is
 *   `new URL('../../node_modules/katex/dist/fonts/X.woff2', import.meta.url)`, i.e. the katex
 *   package installed beside `@tutorkit/elements` (served from node_modules as-is).
 * - Vite (app build; checked with vite 8.4 on an app importing these sources): Vite rewrites
 *   the literal `new URL('…', import.meta.url)` expressions, emits each woff2 file as a hashed
 *   asset and puts its final URL in the bundle (the `?inline` import of katex.css that
 *   TOOLCHAIN.md warns about is never used). Vite inlines assets under 4 KB as `data:` URLs
 *   (KaTeX_Size3 is 3 KB), which a strict `font-src 'self'` blocks: set
 *   `build.assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined)`. When the
 *   package comes from npm, exclude it from dependency pre-bundling in dev
 *   (`optimizeDeps.exclude: ['@tutorkit/elements']`), which would break `import.meta.url`.
 * - Anything else (fonts served from another folder of your own): call
 *   {@link setKatexFontsBaseUrl} with the folder that holds `KaTeX_*.woff2` before the first
 *   math renders.
 */
import { katexFontFaces } from './katex-font-list.js';

let baseUrl: string | undefined;
const installed = new WeakMap<Document, CSSStyleSheet>();

/**
 * Serves KaTeX's fonts from `url` (a folder holding `KaTeX_Main-Regular.woff2` etc.) instead of
 * the katex package. Call it before the first `<tutor-math>` renders.
 */
export function setKatexFontsBaseUrl(url: string | URL | undefined): void {
  baseUrl = url === undefined ? undefined : String(url).replace(/\/?$/, '/');
}

/** The `@font-face` rules for every KaTeX font. */
export function katexFontFaceCss(): string {
  return katexFontFaces()
    .map(([family, style, weight, file, url]) => {
      const src = baseUrl === undefined ? url : new URL(file, new URL(baseUrl, document.baseURI)).href;
      return `@font-face{font-family:${family};font-style:${style};font-weight:${weight};font-display:block;src:url(${JSON.stringify(src)}) format("woff2")}`;
    })
    .join('\n');
}

/**
 * Adds KaTeX's font faces to `doc` once; later calls return the same sheet. A document without
 * a window (e.g. from `createHTMLDocument`) cannot adopt sheets: nothing happens, `undefined`.
 */
export function installKatexFonts(doc: Document = document): CSSStyleSheet | undefined {
  const existing = installed.get(doc);
  if (existing) return existing;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return undefined;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(katexFontFaceCss());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  installed.set(doc, sheet);
  return sheet;
}
