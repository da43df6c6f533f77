/**
 * Open answers (explain your thinking, show your work) are scored by the tutor, never by the
 * checker: the verdict is `ungraded` and the tutor's score arrives later as its own event.
 */
import type { OpenAnswer } from '../format/schema.js';
import type { CheckResult } from './verdict.js';

export function checkOpen(_spec: OpenAnswer): CheckResult {
  return { verdict: 'ungraded', reason: 'open/tutor-scores' };
}
