// Reviews per study day, streaks, today/30-day figures and true retention, checked against hand-worked logs.
import { describe, expect, it } from 'vitest';
import type { Grade, Phase } from '../../src/core/review-contract.ts';
import {
  activityAccumulator,
  bothAges,
  passRate,
  periodFigures,
  streaks,
  studyDayStartBefore,
  type StatsClock,
  type StatsLog,
} from '../../src/core/stats/index.ts';

const HOUR = 3_600_000;
const beijing: StatsClock = { dayStartHour: 4, offsetAt: () => 8 * 60 };
const newYork: StatsClock = { dayStartHour: 4, offsetAt: () => -5 * 60 };
/** Local wall time in a fixed zone, as epoch ms. */
const local = (offsetHours: number, month: number, day: number, hour: number, minute = 0) =>
  Date.UTC(2026, month - 1, day, hour, minute) - offsetHours * HOUR;

function log(reviewedAt: number, grade: Grade = 3, phase: Phase = 2, scheduledDays = 5, durationMs?: number): StatsLog {
  return { reviewedAt, grade, kind: 'review', before: { phase, scheduledDays }, ...(durationMs === undefined ? {} : { durationMs }) };
}

function daysOf(clock: StatsClock, logs: StatsLog[]) {
  const acc = activityAccumulator(clock);
  acc.add(logs);
  return acc.days;
}

describe('reviews per study day', () => {
  it('puts 03:59 on the day before and 04:01 on the new day, east of UTC', () => {
    const days = daysOf(beijing, [log(local(8, 11, 28, 3, 59)), log(local(8, 11, 28, 4, 1)), log(local(8, 11, 28, 23, 0))]);
    expect(days.get('2026-11-27')?.reviews).toBe(1);
    expect(days.get('2026-11-28')?.reviews).toBe(2);
  });

  it('does the same west of UTC, where 04:01 local is already the next UTC day', () => {
    const days = daysOf(newYork, [log(local(-5, 11, 28, 3, 59)), log(local(-5, 11, 28, 4, 1))]);
    expect([...days.keys()].sort()).toEqual(['2026-11-27', '2026-11-28']);
  });

  it('keeps a 20:00 review in New York on its local day although UTC has moved on', () => {
    const days = daysOf(newYork, [log(local(-5, 11, 28, 20, 0))]);
    expect([...days.keys()]).toEqual(['2026-11-28']);
  });

  it('sums time only over the reviews whose duration is known, and skips drill entries', () => {
    const at = local(8, 11, 28, 9);
    const drill: StatsLog = { ...log(at), kind: 'drill' };
    const day = daysOf(beijing, [log(at, 3, 2, 5, 8000), log(at + 1, 3, 2, 5, 4000), log(at + 2), drill]).get('2026-11-28')!;
    expect(day).toMatchObject({ reviews: 3, timedMs: 12000, timedReviews: 2 });
  });
});

describe('streaks', () => {
  const on = (day: number, month = 11) => log(local(8, month, day, 10));

  it('counts days in a row up to today, and the longest run anywhere', () => {
    const days = daysOf(beijing, [on(28), on(27), on(26), on(20), on(21), on(22), on(23), on(23)]);
    expect(streaks(days, '2026-11-28')).toEqual({ current: 3, longest: 4 });
  });

  it('keeps yesterday\'s streak alive while today has no review yet', () => {
    const days = daysOf(beijing, [on(27), on(26)]);
    expect(streaks(days, '2026-11-28')).toEqual({ current: 2, longest: 2 });
  });

  it('breaks the streak after a whole day without reviews', () => {
    expect(streaks(daysOf(beijing, [on(26), on(25)]), '2026-11-28').current).toBe(0);
  });

  it('runs across a month end', () => {
    expect(streaks(daysOf(beijing, [on(30), on(1, 12), on(2, 12)]), '2026-12-02')).toEqual({ current: 3, longest: 3 });
  });

  it('is zero for an empty history', () => {
    expect(streaks(new Map(), '2026-11-28')).toEqual({ current: 0, longest: 0 });
  });
});

