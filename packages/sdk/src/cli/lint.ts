/** `tutorkit lint [pack]`: pedagogy and quality findings, by severity, with `--rule` overrides. */
import { EXIT, plural, type Terminal, UsageError } from './io.js';
import { loadPacks } from './pack-input.js';
import { countLine, displayPath, type Finding, formatGrouped } from './report.js';
import { renderTable } from './table.js';

/** Options of `tutorkit lint`. */
export interface LintCommandOptions {
  /** `id=off|warning|error`, repeatable. */
  readonly rule: readonly string[];
  /** List the rules instead of linting. */
  readonly rules?: boolean | undefined;
}

const SEVERITIES = ['off', 'warning', 'error'] as const;
type Severity = (typeof SEVERITIES)[number];

/** Reads `--rule` flags into `lintPack`'s `severities`; unknown rules or severities are usage errors. */
export function parseRuleFlags(flags: readonly string[], known: readonly string[]): Record<string, Severity> {
  const severities: Record<string, Severity> = {};
  for (const flag of flags) {
    const match = /^([^=\s]+)=([a-z]+)$/.exec(flag.trim());
    if (!match)
      throw new UsageError(`--rule expects id=off|warning|error, e.g. pedagogy/hint-ladder=error; got "${flag}"`);
    const [, id = '', severity = ''] = match;
    // `hint-ladder` is short for `pedagogy/hint-ladder`.
    const rule = known.includes(id) ? id : known.find((k) => k.endsWith(`/${id}`));
    if (!rule) throw new UsageError(`unknown lint rule "${id}"; the rules are: ${known.join(', ')}`);
    if (!(SEVERITIES as readonly string[]).includes(severity))
      throw new UsageError(`severity of ${rule} must be off, warning or error, not "${severity}"`);
    severities[rule] = severity as Severity;
  }
  return severities;
}

/** Lints each pack of the file or entry; exit 1 when a finding has severity `error`. */
export async function lintCommand(
  path: string | undefined,
  options: LintCommandOptions,
  term: Terminal,
): Promise<number> {
  const { lintPack, LINT_RULES } = await import('../index.js');
  const rules = Object.values(LINT_RULES);
  const c = term.out;
  if (options.rules) {
    const rows = [
      ['rule', 'default', 'what it asks'].map((text) => ({ text, paint: c.dim })),
      ...rules.map((r) => [{ text: r.id, paint: c.cyan }, r.severity, r.summary]),
    ];
    for (const line of renderTable(rows)) term.print(line);
    term.print(
      c.dim('\nOverride with --rule <id>=off|warning|error. docs/authoring.md explains each rule and its fix.'),
    );
    return EXIT.ok;
  }
  const severities = parseRuleFlags(
    options.rule,
    rules.map((r) => r.id),
  );
  const loaded = await loadPacks(path ?? 'src/pack.ts', term);
  if (!loaded.ok) return loaded.code;

  let errors = 0;
  for (const input of loaded.packs) {
    const issues = lintPack(input.pack, {
      severities,
      ...(input.templates ? { templates: input.templates } : {}),
    });
    const findings: Finding[] = issues.map((issue) => {
      const source = input.origin?.(issue.pointer);
      const at = source ?? input.locate(issue.pointer);
      return {
        ...issue,
        file: source?.file ?? input.file,
        line: at?.line,
        column: at?.column,
      };
    });
    errors += findings.filter((f) => f.severity === 'error').length;
    const label = `${c.bold(input.pack.id)} ${c.dim(displayPath(input.file))}`;
    if (findings.length === 0)
      term.print(`${c.green('✔')} ${label}: no findings ${c.dim(`(${plural(rules.length, 'rule')})`)}`);
    else {
      const mark = findings.some((f) => f.severity === 'error') ? c.red('✖') : c.yellow('⚠');
      term.print(`${mark} ${label}: ${countLine(findings)}`);
      for (const line of formatGrouped(findings, c, 'always')) term.print(`  ${line}`);
    }
  }
  return errors > 0 ? EXIT.problems : EXIT.ok;
}
