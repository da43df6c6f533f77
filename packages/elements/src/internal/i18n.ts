/**
 * Tiny i18n for the elements: every element keeps its strings in `tutor-x.strings.ts` as
 * `{ en: {...}, es: {...} }` and picks them for its *effective language*: the `lang` of the
 * closest ancestor that has one (crossing shadow roots), else `document.documentElement.lang`,
 * matched exactly, then by language (`es-MX` → `es`), else English.
 *
 * Why not @lit/localize: it keeps ONE global locale per page and needs its own build or runtime
 * loader, while a portal may show an English tutor console beside a Spanish student seat, and a
 * `lang` attribute on any ancestor is the standard way to say so. Two languages of a few dozen
 * short strings each fit in the element modules; a third language is one more key per table.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Languages the elements ship strings for. */
export type Lang = 'en' | 'es';

/** A string table: one entry per supported language, all with the same keys. */
export type Strings<T> = { readonly en: T; readonly es: T };

/** The `lang` of `el` or its closest ancestor, crossing shadow roots; else the document's; else ''. */
export function effectiveLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    if (node.parentElement) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return globalThis.document?.documentElement.lang ?? '';
}

/** The supported language for a BCP 47 tag: exact, then its language subtag, else `en`. */
export function supportedLang(tag: string): Lang {
  const lower = tag.trim().toLowerCase();
  if (lower === 'en' || lower === 'es') return lower;
  const language = lower.split(/[-_]/)[0];
  return language === 'es' ? 'es' : 'en';
}

/** The strings for the element's effective language. */
export function stringsFor<T>(table: Strings<T>, el: Element): T {
  return table[supportedLang(effectiveLang(el))];
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Re-renders its host when a `lang` attribute changes anywhere in the document (one shared
 * MutationObserver for every element; changes inside other shadow roots are not seen, set
 * `lang` on the element itself or re-render it there).
 */
export class LangController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** The host's supported language right now. */
  get lang(): Lang {
    return supportedLang(effectiveLang(this.#host));
  }

  /** The host's strings right now. */
  strings<T>(table: Strings<T>): T {
    return table[this.lang];
  }

  hostConnected(): void {
    hosts.add(this.#host);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(() => {
        for (const host of hosts) host.requestUpdate();
      });
      observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
