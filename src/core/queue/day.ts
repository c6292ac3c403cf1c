// The study day: "today" starts at dayStartHour local time (04:00 like Anki); the caller supplies the timezone.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Minutes east of UTC at a given instant (so DST can change it). In the browser:
 * `(t) => -new Date(t).getTimezoneOffset()`; in tests a constant.
 */
export type UtcOffsetAt = (epochMs: number) => number;

export interface StudyDay {
  /** First instant of the study day containing `now`. */
  start: number;
  /** First instant of the next study day. */
  end: number;
}

function dayStartAtOrBefore(now: number, dayStartHour: number, offsetMinutes: number): number {
  const local = now + offsetMinutes * 60_000;
  const sinceStart = (((local - dayStartHour * HOUR) % DAY) + DAY) % DAY;
  return now - sinceStart;
}

/**
 * The study day holding `now`. The end is placed with the offset in force after it, so a day crossing a DST change
 * is 23 or 25 hours long instead of the next day starting at 03:00 or 05:00.
 */
export function studyDayAt(now: number, dayStartHour: number, offsetAt: UtcOffsetAt): StudyDay {
  const start = dayStartAtOrBefore(now, dayStartHour, offsetAt(now));
  const probe = start + DAY + 2 * HOUR;
  const end = dayStartAtOrBefore(probe, dayStartHour, offsetAt(probe));
  return { start, end };
}
