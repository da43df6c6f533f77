/** What a check concluded about a response. */
export type Verdict = 'correct' | 'incorrect' | 'unreadable' | 'needs-simplifying' | 'wrong-form' | 'ungraded';

/**
 * The explainable result of checking one response: the verdict, a stable reason code the
 * interface can turn into words, and how the response was read.
 */
export interface CheckResult {
  readonly verdict: Verdict;
  /** Stable reason code, e.g. `numeric/equal`, `numeric/not-simplest`, `expression/not-equivalent`. */
  readonly reason: string;
  /** How the response was read, e.g. `{ value: 1.5, form: 'mixed' }`; absent when unreadable. */
  readonly interpreted?: unknown;
  /** Index into the problem's `wrongAnswers` when the response matched a common wrong answer. */
  readonly wrongAnswer?: number;
  /** The matched wrong answer's misconception id, if it names one. */
  readonly misconception?: string;
}
