/**
 * Renders every TeX fragment with KaTeX as the student's screen will, but in throwing mode, so a
 * typo fails the build instead of showing red text to a child. Results are cached per fragment:
 * templated packs repeat the same fractions many times.
 */
import katex from 'katex';

export interface TexProblem {
  readonly severity: 'error' | 'warning';
  readonly rule: 'tex/invalid' | 'tex/untrusted' | 'tex/strict';
  readonly message: string;
}

// KaTeX renders a command it refuses (`\href` with `trust: false`) as text in `errorColor`
// instead of throwing; an unlikely colour lets us notice that.
const REFUSED_COLOR = '#010203';

export class TexChecker {
  private readonly cache = new Map<string, TexProblem | null>();
  renders = 0;

  /** The problem with one fragment, or undefined when it renders cleanly. */
  check(tex: string, display: boolean): TexProblem | undefined {
    const key = display ? `D${tex}` : `I${tex}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const result = this.render(tex, display);
    this.cache.set(key, result ?? null);
    return result;
  }

  private render(tex: string, display: boolean): TexProblem | undefined {
    this.renders++;
    const strict: string[] = [];
    let output: string;
    try {
      output = katex.renderToString(tex, {
        displayMode: display,
        throwOnError: true,
        trust: false,
        errorColor: REFUSED_COLOR,
        // MathML alone runs KaTeX's parser and builder at a fifth of the cost of HTML output.
        output: 'mathml',
        strict: (code: string, message: string) => {
          strict.push(`${message} [${code}]`);
          return 'ignore';
        },
      });
    } catch (error) {
      const message = error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error);
      return { severity: 'error', rule: 'tex/invalid', message: `KaTeX cannot render $${tex}$: ${message}` };
    }
    if (output.includes(`mathcolor="${REFUSED_COLOR}"`)) {
      return {
        severity: 'error',
        rule: 'tex/untrusted',
        message: `$${tex}$ uses a command KaTeX does not run in packs (links, HTML, includes)`,
      };
    }
    if (strict.length > 0) {
      return { severity: 'warning', rule: 'tex/strict', message: `$${tex}$ is not portable LaTeX: ${strict[0]}` };
    }
    return undefined;
  }
}
