/** Where this copy of the SDK lives, and whether it runs from a source checkout or from npm. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `packages/sdk` folder (or `node_modules/@tutorkit/sdk` when installed). Same from src/ and dist/. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The launcher that runs with plain `node`. */
export const LAUNCHER = join(PACKAGE_ROOT, 'bin', 'tutorkit.mjs');

/** The project template of `tutorkit init`. */
export const TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates', 'pack');

/**
 * Bundled pack entries are written here, inside this package, so that imports the author's
 * project cannot resolve still resolve from the SDK's own dependencies.
 */
export const CACHE_DIR = join(PACKAGE_ROOT, 'node_modules', '.cache', 'tutorkit');

/** True when this SDK was installed from a registry (it sits inside a node_modules folder). */
export function installedFromRegistry(root = PACKAGE_ROOT): boolean {
  return root.split(sep).includes('node_modules');
}

/** The SDK's package.json. */
export function sdkPackage(): { name: string; version: string } {
  return JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
}

/** The `src/index.ts` of the SDK in a source checkout, for editors (tsconfig `paths`). */
export const SDK_SOURCE_ENTRY = join(PACKAGE_ROOT, 'src', 'index.ts');

/** The `@types` folder next to the SDK in a checkout, so an author's editor finds Node's types. */
export const SDK_TYPE_ROOT = join(PACKAGE_ROOT, 'node_modules', '@types');

/**
 * The `tsc` of the TypeScript installed next to this package (the nearest `node_modules/typescript`
 * up the tree, by its stable path rather than a store path); `undefined` when there is none.
 */
export function typescriptCompiler(): string | undefined {
  for (let dir = PACKAGE_ROOT; ; ) {
    const tsc = join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
    if (existsSync(tsc)) return tsc;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
