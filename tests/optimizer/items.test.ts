// The review log as fsrs-rs reads it: study days by the day-start hour, learning steps as same-day reviews, drills out.
import { describe, expect, it } from 'vitest';
import { cardHistories, packItems, trainingItems, type OptimizerLogEntry } from '../../src/core/optimizer/items.ts';
import { evaluate } from '../../src/core/optimizer/metrics.ts';
import { parametersProblem, planOptimization, MIN_TRAINING_ITEMS } from '../../src/core/optimizer/plan.ts';
import type { Grade, Phase } from '../../src/core/review-contract.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 2, 1); // a midnight UTC
const utc = () => 0;

function entry(cardId: string, at: number, grade: Grade, phase: Phase, kind: 'review' | 'drill' = 'review'): OptimizerLogEntry {
  return { cardId, grade, reviewedAt: at, kind, before: { phase } };
}

describe('cardHistories', () => {
  it('counts study days by the day-start hour and time zone, learning steps the same day as 0', () => {
    const logs = [
      entry('a', T0 + 10 * HOUR, 3, 0),
      entry('a', T0 + 10 * HOUR + 600_000, 3, 1), // a learning step ten minutes later
      entry('a', T0 + DAY + 2 * HOUR, 3, 2), // 02:00 next morning: still the first study day (days start 04:00)
      entry('a', T0 + DAY + 5 * HOUR, 1, 2), // 05:00: the next study day
    ];
    const [history] = cardHistories(logs, 4, utc);
    expect(history!.reviews.map((r) => r.deltaT)).toEqual([0, 0, 0, 1]);
    // Eight hours east of UTC, 10:00 UTC is 18:00 and 05:00 UTC next day is 13:00: one study day apart.
    const [east] = cardHistories(logs, 4, () => 480);
    expect(east!.reviews.map((r) => r.deltaT)).toEqual([0, 0, 1, 0]);
  });

  it('sorts by time, leaves drills out and starts at the card’s last first learning', () => {
    const logs = [
      entry('a', T0 + 3 * DAY, 3, 2),
      entry('a', T0 + 2 * DAY, 4, 0), // the card was reset and learnt again: history from here
      entry('a', T0, 3, 0),
      entry('a', T0 + 3 * DAY + HOUR, 1, 2, 'drill'),
      entry('b', T0 + DAY, 3, 2), // its first learning is not in the log: memory state unknown
    ];
    const histories = cardHistories(logs, 4, utc);
    expect(histories).toHaveLength(1);
    expect(histories[0]!.reviews).toEqual([{ rating: 4, deltaT: 0 }, { rating: 3, deltaT: 1 }]);
  });
});

describe('trainingItems', () => {
  it('makes one item per review on a later day, holding the history before it, in time order', () => {
    const logs = [
      entry('a', T0 + 10 * HOUR, 1, 0),
      entry('a', T0 + 11 * HOUR, 3, 1),
      entry('a', T0 + DAY + 10 * HOUR, 3, 2),
      entry('a', T0 + 4 * DAY + 10 * HOUR, 1, 2),
      entry('b', T0 + 2 * DAY + 10 * HOUR, 3, 0),
      entry('b', T0 + 3 * DAY + 10 * HOUR, 3, 2),
    ];
    const items = trainingItems(cardHistories(logs, 4, utc));
    expect(items.map((item) => item.reviews.map((r) => `${r.rating}@${r.deltaT}`).join(' '))).toEqual([
      '1@0 3@0 3@1',
      '3@0 3@1',
      '1@0 3@0 3@1 1@3',
    ]);
    const packed = packItems(items);
    expect([...packed.lengths]).toEqual([3, 2, 4]);
    expect([...packed.ratings]).toEqual([1, 3, 3, 3, 3, 1, 3, 3, 1]);
    expect([...packed.deltaTs]).toEqual([0, 0, 1, 0, 1, 0, 0, 1, 3]);
  });
});

describe('evaluate', () => {
  it('scores log loss and RMSE (bins) of the predicted recall against what happened', () => {
    // Two cards, each learnt (Good) and reviewed a day later: one recalled, one forgotten. Same bin, same prediction.
    const logs = ['a', 'b'].flatMap((card, i) => [
      entry(card, T0 + 10 * HOUR, 3, 0),
      entry(card, T0 + DAY + 10 * HOUR, i === 0 ? 3 : 1, 2),
    ]);
    const result = evaluate(cardHistories(logs, 4, utc), undefined)!;
    // Default weights: S0(Good) = w2 = 2.3065; R(1 day) = (1 + factor/S)^decay with decay -w20.
    const decay = -0.1542;
    const factor = 0.9 ** (1 / decay) - 1;
    const p = (1 + (factor * 1) / 2.3065) ** decay;
    expect(result.count).toBe(2);
    expect(result.logLoss).toBeCloseTo(-(Math.log(p) + Math.log(1 - p)) / 2, 4);
    expect(result.rmseBins).toBeCloseTo(Math.abs(p - 0.5), 4);
  });
});

describe('planOptimization', () => {
  it('says how many more reviews it needs below the minimum', () => {
    const logs = [entry('a', T0, 3, 0), entry('a', T0 + DAY, 3, 2)];
    expect(planOptimization(logs, 4, utc).missing).toBe(MIN_TRAINING_ITEMS - 1);
  });
});

describe('parametersProblem', () => {
  it('accepts 21 finite numbers and names what is wrong otherwise', () => {
    expect(parametersProblem(Array.from({ length: 21 }, () => 1))).toBeNull();
    expect(parametersProblem(Array.from({ length: 19 }, () => 1))).toMatch(/21 numbers.*not 19/);
    expect(parametersProblem([...Array.from({ length: 20 }, () => 1), Number.NaN])).toMatch(/parameter 21/);
    expect(parametersProblem('1,2,3')).toMatch(/array/);
  });
});
