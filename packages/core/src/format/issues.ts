/** A problem found in a pack: where, which rule, and what was expected versus found. */
export interface PackIssue {
  readonly severity: 'error' | 'warning';
  /** RFC 6901 JSON Pointer into the pack, `""` for the whole document. */
  readonly pointer: string;
  /** Stable rule name such as `ref/skill` or `hint/bottom-out-not-last`. */
  readonly rule: string;
  /** One plain sentence for an author. */
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
  /** 1-based, present when the pack was given as text. */
  readonly line?: number;
  /** 1-based, in UTF-16 code units, present when the pack was given as text. */
  readonly column?: number;
}

/** Collects issues, up to a limit, so a badly broken pack cannot flood memory or a terminal. */
export class IssueList {
  readonly issues: PackIssue[] = [];
  dropped = 0;

  constructor(readonly limit: number) {}

  add(issue: PackIssue): void {
    if (this.issues.length < this.limit) this.issues.push(issue);
    else this.dropped++;
  }

  error(pointer: string, rule: string, message: string, detail: { expected?: string; found?: string } = {}): void {
    this.add({ severity: 'error', pointer, rule, message, ...detail });
  }

  warning(pointer: string, rule: string, message: string, detail: { expected?: string; found?: string } = {}): void {
    this.add({ severity: 'warning', pointer, rule, message, ...detail });
  }

  get errorCount(): number {
    return this.issues.filter((i) => i.severity === 'error').length;
  }
}

/** Escapes one reference token of a JSON Pointer. */
export function escapePointerToken(token: string | number): string {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Splits a JSON Pointer into its unescaped tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** Describes a JSON value in a few words, for "found …" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
