/** Words shared by the mastery folds' evidence. */
import type { ProblemCompleted } from '../events/types.js';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What kept a completion from counting as right on the first try, in words: "2 tries, 1 hint". */
export function describeHelp(event: ProblemCompleted): string {
  const parts: string[] = [];
  if (event.attempts > 1) parts.push(plural(event.attempts, 'try', 'tries'));
  if (event.hints > 0) parts.push(plural(event.hints, 'hint'));
  if (event.bottomOut) parts.push('was shown the answer');
  if (event.overridden) parts.push('the tutor accepted the answer');
  return parts.length > 0 ? parts.join(', ') : 'not right on the first try without help';
}
