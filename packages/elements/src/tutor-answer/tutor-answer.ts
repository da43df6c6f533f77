import type { AnswerSpec, ChoiceAnswer, NumericAnswer } from '@tutorkit/core';
import { usesDecimalComma } from '@tutorkit/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormAssociated, internals } from '../internal/form-associated.js';
import { effectiveLang, LangController } from '../internal/i18n.js';
import { renderRichText } from '../internal/rich-text.js';
import { pickLocalized } from './locale.js';
import { type TutorAnswerResponse, TutorAnswerSubmitEvent } from './tutor-answer.events.js';
import { strings } from './tutor-answer.strings.js';
import { styles } from './tutor-answer.styles.js';

/** Loads `<tutor-math-input>` (and only then MathLive) the first time an expression answer appears. */
let mathInputLoading: Promise<unknown> | undefined;
function loadMathInput(): Promise<unknown> {
  mathInputLoading ??= import('../tutor-math-input/define.js');
  return mathInputLoading;
}

/** When the on-screen symbol row (`/`, `−`, space) shows: on touch screens (`auto`), always or never. */
export type TutorAnswerKeypad = 'auto' | 'always' | 'never';

/**
 * A student's answer box for one `AnswerSpec`: a text field for numeric, text and open answers,
 * radios or checkboxes for choice, and `<tutor-math-input>` (MathLive, loaded lazily) for
 * expressions; plus a Check button. Form-associated: inside a `<form>` it submits `value` under
 * `name` (a choice answer submits one entry per chosen option id), resets with the form, and is
 * disabled by a disabled `<fieldset>`.
 *
 * The value is sent as typed: `0,5` stays `0,5` (core's checker reads it in the student's
 * locale). Options are shown in the order given; shuffling is the seat's job.
 *
 * @fires tutor-answer-submit - {@link TutorAnswerSubmitEvent}: Enter or Check with a non-empty answer.
 * @fires input - the value changed (native, from the inner control).
 * @fires change - the value was committed (inner control's change).
 *
 * @csspart field - the row holding the control and the Check button
 * @csspart input - the text field, textarea or `<tutor-math-input>`
 * @csspart unit - the unit after a numeric field
 * @csspart keypad - the row of symbol buttons for numeric answers
 * @csspart key - one symbol button
 * @csspart options - the radio or checkbox group
 * @csspart option - one option (label)
 * @csspart option-text - the option's rich text
 * @csspart submit - the Check button
 * @csspart message - the gentle message shown when checking an empty answer
 *
 * @cssprop --tutor-color-text - text colour (default CanvasText)
 * @cssprop --tutor-color-surface - field background (default Canvas)
 * @cssprop --tutor-color-border - field and option border
 * @cssprop --tutor-color-primary - chosen option and Check button (dark mode: --tutor-color-primary-dark)
 * @cssprop --tutor-color-on-primary - text on the Check button
 * @cssprop --tutor-color-focus - focus ring
 * @cssprop --tutor-color-selected - background of a chosen option
 * @cssprop --tutor-color-muted - placeholder and message text
 * @cssprop --tutor-radius - corner radius (default 0.5rem)
 * @cssprop --tutor-answer-font-size - size of what the student types (default 1.25rem)
 * @cssprop --tutor-target-size - minimum touch target (default 44px)
 */
export class TutorAnswer extends FormAssociated(LitElement) {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /** The element's shadow-DOM styles. */
  static override styles = styles;

