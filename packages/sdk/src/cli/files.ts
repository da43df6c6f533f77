/** Reading the files a command is given, with usage errors an author can act on. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './io.js';

/** Whether a path names something that exists. */
function kindOf(path: string): 'file' | 'directory' | undefined {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/** Fails with a usage error unless `path` is an existing file. Returns its absolute path. */
export function requireFile(path: string, what = 'file'): string {
  const kind = kindOf(path);
  if (kind === undefined) throw new UsageError(`${what} not found: ${path}`);
  if (kind !== 'file') throw new UsageError(`${path} is a folder, not a ${what}`);
  return resolve(path);
}

/**
 * The JSON files named on the command line: files as given, folders as every `*.json` file
 * directly inside them. Every path must exist (checked before anything runs).
 */
export function jsonInputs(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    const kind = kindOf(path);
    if (kind === undefined) throw new UsageError(`file not found: ${path}`);
    if (kind === 'file') {
      files.push(path);
      continue;
    }
    const inside = readdirSync(path)
      .filter((name) => name.endsWith('.json') && kindOf(join(path, name)) === 'file')
      .sort()
      .map((name) => join(path, name));
    if (inside.length === 0) throw new UsageError(`no .json files in the folder ${path}`);
    files.push(...inside);
  }
  return files;
}

/** Reads a UTF-8 text file. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Whether a path is a TypeScript or JavaScript entry rather than a JSON pack. */
export function isScriptEntry(path: string): boolean {
  return /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/i.test(path);
}
