import { usesDecimalComma } from '@tutorkit/core';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormAssociated, internals } from '../internal/form-associated.js';
import { effectiveLang, LangController, supportedLang } from '../internal/i18n.js';
import { TutorAnswerSubmitEvent } from '../tutor-answer/tutor-answer.events.js';
import { loadMathLive, type MathfieldElementClass, type MathfieldElementLike } from './mathlive.js';
import { strings } from './tutor-math-input.strings.js';
import { styles } from './tutor-math-input.styles.js';

/**
 * A math input for expression answers: MathLive's `<math-field>` with the value as ASCII math
 * (`2(x+3)`, `x^2+1`, `(x+1)/2`), which core's expression checker reads. MathLive is imported
 * in the element's first update, so defining the element loads nothing heavy; the virtual math
 * keyboard shows on touch screens when the field is focused (`keyboard="auto"`), never by
 * itself on a laptop. MathLive's menu is hidden and it plays no sounds (see `mathlive.ts`).
 * Form-associated: inside a `<form>` it submits `value` under `name`.
 *
 * @fires input - the expression changed; read `value`
 * @fires change - the expression was committed (Enter, or focus left after a change)
 * @fires tutor-answer-submit - {@link TutorAnswerSubmitEvent}: Enter was pressed (also when empty:
 *   `<tutor-answer>` decides what to do with an empty answer)
 *
 * @csspart field - the box around the math field
 * @csspart mathfield - MathLive's `<math-field>` (its own parts, e.g. `virtual-keyboard-toggle`, are inside it)
 *
 * @cssprop --tutor-color-text - text colour
 * @cssprop --tutor-color-surface - field background
 * @cssprop --tutor-color-border - field border
 * @cssprop --tutor-color-focus - focus ring
 * @cssprop --tutor-radius - corner radius
 * @cssprop --tutor-answer-font-size - size of the math (default 1.25rem)
 * @cssprop --tutor-target-size - minimum height (default 44px)
 */
export class TutorMathInput extends FormAssociated(LitElement) {
  /** The element's shadow-DOM styles. */
  static override styles = styles;

  /** The expression in ASCII math. */
  @property() accessor value = '';
  /** The form field name. */
  @property({ reflect: true }) accessor name = '';
  /** Disables the field. */
  @property({ type: Boolean, reflect: true }) accessor disabled = false;
  /** Marks an empty field invalid for form validation. */
  @property({ type: Boolean, reflect: true }) accessor required = false;
  /** The field's accessible name (a default is used when empty). */
  @property() accessor label = '';
  /** When MathLive's virtual keyboard shows: `auto` (touch screens, on focus) or `manual` (toggle button only). */
  @property({ reflect: true }) accessor keyboard: 'auto' | 'manual' = 'auto';

  @state() private accessor loaded = false;

  readonly #lang = new LangController(this);
  #field: MathfieldElementLike | undefined;
  #focusWhenReady: FocusOptions | boolean = false;
  #ready: Promise<void> | undefined;

  /** Resolves when MathLive is loaded and the field exists (after the first render). */
  get ready(): Promise<void> {
    return this.updateComplete.then(() => this.#ready);
  }

  /** MathLive's `<math-field>`, once loaded. */
  get mathfield(): MathfieldElementLike | undefined {
    return this.#field;
  }

  override focus(options?: FocusOptions): void {
    if (this.#field) this.#field.focus(options);
    else this.#focusWhenReady = options ?? true;
  }

  /** Empties the field. */
  clear(): void {
    this.value = '';
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override firstUpdated(): void {
    this.#ready = loadMathLive().then((MathfieldElement) => this.#create(MathfieldElement));
  }

  #create(MathfieldElement: MathfieldElementClass): void {
    // MathLive's own strings (keyboard, tooltips) follow one page-wide locale: the latest field's.
    MathfieldElement.locale = supportedLang(effectiveLang(this));
    // In Spanish (and other decimal-comma locales) the comma key types a decimal comma, and the
    // keyboard's decimal key shows one; the checker reads `0,5x` as 0.5x in those locales.
    MathfieldElement.decimalSeparator = usesDecimalComma(effectiveLang(this)) ? ',' : '.';
    const field = new MathfieldElement();
    field.setAttribute('part', 'mathfield');
    field.addEventListener('input', this.#onInput);
    field.addEventListener('change', this.#onChange);
    field.addEventListener('keydown', this.#onKeydown, { capture: true });
    this.#field = field;
    this.#configure();
    // MathLive's options can be set only once the field is mounted.
    this.renderRoot.querySelector('.field')?.append(field);
    field.menuItems = [];
    field.popoverPolicy = 'off';
    field.smartFence = true;
    if (this.value) field.setValue(this.value, { format: 'ascii-math', silenceNotifications: true });
    this.loaded = true;
    if (this.#focusWhenReady) {
      const options = this.#focusWhenReady;
      this.#focusWhenReady = false;
      field.focus(options === true ? undefined : options);
    }
  }

  #configure(): void {
    const field = this.#field;
    if (!field) return;
    field.setAttribute('aria-label', this.label || this.#lang.strings(strings).answer);
    field.disabled = this.disabled || (!this.hasAttribute('disabled') && this.matches(':disabled'));
    field.mathVirtualKeyboardPolicy = this.keyboard;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const field = this.#field;
    if (field && changed.has('value') && field.getValue('ascii-math') !== this.value) {
      field.setValue(this.value, { format: 'ascii-math', silenceNotifications: true });
    }
    this.#configure();
    if (changed.has('value') || changed.has('required')) {
      this[internals].setFormValue(this.value, this.value);
      if (this.required && this.value.trim() === '') {
        this[internals].setValidity({ valueMissing: true }, this.#lang.strings(strings).empty, field);
      } else {
        this[internals].setValidity({});
      }
    }
  }

  #onInput = (e: Event): void => {
    e.stopPropagation();
    if (!this.#field) return;
    this.value = this.#field.getValue('ascii-math');
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };

  #onChange = (e: Event): void => {
    e.stopPropagation();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  #onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.isComposing) return;
    if (this.#field) this.value = this.#field.getValue('ascii-math');
    const event = new TutorAnswerSubmitEvent(this.value);
    if (this.dispatchEvent(event) && this.value.trim() !== '') this.form?.requestSubmit();
  };

  protected override render(): TemplateResult {
    const s = this.#lang.strings(strings);
    return html`<div part="field" class="field" aria-busy=${this.loaded ? 'false' : 'true'}></div>
      ${this.loaded ? '' : html`<span class="loading">${s.loading}</span>`}`;
  }
}
