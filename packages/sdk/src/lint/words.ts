/** Word counting and prose detection on rich text, with TeX counted as math, not words. */

// $$…$$ first, then $…$; `\$` is a literal dollar sign, not math.
const TEX = /\$\$[\s\S]*?\$\$|(?<!\\)\$(?:\\.|[^$\\])*\$/g;
const CODE = /`[^`]*`/g;

/** The prose of a text: TeX fragments and code spans removed. */
export function prose(source: string): string {
  return source.replace(TEX, ' ').replace(CODE, ' ');
}

/** Whether a plain string has words a reader must translate (two or more letters in a row). */
export function hasWords(source: string): boolean {
  return /\p{L}{2,}/u.test(prose(source));
}

/** Words a student reads; a TeX fragment counts as one word. */
export function countWords(source: string): number {
  const withMath = source.replace(TEX, ' M ').replace(CODE, ' C ');
  return withMath.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
