/**
 * Loads an author's TypeScript entry: esbuild bundles it (with an inline source map, so stacks and
 * call sites point at the author's `.ts` lines), then Node imports the bundle.
 *
 * `@tutorkit/sdk` and `@tutorkit/core` are never taken from the author's project: they become
 * small modules that re-export the very instances this CLI has loaded, so `definePack` in the
 * author's file and `buildPack` in the CLI share one copy whatever the project's node_modules
 * holds (or when it has none). Other bare imports stay external, resolved from the author's
 * project when possible, otherwise from the SDK's own folder, where the bundle is written.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Message, type Plugin } from 'esbuild';
import { CACHE_DIR, PACKAGE_ROOT } from './paths.js';
import type { Finding } from './report.js';

const SHARED = Symbol.for('tutorkit.cli.shared-modules');
const SHIM_NAMESPACE = 'tutorkit-shared';
const OWN_PACKAGE = /^@tutorkit\/(sdk|core)$/;
const OWN_SUBPATH = /^@tutorkit\/(sdk|core)\//;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The modules an author's entry shares with the CLI, by specifier. */
export type SharedModules = Readonly<Record<'@tutorkit/sdk' | '@tutorkit/core', Record<string, unknown>>>;

/** The outcome of loading an entry: its module namespace, or findings that say why it failed. */
export type LoadResult =
  | {
      readonly ok: true;
      readonly exports: Record<string, unknown>;
      /** The author's files in the bundle (absolute paths), to find their frames in stacks. */
      readonly authorFiles: ReadonlySet<string>;
    }
  | { readonly ok: false; readonly findings: readonly Finding[] };

function shimSource(specifier: string, namespace: Record<string, unknown>): string {
  const names = Object.keys(namespace).filter((n) => n !== 'default' && IDENTIFIER.test(n));
  const lines = [`const m = globalThis[Symbol.for('tutorkit.cli.shared-modules')][${JSON.stringify(specifier)}];`];
  if (names.length > 0) lines.push(`export const { ${names.join(', ')} } = m;`);
  if ('default' in namespace) lines.push('export default m.default;');
  return lines.join('\n');
}

function sharedModulesPlugin(shared: SharedModules): Plugin {
  return {
    name: 'tutorkit-shared-modules',
    setup(b) {
      b.onResolve({ filter: OWN_PACKAGE }, (args) => ({ path: args.path, namespace: SHIM_NAMESPACE }));
      b.onLoad({ filter: /.*/, namespace: SHIM_NAMESPACE }, (args) => ({
        contents: shimSource(args.path, shared[args.path as keyof SharedModules]),
        loader: 'js',
      }));
      // Deep imports (`@tutorkit/core/schema.json`) come from this CLI's copy too, bundled in.
      b.onResolve({ filter: OWN_SUBPATH }, (args) => {
        try {
          return { path: fileURLToPath(import.meta.resolve(args.path)) };
        } catch {
          return { errors: [{ text: `${args.path} is not exported by this version of the Tutorkit SDK` }] };
        }
      });
    },
  };
}

interface Inner {
  readonly tutorkitInner: true;
}

/** Bare imports stay external, pinned to the file they resolve to from the author's project. */
const externalsPlugin: Plugin = {
  name: 'tutorkit-externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if ((args.pluginData as Inner | undefined)?.tutorkitInner) return undefined;
      if (isBuiltin(args.path) || /^[A-Za-z]:[\\/]/.test(args.path)) return { path: args.path, external: true };
      const found = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { tutorkitInner: true } satisfies Inner,
      });
      if (found.errors.length === 0 && found.path && !found.external)
        return { path: pathToFileURL(found.path).href, external: true };
      return { path: args.path, external: true };
    });
  },
};

function bundleFindings(messages: readonly Message[], workDir: string): Finding[] {
  return messages.map((m) => ({
    severity: 'error',
    rule: 'build/compile',
    message: m.text,
    file: m.location ? resolve(workDir, m.location.file) : undefined,
    line: m.location?.line,
    column: m.location === null ? undefined : m.location.column + 1,
    note: m.location?.lineText ? m.location.lineText.trim().slice(0, 100) : undefined,
  }));
}

function cacheFolder(): string {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    return CACHE_DIR;
  } catch {
    // A read-only global install: bare imports then resolve only from the author's project.
    return mkdtempSync(join(tmpdir(), 'tutorkit-'));
  }
}

/** The first stack frame in one of the author's files, as `file`, `line`, `column`. */
export function authorFrame(
  error: unknown,
  authorFiles: ReadonlySet<string>,
): { file: string; line: number; column: number } | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  for (const match of stack.matchAll(/\(?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?$/gm)) {
    const raw = match[1] ?? '';
    const file = raw.startsWith('file://') ? fileURLToPath(raw) : raw;
    if (authorFiles.has(file)) return { file, line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}

/** Bundles and imports `entry` (an absolute path), sharing `shared` with it. */
export async function loadEntry(entry: string, shared: SharedModules): Promise<LoadResult> {
  const folder = cacheFolder();
  const outfile = join(folder, `entry-${process.pid}-${Date.now().toString(36)}.mjs`);
  let authorFiles = new Set<string>();
  try {
    const result = await build({
      entryPoints: [entry],
      absWorkingDir: dirname(entry),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: 'inline',
      sourcesContent: false,
      outfile,
      write: false,
      metafile: true,
      logLevel: 'silent',
      // Bundled CommonJS code may call require() for Node's modules.
      banner: {
        js: "import { createRequire as __tkRequire } from 'node:module'; const require = __tkRequire(import.meta.url);",
      },
      plugins: [sharedModulesPlugin(shared), externalsPlugin],
    });
    authorFiles = new Set(
      Object.keys(result.metafile.inputs)
        .filter((input) => !input.includes(':'))
        .map((input) => join(dirname(entry), input)),
    );
    for (const file of result.outputFiles) writeFileSync(file.path, file.contents);
  } catch (error) {
    const messages = (error as { errors?: Message[] }).errors;
    if (Array.isArray(messages)) return { ok: false, findings: bundleFindings(messages, dirname(entry)) };
    throw error;
  }

  (globalThis as Record<symbol, unknown>)[SHARED] = shared;
  process.setSourceMapsEnabled(true);
  try {
    const exports = (await import(pathToFileURL(outfile).href)) as Record<string, unknown>;
    return { ok: true, exports, authorFiles };
  } catch (error) {
    const frame = authorFrame(error, authorFiles);
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      findings: [
        {
          severity: 'error',
          rule: 'build/load',
          message: `loading the pack threw: ${message}`,
          ...(frame ?? { file: entry }),
          note: error instanceof Error ? stackBody(error) : undefined,
        },
      ],
    };
  } finally {
    rmSync(outfile, { force: true });
    if (folder !== CACHE_DIR) rmSync(folder, { recursive: true, force: true });
  }
}

/** The "at …" lines of a stack in the author's code (not Node's, not the CLI's), for a note. */
export function stackBody(error: Error): string | undefined {
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l) && !/node:|node_modules/.test(l) && !l.includes(PACKAGE_ROOT))
    .slice(0, 4)
    .map((l) => l.trim());
  return frames.length > 0 ? frames.join(' ← ') : undefined;
}
