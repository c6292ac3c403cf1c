// Mapping between stored rows and the core's types, in one place so index keys never drift from the state.
import type { CardState } from '../core/review-contract.ts';
import type { StateRow } from './schema.ts';

/** The CardState part of a row: the extra index fields stay in storage. */
export function toCardState(row: CardState): CardState {
  return {
    cardId: row.cardId,
    deckId: row.deckId,
    phase: row.phase,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    lastReview: row.lastReview,
  };
}

/** A state row with its sparse index keys derived from phase and retirement (absent keys leave the index). */
export function toStateRow(
  state: CardState,
  place: { sectionId: string; order: number; retired: 0 | 1 },
): StateRow {
  const row: StateRow = { ...toCardState(state), sectionId: place.sectionId, order: place.order, retired: place.retired };
  if (place.retired === 0) {
    if (state.phase === 0) row.newOrder = place.order;
    else row.reviewDue = state.due;
  }
  return row;
}

/** Whether the card's state is exactly `expected` (what undo checks before rolling a review back). */
export function sameState(a: CardState, b: CardState): boolean {
  return (
    a.phase === b.phase &&
    a.due === b.due &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.learningSteps === b.learningSteps &&
    a.scheduledDays === b.scheduledDays &&
    a.lastReview === b.lastReview
  );
}
