// Merge by replay: a card's state is derived from the union of its review events, so sync order cannot matter.
import type { CardState, SchedulerSettings } from '../review-contract.ts';
import { applyGrade } from '../scheduler/fsrs.ts';
import { newCardState } from '../scheduler/new-card.ts';
import { replayReviews } from '../scheduler/replay.ts';
import type { ReviewEvent } from './events.ts';

/** What merge needs of a review: its id (the stable tie-break), grade and time. */
export type MergedReview = Pick<ReviewEvent, 'reviewId' | 'grade' | 'reviewedAt'>;

/**
 * The card's reviews that count, in the order replay applies them: undone ones left out, then by time, equal times
 * by review id (a plain code-unit comparison, the same on every device and in every locale).
 */
export function countedReviews<R extends MergedReview>(reviews: readonly R[], undone: ReadonlySet<string>): R[] {
  const seen = new Set<string>();
  const counted: R[] = [];
  for (const review of reviews) {
    // The same review arriving twice (a retry, a backup and a sync) counts once.
    if (undone.has(review.reviewId) || seen.has(review.reviewId)) continue;
    seen.add(review.reviewId);
    counted.push(review);
  }
  return counted.sort((a, b) => a.reviewedAt - b.reviewedAt || (a.reviewId < b.reviewId ? -1 : a.reviewId > b.reviewId ? 1 : 0));
}

/** A card's state from every review any device gave it, minus the undone ones: identical wherever it is computed. */
export function mergedCardState(
  cardId: string,
  deckId: string,
  reviews: readonly MergedReview[],
  undone: ReadonlySet<string>,
  settings: SchedulerSettings,
): CardState {
  return replayReviews(cardId, deckId, countedReviews(reviews, undone), settings);
}

/** A last-write-wins value: the later write, equal times broken by the writing device's id. */
export interface Written {
  writtenAt: number;
  deviceId: string;
}

/** Whether `candidate` should replace `current` (absent current: always). */
export function isLaterWrite(candidate: Written, current: Written | undefined): boolean {
  if (!current) return true;
  if (candidate.writtenAt !== current.writtenAt) return candidate.writtenAt > current.writtenAt;
  return candidate.deviceId > current.deviceId;
}

/** One counted review with the states around it: what each log entry stores as before/after after a merge. */
export interface ReplayStep<R extends MergedReview> {
  review: R;
  before: CardState;
  after: CardState;
}

/**
 * The card's counted reviews with the state before and after each, in replay order; the last `after` is
 * `mergedCardState`'s answer (checked in tests), so logs and states written from it agree on every device.
 */
export function replaySteps<R extends MergedReview>(
  cardId: string,
  deckId: string,
  reviews: readonly R[],
  undone: ReadonlySet<string>,
  settings: SchedulerSettings,
): { steps: ReplayStep<R>[]; state: CardState } {
  let state = newCardState(cardId, deckId, 0);
  const steps: ReplayStep<R>[] = [];
  for (const review of countedReviews(reviews, undone)) {
    const after = applyGrade(state, review.grade, review.reviewedAt, settings);
    steps.push({ review, before: state, after });
    state = after;
  }
  return { steps, state };
}
