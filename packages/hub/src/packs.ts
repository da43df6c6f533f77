/**
 * The packs the hub offers: the files it was given, else the built-in curriculum
 * (curriculum/dist/*.pack.json), else the example pack of a source checkout.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Pack, parsePack } from '@tutorkit/core';

export interface LoadedPack {
  readonly pack: Pack;
  /** The JSON text as served to seats. */
  readonly text: string;
  readonly file: string;
}

const BUILT_IN = [
  new URL('../../../curriculum/dist/', import.meta.url),
  new URL('../node_modules/@tutorkit/curriculum/dist/', import.meta.url),
];
const EXAMPLE = new URL('../../../examples/packs/fractions-unlike-denominators.pack.json', import.meta.url);

/** The built-in pack files found on this machine. */
export function builtInPackFiles(): string[] {
  for (const dir of BUILT_IN) {
    const path = fileURLToPath(dir);
    if (!existsSync(path)) continue;
    // The whole curriculum first: it is what a group gets until the program lead picks a strand.
    const files = readdirSync(path)
      .filter((f) => f.endsWith('.pack.json'))
      .sort((a, b) => a.split('.').length - b.split('.').length || a.localeCompare(b));
    if (files.length > 0) return files.map((f) => `${path}${f}`);
  }
  const example = fileURLToPath(EXAMPLE);
  return existsSync(example) ? [example] : [];
}

/** Reads and validates packs; throws with the file, the JSON pointer and the rule on a bad one. */
export function loadPacks(files: readonly string[]): Map<string, LoadedPack> {
  const packs = new Map<string, LoadedPack>();
  for (const file of files.length > 0 ? files : builtInPackFiles()) {
    const text = readFileSync(file, 'utf8');
    const result = parsePack(text);
    if (!result.ok) {
      const first = result.errors[0];
      throw new Error(`${file}: not a valid pack${first ? ` (${first.pointer} ${first.message})` : ''}`);
    }
    packs.set(result.pack.id, { pack: result.pack, text, file });
  }
  return packs;
}
