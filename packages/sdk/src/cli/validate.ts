/** `tutorkit validate <file.json...>`: checks JSON packs with core's `parsePack`. */
import { parsePack } from '@tutorkit/core';
import { jsonInputs, readText } from './files.js';
import { EXIT, plural, type Terminal } from './io.js';
import { countLine, displayPath, type Finding, formatGrouped } from './report.js';

/** Options of `tutorkit validate`. */
export interface ValidateOptions {
  /** Print only the errors, not the warnings. */
  readonly quiet?: boolean | undefined;
}

/** Validates each file and prints its findings; exit 1 when any file has an error. */
export function validateCommand(paths: readonly string[], options: ValidateOptions, term: Terminal): number {
  const files = jsonInputs(paths);
  const c = term.out;
  let failed = 0;
  for (const file of files) {
    const result = parsePack(readText(file));
    const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    const findings: Finding[] = issues
      .filter((i) => !(options.quiet && i.severity === 'warning'))
      .map((i) => ({ ...i, file }));
    if (result.ok) {
      const { pack } = result;
      term.print(
        `${c.green('✔')} ${c.bold(displayPath(file))}: valid pack ${pack.id} ${pack.version} ` +
          c.dim(`(${plural(pack.skills.length, 'skill')}, ${plural(pack.problems.length, 'problem')})`) +
          (findings.length > 0 ? `, ${c.yellow(countLine(findings))}` : ''),
      );
    } else {
      failed++;
      term.print(`${c.red('✖')} ${c.bold(displayPath(file))}: ${c.red(countLine(findings))}`);
    }
    for (const line of formatGrouped(findings, c)) term.print(`  ${line}`);
  }
  if (files.length > 1)
    term.print(
      failed === 0
        ? c.green(`${plural(files.length, 'pack')} valid`)
        : c.red(`${failed} of ${plural(files.length, 'pack')} invalid`),
    );
  return failed > 0 ? EXIT.problems : EXIT.ok;
}
