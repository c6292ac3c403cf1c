// Replaying a card's reviews: the same state as grading them live, whatever order they arrive in, and parameters count.
import { describe, expect, it } from 'vitest';
import {
  applyGrade,
  newCardState,
  normalizeSchedulerSettings,
  previewIntervals,
  replayReviews,
  type ReplayedReview,
} from '../../src/core/scheduler/index.ts';
import type { Grade } from '../../src/core/review-contract.ts';
import { DAY, MINUTE, T0 } from '../fixtures/review/clock.ts';

const settings = normalizeSchedulerSettings({});

function liveHistory(grades: Grade[]): ReplayedReview[] {
  let state = newCardState('c', 'd', T0);
  let at = T0;
  const reviews: ReplayedReview[] = [];
  for (const grade of grades) {
    reviews.push({ grade, reviewedAt: at });
    state = applyGrade(state, grade, at, settings);
    at = Math.max(state.due, at + MINUTE);
  }
  return reviews;
}

describe('replayReviews', () => {
  it('gives the state live grading gave, in any arrival order', () => {
    const grades: Grade[] = [3, 3, 1, 3, 4, 2, 3];
    const reviews = liveHistory(grades);
    let live = newCardState('c', 'd', T0);
    for (const review of reviews) live = applyGrade(live, review.grade, review.reviewedAt, settings);
    expect(replayReviews('c', 'd', reviews, settings, T0)).toEqual(live);
    expect(replayReviews('c', 'd', [...reviews].reverse(), settings, T0)).toEqual(live);
  });

  it('leaves a card without reviews new', () => {
    expect(replayReviews('c', 'd', [], settings, T0)).toEqual(newCardState('c', 'd', T0));
  });
});

describe('learner parameters', () => {
  const defaults = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
    1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ];

  it('keeps 21 finite weights and drops anything else', () => {
    expect(normalizeSchedulerSettings({ parameters: defaults }).parameters).toEqual(defaults);
    expect(normalizeSchedulerSettings({ parameters: defaults.slice(0, 19) }).parameters).toBeUndefined();
    expect(normalizeSchedulerSettings({ parameters: [...defaults.slice(0, 20), Number.NaN] }).parameters).toBeUndefined();
  });

  it('changes the intervals the grade buttons offer', () => {
    const reviews = liveHistory([3, 3, 3]);
    const card = replayReviews('c', 'd', reviews, settings, T0);
    // w[8] scales how much a successful recall grows stability.
    const slowForgetter = normalizeSchedulerSettings({ parameters: defaults.map((w, i) => (i === 8 ? w * 1.5 : w)) });
    const at = card.due + DAY;
    expect(previewIntervals(card, at, slowForgetter)[3].due).not.toBe(previewIntervals(card, at, settings)[3].due);
  });
});
