// Today's queue from candidate states, as small named stages: gather → limit → sort → intersperse.
import type { CardState } from '../review-contract.ts';

export interface QueueCandidates {
  /** Learning/relearning cards due before the day ends (any order). */
  learning: readonly CardState[];
  /** Review cards due before the day ends (any order). */
  reviews: readonly CardState[];
  /** New cards in roadmap order (the compiled deck's card order); may hold more than the limit allows. */
  newCards: readonly CardState[];
}

export interface QueueLimits {
  newRemaining: number;
  reviewsRemaining: number;
}

function byDue(a: CardState, b: CardState): number {
  return a.due - b.due || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
}

/** Limit: the day's allowance; learning cards are never held back (a half-learnt card must come back). */
export function applyLimits(candidates: QueueCandidates, limits: QueueLimits): QueueCandidates {
  return {
    learning: candidates.learning,
    // Most overdue first, so a backlog is worked from its oldest end (Anki's default review sort).
    reviews: [...candidates.reviews].sort(byDue).slice(0, Math.max(0, limits.reviewsRemaining)),
    newCards: candidates.newCards.slice(0, Math.max(0, limits.newRemaining)),
  };
}

/**
 * Spreads `minor` evenly through `major`, keeping each list's own order: 10 reviews and 2 new cards give a new card
 * after roughly every 4th review rather than all new cards at the end (Anki's "mix new cards with reviews").
 */
export function intersperse<T>(major: readonly T[], minor: readonly T[]): T[] {
  const result: T[] = [];
  let i = 0;
  let j = 0;
  while (i < major.length || j < minor.length) {
    const majorProgress = major.length ? (i + 1) / (major.length + 1) : Infinity;
    const minorProgress = minor.length ? (j + 1) / (minor.length + 1) : Infinity;
    if (j < minor.length && (i >= major.length || minorProgress < majorProgress)) result.push(minor[j++]!);
    else result.push(major[i++]!);
  }
  return result;
}

/** Learning cards first (earliest due first), then reviews with new cards spread among them. */
export function buildQueue(candidates: QueueCandidates, limits: QueueLimits): CardState[] {
  const limited = applyLimits(candidates, limits);
  return [...[...limited.learning].sort(byDue), ...intersperse(limited.reviews, limited.newCards)];
}
