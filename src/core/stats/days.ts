// Study days as calendar keys (YYYY-MM-DD of the local date the study day starts on), so day sums and streaks are plain key arithmetic.
import { studyDayAt, type UtcOffsetAt } from '../queue/day.ts';

const DAY_MS = 86_400_000;

/** Where the learner's day starts: the settings' hour and the device's zone (minutes east of UTC at an instant). */
export interface StatsClock {
  dayStartHour: number;
  offsetAt: UtcOffsetAt;
}

/** The key of the study day that starts at `start` (an instant from studyDayAt): its local calendar date. */
function keyOfStart(start: number, offsetAt: UtcOffsetAt): string {
  return new Date(start + offsetAt(start) * 60_000).toISOString().slice(0, 10);
}

/**
 * A function from instants to study-day keys. It remembers the last day found, because logs arrive sorted by time
 * and most neighbours share a day: 100k logs then cost a comparison each, not a Date.
 */
export function dayKeyer(clock: StatsClock): (at: number) => string {
  let start = Infinity;
  let end = -Infinity;
  let key = '';
  return (at) => {
    if (at < start || at >= end) {
      const day = studyDayAt(at, clock.dayStartHour, clock.offsetAt);
      start = day.start;
      end = day.end;
      key = keyOfStart(day.start, clock.offsetAt);
    }
    return key;
  };
}

/** The key `days` calendar days after `key` (negative: before). */
export function addDays(key: string, days: number): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from key `a` to key `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The first instant of the study day `days` days before the one holding `now` (days = 0: today's start). */
export function studyDayStartBefore(now: number, days: number, clock: StatsClock): number {
  const today = studyDayAt(now, clock.dayStartHour, clock.offsetAt);
  // Two hours into the target day whatever DST did in between (a shift moves the probe by one hour at most).
  const probe = today.start - days * DAY_MS + 2 * 3_600_000;
  return studyDayAt(probe, clock.dayStartHour, clock.offsetAt).start;
}
