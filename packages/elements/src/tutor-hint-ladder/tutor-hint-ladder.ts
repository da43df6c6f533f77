import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LangController } from '../internal/i18n.js';
import { renderRichText } from '../internal/rich-text.js';
import { sharedStyles } from '../internal/styles.js';
import { TutorHintRequestEvent } from './tutor-hint-ladder.events.js';
import { strings } from './tutor-hint-ladder.strings.js';
import { styles } from './tutor-hint-ladder.styles.js';

/** One rung of the ladder: rich text already in the student's language. */
export interface Hint {
  readonly text: string;
  /** The bottom-out hint shows the answer: the student confirms before it is shown. */
  readonly bottomOut?: boolean;
}

/**
 * A hint ladder: the revealed hints in order, and a button that asks for the next one.
 *
 * - Hints appear one at a time in an ordered list that is a polite live region: a newly revealed
 *   hint is announced, and focus stays where it was (on the button).
 * - Before the bottom-out hint (the one that shows the answer) the student is asked to confirm;
 *   focus moves to "Not yet" (the safe choice), Escape cancels, and focus returns to the button.
 * - When every hint is shown the button stays focusable but is `aria-disabled`, so keyboard focus
 *   is never lost.
 *
 * @fires tutor-hint-request - {@link TutorHintRequestEvent}: the student asked for hint `index`
 *   (after confirming, for a bottom-out hint). Cancelable; by default the ladder reveals it.
 *
 * @csspart base - the wrapper.
 * @csspart list - the ordered list of revealed hints (live region).
 * @csspart hint - each revealed hint; the bottom-out one also has part `bottom-out`.
 * @csspart button - the "Show a hint" button.
 * @csspart confirm - the confirmation before the bottom-out hint.
 * @csspart confirm-button - "Yes, show it".
 * @csspart cancel-button - "Not yet".
 * @csspart status - the "all hints shown" / "no hints" note.
 *
 * @cssprop --tutor-hint-bg / --tutor-hint-color - a revealed hint's colours.
 * @cssprop --tutor-hint-border - a revealed hint's accent border colour.
 * @cssprop --tutor-hint-button-bg / --tutor-hint-button-color - the buttons' colours.
 * @cssprop --tutor-hint-radius - corner radius (default 0.5rem).
 * @cssprop --tutor-focus-ring - focus outline colour.
 */
export class TutorHintLadder extends LitElement {
  /** The element's shadow-DOM styles. */
  static override styles = [sharedStyles, styles];

  /** The ladder, in order; usually the last one is the bottom-out hint. */
  @property({ attribute: false }) accessor hints: readonly Hint[] = [];

  /** How many hints are shown (0 … hints.length). */
  @property({ type: Number, reflect: true }) accessor revealed = 0;

  /** Asking whether to show the bottom-out hint. */
  @state() accessor confirming = false;

  get #button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.show');
  }

  get #cancel(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.cancel');
  }

  readonly #lang = new LangController(this);

  /** Revealed hints, clamped to the ladder. */
  get shownCount(): number {
    const n = Math.floor(Number.isFinite(this.revealed) ? this.revealed : 0);
    return Math.max(0, Math.min(n, this.hints.length));
  }

  /** The next hint to reveal, if any. */
  get nextHint(): Hint | undefined {
    return this.hints[this.shownCount];
  }

  /** Asks for the next hint, confirming first if it is the bottom-out one. */
  requestHint(): void {
    const next = this.nextHint;
    if (!next) return;
    if (next.bottomOut && !this.confirming) {
      this.confirming = true;
      void this.updateComplete.then(() => this.#cancel?.focus());
      return;
    }
    this.#reveal();
  }

  #reveal(): void {
    const index = this.shownCount;
    const hint = this.hints[index];
    if (!hint) return;
    const event = new TutorHintRequestEvent(index, hint.bottomOut === true);
    if (this.dispatchEvent(event)) this.revealed = index + 1;
  }

  #confirm = () => {
    this.confirming = false;
    this.#reveal();
    void this.updateComplete.then(() => this.#button?.focus());
  };

  #cancelConfirm = () => {
    this.confirming = false;
    void this.updateComplete.then(() => this.#button?.focus());
  };

  #onConfirmKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.#cancelConfirm();
    }
  };

  #onButtonClick = () => {
    if (this.nextHint) this.requestHint();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new ladder or a reveal from outside ends a pending confirmation.
    if ((changed.has('hints') || changed.has('revealed')) && !this.nextHint?.bottomOut) this.confirming = false;
  }

  protected override render() {
    const t = this.#lang.strings(strings);
    const total = this.hints.length;
    const shown = this.hints.slice(0, this.shownCount);
    const done = total > 0 && !this.nextHint;
    return html`<div part="base" class="base">
      <ol part="list" class="list" aria-live="polite" aria-label=${t.heading} ?hidden=${shown.length === 0}>
        ${shown.map(
          (hint) =>
            html`<li
              part=${hint.bottomOut ? 'hint bottom-out' : 'hint'}
              class="hint rich"
            >
              ${renderRichText(hint.text)}
            </li>`,
        )}
      </ol>
      ${
        this.confirming
          ? html`<div
            part="confirm"
            class="confirm"
            role="group"
            aria-labelledby="confirm-text"
            @keydown=${this.#onConfirmKeydown}
          >
            <p id="confirm-text" class="confirm-text">${t.confirmBottomOut}</p>
            <div class="actions">
              <button part="confirm-button" class="button confirm-button" type="button" @click=${this.#confirm}>
                ${t.confirm}
              </button>
              <button part="cancel-button" class="button cancel" type="button" @click=${this.#cancelConfirm}>
                ${t.cancel}
              </button>
            </div>
          </div>`
          : html`<button
            part="button"
            class="button show"
            type="button"
            aria-disabled=${this.nextHint ? 'false' : 'true'}
            @click=${this.#onButtonClick}
          >
            ${shown.length > 0 ? t.showNextHint : t.showHint}
          </button>`
      }
      ${done || total === 0 ? html`<p part="status" class="status">${total === 0 ? t.noHints : t.allShown}</p>` : nothing}
    </div>`;
  }
}