describe('today and the last 30 days', () => {
  it('counts reviews, new cards learned, again-rate and time over the study days in the period', () => {
    const logs = [
      log(local(8, 11, 28, 9), 1, 2, 5, 10_000), // today, review, Again
      log(local(8, 11, 28, 9, 5), 3, 0, 0, 20_000), // today, a new card's first review
      log(local(8, 11, 28, 3, 0), 3, 2, 5), // 03:00 on the 28th: still the 27th's study day
      log(local(8, 10, 30, 12), 4, 2, 5), // 29 days before today: inside 30 days
      log(local(8, 10, 29, 12), 4, 2, 5), // 30 days before: outside
    ];
    const days = daysOf(beijing, logs);
    const today = periodFigures(days, '2026-11-28', 1);
    expect(today).toMatchObject({ reviews: 2, newLearned: 1, again: 1, againRate: 0.5, timedMs: 30_000 });
    const month = periodFigures(days, '2026-11-28', 30);
    expect(month).toMatchObject({ reviews: 4, newLearned: 1, again: 1, againRate: 0.25 });
  });

  it('has no again-rate and no retention without reviews', () => {
    const none = periodFigures(new Map(), '2026-11-28', 30);
    expect(none).toMatchObject({ reviews: 0, againRate: null });
    expect(passRate(bothAges(none))).toBeNull();
  });
});

describe('true retention', () => {
  it('counts only cards in review state, Hard/Good/Easy as passed, young under 21 days and mature from 21', () => {
    const at = local(8, 11, 28, 10);
    const days = daysOf(beijing, [
      log(at, 3, 2, 5), // young, passed
      log(at, 1, 2, 20), // young (20 < 21), failed
      log(at, 2, 2, 21), // mature (21), Hard passes
      log(at, 4, 2, 60), // mature, passed
      log(at, 1, 1, 0), // learning: not counted
      log(at, 3, 3, 0), // relearning: not counted
      log(at, 3, 0, 0), // new: not counted
    ]);
    const today = periodFigures(days, '2026-11-28', 1);
    expect(today.young).toEqual({ passed: 1, total: 2 });
    expect(today.mature).toEqual({ passed: 2, total: 2 });
    expect(passRate(today.young)).toBe(0.5);
    expect(passRate(bothAges(today))).toBe(0.75);
    expect(today.reviews).toBe(7);
  });

  it('sums 7, 30 and 365 days from each study day', () => {
    const days = daysOf(beijing, [
      log(local(8, 11, 22, 10), 1, 2, 30), // 6 days ago: in 7 days
      log(local(8, 11, 21, 10), 3, 2, 30), // 7 days ago: only in 30 and 365
      log(local(8, 1, 10, 10), 3, 2, 30), // in 365 only
    ]);
    expect(periodFigures(days, '2026-11-28', 7).mature).toEqual({ passed: 0, total: 1 });
    expect(periodFigures(days, '2026-11-28', 30).mature).toEqual({ passed: 1, total: 2 });
    expect(periodFigures(days, '2026-11-28', 365).mature).toEqual({ passed: 2, total: 3 });
  });
});

describe('studyDayStartBefore', () => {
  it('finds 04:00 local N days back, across a DST change', () => {
    const change = Date.UTC(2026, 2, 29, 1, 0);
    const cet: StatsClock = { dayStartHour: 4, offsetAt: (t) => (t < change ? 60 : 120) };
    const now = Date.UTC(2026, 2, 30, 10, 0); // 12:00 CEST
    expect(studyDayStartBefore(now, 0, cet)).toBe(Date.UTC(2026, 2, 30, 2, 0));
    expect(studyDayStartBefore(now, 2, cet)).toBe(Date.UTC(2026, 2, 28, 3, 0)); // 04:00 CET
  });
});
