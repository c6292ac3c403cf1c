// The types the review app's layers agree on: what storage hands the UI and what the UI asks of it.
import type { Card } from './deck/schema.ts';

/** FSRS grades, as ts-fsrs numbers them: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** FSRS card phase, as ts-fsrs numbers it. */
export type Phase = 0 | 1 | 2 | 3; // New, Learning, Review, Relearning

/** One card's scheduling state: a cache of what its review log implies. Times are epoch milliseconds. */
export interface CardState {
  cardId: string;
  deckId: string;
  phase: Phase;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: number | null;
}

/**
 * One entry of the append-only review log. `kind: 'drill'` entries never move the schedule; storage keeps drill
 * attempts in a table of their own, so today every stored entry is a 'review' (a counted drill answer included).
 */
export interface ReviewLogEntry {
  id?: number;
  cardId: string;
  deckId: string;
  grade: Grade;
  reviewedAt: number;
  kind: 'review' | 'drill';
  /** The card's state before this review: what undo restores and what lets the log be replayed. */
  before: CardState;
  /** The card's state after this review. */
  after: CardState;
  durationMs?: number;
}

export interface SchedulerSettings {
  desiredRetention: number; // 0.90
  maximumIntervalDays: number; // 36500
  learningSteps: string[]; // ts-fsrs defaults: ['1m', '10m']
  relearningSteps: string[]; // ['10m']
  enableFuzz: boolean;
  newPerDay: number; // 20
  reviewsPerDay: number; // 200
  dayStartHour: number; // 4 (04:00 local)
  /** The learner's own FSRS-6 weights (21), from the optimizer; absent → ts-fsrs's defaults. */
  parameters?: readonly number[];
}

/** A node of the deck tree shown on Home: a roadmap, a stage, a section, a label. */
export interface DeckTreeNode {
  /** Stable node id; a roadmap's node id is its deck id. Used in `/study/<id>` links. */
  id: string;
  deckId: string;
  title: string;
  /** Titles from the roadmap title down to this node. */
  path: string[];
  children: DeckTreeNode[];
  /** Cards that today's limits let the learner study now, sub-decks included. */
  counts: { new: number; learning: number; due: number };
  /** Active (non-retired) cards, sub-decks included. */
  total: number;
  /** Earliest due time of a non-new card under this node, or null. */
  nextDue: number | null;
  /**
   * Only on a node with an interview date set: mean predicted recall (0–1) of its active cards on `date` (epoch ms),
   * unseen cards as 0. Sub-nodes of a dated node do not inherit it.
   */
  readiness?: { date: number; value: number };
}

/** A card as the study screen shows it. */
export interface StudyItem {
  card: Card;
  state: CardState;
  /** The card's text changed since the learner last saw it. */
  updated: boolean;
}

/** What the UI needs to reverse the last grade exactly. */
export interface UndoToken {
  logId: number;
  cardId: string;
}
