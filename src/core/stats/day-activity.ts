// One study day's review counts and how a log entry adds to them (or an undo takes it out): shared by the log scan and its summary.
import type { Grade, Phase } from '../review-contract.ts';

/** The part of a review log entry the statistics read. */
export interface StatsLog {
  reviewedAt: number;
  grade: Grade;
  kind: 'review' | 'drill';
  before: { phase: Phase; scheduledDays: number };
  durationMs?: number;
}

/** Passed and total reviews of one kind of card. */
export interface PassCount {
  passed: number;
  total: number;
}

/** One study day's reviews. */
export interface DayActivity {
  reviews: number;
  /** Graded Again. */
  again: number;
  /** First reviews of new cards. */
  newLearned: number;
  /** Time taken, summed over the reviews whose duration was recorded (`timedReviews` of them). */
  timedMs: number;
  timedReviews: number;
  /** Reviews of cards in review state (Anki's true retention), by the interval before the review: < 21 days young. */
  young: PassCount;
  mature: PassCount;
}

export const MATURE_DAYS = 21;

export function emptyDay(): DayActivity {
  return { reviews: 0, again: 0, newLearned: 0, timedMs: 0, timedReviews: 0, young: { passed: 0, total: 0 }, mature: { passed: 0, total: 0 } };
}

/**
 * Counts one log entry into a day (sign 1) or takes it back out (sign -1, an undone review). Drill entries that never
 * moved the schedule are not reviews: false, nothing counted.
 */
export function countLog(day: DayActivity, log: StatsLog, sign: 1 | -1 = 1): boolean {
  if (log.kind !== 'review') return false;
  day.reviews += sign;
  if (log.grade === 1) day.again += sign;
  if (log.before.phase === 0) day.newLearned += sign;
  if (typeof log.durationMs === 'number') {
    day.timedMs += sign * log.durationMs;
    day.timedReviews += sign;
  }
  // Learning and relearning steps are not what FSRS predicts: only review-state cards count for retention.
  if (log.before.phase === 2) {
    const bucket = log.before.scheduledDays < MATURE_DAYS ? day.young : day.mature;
    bucket.total += sign;
    if (log.grade >= 2) bucket.passed += sign;
  }
  return true;
}

/** Adds `day` into `sum` (a day from a summary's slots, or a period's total). */
export function addDay(sum: DayActivity, day: DayActivity): void {
  sum.reviews += day.reviews;
  sum.again += day.again;
  sum.newLearned += day.newLearned;
  sum.timedMs += day.timedMs;
  sum.timedReviews += day.timedReviews;
  sum.young.passed += day.young.passed;
  sum.young.total += day.young.total;
  sum.mature.passed += day.mature.passed;
  sum.mature.total += day.mature.total;
}
