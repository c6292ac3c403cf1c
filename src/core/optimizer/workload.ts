// Reviews a day that a set of weights predicts for the learner's cards at the desired retention: the cost of a change.
import type { CardHistory } from './items.ts';
import { memoryAfter, memoryModel } from '../scheduler/memory-model.ts';

/**
 * The steady review load: each learnt card comes back once per interval, the interval being what these weights
 * give its current stability at `desiredRetention` (at least a day). Summed over cards: reviews per day.
 */
export function predictedReviewsPerDay(
  histories: readonly CardHistory[],
  weights: readonly number[] | undefined,
  desiredRetention: number,
  maximumIntervalDays: number,
): number {
  const model = memoryModel(weights, desiredRetention, maximumIntervalDays);
  let perDay = 0;
  for (const history of histories) {
    const state = memoryAfter(model, history.reviews);
    if (!state) continue;
    perDay += 1 / Math.max(1, model.interval(state.stability));
  }
  return perDay;
}
