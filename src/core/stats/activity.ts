// Reviews per study day from the review log, and what is summed from them: streaks, today/30-day figures, true retention.
import type { Grade, Phase } from '../review-contract.ts';
import { addDays, dayKeyer, type StatsClock } from './days.ts';

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

/** Adds logs (any order, in as many calls as the reader likes) into a per-day map keyed by study day. */
export function activityAccumulator(clock: StatsClock): { add(logs: readonly StatsLog[]): void; days: Map<string, DayActivity> } {
  const keyOf = dayKeyer(clock);
  const days = new Map<string, DayActivity>();
  const add = (logs: readonly StatsLog[]) => {
    for (const log of logs) {
      if (log.kind !== 'review') continue;
      const key = keyOf(log.reviewedAt);
      let day = days.get(key);
      if (!day) days.set(key, (day = emptyDay()));
      countLog(day, log);
    }
  };
  return { add, days };
}

export interface Streaks {
  /** Days in a row with a review up to today; a streak still counts while today has none yet (it can still go on). */
  current: number;
  longest: number;
}

export function streaks(days: ReadonlyMap<string, DayActivity>, todayKey: string): Streaks {
  const active = new Set([...days].filter(([, day]) => day.reviews > 0).map(([key]) => key));
  let current = 0;
  let cursor = active.has(todayKey) ? todayKey : addDays(todayKey, -1);
  while (active.has(cursor)) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  let longest = 0;
  let run = 0;
  let previous = '';
  for (const key of [...active].sort()) {
    run = previous !== '' && addDays(previous, 1) === key ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = key;
  }
  return { current, longest };
}

/** Figures over the `length` study days ending today (1: today only). */
export interface PeriodFigures {
  reviews: number;
  newLearned: number;
  again: number;
  /** Again / reviews, null without reviews. */
  againRate: number | null;
  timedMs: number;
  timedReviews: number;
  young: PassCount;
  mature: PassCount;
}

export function periodFigures(days: ReadonlyMap<string, DayActivity>, todayKey: string, length: number): PeriodFigures {
  const sum = emptyDay();
  const first = addDays(todayKey, -(length - 1));
  for (const [key, day] of days) if (key >= first && key <= todayKey) addDay(sum, day);
  return { ...sum, againRate: sum.reviews ? sum.again / sum.reviews : null };
}

/** Passed / total, null when nothing was reviewed (no retention to speak of, not 0%). */
export function passRate(count: PassCount): number | null {
  return count.total ? count.passed / count.total : null;
}

/** Young and mature together. */
export function bothAges(figures: Pick<PeriodFigures, 'young' | 'mature'>): PassCount {
  return { passed: figures.young.passed + figures.mature.passed, total: figures.young.total + figures.mature.total };
}
