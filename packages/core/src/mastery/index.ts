/** Mastery models as projections: pure folds over events that show their evidence. */
export {
  type BktEvidence,
  type BktParams,
  type BktProgress,
  bktProgress,
  bktUpdate,
  DEFAULT_BKT,
  foldBkt,
  initialBkt,
  resolveBktParams,
} from './bkt.js';
export { type CivilDate, civilFromDays, isoDate, isoTimestamp, utcDay } from './day.js';
export {
  DEFAULT_STREAK_RULE,
  foldStreak,
  initialStreak,
  lockedOn,
  resolveStreakRule,
  type StreakEffect,
  type StreakEvidence,
  type StreakProgress,
  type StreakRule,
  streakProgress,
} from './streak.js';
