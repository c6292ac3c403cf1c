// What a card state must hold for FSRS to schedule it: imported or stored values outside these make cards throw or never return.
import type { CardState } from '../review-contract.ts';

/** ts-fsrs's own range for stability (days) and difficulty of a reviewed card (S_MIN, S_MAX; D in [1, 10]). */
export const STABILITY_RANGE = [0.001, 36_500] as const;
export const DIFFICULTY_RANGE = [1, 10] as const;
/**
 * No time this app stores lies outside 1970 … 2500: a clock set centuries ahead is a broken clock, and beyond it a
 * Date stops being exact (1e300 is no date at all).
 */
export const LATEST_TIME = Date.UTC(2500, 0, 1);
/** Day counts (elapsed, scheduled) and review counts beyond these are not a learner's history. */
export const MAX_DAYS = 1_000_000;
export const MAX_COUNT = 1_000_000;

export function isPlausibleTime(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= LATEST_TIME;
}

const within = (value: number, [low, high]: readonly [number, number]) => Number.isFinite(value) && value >= low && value <= high;
const isCount = (value: number, max: number) => Number.isInteger(value) && value >= 0 && value <= max;

/**
 * The first field of `state` FSRS cannot schedule from, or null when the state is sound. A new card (phase 0) has
 * not been scheduled yet: its stability and difficulty may both be 0, as ts-fsrs makes them.
 */
export function unschedulableField(state: CardState): keyof CardState | null {
  if (!isPlausibleTime(state.due)) return 'due';
  if (state.lastReview !== null && !isPlausibleTime(state.lastReview)) return 'lastReview';
  // ts-fsrs starts a memory state from scratch only when both are 0; any other pair must be in its range.
  const unscheduled = state.phase === 0 && state.stability === 0 && state.difficulty === 0;
  if (!unscheduled && !within(state.stability, STABILITY_RANGE)) return 'stability';
  if (!unscheduled && !within(state.difficulty, DIFFICULTY_RANGE)) return 'difficulty';
  if (!within(state.elapsedDays, [-MAX_DAYS, MAX_DAYS])) return 'elapsedDays';
  if (!within(state.scheduledDays, [0, MAX_DAYS])) return 'scheduledDays';
  if (!isCount(state.learningSteps, MAX_COUNT)) return 'learningSteps';
  if (!isCount(state.reps, MAX_COUNT)) return 'reps';
  if (!isCount(state.lapses, MAX_COUNT)) return 'lapses';
  return null;
}
