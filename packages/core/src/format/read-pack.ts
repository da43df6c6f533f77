/**
 * `readPack`: what a browser uses to load a pack. A valid pack — the usual case — is accepted
 * with a compiled shape check and the same structural and text checks as `parsePack`, without
 * loading a schema library or a JSON position finder. Anything else (invalid, older format,
 * warnings) is handed to `parsePack`, loaded on demand, for its full report with lines and columns.
 */

import { checkStructure } from './check-structure.js';
import { checkTexts } from './check-texts.js';
import { hasDuplicateKeys } from './duplicate-keys.js';
import { IssueList } from './issues.js';
import { PACK_FORMAT } from './pack-format-tag.js';
import { hasPackShape } from './pack-shape.generated.js';
import type { ParsePackOptions, ParsePackResult } from './parse-pack.js';
import type { Pack } from './schema.js';

const DEFAULT_MAX_LENGTH = 64 * 1024 * 1024;

/** The pack, when the quick path can vouch for it alone; undefined sends the input to `parsePack`. */
function quickRead(input: string | unknown, options: ParsePackOptions): Pack | undefined {
  let document: unknown = input;
  if (typeof input === 'string') {
    const text = input.replace(/^\uFEFF/, '');
    if (text.length > (options.maxLength ?? DEFAULT_MAX_LENGTH)) return undefined;
    try {
      document = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (hasDuplicateKeys(text)) return undefined;
  }
  if (typeof document !== 'object' || document === null || (document as { format?: unknown }).format !== PACK_FORMAT)
    return undefined;
  if (!hasPackShape(document)) return undefined;
  const pack = document as Pack;
  const out = new IssueList(options.maxIssues ?? 100);
  checkStructure(pack, out);
  checkTexts(pack, out);
  return out.issues.length === 0 ? pack : undefined;
}

/**
 * Reads a pack like {@link parsePack}, with the same result for every input, but loads the full
 * checker only when the pack is not valid as it stands.
 */
export async function readPack(input: string | unknown, options: ParsePackOptions = {}): Promise<ParsePackResult> {
  try {
    const pack = quickRead(input, options);
    if (pack) return { ok: true, pack, warnings: [] };
  } catch {
    // The full checker reports what went wrong.
  }
  const { parsePack } = await import('./parse-pack.js');
  return parsePack(input, options);
}
