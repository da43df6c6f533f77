/** What a student submitted: text, or the ids of the chosen options of a choice answer. */
export type TutorAnswerResponse = string | string[];

/**
 * The student asked to check their answer (Enter, or the Check button). Never fired for an empty
 * answer. Cancelable: when not canceled and the element belongs to a `<form>`, the form is
 * submitted too (like a native input's implicit submission).
 */
export class TutorAnswerSubmitEvent extends Event {
  static readonly type = 'tutor-answer-submit';
  constructor(readonly response: TutorAnswerResponse) {
    super(TutorAnswerSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
  /** The same as `response`, for code that reads `event.detail` as on a CustomEvent. */
  get detail(): { readonly response: TutorAnswerResponse } {
    return { response: this.response };
  }
}

declare global {
  interface HTMLElementEventMap {
    'tutor-answer-submit': TutorAnswerSubmitEvent;
  }
}
