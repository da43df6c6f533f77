/**
 * The least a seat must do before its first problem, with Tutorkit's own pieces and one Lit
 * element: fetch the pack, check it (`readPack`), open the IndexedDB store, read the learner's
 * events, store an event durably, and typeset the first problem's stem with KaTeX, loaded on
 * demand, in a shadow root. No engine, no answer box, no hints, no progress.
 *
 * The seat benchmark loads this page beside the seat and the plain KaTeX page: it tells how much
 * of the seat's time any seat built this way must spend, and how much is the seat's own.
 */
import { type Pack, parseRichText, readPack, textFor } from '@tutorkit/core';
import { openIndexedDbStore } from '@tutorkit/sync';
import { css, html, LitElement, type TemplateResult } from 'lit';

type Katex = typeof import('katex').default;

class FloorSeat extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  static override properties = { stem: { state: true } };
  declare stem: string | undefined;
  #katex: Katex | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    const opening = openIndexedDbStore();
    const text = await (await fetch(this.getAttribute('pack-src') ?? '')).text();
    const katex = text.includes('$') ? this.#loadKatex() : undefined;
    const checked = await readPack(text);
    if (!checked.ok) throw new Error('the bench pack is invalid');
    const pack: Pack = checked.pack;
    const learner = this.getAttribute('learner') ?? '';
    const assignment = pack.assignments?.find((a) => a.id === this.getAttribute('assignment'));
    const problem = pack.problems?.find((p) => p.id === assignment?.problems?.[0]);
    if (!problem) throw new Error('the bench pack has no first problem');
    const store = await opening;
    const earlier = await store.read({ learner });
    await store.append([
      {
        type: 'session.started',
        id: `floor-${crypto.randomUUID()}`,
        v: 1,
        at: Date.now(),
        learner,
        group: 'local',
        session: 'floor-session',
        device: 'floor-device',
        seq: earlier.length,
        pack: { id: pack.id, version: pack.version },
        locale: 'en',
      },
    ]);
    await katex;
    this.stem = textFor<string>(problem.stem, 'en', pack.locales[0] ?? 'en');
  }

  async #loadKatex(): Promise<void> {
    const [katex, { katexCss }] = await Promise.all([
      import('katex'),
      import('../../packages/elements/src/internal/katex-css.js'),
    ]);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(katexCss);
    if (this.shadowRoot) this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, sheet];
    this.#katex = katex.default;
  }

  override render(): TemplateResult {
    if (this.stem === undefined) return html`<p>Loading…</p>`;
    const parsed = parseRichText(this.stem);
    const inline = parsed.ok ? parsed.blocks.flatMap((b) => (b.type === 'paragraph' ? b.children : [])) : [];
    return html`<div part="stem">${inline.map((node) =>
      node.type === 'text'
        ? node.value
        : node.type === 'math'
          ? html`<span class="math" data-tex=${node.tex}></span>`
          : '',
    )}</div>`;
  }

  protected override updated(): void {
    for (const span of this.renderRoot.querySelectorAll<HTMLElement>('span.math')) {
      this.#katex?.render(span.dataset.tex ?? '', span, { throwOnError: false, trust: false, output: 'htmlAndMathml' });
    }
  }
}

customElements.define('floor-seat', FloorSeat);
