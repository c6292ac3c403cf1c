// Mapping between stored rows and the core's types, in one place so index keys never drift from the state.
import type { CardState } from '../core/review-contract.ts';
import { roleOf } from '../core/deck/schema.ts';
import type { CardRow, StateRow } from './schema.ts';

/** Where a card sits, as its state row's index keys need it. */
export interface StatePlace {
  sectionId: string;
  order: number;
  retired: 0 | 1;
  /** 1 for a reference card (a plan, a catalogue): it stays out of the queue's indexes, as a retired card does. */
  reference?: 0 | 1;
  /** 1 while the learner keeps it out (suspended, buried): out of the queue's indexes, state and history kept. */
  parked?: 0 | 1;
}

/** A place with the parked flag of the card's stored state row: a merge or import re-placing a card must not unsuspend it. */
export function keepParked(place: StatePlace, stored: { parked?: 1 } | undefined): StatePlace {
  return stored?.parked === 1 ? { ...place, parked: 1 } : place;
}

/** The place of a stored card, its role included. */
export function placeOfCard(row: Pick<CardRow, 'sectionId' | 'order' | 'retired' | 'card'>): StatePlace {
  return { sectionId: row.sectionId, order: row.order, retired: row.retired, reference: roleOf(row.card) === 'reference' ? 1 : 0 };
}

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

/**
 * A state row with its sparse index keys derived from phase, retirement and role (absent keys leave the index):
 * daily review, Home's counts and drills read those indexes, so a reference card is in none of them, while its
 * state and history stay — switching it back to concept puts it back where it was.
 */
export function toStateRow(state: CardState, place: StatePlace): StateRow {
  const row: StateRow = { ...toCardState(state), sectionId: place.sectionId, order: place.order, retired: place.retired };
  if (place.reference === 1) row.reference = 1;
  if (place.parked === 1) row.parked = 1;
  if (place.retired === 0 && place.reference !== 1 && place.parked !== 1) {
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
