import type { InlineConfig } from 'vite';

/** Builds a Vite site into `outDir`. */
export function buildSite(options: {
  root: string;
  outDir: string;
  configFile?: string | false;
  config?: InlineConfig;
}): Promise<void>;
/** The policy of the page's `<meta http-equiv="Content-Security-Policy">`. */
export function metaPolicy(indexHtml: string): Promise<string>;
/** Serves a folder on 127.0.0.1, optionally with a CSP header and replacement bodies. */
export function serveDir(
  dir: string,
  options?: { csp?: string; override?: (path: string) => string | undefined },
): Promise<{ url: string; close: () => Promise<void> }>;
/**
 * A page script that notes when the first problem's stem (and its math) is on screen, in
 * `window.__firstProblem` and in a console message starting with {@link FIRST_PROBLEM_MESSAGE}.
 */
export const FIRST_PROBLEM_PROBE: string;
/** The start of the probe's console message, `tutorkit:first-problem <ms>`. */
export const FIRST_PROBLEM_MESSAGE: string;
