/**
 * Bayesian Knowledge Tracing (Corbett & Anderson, 1995) per skill, as a pure fold over one
 * learner's events.
 *
 * Each `problem.completed` of the skill is one observation: correct when `firstTry` (right on
 * the first attempt with no hint, scaffold or override: using help makes the first attempt
 * count as incorrect). With `p` the probability that the skill is known before it:
 *
 * ```text
 * correct:    p' = p(1 − slip) / (p(1 − slip) + (1 − p)·guess)
 * incorrect:  p' = p·slip / (p·slip + (1 − p)(1 − guess))
 * learning:   p'' = p' + (1 − p')·learn
 * ```
 *
 * The skill is mastered while P(known) ≥ threshold (default 0.95). `mastered` is the current
 * estimate's verdict: an incorrect answer after mastery can bring it back below the threshold.
 * Completions with `ungraded: true` (waiting for the tutor's score) are not observations.
 */
import { mergeEvents, type TutorEvent, withoutVoided } from '../events/types.js';
import { describeHelp } from './help.js';

export interface BktParams {
  /** Probability the skill is known before any practice. */
  readonly pInit: number;
  /** Probability of learning the skill at each opportunity. */
  readonly pLearn: number;
  /** Probability of a wrong answer when the skill is known. */
  readonly pSlip: number;
  /** Probability of a right answer when the skill is not known. */
  readonly pGuess: number;
  /** P(known) at or above which the skill is mastered. */
  readonly threshold: number;
}

/** The defaults of the pack format: all four probabilities 0.1, mastered at 0.95. */
export const DEFAULT_BKT: BktParams = { pInit: 0.1, pLearn: 0.1, pSlip: 0.1, pGuess: 0.1, threshold: 0.95 };

/**
 * Parameters from a pack's optional fields (`BktMastery`), with the defaults for what is missing.
 * A value that is not a probability in [0, 1] falls back to its default (the pack validator
 * rejects such packs; a projection does not throw).
 */
export function resolveBktParams(rule?: {
  readonly pInit?: number;
  readonly pLearn?: number;
  readonly pSlip?: number;
  readonly pGuess?: number;
  readonly threshold?: number;
}): BktParams {
  const pick = (value: number | undefined, fallback: number) =>
    value !== undefined && Number.isFinite(value) && value >= 0 && value <= 1 ? value : fallback;
  return {
    pInit: pick(rule?.pInit, DEFAULT_BKT.pInit),
    pLearn: pick(rule?.pLearn, DEFAULT_BKT.pLearn),
    pSlip: pick(rule?.pSlip, DEFAULT_BKT.pSlip),
    pGuess: pick(rule?.pGuess, DEFAULT_BKT.pGuess),
    threshold: pick(rule?.threshold, DEFAULT_BKT.threshold),
  };
}

function clamp01(p: number): number {
  return Math.min(1, Math.max(0, p));
}

/**
 * One BKT step: the posterior after observing a correct or incorrect answer, then the learning
 * transition. When the observation is impossible under the parameters (e.g. a correct answer
 * with P(known) = 0 and guess = 0) the posterior is taken to be the prior.
 */
export function bktUpdate(pKnown: number, correct: boolean, params: BktParams): number {
  const p = clamp01(pKnown);
  const { pSlip: slip, pGuess: guess, pLearn: learn } = params;
  const known = correct ? p * (1 - slip) : p * slip;
  const unknown = correct ? (1 - p) * guess : (1 - p) * (1 - guess);
  const total = known + unknown;
  const posterior = total > 0 ? known / total : p;
  return clamp01(posterior + (1 - posterior) * learn);
}

/** One observation and what it did to the estimate. */
export interface BktEvidence {
  /** Id of the `problem.completed` event. */
  readonly event: string;
  readonly problem: string;
  /** Counted as correct: right on the first try without help. */
  readonly correct: boolean;
  readonly before: number;
  readonly after: number;
  /** Plain words for a tutor. */
  readonly why: string;
}

export interface BktProgress {
  readonly skill: string;
  /** Probability that the skill is known, now. */
  readonly pKnown: number;
  readonly mastered: boolean;
  /** Observations counted. */
  readonly opportunities: number;
  readonly evidence: readonly BktEvidence[];
}

export function initialBkt(skill: string, params: BktParams): BktProgress {
  const pKnown = clamp01(params.pInit);
  return { skill, pKnown, mastered: pKnown >= params.threshold, opportunities: 0, evidence: [] };
}

function percent(p: number): string {
  return `${Math.round(p * 100)}%`;
}

type Scalars = Omit<BktProgress, 'evidence'>;

function step(state: Scalars, event: TutorEvent, params: BktParams, out: BktEvidence[]): Scalars {
  if (event.type !== 'problem.completed' || event.skill !== state.skill || event.ungraded) return state;
  const correct = event.firstTry === true;
  const before = state.pKnown;
  const after = bktUpdate(before, correct, params);
  const mastered = after >= params.threshold;
  const change = mastered
    ? state.mastered
      ? ''
      : ` Mastered (${percent(params.threshold)} needed).`
    : state.mastered
      ? ` Below the ${percent(params.threshold)} needed for mastery again.`
      : '';
  const observed = correct
    ? 'Right on the first try without help'
    : `Needed help (${describeHelp(event)}), so it counts as incorrect`;
  out.push({
    event: event.id,
    problem: event.problem,
    correct,
    before,
    after,
    why: `${observed}: chance the skill is known ${percent(before)} → ${percent(after)}.${change}`,
  });
  return { ...state, pKnown: after, mastered, opportunities: state.opportunities + 1 };
}

function scalars(progress: BktProgress): Scalars {
  const { evidence: _, ...rest } = progress;
  return rest;
}

/**
 * Folds one event into the estimate. Events of other skills and other types return the same
 * object. To apply voids, rebuild with {@link bktProgress}.
 */
export function foldBkt(progress: BktProgress, event: TutorEvent, params: BktParams): BktProgress {
  const evidence: BktEvidence[] = [];
  const before = scalars(progress);
  const after = step(before, event, params, evidence);
  if (after === before) return progress;
  return { ...after, evidence: [...progress.evidence, ...evidence] };
}

/**
 * The estimate for one skill from a log: events are deduplicated by id and put in deterministic
 * order (`compareEvents`), voided events are dropped, then folded. The log should be one
 * learner's; pass `learner` to pick one out of a group's log.
 */
export function bktProgress(
  events: readonly TutorEvent[],
  skill: string,
  params: BktParams,
  learner?: string,
): BktProgress {
  const evidence: BktEvidence[] = [];
  let state = scalars(initialBkt(skill, params));
  for (const event of withoutVoided(mergeEvents(events))) {
    if (learner !== undefined && event.learner !== learner) continue;
    state = step(state, event, params, evidence);
  }
  return { ...state, evidence };
}
