// The ts-fsrs wrapper: grading, previews and labels on a fixed clock, settings normalized at the boundary.
import { describe, expect, it } from 'vitest';
import {
  applyGrade,
  DEFAULT_SCHEDULER_SETTINGS,
  formatInterval,
  newCardState,
  normalizeSchedulerSettings,
  previewIntervals,
} from '../../src/core/scheduler/index.ts';
import { DAY, MINUTE, T0, reviewState } from '../fixtures/review/clock.ts';

const settings = normalizeSchedulerSettings({});

describe('applyGrade', () => {
  it('walks a new card through the default learning steps (1m, 10m) into review', () => {
    const fresh = newCardState('c1', 'd', T0);
    const again = applyGrade(fresh, 1, T0, settings);
    expect(again.phase).toBe(1);
    expect(again.due - T0).toBe(1 * MINUTE);
    const good = applyGrade(fresh, 3, T0, settings);
    expect(good.phase).toBe(1);
    expect(good.due - T0).toBe(10 * MINUTE);
    const graduated = applyGrade(good, 3, good.due, settings);
    expect(graduated.phase).toBe(2);
    expect(graduated.due - good.due).toBeGreaterThanOrEqual(DAY);
    expect(graduated.reps).toBe(2);
    expect(graduated.lastReview).toBe(good.due);
  });

  it('sends a forgotten review card to relearning and counts the lapse', () => {
    const lapsed = applyGrade(reviewState('c', 'd', T0), 1, T0, settings);
    expect(lapsed.phase).toBe(3);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - T0).toBe(10 * MINUTE);
  });

  it('is deterministic with fuzz on: the session and storage compute the same state', () => {
    const card = reviewState('c', 'd', T0);
    expect(applyGrade(card, 3, T0 + DAY, settings)).toEqual(applyGrade(card, 3, T0 + DAY, settings));
  });

  it('keeps the card id and deck id', () => {
    const next = applyGrade(newCardState('card-x', 'deck-y', T0), 4, T0, settings);
    expect(next).toMatchObject({ cardId: 'card-x', deckId: 'deck-y' });
  });

  it('never schedules past the maximum interval', () => {
    const capped = normalizeSchedulerSettings({ maximumIntervalDays: 30, enableFuzz: false });
    const strong = reviewState('c', 'd', T0, { stability: 400, scheduledDays: 300 });
    expect(applyGrade(strong, 4, T0, capped).scheduledDays).toBeLessThanOrEqual(30);
  });

  it('gives shorter intervals for a higher desired retention', () => {
    const card = reviewState('c', 'd', T0);
    const loose = applyGrade(card, 3, T0, normalizeSchedulerSettings({ desiredRetention: 0.8, enableFuzz: false }));
    const strict = applyGrade(card, 3, T0, normalizeSchedulerSettings({ desiredRetention: 0.95, enableFuzz: false }));
    expect(strict.scheduledDays).toBeLessThan(loose.scheduledDays);
  });
});

describe('previewIntervals', () => {
  it('labels the four buttons of a new card like Anki', () => {
    const preview = previewIntervals(newCardState('c', 'd', T0), T0, settings);
    expect(preview[1].label).toBe('1m');
    expect(preview[2].label).toBe('6m');
    expect(preview[3].label).toBe('10m');
    expect(preview[4].label).toMatch(/^\d+d$/);
  });

  it('agrees with applyGrade for every grade', () => {
    const card = reviewState('c', 'd', T0);
    const preview = previewIntervals(card, T0 + 2 * DAY, settings);
    for (const grade of [1, 2, 3, 4] as const) {
      expect(preview[grade].state).toEqual(applyGrade(card, grade, T0 + 2 * DAY, settings));
      expect(preview[grade].due).toBe(preview[grade].state.due);
    }
  });

  it('orders the intervals: Again < Hard < Good < Easy for a review card', () => {
    const preview = previewIntervals(reviewState('c', 'd', T0), T0, normalizeSchedulerSettings({ enableFuzz: false }));
    expect(preview[1].due).toBeLessThan(preview[2].due);
    expect(preview[2].due).toBeLessThan(preview[3].due);
    expect(preview[3].due).toBeLessThan(preview[4].due);
  });
});

describe('formatInterval', () => {
  it.each([
    [30_000, '1m'],
    [10 * MINUTE, '10m'],
    [60 * MINUTE, '1h'],
    [90 * MINUTE, '1.5h'],
    [3 * DAY, '3d'],
    [60 * DAY, '2mo'],
    [45 * DAY, '1.5mo'],
    [365 * DAY, '1y'],
    [18 * 365 * DAY, '18y'],
  ])('%d ms reads %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

describe('normalizeSchedulerSettings', () => {
  it('fills the defaults the issue asks for', () => {
    expect(normalizeSchedulerSettings(undefined)).toEqual({
      desiredRetention: 0.9,
      maximumIntervalDays: 36500,
      learningSteps: ['1m', '10m'],
      relearningSteps: ['10m'],
      enableFuzz: true,
      newPerDay: 20,
      reviewsPerDay: 200,
      dayStartHour: 4,
    });
    expect(DEFAULT_SCHEDULER_SETTINGS.newPerDay).toBe(20);
  });

  it('repairs values ts-fsrs would reject', () => {
    const repaired = normalizeSchedulerSettings({
      desiredRetention: 1.5,
      learningSteps: ['5 min'],
      newPerDay: -3,
      dayStartHour: Number.NaN,
    });
    expect(repaired.desiredRetention).toBeLessThan(1);
    expect(repaired.learningSteps).toEqual(['1m', '10m']);
    expect(repaired.newPerDay).toBe(0);
    expect(repaired.dayStartHour).toBe(4);
    expect(() => applyGrade(newCardState('c', 'd', T0), 3, T0, repaired)).not.toThrow();
  });
});
