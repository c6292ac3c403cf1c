// The study day starts at dayStartHour local time, with the time zone passed in (core never reads it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studyDayAt } from '../../src/core/queue/day.ts';
import { DAY, HOUR, MINUTE, beijing, beijingTime } from '../fixtures/review/clock.ts';
import { ZONES, wallAt, zoneOffsetAt } from '../fixtures/review/zones.ts';

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

describe('studyDayAt through the time zone rules', () => {
  it('ends a spring-forward day starting at 02:00 when 02:00 is skipped, after a grade at 01:59', () => {
    const berlin = zoneOffsetAt('Europe/Berlin');
    const at0159 = Date.UTC(2026, 2, 29, 0, 59); // 01:59 CET, a minute before clocks jump to 03:00 CEST
    const day = studyDayAt(at0159, 2, berlin);
    expect(day.end).toBeGreaterThan(at0159);
    expect(day.end).toBe(Date.UTC(2026, 2, 29, 1, 0)); // the jump itself
    expect(day.start).toBe(Date.UTC(2026, 2, 28, 1, 0)); // 02:00 CET the day before
  });

  it('starts a fall-back day at the first of the two 01:00s and keeps the repeated hour in it', () => {
    const newYork = zoneOffsetAt('America/New_York');
    const firstOne = Date.UTC(2026, 10, 1, 5, 0); // 01:00 EDT; at 02:00 EDT clocks go back to 01:00 EST
    const secondOneThirty = Date.UTC(2026, 10, 1, 6, 30); // 01:30 EST
    const day = studyDayAt(secondOneThirty, 1, newYork);
    expect(day.start).toBe(firstOne);
    expect(day.end - day.start).toBe(25 * HOUR);
  });

  const clock = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
  const zone = fc.constantFrom(...ZONES);
  const hour = fc.integer({ min: 0, max: 23 });

  it('holds now, lasts 22–26 hours and ends where the next day starts, in every zone and day-start hour', () => {
    fc.assert(
      fc.property(clock, zone, hour, (now, zoneName, dayStartHour) => {
        const offsetAt = zoneOffsetAt(zoneName);
        const day = studyDayAt(now, dayStartHour, offsetAt);
        expect(day.start).toBeLessThanOrEqual(now);
        expect(day.end).toBeGreaterThan(now);
        expect(day.end - day.start).toBeGreaterThanOrEqual(22 * HOUR);
        expect(day.end - day.start).toBeLessThanOrEqual(26 * HOUR);
        expect(studyDayAt(day.end, dayStartHour, offsetAt).start).toBe(day.end);
        expect(studyDayAt(day.end - 1, dayStartHour, offsetAt)).toEqual(day);
        expect(studyDayAt(day.start, dayStartHour, offsetAt)).toEqual(day);
      }),
      { numRuns: 400 },
    );
  });

  it('starts at the day-start hour on the local clock, or at the change when that hour is skipped', () => {
    fc.assert(
      fc.property(clock, zone, hour, (now, zoneName, dayStartHour) => {
        const offsetAt = zoneOffsetAt(zoneName);
        const { start } = studyDayAt(now, dayStartHour, offsetAt);
        const wall = wallAt(start, offsetAt);
        const wallMs = (t: number) => t + offsetAt(t) * MINUTE;
        const hourOnThatDay = wall.day * DAY + dayStartHour * HOUR;
        if (offsetAt(start) === offsetAt(start - 1)) expect([wall.hour, wall.minute]).toEqual([dayStartHour, 0]);
        // Skipped: the local clock jumps over the hour at exactly this instant.
        else expect(wallMs(start - 1) < hourOnThatDay && wallMs(start) >= hourOnThatDay).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never leaves a minute of a year outside exactly one day', () => {
    const offsetAt = zoneOffsetAt('Australia/Lord_Howe');
    let day = studyDayAt(Date.UTC(2026, 0, 1), 2, offsetAt);
    for (let i = 0; i < 366; i++) {
      const next = studyDayAt(day.end, 2, offsetAt);
      expect(next.start).toBe(day.end);
      expect(next.end).toBeGreaterThan(next.start);
      day = next;
    }
  });
});
