/**
 * The `tutorkit` command line. Each command's module is loaded only when that command runs, so
 * `tutorkit --help` stays fast even when the CLI runs from its TypeScript sources.
 */
import { Command, CommanderError, Option } from 'commander';
import { colorFlag, colorsWanted, EXIT, Terminal, UsageError } from './io.js';
import { sdkPackage } from './paths.js';

const EXIT_CODES_HELP = `
Exit codes:
  0  everything went well
  1  problems found: validation errors, lint errors, a failed build
  2  usage error: unknown command or flag, missing file, non-empty folder for init

Colours are on for a terminal; NO_COLOR turns them off, FORCE_COLOR on, --color/--no-color win.
Docs: docs/authoring.md`;

/** Collects repeated `--rule id=severity` flags. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // `tutorkit schema | head` closes the pipe early: that is not a failure.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  const flag = colorFlag(argv);
  const term = new Terminal(flag);
  let code: number = EXIT.ok;

  const program = new Command('tutorkit');
  program
    .description('Write, build, check and inspect Tutorkit curriculum packs.')
    .version(sdkPackage().version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      getOutHasColors: () => colorsWanted(process.stdout, process.env, flag),
      getErrHasColors: () => colorsWanted(process.stderr, process.env, flag),
      outputError: (text, write) => write(term.err.red(text)),
    })
    .configureHelp({
      styleTitle: (text) => term.out.bold(text),
      styleCommandText: (text) => term.out.cyan(text),
      styleSubcommandText: (text) => term.out.cyan(text),
      styleOptionText: (text) => term.out.green(text),
      styleArgumentText: (text) => term.out.yellow(text),
    })
    .addHelpText('after', EXIT_CODES_HELP);

  program
    .command('init')
    .description('create a new pack project in <dir> (which must be new or empty)')
    .argument('<dir>', 'folder to create')
    .option('--id <pack-id>', 'pack id, lowercase (default: from the folder name)')
    .option('--title <title>', 'pack title (default: from the folder name)')
    .addOption(
      new Option('--sdk <where>', 'how the project reaches the SDK (default: this checkout, or npm when installed)')
        .choices(['checkout', 'npm'])
        .hideHelp(),
    )
    .addHelpText(
      'after',
      `
Creates package.json (scripts build, lint, validate, stats, typecheck), tsconfig.json, src/pack.ts with a
small real example, README.md and .gitignore. Then: cd <dir> && npm run build

Example:
  tutorkit init fractions-pack`,
    )
    .action(async (dir: string, options: { id?: string; title?: string; sdk?: 'checkout' | 'npm' }) => {
      const { initCommand } = await import('./init.js');
      code = initCommand(dir, options, term);
    });

  program
    .command('build')
    .description('build the pack(s) exported by a TypeScript entry into JSON')
    .argument('[entry]', 'TypeScript entry that exports packs made with definePack', 'src/pack.ts')
    .option('-o, --out <dir>', 'folder to write <pack-id>.pack.json into', 'dist')
    .option('--no-verify', 'skip checking every variant with the answer engine (faster; not for publishing)')
    .option('--no-progress', 'no progress bar or progress lines')
    .addHelpText(
      'after',
      `
The entry may \`export default definePack(...)\` or export several packs. Errors point at the
file:line:column of your TypeScript source, and name the template, variant and seed that failed.

Examples:
  tutorkit build
  tutorkit build src/grade5.ts --out public/packs`,
    )
    .action(async (entry: string, options: { out: string; verify: boolean; progress: boolean }) => {
      const { buildCommand } = await import('./build.js');
      code = await buildCommand(entry, options, term);
    });

  program
    .command('validate')
    .description('check JSON packs against the pack format (no programming needed)')
    .argument('<files...>', 'pack JSON files, or folders of them')
    .option('-q, --quiet', 'print errors only, not warnings')
    .addHelpText(
      'after',
      `
Each error is printed as  file:line:column  pointer  rule  message (expected …, found …)

Example:
  tutorkit validate my-pack.pack.json`,
    )
    .action(async (files: string[], options: { quiet?: boolean }) => {
      const { validateCommand } = await import('./validate.js');
      code = validateCommand(files, options, term);
    });

  program
    .command('lint')
    .description('check a pack for pedagogy and quality problems')
    .argument('[pack]', 'a pack JSON file or a TypeScript entry (default: src/pack.ts)')
    .option('-r, --rule <id=severity>', 'set a rule to off, warning or error (repeatable)', collect, [])
    .option('--rules', 'list the lint rules and their default severities')
    .addHelpText(
      'after',
      `
Exits with 1 when a finding has severity error. Warnings are reported but do not fail.

Examples:
  tutorkit lint dist/my-pack.pack.json
  tutorkit lint src/pack.ts --rule pedagogy/hint-ladder=error --rule stem-length=off
  tutorkit lint --rules`,
    )
    .action(async (pack: string | undefined, options: { rule: string[]; rules?: boolean }) => {
      const { lintCommand } = await import('./lint.js');
      code = await lintCommand(pack, options, term);
    });

  program
    .command('stats')
    .description('count problems, variants and hints, and show major-work coverage for grades 3–8')
    .argument('<pack>', 'a pack JSON file (or a TypeScript entry)')
    .option('--json', 'print the numbers as JSON')
    .option('--pack <id>', 'of an entry that exports several packs, only the pack with this id')
    .action(async (pack: string, options: { json?: boolean; pack?: string }) => {
      const { statsCommand } = await import('./stats-command.js');
      code = await statsCommand(pack, options, term);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the pack format (for editors and other tools)')
    .option('-o, --out <file>', 'write it to a file instead of stdout')
    .action(async (options: { out?: string }) => {
      const { schemaCommand } = await import('./schema.js');
      code = schemaCommand(options, term);
    });

  program
    .command('serve')
    .description('run the hub: a tutoring room on this computer for students, tutors and the program lead')
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument('[options...]', 'hub options (tutorkit serve --help lists them)')
    .action(async (options: string[]) => {
      const { serveCommand } = await import('./serve-command.js');
      code = await serveCommand(options, term);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      term.error(term.err.red(`error: ${error.message}`));
      return EXIT.usage;
    }
    term.error(term.err.red(`tutorkit: unexpected failure: ${error instanceof Error ? error.stack : String(error)}`));
    return EXIT.problems;
  }
}
