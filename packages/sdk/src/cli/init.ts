/**
 * `tutorkit init <dir>`: a new pack project that builds at once.
 *
 * The SDK is not on npm yet. When this CLI runs from a source checkout, the project's scripts call
 * this checkout's launcher by its absolute path and its tsconfig maps `@tutorkit/sdk` to the SDK's
 * sources (for editors), so `npm run build` works without `npm install`. When the CLI was installed
 * from npm, the project uses `tutorkit …` and a normal dependency instead.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { EXIT, type Terminal, UsageError } from './io.js';
import {
  installedFromRegistry,
  LAUNCHER,
  PACKAGE_ROOT,
  SDK_SOURCE_ENTRY,
  SDK_TYPE_ROOT,
  sdkPackage,
  TEMPLATE_DIR,
  typescriptCompiler,
} from './paths.js';
import { displayPath } from './report.js';

/** Options of `tutorkit init`. */
export interface InitOptions {
  readonly id?: string | undefined;
  readonly title?: string | undefined;
  /** `checkout`: scripts call this checkout by path; `npm`: the published package. */
  readonly sdk?: 'checkout' | 'npm' | undefined;
}

/** What the template needs to know. */
export interface ProjectSettings {
  readonly name: string;
  readonly packId: string;
  readonly title: string;
  readonly sdk: 'checkout' | 'npm';
}

const PACK_ID = /^[a-z0-9][a-z0-9._-]{0,127}$/;
const TEMPLATE_FILES: readonly (readonly [from: string, to: string])[] = [
  ['src/pack.ts', 'src/pack.ts'],
  ['README.md', 'README.md'],
  // npm drops files named .gitignore from published packages, so the template stores it without the dot.
  ['gitignore', '.gitignore'],
];

/** An npm package name from a folder name: lowercase letters, digits, `-`, `.` and `_`. */
export function packageNameFor(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[-]+$/g, '')
    .slice(0, 100);
  return name || 'tutorkit-pack';
}

