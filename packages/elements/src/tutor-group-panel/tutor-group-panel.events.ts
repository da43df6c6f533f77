import type { TutorAction, TutorEvent } from '@tutorkit/core';

/** The tutor acted on a learner from the panel; `events` were stored and published. */
export class TutorActionEvent extends Event {
  static readonly type = 'tutor-action';
  constructor(
    readonly learner: string,
    readonly action: TutorAction,
    readonly events: readonly TutorEvent[],
  ) {
    super(TutorActionEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'tutor-action': TutorActionEvent;
  }
}
