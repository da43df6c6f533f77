import type { LitElement } from 'lit';

// biome-ignore lint/suspicious/noExplicitAny: the mixin pattern needs a constructor of any arguments
type Constructor<T> = abstract new (...args: any[]) => T;

/** The key of an element's ElementInternals: a symbol, so it is not part of the public API. */
export const internals = Symbol('tutorkit-internals');

/** The form-control surface a form-associated element offers, like a native input's. */
export interface FormAssociatedElement {
  readonly [internals]: ElementInternals;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
}

/**
 * Makes a Lit element a form control through ElementInternals (the pattern of material-web's
 * mixins): the element joins `<form>`s, `FormData`, validation and `:disabled` like a native
 * input. Subclasses write their value and validity through `this[internals]`.
 */
export function FormAssociated<T extends Constructor<LitElement>>(
  Base: T,
): T & Constructor<FormAssociatedElement> & { readonly formAssociated: boolean } {
  abstract class FormAssociatedElementImpl extends Base implements FormAssociatedElement {
    static formAssociated = true;
    #internals: ElementInternals | undefined;

    /** Attached on first use, never in the constructor (no DOM work there). */
    get [internals](): ElementInternals {
      this.#internals ??= this.attachInternals();
      return this.#internals;
    }

    /** The form this element belongs to. */
    get form(): HTMLFormElement | null {
      return this[internals].form;
    }
    get labels(): NodeList {
      return this[internals].labels;
    }
    get validity(): ValidityState {
      return this[internals].validity;
    }
    get validationMessage(): string {
      return this[internals].validationMessage;
    }
    get willValidate(): boolean {
      return this[internals].willValidate;
    }
    checkValidity(): boolean {
      return this[internals].checkValidity();
    }
    reportValidity(): boolean {
      return this[internals].reportValidity();
    }

    /** Empties the control; also what `form.reset()` does. */
    abstract clear(): void;

    formResetCallback(): void {
      this.clear();
    }

    /** A disabled `<fieldset>` or form changes `:disabled` without a property: render again. */
    formDisabledCallback(): void {
      this.requestUpdate();
    }
  }
  return FormAssociatedElementImpl;
}
