// FSRS's memory model on its own (no scheduling): memory states and recall as the optimizer and its evaluation walk them.
import { FSRSAlgorithm, generatorParameters } from 'ts-fsrs';

/** Stability (days until recall falls to 90%) and difficulty (1–10) after some reviews. */
export interface MemoryState {
  stability: number;
  difficulty: number;
}

/** One review as fsrs-rs sees it: the rating and the study days since the previous review (0 the same day). */
export interface DayReview {
  rating: number;
  deltaT: number;
}

export interface MemoryModel {
  /** The state after one more review; null before the first. */
  next(state: MemoryState | null, review: DayReview): MemoryState;
  /** Predicted recall after `days` with this stability. */
  recall(days: number, stability: number): number;
  /** Days until recall falls to the desired retention (rounded, at least 1, capped at the maximum interval). */
  interval(stability: number): number;
}

/** A model with these weights (ts-fsrs's defaults when omitted), short-term terms on as in the app's scheduler. */
export function memoryModel(weights?: readonly number[], desiredRetention = 0.9, maximumInterval = 36500): MemoryModel {
  const algorithm = new FSRSAlgorithm(
    generatorParameters({
      ...(weights ? { w: weights } : {}),
      enable_short_term: true,
      request_retention: desiredRetention,
      maximum_interval: maximumInterval,
    }),
  );
  return {
    // delta_t 0 takes the short-term formula, as fsrs-rs does for same-day reviews.
    next: (state, review) => algorithm.next_state(state, review.deltaT, review.rating),
    recall: (days, stability) => algorithm.forgetting_curve(days, stability),
    interval: (stability) => algorithm.next_interval(stability, 0),
  };
}

/** The memory state after `reviews` in order; null when there are none. */
export function memoryAfter(model: MemoryModel, reviews: readonly DayReview[]): MemoryState | null {
  let state: MemoryState | null = null;
  for (const review of reviews) state = model.next(state, review);
  return state;
}