  /** The answer spec (from core's pack format) this box collects an answer for. */
  @property({ attribute: false }) accessor answer: AnswerSpec | undefined = undefined;
  /** The form field name. */
  @property({ reflect: true }) accessor name = '';
  /** Disables the control and the Check button. */
  @property({ type: Boolean, reflect: true }) accessor disabled = false;
  /** Marks an empty answer invalid for form validation (`valueMissing`). */
  @property({ type: Boolean, reflect: true }) accessor required = false;
  /** The accessible name of the control or option group, e.g. "Your answer" (a default is used when empty). */
  @property() accessor label = '';
  /** The Check button's text (defaults to "Check" / "Comprobar"). */
  @property({ attribute: 'submit-label' }) accessor submitLabel = '';
  /** Hides the Check button (Enter still submits). */
  @property({ type: Boolean, attribute: 'no-submit' }) accessor noSubmit = false;
  /** When the symbol row for numeric answers shows. */
  @property({ reflect: true }) accessor keypad: TutorAnswerKeypad = 'auto';
  /** The answer as typed, or the chosen option ids for a choice answer. */
  @property({ attribute: false }) accessor value: TutorAnswerResponse = '';

  @state() private accessor message = '';

  readonly #lang = new LangController(this);
  #refocus = false;

  /** True when nothing was typed or chosen. */
  get empty(): boolean {
    const v = this.value;
    return typeof v === 'string' ? v.trim() === '' : v.length === 0;
  }

  /** Empties the answer (and the gentle message). */
  clear(): void {
    this.value = this.answer?.kind === 'choice' ? [] : '';
    this.message = '';
  }

  /** Focuses the control: the text field, the chosen (or first) option, or the math field. */
  override focus(options?: FocusOptions): void {
    const root = this.renderRoot as ShadowRoot | undefined;
    const target =
      root?.querySelector<HTMLElement>('input:checked') ??
      root?.querySelector<HTMLElement>('input:not([type=button]), textarea, tutor-math-input');
    if (target) target.focus(options);
    else super.focus(options);
  }

  /**
   * Fires {@link TutorAnswerSubmitEvent} with the current answer, or shows a gentle message when
   * it is empty. Returns true when the event was fired.
   */
  submit(): boolean {
    if (this.#isDisabled || !this.answer) return false;
    if (this.empty) {
      const s = this.#lang.strings(strings);
      this.message = this.answer.kind === 'choice' ? s.emptyChoose : s.emptyType;
      return false;
    }
    this.message = '';
    const response = typeof this.value === 'string' ? this.value : [...this.value];
    const event = new TutorAnswerSubmitEvent(response);
    const go = this.dispatchEvent(event);
    if (go) this.form?.requestSubmit();
    return true;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
    else if (state instanceof FormData) this.value = state.getAll(this.name).filter((v) => typeof v === 'string');
  }

  /**
   * Disabled by its own property or by a disabled `<fieldset>`. (`:disabled` alone lags: Lit
   * renders before it reflects `disabled` to the attribute.)
   */
  get #isDisabled(): boolean {
    return this.disabled || (!this.hasAttribute('disabled') && this.matches(':disabled'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('answer');
    // A different question starts empty; the same spec again (a re-render with a copied object) keeps the answer.
    if (changed.has('answer') && previous !== undefined && !changed.has('value') && !sameSpec(previous, this.answer)) {
      this.clear();
    }
    if (changed.has('answer') && this.answer?.kind === 'choice' && typeof this.value === 'string') {
      this.value = this.value ? [this.value] : [];
    }
    // Disabled while focused (e.g. while the seat stores an answer): focus comes back when enabled.
    if (this.#isDisabled && this.matches(':focus-within')) {
      this.#refocus = true;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // In updated(), not willUpdate(): never on a server render.
    if (this.answer?.kind === 'expression') void loadMathInput();
    if (changed.has('value') || changed.has('name') || changed.has('answer') || changed.has('required')) {
      this.#syncForm();
    }
    if (this.#refocus && !this.#isDisabled) {
      this.#refocus = false;
      this.focus();
    }
  }

  #syncForm(): void {
    const v = this.value;
    if (typeof v === 'string') this[internals].setFormValue(v, v);
    else if (v.length === 0) this[internals].setFormValue(null);
    else {
      const data = new FormData();
      for (const id of v) data.append(this.name, id);
      this[internals].setFormValue(data, data);
    }
    const anchor = this.renderRoot.querySelector<HTMLElement>('input, textarea, tutor-math-input') ?? undefined;
    if (this.required && this.empty) {
      const s = this.#lang.strings(strings);
      this[internals].setValidity(
        { valueMissing: true },
        this.answer?.kind === 'choice' ? s.emptyChoose : s.emptyType,
        anchor,
      );
    } else {
      this[internals].setValidity({});
    }
  }

  #setValue(value: TutorAnswerResponse): void {
    this.value = value;
    if (this.message) this.message = '';
  }

  #onTextInput = (e: Event): void => {
    this.#setValue((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  };

  #onChange = (): void => {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  #onTextKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter' || e.isComposing) return;
    if (e.target instanceof HTMLTextAreaElement && !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    this.submit();
  };

  #onOptionChange = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const answer = this.answer as ChoiceAnswer;
    const chosen = new Set(typeof this.value === 'string' ? [] : this.value);
    if (answer.select === 'single') chosen.clear();
    if (input.checked) chosen.add(input.value);
    else chosen.delete(input.value);
    // Keep the options' order, whatever order they were clicked in.
    this.#setValue(answer.options.map((o) => o.id).filter((id) => chosen.has(id)));
    this.#onChange();
  };

