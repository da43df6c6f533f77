/** Inline content of rich text. Every node is data: no HTML ever reaches a renderer. */
export type RichInline =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'strong'; readonly children: readonly RichInline[] }
  | { readonly type: 'emphasis'; readonly children: readonly RichInline[] }
  | { readonly type: 'code'; readonly value: string }
  | { readonly type: 'math'; readonly tex: string; readonly display: boolean }
  | { readonly type: 'break' };

/** Block content of rich text. */
export type RichBlock =
  | { readonly type: 'paragraph'; readonly children: readonly RichInline[] }
  | { readonly type: 'math'; readonly tex: string }
  | {
      readonly type: 'list';
      readonly ordered: boolean;
      readonly start: number;
      readonly items: readonly (readonly RichBlock[])[];
    };

/** Why a piece of rich text was refused. */
export interface RichTextProblem {
  /** `rich-text/raw-html` or `rich-text/unclosed-math`. */
  readonly rule: 'rich-text/raw-html' | 'rich-text/unclosed-math' | 'rich-text/empty-math';
  readonly message: string;
  /** The offending fragment as written. */
  readonly found: string;
}

export type RichTextResult =
  | { readonly ok: true; readonly blocks: readonly RichBlock[] }
  | { readonly ok: false; readonly problems: readonly RichTextProblem[] };
