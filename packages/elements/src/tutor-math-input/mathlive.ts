/**
 * Loads MathLive on demand and configures it once. Nothing here runs at import: MathLive (about
 * 218 KB gzip) is fetched only when the first `<tutor-math-input>` renders.
 *
 * Fonts: MathLive uses KaTeX's 20 woff2 fonts. Before the first field is created the KaTeX
 * `@font-face` rules are installed in the document (the same ones `<tutor-math>` uses, see
 * `internal/katex-fonts.ts`, which resolves them from the katex package both unbundled and in a
 * Vite build); MathLive sees them in `document.fonts` and loads none of its own. Set
 * `fontsDirectory` with {@link configureMathLive} to serve MathLive's own copy instead.
 * Sounds: off (`soundsDirectory = null`) unless configured.
 */
import { installKatexFonts } from '../internal/katex-fonts.js';

/** The parts of MathLive's `MathfieldElement` the elements use (typed here: the package's `node` types are its SSR API). */
export interface MathfieldElementLike extends HTMLElement {
  value: string;
  disabled: boolean;
  readOnly: boolean;
  placeholder: string;
  smartFence: boolean;
  smartMode: boolean;
  menuItems: readonly unknown[];
  popoverPolicy: 'auto' | 'off';
  mathVirtualKeyboardPolicy: 'auto' | 'manual' | 'sandboxed';
  inlineShortcutTimeout: number;
  getValue(format?: 'latex' | 'ascii-math' | 'math-json' | 'spoken-text'): string;
  setValue(
    value?: string,
    options?: { format?: 'latex' | 'ascii-math' | 'auto'; silenceNotifications?: boolean },
  ): void;
}

/** MathLive's `MathfieldElement` class (its static configuration). */
export interface MathfieldElementClass {
  new (): MathfieldElementLike;
  fontsDirectory: string | null;
  soundsDirectory: string | null;
  locale: string;
  decimalSeparator: ',' | '.';
}

export interface MathLiveOptions {
  /**
   * A folder with MathLive's (KaTeX's) woff2 fonts. When unset the KaTeX font faces of the
   * elements package are installed in the document and MathLive reuses them.
   */
  fontsDirectory?: string | null;
  /** A folder with MathLive's sounds; `null` (the default) plays none. */
  soundsDirectory?: string | null;
}

let options: MathLiveOptions = {};
let loading: Promise<MathfieldElementClass> | undefined;

/** Changes how MathLive is set up. Takes effect for fields created after MathLive loads. */
export function configureMathLive(next: MathLiveOptions): void {
  options = { ...options, ...next };
}

/** True once MathLive was requested (for tests and diagnostics). */
export function mathLiveRequested(): boolean {
  return loading !== undefined;
}

/** Imports MathLive once and applies the configuration. */
export function loadMathLive(): Promise<MathfieldElementClass> {
  loading ??= import('mathlive').then((module) => {
    const MathfieldElement = (module as unknown as { MathfieldElement: MathfieldElementClass }).MathfieldElement;
    MathfieldElement.soundsDirectory = options.soundsDirectory ?? null;
    if (options.fontsDirectory !== undefined) MathfieldElement.fontsDirectory = options.fontsDirectory;
    else {
      installKatexFonts();
      // MathLive reuses the document's KaTeX fonts; it loads its own only if they are missing.
    }
    return MathfieldElement;
  });
  return loading;
}
