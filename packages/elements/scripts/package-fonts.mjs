// After `tsc` has written dist/: copies KaTeX's woff2 fonts into dist/fonts and points the
// compiled font list at them, so an app that installs @tutorkit/elements from npm serves the fonts
// from this package whatever its node_modules layout (the sources point at the katex package,
// which is where it sits in this repository).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_PREFIX = '../../node_modules/katex/dist/fonts/';
const PACKAGED_PREFIX = '../fonts/';

/** Copies the fonts into `<dist>/fonts` and rewrites `<dist>/internal/katex-font-list.js`; returns the files. */
export function packageFonts(dist, katexFonts) {
  const list = join(dist, 'internal', 'katex-font-list.js');
  const text = readFileSync(list, 'utf8');
  const files = [...text.matchAll(/new URL\('\.\.\/\.\.\/node_modules\/katex\/dist\/fonts\/([\w-]+\.woff2)'/g)].map(
    (m) => m[1],
  );
  if (files.length === 0) throw new Error(`${list}: no KaTeX font URLs found`);
  mkdirSync(join(dist, 'fonts'), { recursive: true });
  for (const file of files) {
    const from = join(katexFonts, file);
    if (!existsSync(from)) throw new Error(`KaTeX font ${file} is not in ${katexFonts}`);
    copyFileSync(from, join(dist, 'fonts', file));
  }
  writeFileSync(list, text.replaceAll(SOURCE_PREFIX, PACKAGED_PREFIX));
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const require = createRequire(join(root, 'package.json'));
  const katexFonts = join(dirname(require.resolve('katex/package.json')), 'dist', 'fonts');
  const files = packageFonts(join(root, 'dist'), katexFonts);
  console.log(`dist/fonts: ${files.length} KaTeX fonts (${readdirSync(join(root, 'dist', 'fonts')).length} files)`);
}
