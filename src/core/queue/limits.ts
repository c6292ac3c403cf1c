// Daily limits over the deck tree: a node may introduce/review what its own and every ancestor's allowance leaves.
import type { Phase } from '../review-contract.ts';

export interface DailyLimits {
  newPerDay: number;
  reviewsPerDay: number;
}

export interface DoneToday {
  /** New cards introduced today (their first review today). */
  new: number;
  /** Review-phase cards reviewed today. */
  reviews: number;
}

/** What one of today's review log entries uses up, judged by the phase the card was in before it. */
export function usage(phaseBefore: Phase): DoneToday {
  return { new: phaseBefore === 0 ? 1 : 0, reviews: phaseBefore === 2 ? 1 : 0 };
}

/**
 * Tallies today's reviews per tree node: each review counts for its card's node and every ancestor.
 * `ancestry(nodeId)` returns the node's id chain from the roadmap down to it.
 */
export function tallyDoneToday(
  reviews: Iterable<{ nodeId: string; phaseBefore: Phase }>,
  ancestry: (nodeId: string) => readonly string[],
): Map<string, DoneToday> {
  const done = new Map<string, DoneToday>();
  for (const review of reviews) {
    const used = usage(review.phaseBefore);
    for (const id of ancestry(review.nodeId)) {
      const tally = done.get(id) ?? { new: 0, reviews: 0 };
      tally.new += used.new;
      tally.reviews += used.reviews;
      done.set(id, tally);
    }
  }
  return done;
}

/** Remaining allowance at the end of `chain` (roadmap → … → node): the tightest along the way. */
export function remainingAlong(
  chain: readonly string[],
  done: ReadonlyMap<string, DoneToday>,
  limits: DailyLimits,
): { newRemaining: number; reviewsRemaining: number } {
  let newRemaining = limits.newPerDay;
  let reviewsRemaining = limits.reviewsPerDay;
  for (const id of chain) {
    const tally = done.get(id);
    if (!tally) continue;
    newRemaining = Math.min(newRemaining, limits.newPerDay - tally.new);
    reviewsRemaining = Math.min(reviewsRemaining, limits.reviewsPerDay - tally.reviews);
  }
  return { newRemaining: Math.max(0, newRemaining), reviewsRemaining: Math.max(0, reviewsRemaining) };
}
