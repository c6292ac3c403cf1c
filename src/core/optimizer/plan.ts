// What an optimization run trains on and how its result is judged: the time split, the minimum history, the report.
import type { UtcOffsetAt } from '../queue/day.ts';
import { cardHistories, packItems, trainingItems, type CardHistory, type OptimizerLogEntry, type PackedItems } from './items.ts';
import { evaluate, predictedReviewsPerDay, type Evaluation } from './metrics.ts';

/**
 * Fewest training items (reviews on a later day than the card's previous one) worth optimizing on. fsrs-rs itself
 * keeps the defaults below about 150; the time split holds out the last fifth, and 1,000 items leave 200 held-out
 * reviews: about the fewest where a gain the size of srs-benchmark's median (log loss 0.366 → 0.346) is not lost in
 * the noise of which reviews happened to be held out.
 */
export const MIN_TRAINING_ITEMS = 1000;
/** The later share of items (by time) that training does not see and the evaluation scores, as srs-benchmark does. */
export const HELD_OUT_SHARE = 0.2;

export interface OptimizationPlan {
  histories: CardHistory[];
  /** Items before this time train the evaluated weights; items at or after it are held out. */
  splitAt: number;
  itemCount: number;
  heldOutCount: number;
  /** Items still needed before optimizing is worth it (0 when there are enough). */
  missing: number;
}

export function planOptimization(
  logs: Iterable<OptimizerLogEntry>,
  dayStartHour: number,
  offsetAt: UtcOffsetAt,
): OptimizationPlan {
  const histories = cardHistories(logs, dayStartHour, offsetAt);
  const times = trainingItems(histories).map((item) => item.reviewedAt);
  const heldOutCount = Math.floor(times.length * HELD_OUT_SHARE);
  const splitAt = heldOutCount > 0 ? times[times.length - heldOutCount]! : Infinity;
  return {
    histories,
    splitAt,
    itemCount: times.length,
    heldOutCount: times.filter((at) => at >= splitAt).length,
    missing: Math.max(0, MIN_TRAINING_ITEMS - times.length),
  };
}

/** The two training sets: the earlier part (for the held-out evaluation) and everything (for the applied weights). */
export function trainingSets(plan: OptimizationPlan): { earlier: PackedItems; all: PackedItems } {
  return {
    earlier: packItems(trainingItems(plan.histories, -Infinity, plan.splitAt)),
    all: packItems(trainingItems(plan.histories)),
  };
}

export interface OptimizationReport {
  /** Held-out scores of the weights in use (the defaults if none) and of the weights trained on the earlier part. */
  current: Evaluation;
  trained: Evaluation;
  /** Predicted reviews a day at the desired retention, with the weights in use and with the ones to apply. */
  reviewsPerDayCurrent: number;
  reviewsPerDayTrained: number;
  /** The weights to apply: trained on the whole history. */
  parameters: number[];
}

export function optimizationReport(
  plan: OptimizationPlan,
  current: readonly number[] | undefined,
  trainedOnEarlier: readonly number[],
  trainedOnAll: readonly number[],
  desiredRetention: number,
  maximumIntervalDays: number,
): OptimizationReport | null {
  const before = evaluate(plan.histories, current, plan.splitAt);
  const after = evaluate(plan.histories, trainedOnEarlier, plan.splitAt);
  if (!before || !after) return null;
  return {
    current: before,
    trained: after,
    reviewsPerDayCurrent: predictedReviewsPerDay(plan.histories, current, desiredRetention, maximumIntervalDays),
    reviewsPerDayTrained: predictedReviewsPerDay(plan.histories, trainedOnAll, desiredRetention, maximumIntervalDays),
    parameters: [...trainedOnAll],
  };
}

/** 21 finite numbers: what FSRS-6 accepts as the learner's weights. A reason when not, for a refused import. */
export function parametersProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return 'parameters must be an array of 21 numbers';
  if (value.length !== 21) return `parameters must hold 21 numbers (FSRS-6), not ${value.length}`;
  const bad = value.findIndex((weight) => typeof weight !== 'number' || !Number.isFinite(weight));
  return bad < 0 ? null : `parameter ${bad + 1} is not a finite number`;
}
