// How a set of FSRS weights fits the learner: log loss and RMSE (bins) as srs-benchmark measures them, and the reviews a day it implies.
import { memoryAfter, memoryModel, type MemoryState } from '../scheduler/memory-model.ts';
import type { CardHistory, ItemReview } from './items.ts';

export interface Evaluation {
  /** Mean binary cross-entropy of the predicted recall against recalled (grade > Again) or not. */
  logLoss: number;
  /** srs-benchmark's RMSE (bins): reviews binned by interval, review count and lapses; bins weighted by their size. */
  rmseBins: number;
  /** Reviews scored. */
  count: number;
}

// fsrs-rs's r_matrix_index: the same bin edges, so figures compare with its own evaluation.
function binOf(reviews: readonly ItemReview[], index: number): string {
  const deltaT = reviews[index]!.deltaT;
  const deltaBin = Math.round(2.48 * 3.62 ** Math.floor(Math.log(deltaT) / Math.log(3.62)) * 100);
  let longTerm = 0;
  let lapses = 0;
  for (let i = 0; i <= index; i++) {
    if (reviews[i]!.deltaT > 0) {
      longTerm++;
      if (i < index && reviews[i]!.rating === 1) lapses++;
    }
  }
  const lengthBin = Math.round(1.99 * 1.89 ** Math.floor(Math.log(longTerm + 1) / Math.log(1.89)));
  const lapseBin = lapses === 0 ? 0 : Math.round(1.65 * 1.73 ** Math.floor(Math.log(lapses) / Math.log(1.73)));
  return `${deltaBin}/${lengthBin}/${lapseBin}`;
}

const EPSILON = 1e-4;

/**
 * Scores every review given on a later study day than the card's previous one (what fsrs-rs trains on) whose time
 * lies in [from, to), predicting it from the card's earlier reviews only. Null when no review qualifies.
 */
export function evaluate(
  histories: readonly CardHistory[],
  weights: readonly number[] | undefined,
  from = -Infinity,
  to = Infinity,
): Evaluation | null {
  const model = memoryModel(weights);
  const bins = new Map<string, { predicted: number; actual: number; count: number }>();
  let lossSum = 0;
  let count = 0;
  for (const history of histories) {
    let state: MemoryState | null = null;
    history.reviews.forEach((review, index) => {
      const at = history.times[index]!;
      if (state && index > 0 && review.deltaT > 0 && at >= from && at < to) {
        const p = Math.min(1 - EPSILON, Math.max(EPSILON, model.recall(review.deltaT, state.stability)));
        const y = review.rating > 1 ? 1 : 0;
        lossSum -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
        count++;
        const key = binOf(history.reviews, index);
        const bin = bins.get(key) ?? { predicted: 0, actual: 0, count: 0 };
        bin.predicted += p;
        bin.actual += y;
        bin.count++;
        bins.set(key, bin);
      }
      state = model.next(state, review);
    });
  }
  if (count === 0) return null;
  let squared = 0;
  for (const bin of bins.values()) squared += bin.count * ((bin.predicted - bin.actual) / bin.count) ** 2;
  return { logLoss: lossSum / count, rmseBins: Math.sqrt(squared / count), count };
}

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
