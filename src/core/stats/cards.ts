// What a node's cards are now: counts by state, the share FSRS expects the learner to recall today, and histograms.
import type { CardState } from '../review-contract.ts';
import { retrievabilityAt, type FsrsWeights } from '../scheduler/retrievability.ts';
import { MATURE_DAYS } from './day-activity.ts';

/** Cards by state; `recalled` are those whose retrievability now is at least the desired retention. */
export interface CardTally {
  total: number;
  new: number;
  /** Learning or relearning. */
  learning: number;
  /** In review with an interval under 21 days. */
  young: number;
  mature: number;
  /** Suspended by the learner: counted here instead of by phase (like Anki), never recalled or due. */
  suspended: number;
  recalled: number;
}

export function emptyTally(): CardTally {
  return { total: 0, new: 0, learning: 0, young: 0, mature: 0, suspended: 0, recalled: 0 };
}

/** Adds one card to a tally. Retired cards never reach here: storage reads active cards only. */
export function tallyCard(tally: CardTally, state: CardState, now: number, desiredRetention: number, weights?: FsrsWeights): void {
  tallyWith(tally, state, retrievabilityAt(state, now, weights), desiredRetention);
}

/** tallyCard with the card's retrievability already worked out (one card feeds several tallies and histograms). */
export function tallyWith(tally: CardTally, state: CardState, retrievability: number, desiredRetention: number, suspended = false): void {
  tally.total += 1;
  if (suspended) tally.suspended += 1;
  else if (state.phase === 0) tally.new += 1;
  else if (state.phase === 2) state.scheduledDays < MATURE_DAYS ? (tally.young += 1) : (tally.mature += 1);
  else tally.learning += 1;
  if (!suspended && state.phase !== 0 && retrievability >= desiredRetention) tally.recalled += 1;
}

export interface Histogram {
  /** Lower bound of each bucket; the last bucket has no upper bound unless `upper` is given. */
  bounds: number[];
  upper: number | null;
  counts: number[];
}

function histogram(bounds: number[], upper: number | null): Histogram {
  return { bounds, upper, counts: bounds.map(() => 0) };
}

function place(h: Histogram, value: number): void {
  let index = 0;
  while (index + 1 < h.bounds.length && value >= h.bounds[index + 1]!) index += 1;
  h.counts[index]! += 1;
}

export interface Distributions {
  /** Stability in days. */
  stability: Histogram;
  /** FSRS difficulty, 1–10. */
  difficulty: Histogram;
  /** Retrievability now, 0–1. */
  retrievability: Histogram;
}

/** Histograms over the cards already studied (a new card has no stability, difficulty or memory yet). */
export function distributions(states: Iterable<CardState>, now: number, weights?: FsrsWeights): Distributions {
  const result = emptyDistributions();
  for (const state of states) placeCard(result, state, retrievabilityAt(state, now, weights));
  return result;
}

export function emptyDistributions(): Distributions {
  return {
    stability: histogram([0, 1, 3, 7, 21, 90, 365], null),
    difficulty: histogram([1, 2, 3, 4, 5, 6, 7, 8, 9], 10),
    retrievability: histogram([0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95], 1),
  };
}

/** Adds one studied card to the histograms (a new card is skipped), its retrievability worked out by the caller. */
export function placeCard(result: Distributions, state: CardState, retrievability: number): void {
  if (state.phase === 0) return;
  place(result.stability, state.stability);
  place(result.difficulty, state.difficulty);
  place(result.retrievability, retrievability);
}
