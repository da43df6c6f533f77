import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../internal/styles.js';
import { styles } from './tutor-math.styles.js';

type Katex = typeof import('katex');

interface LoadedKatex {
  readonly katex: Katex;
  /** KaTeX's CSS (without its fonts), to adopt in each formula's shadow root. */
  readonly sheet: CSSStyleSheet;
  readonly installFonts: (document: Document) => void;
}

let katexPromise: Promise<LoadedKatex> | undefined;

/**
 * Loads KaTeX, its CSS and its font list once, on first use: a page whose problems have no math
 * never downloads any of them (separate chunks in a bundled app).
 */
export function loadKatex(): Promise<LoadedKatex> {
  katexPromise ??= Promise.all([
    import('katex'),
    import('../internal/katex-css.js'),
    import('../internal/katex-fonts.js'),
  ]).then(
    ([katex, css, fonts]) => {
      // The fonts go in now, while the page is small: adding them restyles the whole document.
      if (typeof document !== 'undefined') fonts.installKatexFonts(document);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css.katexCss);
      return { katex, sheet, installFonts: fonts.installKatexFonts };
    },
    (error: unknown) => {
      katexPromise = undefined;
      throw error;
    },
  );
  return katexPromise;
}

/** The options every formula is rendered with: untrusted TeX can neither link, nor load, nor style. */
export const KATEX_OPTIONS = {
  throwOnError: false,
  trust: false,
  output: 'htmlAndMathml',
  strict: 'ignore',
  maxExpand: 1000,
  maxSize: 20,
} as const;

/**
 * A TeX formula typeset by KaTeX, with KaTeX's MathML kept for screen readers.
 *
 * KaTeX is imported on first use. While it loads, or when the TeX cannot be typeset, the TeX
 * source is shown as plain text. The fonts' `@font-face` rules are added to the document once
 * (see `internal/katex-fonts.ts`).
 *
 * `await el.updateComplete` also waits for the formula to be typeset.
 *
 * @csspart base - the wrapper of the typeset formula (KaTeX's own nodes are inside).
 * @csspart source - the TeX source shown while loading or on error.
 *
 * @cssprop --tutor-math-color - text colour of the formula (default: inherited).
 * @cssprop --tutor-math-font-size - size of the formula (default: 1em; KaTeX scales it by 1.21).
 * @cssprop --tutor-math-source-font - font of the TeX source fallback (default: monospace).
 */
export class TutorMath extends LitElement {
  /** The element's shadow-DOM styles. */
  static override styles = [sharedStyles, styles];

  /** The TeX source, e.g. `\frac{1}{2}`. */
  @property() accessor tex = '';

  /** Display (block, centred) math instead of inline math. */
  @property({ type: Boolean, reflect: true }) accessor display = false;

  /** `loading` until KaTeX has typeset the current TeX, then `rendered`, or `error`. */
  @state() accessor status: 'loading' | 'rendered' | 'error' = 'loading';

  #typesetting: Promise<void> = Promise.resolve();
  #generation = 0;

  protected override render() {
    const showSource = this.status !== 'rendered';
    return html`<span part="base" class="base" ?hidden=${showSource}></span
      ><span part="source" class="source" ?hidden=${!showSource}>${this.tex}</span>`;
  }

  #typesetKey: string | undefined;

  protected override updated(): void {
    const key = `${this.display ? 'D' : 'I'}${this.tex}`;
    if (key === this.#typesetKey) return;
    this.#typesetKey = key;
    this.#typesetting = this.#typeset();
  }

  async #typeset(): Promise<void> {
    const generation = ++this.#generation;
    const target = this.renderRoot.querySelector<HTMLElement>('.base');
    if (!target) return;
    const tex = this.tex;
    if (tex.trim() === '') {
      target.replaceChildren();
      this.status = 'error';
      return;
    }
    let loaded: LoadedKatex;
    try {
      loaded = await loadKatex();
    } catch {
      if (generation === this.#generation) this.status = 'error';
      return;
    }
    if (generation !== this.#generation) return;
    this.#adopt(loaded);
    try {
      loaded.katex.render(tex, target, { ...KATEX_OPTIONS, displayMode: this.display });
      // With throwOnError off, KaTeX shows a parse error as red source text: show ours instead.
      const failed = target.querySelector('.katex-error') !== null;
      if (failed) target.replaceChildren();
      this.status = failed ? 'error' : 'rendered';
    } catch {
      target.replaceChildren();
      this.status = 'error';
    }
  }

  /** KaTeX's fonts in the document and its CSS in this shadow root (CSSOM only, so a strict CSP holds). */
  #adopt({ sheet, installFonts }: LoadedKatex): void {
    installFonts(this.ownerDocument);
    const root = this.shadowRoot;
    if (root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Typesetting may change `status`, which schedules one more update.
    for (;;) {
      const pending = this.#typesetting;
      await pending;
      done = await super.getUpdateComplete();
      if (pending === this.#typesetting) return done;
    }
  }
}
