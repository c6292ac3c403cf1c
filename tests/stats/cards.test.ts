// The forecast of due cards and what a node's cards are now (states, recall ≥ desired retention, histograms).
import { describe, expect, it } from 'vitest';
import type { CardState, Phase } from '../../src/core/review-contract.ts';
import { distributions, emptyTally, forecastDue, tallyCard, type StatsClock } from '../../src/core/stats/index.ts';
import { cardFiguresAccumulator } from '../../src/core/stats/card-figures.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const beijing: StatsClock = { dayStartHour: 4, offsetAt: () => 8 * 60 };
const newYork: StatsClock = { dayStartHour: 4, offsetAt: () => -5 * 60 };
const local = (offsetHours: number, month: number, day: number, hour: number) => Date.UTC(2026, month - 1, day, hour) - offsetHours * HOUR;

function state(phase: Phase, patch: Partial<CardState> = {}): CardState {
  return {
    cardId: 'c', deckId: 'd', phase, due: 0, stability: 10, difficulty: 5, elapsedDays: 0, scheduledDays: 10,
    learningSteps: 0, reps: 1, lapses: 0, lastReview: 0, ...patch,
  };
}

describe('forecastDue', () => {
  it('counts overdue cards on today, and a card due before 04:00 tomorrow still today', () => {
    const now = local(8, 11, 28, 12);
    const f = forecastDue(
      [
        state(2, { due: now - 3 * DAY }), // overdue
        state(1, { due: now + HOUR }), // later today
        state(2, { due: local(8, 11, 29, 3) }), // 03:00 tomorrow: today's study day
        state(2, { due: local(8, 11, 29, 10) }), // tomorrow
        state(2, { due: local(8, 12, 5, 10) }), // 7 days ahead: in the next 7
        state(2, { due: local(8, 12, 6, 10) }), // 8 days ahead: not
        state(0, { due: now }), // new: never in the forecast
        state(2, { due: local(8, 12, 31, 10) }), // beyond 30 days
      ],
      now,
      beijing,
    );
    expect(f.perDay.slice(0, 2)).toEqual([3, 1]);
    expect(f.tomorrow).toBe(1);
    expect(f.next7).toBe(2);
    expect(f.perDay[8]).toBe(1);
    expect(f.average).toBeCloseTo(6 / 30);
  });

  it('places days by the western zone\'s clock', () => {
    const now = local(-5, 11, 28, 22); // 03:00 UTC on the 29th
    const f = forecastDue([state(2, { due: local(-5, 11, 29, 5) })], now, newYork);
    expect(f.tomorrow).toBe(1);
  });

  it('is all zeros without cards', () => {
    const f = forecastDue([], 0, beijing);
    expect(f.perDay).toEqual(new Array(30).fill(0));
    expect(f).toMatchObject({ tomorrow: 0, next7: 0, average: 0 });
  });
});

describe('tallyCard', () => {
  it('sorts cards into new, learning, young and mature and counts those FSRS expects recalled today', () => {
    const now = 100 * DAY;
    const tally = emptyTally();
    const cards = [
      state(0),
      state(1, { lastReview: now - HOUR, stability: 0.5 }),
      state(3, { lastReview: now - HOUR, stability: 2 }),
      state(2, { scheduledDays: 5, lastReview: now - DAY, stability: 30 }), // recall ≈ 0.99
      state(2, { scheduledDays: 21, lastReview: now - 40 * DAY, stability: 5 }), // long forgotten
      state(2, { scheduledDays: 90, lastReview: now - 2 * DAY, stability: 200 }),
    ];
    for (const card of cards) tallyCard(tally, card, now, 0.9);
    expect(tally).toEqual({ total: 6, new: 1, learning: 2, young: 1, mature: 2, suspended: 0, recalled: 4 });
  });

  it('counts a suspended card as suspended, not by its phase, and never as recalled', () => {
    const now = 100 * DAY;
    const tally = emptyTally();
    const figures = cardFiguresAccumulator({ now, clock: { dayStartHour: 4, offsetAt: () => 0 }, desiredRetention: 0.9, childIds: [], weakCount: 5 });
    const strong = state(2, { scheduledDays: 5, lastReview: now - DAY, stability: 30, due: now + 4 * DAY });
    figures.add(strong, null, true);
    figures.add({ ...strong, cardId: 'other' }, null);
    const { tally: counted, forecast, weakest } = figures.result();
    expect(counted).toEqual({ ...tally, total: 2, young: 1, suspended: 1, recalled: 1 });
    expect(forecast.perDay.reduce((sum, due) => sum + due, 0)).toBe(1);
    expect(weakest.map((card) => card.cardId)).toEqual(['other']);
  });
});

describe('distributions', () => {
  it('bins studied cards only, by stability days, difficulty and recall now', () => {
    const now = 100 * DAY;
    const d = distributions(
      [state(0), state(2, { stability: 0.5, difficulty: 1, lastReview: now }), state(2, { stability: 400, difficulty: 10, lastReview: now - 400 * DAY })],
      now,
    );
    expect(d.stability.counts).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(d.difficulty.counts).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(d.retrievability.counts.reduce((a, b) => a + b)).toBe(2);
    expect(d.retrievability.counts.at(-1)).toBe(1);
  });
});
