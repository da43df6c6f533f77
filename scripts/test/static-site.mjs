// Builds a Vite app into a temporary folder and serves it from 127.0.0.1, for the browser checks
// of examples/seat (the CSP test and the seat benchmark). Never reaches the network.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Production build with Vite's API into `outDir`.
 * @param {{ root: string, outDir: string, configFile?: string | false, config?: import('vite').InlineConfig }} options
 */
export async function buildSite({ root, outDir, configFile, config = {} }) {
  const { build } = await import('vite');
  await build({
    ...config,
    root,
    configFile: configFile ?? join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { ...config.build, outDir, emptyOutDir: true },
  });
}

/** The policy of the page's `<meta http-equiv="Content-Security-Policy">`. */
export async function metaPolicy(indexHtml) {
  const html = await readFile(indexHtml, 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!match?.[1]) throw new Error(`no Content-Security-Policy meta in ${indexHtml}`);
  return match[1];
}

/**
 * Serves `dir` on 127.0.0.1 (a free port). `csp` is sent as a Content-Security-Policy header on
 * every response; `override(path)` may return a body to serve instead of a file (for example a
 * different pack).
 * @param {string} dir
 * @param {{ csp?: string, override?: (path: string) => string | undefined }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDir(dir, { csp, override } = {}) {
  const base = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const headers = { 'Cache-Control': 'no-store', ...(csp ? { 'Content-Security-Policy': csp } : {}) };
    const replaced = override?.(path);
    if (replaced !== undefined) {
      res.writeHead(200, { ...headers, 'Content-Type': MIME[extname(path)] ?? 'application/octet-stream' });
      res.end(replaced);
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done(undefined));
      }),
  };
}

/**
 * Source of an init script: after every change to the page (light DOM or any open shadow root), it
 * checks in the next animation frame for a visible `[part~="stem"]` with text whose `<tutor-math>`
 * elements, if any, are typeset, and stores `performance.now()` of that frame in
 * `window.__firstProblem` (also logged as `tutorkit:first-problem <ms>`). It never asks for frames
 * of its own while nothing changes: a probe that polled every frame would load the page it measures.
 */
/** The start of the console message the probe logs: `tutorkit:first-problem <ms>`. */
export const FIRST_PROBLEM_MESSAGE = 'tutorkit:first-problem';

export const FIRST_PROBLEM_PROBE = `(() => {
  const all = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  const text = (node) =>
    [...node.childNodes].map((n) => (n.nodeType === 3 ? n.data : n.nodeType === 1 ? text(n) : '')).join('') +
    (node.shadowRoot ? text(node.shadowRoot) : '');
  const ready = () => {
    // Visible: laid out, and neither hidden (visibility) nor transparent (opacity), itself or by an ancestor.
    const stem = all(document).find(
      (el) =>
        el.matches('[part~="stem"]') &&
        el.getClientRects().length > 0 &&
        el.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
    );
    if (!stem || !text(stem).trim()) return false;
    return all(stem).every((el) => el.localName !== 'tutor-math' || el.status === 'rendered');
  };
  let scheduled = false;
  let done = false;
  const check = () => {
    scheduled = false;
    if (done || !document.body || !ready()) return;
    done = true;
    observer.disconnect();
    window.__firstProblem = performance.now();
    console.debug('${FIRST_PROBLEM_MESSAGE}', window.__firstProblem);
  };
  const changed = () => {
    if (done || scheduled) return;
    scheduled = true;
    requestAnimationFrame(check);
  };
  const observer = new MutationObserver(changed);
  const watch = (root) => observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    watch(root);
    return root;
  };
  watch(document);
  // Styles that arrive later (a stylesheet, a font) change nothing in the DOM: look again when they do.
  addEventListener('load', changed);
  document.fonts?.addEventListener('loadingdone', changed);
})();`;