  #onOptionKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    this.submit();
  };

  #onMathInput = (e: Event): void => {
    this.#setValue((e.target as HTMLElement & { value: string }).value);
  };

  #onMathSubmit = (e: TutorAnswerSubmitEvent): void => {
    e.stopPropagation();
    this.submit();
  };

  #insert(text: string): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[part~=input]');
    if (!input || this.#isDisabled) return;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    input.setRangeText(text, start, end, 'end');
    input.focus();
    input.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }),
    );
  }

  protected override render(): TemplateResult | typeof nothing {
    const answer = this.answer;
    if (!answer) return nothing;
    const s = this.#lang.strings(strings);
    const label = this.label || s.answer;
    let control: TemplateResult;
    switch (answer.kind) {
      case 'numeric':
        control = this.#renderNumeric(answer, label);
        break;
      case 'text':
        control = this.#renderText(label, 'text');
        break;
      case 'open':
        control = this.#renderOpen(label);
        break;
      case 'choice':
        control = this.#renderChoice(answer, label);
        break;
      case 'expression':
        control = html`<tutor-math-input part="input" class="math" label=${label} .value=${this.#text}
          ?disabled=${this.#isDisabled} @input=${this.#onMathInput} @change=${this.#onChange}
          @tutor-answer-submit=${this.#onMathSubmit}></tutor-math-input>`;
        break;
    }
    const submit = this.noSubmit
      ? nothing
      : html`<button part="submit" class="submit" type="button" ?disabled=${this.#isDisabled}
          @click=${() => this.submit()}>${this.submitLabel || s.check}</button>`;
    return html`<div part="field" class="field ${answer.kind}">${control}${submit}</div>
      <p part="message" id="message" class="message" role="status">${this.message}</p>`;
  }

  get #text(): string {
    return typeof this.value === 'string' ? this.value : (this.value[0] ?? '');
  }

  #renderText(label: string, kind: 'text' | 'numeric', extra?: { placeholder: string; mode: string }): TemplateResult {
    return html`<input part="input" class="input ${kind}" type="text" .value=${this.#text}
      aria-label=${label} aria-describedby="message" autocomplete="off" autocapitalize="off" spellcheck="false"
      enterkeyhint="done" inputmode=${extra?.mode ?? nothing} placeholder=${extra?.placeholder ?? nothing}
      ?disabled=${this.#isDisabled} ?required=${this.required}
      @input=${this.#onTextInput} @change=${this.#onChange} @keydown=${this.#onTextKeydown} />`;
  }

  #renderOpen(label: string): TemplateResult {
    const s = this.#lang.strings(strings);
    return html`<textarea part="input" class="input open" rows="4" .value=${this.#text} aria-label=${label}
      aria-describedby="message open-hint" ?disabled=${this.#isDisabled} ?required=${this.required}
      @input=${this.#onTextInput} @change=${this.#onChange} @keydown=${this.#onTextKeydown}></textarea>
      <span id="open-hint" class="visually-hidden">${s.openHint}</span>`;
  }

  #renderNumeric(answer: NumericAnswer, label: string): TemplateResult {
    const s = this.#lang.strings(strings);
    const lang = effectiveLang(this) || 'en';
    const comma = usesDecimalComma(lang);
    const forms = answer.forms ?? inferForms(answer);
    const fractions = forms.includes('fraction') || forms.includes('mixed');
    const examples: string[] = [];
    if (forms.includes('mixed') && !forms.includes('fraction')) examples.push('1 1/2');
    if (forms.includes('fraction')) examples.push('3/4');
    if (forms.includes('decimal')) examples.push(comma ? '0,75' : '0.75');
    if (forms.includes('percent')) examples.push('75%');
    if (examples.length === 0) examples.push('12');
    const placeholder = examples.slice(0, 2).join(` ${s.or} `);
    const input = this.#renderText(label, 'numeric', { placeholder, mode: fractions ? 'text' : 'decimal' });
    const unit = answer.unit
      ? html`<span part="unit" class="unit">${pickLocalized(answer.unit, lang)}</span>`
      : nothing;
    const keep = (e: Event) => e.preventDefault();
    const key = (text: string, shown: string, name: string) =>
      html`<button part="key" class="key" type="button" tabindex="-1" aria-label=${name} title=${name}
        ?disabled=${this.#isDisabled} @pointerdown=${keep} @mousedown=${keep}
        @click=${() => this.#insert(text)}>${shown}</button>`;
    const keypad =
      this.keypad === 'never'
        ? nothing
        : html`<div part="keypad" class="keypad" role="group" aria-label=${s.symbols}>
            ${fractions ? key('/', '/', s.fractionBar) : nothing}${key('-', '−', s.minus)}
            ${forms.includes('mixed') ? key(' ', '␣', s.space) : nothing}
          </div>`;
    return html`<span class="numeric-box">${input}${unit}</span>${keypad}`;
  }

  #renderChoice(answer: ChoiceAnswer, label: string): TemplateResult {
    const lang = effectiveLang(this) || 'en';
    const single = answer.select === 'single';
    const chosen = typeof this.value === 'string' ? [this.value] : this.value;
    return html`<div part="options" class="options" role=${single ? 'radiogroup' : 'group'} aria-label=${label}
      aria-describedby="message" @keydown=${this.#onOptionKeydown}>
      ${answer.options.map(
        (option) => html`<label part="option" class="option">
          <input type=${single ? 'radio' : 'checkbox'} name="option" value=${option.id}
            .checked=${chosen.includes(option.id)} ?disabled=${this.#isDisabled} @change=${this.#onOptionChange} />
          <span part="option-text" class="option-text rich">${renderRichText(pickLocalized(option.text, lang))}</span>
        </label>`,
      )}
    </div>`;
  }
}

function sameSpec(a: AnswerSpec | undefined, b: AnswerSpec | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}

/** The forms a numeric answer without `forms` is likely given in, from its value. */
function inferForms(answer: NumericAnswer): readonly string[] {
  const v = String(answer.value).trim();
  if (/^\d+\s+\d+\/\d+$/.test(v)) return ['mixed', 'fraction', 'decimal'];
  if (v.includes('/')) return ['fraction', 'decimal'];
  if (v.endsWith('%')) return ['percent', 'decimal'];
  if (/[.,]/.test(v)) return ['decimal', 'fraction'];
  return ['integer'];
}
