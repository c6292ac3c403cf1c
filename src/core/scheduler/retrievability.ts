// Predicted recall of a card at a given moment, from ts-fsrs's FSRS-6 forgetting curve: what drills and readiness rank by.
import { fsrs, type FSRS } from 'ts-fsrs';
import type { CardState } from '../review-contract.ts';

/**
 * FSRS model weights (21 for FSRS-6; ts-fsrs migrates older 17/19-weight sets). Omitted → ts-fsrs's
 * defaults; an optimizer can pass the learner's own.
 */
export type FsrsWeights = readonly number[];

const DAY_MS = 24 * 60 * 60 * 1000;
const defaultScheduler = fsrs({});
// Weight arrays from an optimizer are long-lived objects; one ts-fsrs instance per array avoids rebuilding it per card.
const schedulerByWeights = new WeakMap<FsrsWeights, FSRS>();

function schedulerFor(weights?: FsrsWeights): FSRS {
  if (!weights) return defaultScheduler;
  let scheduler = schedulerByWeights.get(weights);
  if (!scheduler) {
    scheduler = fsrs({ w: weights });
    schedulerByWeights.set(weights, scheduler);
  }
  return scheduler;
}

/**
 * Probability (0–1) that the learner recalls the card at `at` (epoch ms), as ts-fsrs predicts it:
 * `FSRS#get_retrievability`, which counts whole days since the last review, like its scheduler does. Its steps are
 * taken here on plain numbers (whole days, stability rounded to 8 places, the same forgetting curve) because the
 * queue asks for every card under a dated node: get_retrievability copies the card and builds Dates on each call.
 * New cards (phase 0), and any card without a last review, are 0: nothing learnt yet.
 */
export function retrievabilityAt(state: CardState | null | undefined, at: number, weights?: FsrsWeights): number {
  if (!state || state.phase === 0 || state.lastReview === null || !(state.stability > 0)) return 0;
  // A moment before the last review (a clock set back, a date in the past) reads as "just reviewed".
  const elapsedDays = Math.floor((Math.max(at, state.lastReview) - state.lastReview) / DAY_MS);
  return schedulerFor(weights).forgetting_curve(elapsedDays, +state.stability.toFixed(8));
}
