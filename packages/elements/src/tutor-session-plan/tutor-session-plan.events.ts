import type { PlanSegment } from '@tutorkit/core';

/** The session moved to segment `index` (or past the last one: `segment` is undefined). */
export class TutorSegmentChangeEvent extends Event {
  static readonly type = 'tutor-segment-change';
  constructor(
    readonly index: number,
    readonly segment: PlanSegment | undefined,
  ) {
    super(TutorSegmentChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'tutor-segment-change': TutorSegmentChangeEvent;
  }
}
