/**
 * "Who needs me now": the reasons a learner needs the tutor, in plain words and with the numbers
 * an element needs to say them in another language. Only what happened since the tutor last
 * marked the learner as helped counts.
 */
import type { GroupViewOptions, HelpNeed, HelpReason, LearnerLive } from './view.js';

/** What happened on the current problem since the tutor last helped (or since it was shown). */
export interface SinceHelp {
  readonly wrongTries: number;
  readonly unreadableTries: number;
  readonly hints: number;
  readonly bottomOut: boolean;
  /** The daily limit was reached after the last help. */
  readonly limit: boolean;
}

function seconds(ms: number): number {
  return Math.round(ms / 1000);
}

function responseText(response: string | readonly string[]): string {
  return Array.isArray(response) ? response.join(', ') : String(response);
}

/** The learner's reasons, strongest need first in the sum; `undefined` when all is well. */
export function helpFor(live: LearnerLive, since: SinceHelp, options: GroupViewOptions): HelpNeed | undefined {
  const reasons: HelpReason[] = [];
  const idleAfter = options.idleAfterMs ?? 90_000;
  const working = live.active && live.problem !== undefined && !live.problemDone && !live.assignmentEnded;
  const problem = live.problem ?? '';
  if (live.assignmentEnded === 'daily-limit' && since.limit) {
    reasons.push({
      code: 'daily-limit',
      words: `reached the daily limit on ${live.assignment} without mastering it`,
      weight: 5,
      ...(live.assignment === undefined ? {} : { assignment: live.assignment }),
    });
  }
  if (working && since.bottomOut)
    reasons.push({ code: 'bottom-out', words: `used the bottom-out hint on ${problem}`, weight: 4, problem });
  if (working && since.wrongTries >= 2) {
    const response = live.lastWrong ? responseText(live.lastWrong.response) : undefined;
    reasons.push({
      code: 'repeated-wrong',
      words: `${since.wrongTries} wrong tries on ${problem}${response === undefined ? '' : `; last answer ${response}`}`,
      weight: 3 + since.wrongTries,
      count: since.wrongTries,
      problem,
      ...(response === undefined ? {} : { response }),
    });
  }
  if (working && since.unreadableTries >= 2) {
    reasons.push({
      code: 'unreadable',
      words: `${since.unreadableTries} answers the computer could not read on ${problem}`,
      weight: 2,
      count: since.unreadableTries,
      problem,
    });
  }
  if (working && live.idleMs >= idleAfter)
    reasons.push({
      code: 'idle',
      words: `idle ${seconds(live.idleMs)} s on ${problem}`,
      weight: 2 + Math.min(3, Math.floor(live.idleMs / idleAfter) - 1),
      seconds: seconds(live.idleMs),
      problem,
    });
  if (working && since.hints >= 2 && !since.bottomOut)
    reasons.push({
      code: 'many-hints',
      words: `used ${since.hints} hints on ${problem}`,
      weight: 1,
      count: since.hints,
      problem,
    });
  if (reasons.length === 0) return undefined;
  return {
    learner: live.learner,
    score: reasons.reduce((n, r) => n + r.weight, 0),
    reasons,
    ...(live.ask === undefined ? {} : { ask: live.ask }),
  };
}
