import type {
  AnswerSubmitted,
  AssignmentEnded,
  HintRevealed,
  MasteryChanged,
  ProblemCompleted,
  SeatRefusal,
  TutorEvent,
} from '@tutorkit/core';

const init = { bubbles: true, composed: true } as const;

/** Every event the seat wrote in one step, after it was stored durably. For portals that sync or log. */
export class TutorEventsEvent extends Event {
  static readonly type = 'tutor-events';
  constructor(readonly events: readonly TutorEvent[]) {
    super(TutorEventsEvent.type, init);
  }
}

/** The student answered; `event.verdict` says how it was judged. */
export class TutorAttemptEvent extends Event {
  static readonly type = 'tutor-attempt';
  constructor(readonly event: AnswerSubmitted) {
    super(TutorAttemptEvent.type, init);
  }
}

/** A hint was shown. */
export class TutorHintEvent extends Event {
  static readonly type = 'tutor-hint';
  constructor(readonly event: HintRevealed) {
    super(TutorHintEvent.type, init);
  }
}

/** A problem was completed, with its credit. */
export class TutorCompleteEvent extends Event {
  static readonly type = 'tutor-complete';
  constructor(readonly event: ProblemCompleted) {
    super(TutorCompleteEvent.type, init);
  }
}

/** Mastery of a skill changed. */
export class TutorMasteryChangeEvent extends Event {
  static readonly type = 'tutor-mastery-change';
  constructor(readonly event: MasteryChanged) {
    super(TutorMasteryChangeEvent.type, init);
  }
}

/** The assignment ended: mastered, finished, or the daily limit was reached. */
export class TutorAssignmentEndEvent extends Event {
  static readonly type = 'tutor-assignment-end';
  constructor(readonly event: AssignmentEnded) {
    super(TutorAssignmentEndEvent.type, init);
  }
}

/** The seat could not start or store something: the pack failed to load, storage failed, or a command was refused. */
export class TutorErrorEvent extends Event {
  static readonly type = 'tutor-error';
  constructor(
    readonly reason: 'pack' | 'storage' | SeatRefusal,
    readonly message: string,
  ) {
    super(TutorErrorEvent.type, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    'tutor-events': TutorEventsEvent;
    'tutor-attempt': TutorAttemptEvent;
    'tutor-hint': TutorHintEvent;
    'tutor-complete': TutorCompleteEvent;
    'tutor-mastery-change': TutorMasteryChangeEvent;
    'tutor-assignment-end': TutorAssignmentEndEvent;
    'tutor-error': TutorErrorEvent;
  }
}

/** The typed DOM events for a batch of seat events, in order. */
export function domEventsFor(events: readonly TutorEvent[]): Event[] {
  const out: Event[] = [];
  for (const event of events) {
    if (event.type === 'answer.submitted') out.push(new TutorAttemptEvent(event));
    else if (event.type === 'hint.revealed') out.push(new TutorHintEvent(event));
    else if (event.type === 'problem.completed') out.push(new TutorCompleteEvent(event));
    else if (event.type === 'mastery.changed') out.push(new TutorMasteryChangeEvent(event));
    else if (event.type === 'assignment.ended') out.push(new TutorAssignmentEndEvent(event));
  }
  return out;
}
