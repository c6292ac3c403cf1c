// The study day starts at dayStartHour local time, with the time zone passed in (core never reads it).
import { describe, expect, it } from 'vitest';
import { studyDayAt } from '../../src/core/queue/day.ts';
import { DAY, HOUR, beijing, beijingTime } from '../fixtures/review/clock.ts';

describe('studyDayAt', () => {
  it('runs from 04:00 to 04:00 local', () => {
    const day = studyDayAt(beijingTime(10, 10), 4, beijing);
    expect(day.start).toBe(beijingTime(10, 4));
    expect(day.end).toBe(beijingTime(11, 4));
  });

  it('counts 01:00 as part of the previous day, like Anki', () => {
    const day = studyDayAt(beijingTime(11, 1), 4, beijing);
    expect(day.start).toBe(beijingTime(10, 4));
  });

  it('starts a new day exactly at the hour', () => {
    expect(studyDayAt(beijingTime(11, 4), 4, beijing).start).toBe(beijingTime(11, 4));
    expect(studyDayAt(beijingTime(11, 4) - 1, 4, beijing).start).toBe(beijingTime(10, 4));
  });

  it('honours a midnight start and a western zone', () => {
    const newYork = () => -5 * 60;
    const at = Date.UTC(2026, 0, 15, 3, 0); // 22:00 on the 14th in New York
    const day = studyDayAt(at, 0, newYork);
    expect(day.start).toBe(Date.UTC(2026, 0, 14, 5, 0));
    expect(day.end - day.start).toBe(DAY);
  });

  it('makes the day of a DST change 23 hours long, the next one starting at 04:00 again', () => {
    // A zone at UTC+1 that springs forward to UTC+2 at 01:00 UTC on 2026-03-29 (Central Europe).
    const change = Date.UTC(2026, 2, 29, 1, 0);
    const cet = (t: number) => (t < change ? 60 : 120);
    const day = studyDayAt(Date.UTC(2026, 2, 28, 12, 0), 4, cet);
    expect(day.start).toBe(Date.UTC(2026, 2, 28, 3, 0)); // 04:00 CET
    expect(day.end).toBe(Date.UTC(2026, 2, 29, 2, 0)); // 04:00 CEST
    expect(day.end - day.start).toBe(23 * HOUR);
  });
});
