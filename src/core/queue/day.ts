// The study day: "today" starts at dayStartHour local time (04:00 like Anki); the caller supplies the timezone.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Minutes east of UTC at a given instant (so DST can change it). In the browser:
 * `(t) => -new Date(t).getTimezoneOffset()`; in tests a constant or a zone's rules (Intl).
 */
export type UtcOffsetAt = (epochMs: number) => number;

export interface StudyDay {
  /** First instant of the study day containing `now`. */
  start: number;
  /** First instant of the next study day (always after `now`). */
  end: number;
}

/**
 * The first instant whose local wall-clock time is at or after `wall` (local ms, as if the zone were UTC).
 * In a fall-back overlap that is the first of the two; in a spring-forward gap it is the change itself, so a day
 * starting at 02:00 on a day whose 02:00 never happens starts at the moment 02:00 is skipped.
 */
function firstInstantAtWall(wall: number, offsetAt: UtcOffsetAt): number {
  // Offsets in force a day either side bracket every offset the wall time could map through.
  const candidates = [offsetAt(wall - DAY), offsetAt(wall + DAY), offsetAt(wall)].map((offset) => wall - offset * MINUTE);
  const valid = candidates.filter((t) => t + offsetAt(t) * MINUTE === wall);
  if (valid.length > 0) return Math.min(...valid);
  // A gap: find the change between the two readings by bisection (offsets are constant on each side).
  let lo = Math.min(...candidates);
  let hi = Math.max(...candidates);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid + offsetAt(mid) * MINUTE >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The wall-clock day (local midnight, as local ms) whose study day starts at or before `now`. */
function localDayOf(now: number, dayStartHour: number, offsetAt: UtcOffsetAt): number {
  const wall = now + offsetAt(now) * MINUTE;
  return Math.floor((wall - dayStartHour * HOUR) / DAY) * DAY;
}

/**
 * The study day holding `now`: from the day-start hour on the learner's calendar to the same hour on the next
 * calendar day, each placed with the offset in force then, so a day crossing a DST change is 23 or 25 hours long.
 * Never ends at or before `now`, and the next day starts exactly where this one ends.
 */
export function studyDayAt(now: number, dayStartHour: number, offsetAt: UtcOffsetAt): StudyDay {
  let day = localDayOf(now, dayStartHour, offsetAt);
  let start = firstInstantAtWall(day + dayStartHour * HOUR, offsetAt);
  let end = firstInstantAtWall(day + DAY + dayStartHour * HOUR, offsetAt);
  // Around a change the wall time of `now` can name a day whose bounds, placed on the real clock, miss `now`.
  for (let guard = 0; guard < 3 && start > now; guard++) {
    day -= DAY;
    end = start;
    start = firstInstantAtWall(day + dayStartHour * HOUR, offsetAt);
  }
  for (let guard = 0; guard < 3 && end <= now; guard++) {
    day += DAY;
    start = end;
    end = firstInstantAtWall(day + DAY + dayStartHour * HOUR, offsetAt);
  }
  return { start, end };
}
