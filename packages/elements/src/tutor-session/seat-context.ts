import { createContext } from '@lit/context';
import type { CheckResult, Pack, SeatCommand, SeatState } from '@tutorkit/core';

/** What a seat shares with the elements inside it. */
export interface SeatContextValue {
  readonly pack: Pack;
  readonly state: SeatState;
  /** The student's language, e.g. `en` or `es-MX`. */
  readonly locale: string;
  /** The result of the last answer to the current problem or step, for feedback. */
  readonly lastResult?: CheckResult & { readonly step?: string };
  /** True while a command's events are being written: inputs wait. */
  readonly busy: boolean;
  /** Runs a command through the seat (checked, stored durably, then shown). */
  dispatch(command: SeatCommand): Promise<boolean>;
}

/** `<tutor-session>` provides this context; `<tutor-problem>` and custom children consume it. */
export const seatContext = createContext<SeatContextValue | undefined>(Symbol('tutorkit-seat'));
