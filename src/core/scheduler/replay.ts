// A card's state rebuilt from its reviews alone: what new parameters or reviews from another device imply.
import type { CardState, Grade, SchedulerSettings } from '../review-contract.ts';
import { applyGrade } from './fsrs.ts';
import { newCardState } from './new-card.ts';

/** What replay needs of a review: the grade and when it was given. */
export interface ReplayedReview {
  grade: Grade;
  reviewedAt: number;
}

/**
 * The state after grading a new card with `reviews` in time order (ties kept in the given order, so callers that
 * sort by a stable id get one answer on every device). No reviews → the card is new, due at `createdAt`.
 * Deterministic like `applyGrade` (fuzz included): the same reviews and settings give the same state anywhere.
 */
export function replayReviews(
  cardId: string,
  deckId: string,
  reviews: readonly ReplayedReview[],
  settings: SchedulerSettings,
  createdAt = 0,
): CardState {
  const ordered = reviews
    .map((review, index) => ({ review, index }))
    .sort((a, b) => a.review.reviewedAt - b.review.reviewedAt || a.index - b.index);
  let state = newCardState(cardId, deckId, createdAt);
  for (const { review } of ordered) state = applyGrade(state, review.grade, review.reviewedAt, settings);
  return state;
}
