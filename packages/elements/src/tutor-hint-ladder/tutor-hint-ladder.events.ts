/**
 * The student asked for the next hint. Cancelable: when nobody calls `preventDefault()`, the
 * ladder reveals the hint itself (`revealed` + 1); a host that keeps the count elsewhere (e.g.
 * the session reducer) may prevent it and set `revealed` when the hint is recorded.
 */
export class TutorHintRequestEvent extends Event {
  static readonly type = 'tutor-hint-request';
  /** Index (0-based) of the hint being asked for. */
  readonly index: number;
  /** Whether that hint is the bottom-out hint (shows the answer); the student confirmed it. */
  readonly bottomOut: boolean;

  constructor(index: number, bottomOut: boolean) {
    super(TutorHintRequestEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.index = index;
    this.bottomOut = bottomOut;
  }
}

declare global {
  interface HTMLElementEventMap {
    'tutor-hint-request': TutorHintRequestEvent;
  }
}
