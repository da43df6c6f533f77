/**
 * Terminal output for the CLI: colours that are on only when the stream is a terminal (or when
 * asked for), and the exit codes every command shares.
 */
import pc from 'picocolors';

/** Exit codes of every `tutorkit` command, documented in `tutorkit --help` and docs/authoring.md. */
export const EXIT = {
  /** Everything went well. */
  ok: 0,
  /** The command ran and found problems: validation or lint errors, a failed build. */
  problems: 1,
  /** The command was used wrongly: unknown command or flag, missing file, non-empty init folder. */
  usage: 2,
} as const;

/** A mistake in how a command was called; `main` prints it and exits with {@link EXIT.usage}. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** picocolors' painter: `c.red(text)` and friends, or plain text when colours are off. */
export type Paint = ReturnType<typeof pc.createColors>;

/**
 * Whether to colour a stream. A `--color`/`--no-color` flag wins; then `FORCE_COLOR` (on unless
 * `0` or `false`, as in Node); then `NO_COLOR` (any non-empty value turns colours off); otherwise
 * colours are on only for a terminal whose `TERM` is not `dumb`.
 */
export function colorsWanted(
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
  flag?: boolean,
): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** Reads `--color` / `--no-color` from the raw arguments (the last one wins, none after `--`). */
export function colorFlag(argv: readonly string[]): boolean | undefined {
  let flag: boolean | undefined;
  for (const arg of argv) {
    if (arg === '--') break;
    if (arg === '--color') flag = true;
    else if (arg === '--no-color') flag = false;
  }
  return flag;
}

/** Where a command writes: stdout for results, stderr for progress and failures. */
export class Terminal {
  /** Colours for stdout. */
  readonly out: Paint;
  /** Colours for stderr. */
  readonly err: Paint;
  /** Whether stderr is an interactive terminal (progress bars go there). */
  readonly interactive: boolean;

  constructor(flag?: boolean, env: Readonly<Record<string, string | undefined>> = process.env) {
    this.out = pc.createColors(colorsWanted(process.stdout, env, flag));
    this.err = pc.createColors(colorsWanted(process.stderr, env, flag));
    this.interactive = process.stderr.isTTY === true && env.TERM !== 'dumb' && !env.CI;
  }

  /** Writes a line to stdout. */
  print(line = ''): void {
    process.stdout.write(`${line}\n`);
  }

  /** Writes a line to stderr. */
  error(line = ''): void {
    process.stderr.write(`${line}\n`);
  }
}

/** `1 problem`, `3 problems`. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