/** `fractions-pack` → `Fractions pack`. */
function titleFor(name: string): string {
  const words = name.replace(/[._-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The command a generated npm script runs: `tutorkit` itself, or this checkout's launcher by path. */
export function cliCommand(sdk: 'checkout' | 'npm'): string {
  return sdk === 'npm' ? 'tutorkit' : `node ${JSON.stringify(LAUNCHER)}`;
}

/** The generated package.json. */
export function packageJson(settings: ProjectSettings): Record<string, unknown> {
  const cli = cliCommand(settings.sdk);
  const scripts: Record<string, string> = {
    build: `${cli} build`,
    lint: `${cli} lint src/pack.ts`,
    validate: `${cli} validate dist`,
    stats: `${cli} stats dist/${settings.packId}.pack.json`,
  };
  const tsc = settings.sdk === 'npm' ? 'tsc' : typescriptCompiler();
  if (tsc !== undefined) scripts.typecheck = settings.sdk === 'npm' ? 'tsc' : `node ${JSON.stringify(tsc)}`;
  const manifest: Record<string, unknown> = {
    name: settings.name,
    version: '0.1.0',
    private: true,
    description: `${settings.title}: a Tutorkit curriculum pack.`,
    type: 'module',
    scripts,
  };
  if (settings.sdk === 'npm') {
    const { version } = sdkPackage();
    manifest.devDependencies = {
      '@tutorkit/sdk': `^${version}`,
      '@types/node': '^20.19.0',
      typescript: '^6.0.0',
    };
  }
  return manifest;
}

/** The generated tsconfig.json: type-checking only (`noEmit`); `tutorkit build` does the bundling. */
export function tsconfigJson(settings: ProjectSettings): Record<string, unknown> {
  const compilerOptions: Record<string, unknown> = {
    target: 'ES2022',
    lib: ['ES2023'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    strict: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
  };
  if (settings.sdk === 'checkout') {
    // Editors and tsc read the SDK's sources from this checkout: nothing to install.
    compilerOptions.customConditions = ['tutorkit-source'];
    compilerOptions.typeRoots = [SDK_TYPE_ROOT];
    compilerOptions.paths = { '@tutorkit/sdk': [SDK_SOURCE_ENTRY] };
  }
  return { compilerOptions, include: ['src'] };
}

function sdkSection(settings: ProjectSettings): string {
  if (settings.sdk === 'npm')
    return [
      'This project depends on `@tutorkit/sdk` from npm: run `npm install` once, then the',
      'scripts call the `tutorkit` command it installs.',
    ].join('\n');
  const checkout = resolve(PACKAGE_ROOT, '..', '..');
  return [
    '`@tutorkit/sdk` is not published on npm yet, so this project uses the Tutorkit checkout it',
    `was created from, \`${checkout}\`, and needs **no \`npm install\`**:`,
    '',
    "- the scripts in `package.json` run that checkout's CLI by its absolute path",
    `  (\`node "${LAUNCHER}" build\`); it bundles \`src/pack.ts\` with its own copy of the SDK;`,
    "- `tsconfig.json` maps `@tutorkit/sdk` to the SDK's sources (`paths`) so your editor shows",
    '  its types and documentation.',
    '',
    'If you move the checkout, run `tutorkit init` again elsewhere and copy `src/` over, or fix the',
    'paths in `package.json` and `tsconfig.json`. Once `@tutorkit/sdk` is on npm, replace the',
    'scripts with `tutorkit build`, `tutorkit lint src/pack.ts`, … and add',
    '`"devDependencies": { "@tutorkit/sdk": "…" }`; drop `paths`, `customConditions` and `typeRoots`.',
  ].join('\n');
}

/** Fills `{{name}}` placeholders. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Creates the project; refuses (usage error) a folder that exists and is not empty. */
export function initCommand(dir: string, options: InitOptions, term: Terminal): number {
  const target = resolve(dir);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new UsageError(`${dir} exists and is not a folder`);
    const entries = readdirSync(target);
    if (entries.length > 0)
      throw new UsageError(
        `${dir} is not empty (${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}); ` +
          'choose a new folder name or empty it first',
      );
  }
  const name = packageNameFor(basename(target));
  const packId = options.id ?? name;
  if (!PACK_ID.test(packId))
    throw new UsageError(
      `pack id ${JSON.stringify(packId)} is not valid: use lowercase letters, digits, ".", "_" or "-"`,
    );
  const settings: ProjectSettings = {
    name,
    packId,
    title: options.title ?? titleFor(name),
    sdk: options.sdk ?? (installedFromRegistry() ? 'npm' : 'checkout'),
  };
  const values = {
    name: settings.name,
    packId: settings.packId,
    title: settings.title.replaceAll("'", "\\'"),
    titleText: settings.title,
    sdkSection: sdkSection(settings),
    cli: settings.sdk === 'npm' ? 'npx tutorkit' : cliCommand('checkout'),
  };

  const written: string[] = [];
  const write = (path: string, text: string) => {
    const file = join(target, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    written.push(path);
  };
  write('package.json', `${JSON.stringify(packageJson(settings), null, 2)}\n`);
  write('tsconfig.json', `${JSON.stringify(tsconfigJson(settings), null, 2)}\n`);
  for (const [from, to] of TEMPLATE_FILES) write(to, fill(readFileSync(join(TEMPLATE_DIR, from), 'utf8'), values));

  const c = term.out;
  const shown = displayPath(target);
  term.print(`${c.green('✔')} created ${c.bold(settings.title)} (pack id ${settings.packId}) in ${shown}`);
  for (const file of written) term.print(`  ${c.dim(join(relative(process.cwd(), target) || '.', file))}`);
  term.print();
  term.print(c.bold('Next steps'));
  term.print(`  cd ${shown}`);
  if (settings.sdk === 'npm') term.print('  npm install');
  term.print(`  npm run build      ${c.dim(`# writes dist/${settings.packId}.pack.json`)}`);
  term.print(`  npm run lint       ${c.dim('# pedagogy and quality checks')}`);
  term.print(`  npm run validate   ${c.dim('# checks the built JSON like any other pack')}`);
  if (settings.sdk === 'checkout')
    term.print(c.dim(`  (no npm install needed: the scripts use the SDK in ${resolve(PACKAGE_ROOT, '..', '..')})`));
  return EXIT.ok;
}
