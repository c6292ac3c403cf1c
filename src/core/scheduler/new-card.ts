// A card's state before its first review: plain data, no ts-fsrs needed.
import type { CardState } from '../review-contract.ts';

/** A card never reviewed: New, due at `now` (its place among new cards comes from roadmap order, not due). */
export function newCardState(cardId: string, deckId: string, now: number): CardState {
  return {
    cardId,
    deckId,
    phase: 0,
    due: now,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
  };
}
