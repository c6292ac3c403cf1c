// Reviews per study day from the review log or its summary, and what is summed from them: streaks, today/30-day figures, true retention.
import { addDay, countLog, emptyDay, type DayActivity, type PassCount, type StatsLog } from './day-activity.ts';
import { addDays, dayKeyer, type StatsClock } from './days.ts';
import { SLOT_MS, type ActivitySlot } from './slots.ts';

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

/**
 * Study days from slots, as activityAccumulator gives them from the logs; null when a study day starts inside a
 * slot (a zone off the quarter-hour grid, a historical offset), where only the log itself can say which day a
 * review fell on.
 */
export function daysFromSlots(slots: readonly ActivitySlot[], clock: StatsClock): Map<string, DayActivity> | null {
  const keyOf = dayKeyer(clock);
  const days = new Map<string, DayActivity>();
  // In time order, so the keyer's remembered day serves most slots.
  for (const row of [...slots].sort((a, b) => a.slot - b.slot)) {
    if (row.reviews === 0) continue;
    const start = row.slot * SLOT_MS;
    const key = keyOf(start);
    if (keyOf(start + SLOT_MS - 1) !== key) return null;
    let day = days.get(key);
    if (!day) days.set(key, (day = emptyDay()));
    addDay(day, row);
  }
  return days;
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
