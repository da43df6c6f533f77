/** Lines and columns of JSON Pointers in a JSON text, for findings computed on a parsed pack. */
import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';

/** A 1-based line and column (UTF-16 code units). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionOf(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * Returns a function that finds where a JSON Pointer points in `text`: at the key of a property
 * (where an author's eye goes first), or at the nearest existing ancestor when the pointer names
 * something missing. `undefined` when the text is not JSON at all.
 */
export function pointerLocator(text: string): (pointer: string) => Position | undefined {
  const root = parseTree(text);
  const starts = lineStarts(text);
  return (pointer) => {
    if (!root) return undefined;
    const path: (string | number)[] = [];
    let node: Node = root;
    for (const token of tokens(pointer)) {
      const step = node.type === 'array' && /^\d+$/.test(token) ? Number(token) : token;
      const child = findNodeAtLocation(root, [...path, step]);
      if (!child) break;
      path.push(step);
      node = child;
    }
    const at = node.parent?.type === 'property' ? node.parent : node;
    return positionOf(starts, at.offset);
  };
}
