// The rows each Dexie store holds: the shapes storage reads and writes (the versions that lay the stores out are in schema.ts).
import type { Card, Deck, Section } from '../core/deck/schema.ts';
import type { DrillOutcome } from '../core/quiz/drill-summary.ts';
import type { QuestionType } from '../core/quiz/types.ts';
import type { CardMarks } from '../core/marks/marks.ts';
import type { CardState, ReviewLogEntry } from '../core/review-contract.ts';
import type { SyncEvent, WriteEvent } from '../core/sync/events.ts';
import type { AppSettings } from './index.ts';

/** A compiled deck's metadata; its cards live in `cards`. */
export interface DeckRow {
  id: string;
  slug: string;
  title: string;
  file: string;
  /** The index's hash of the deck when it was last merged: unchanged means skip. */
  contentHash: string;
  sections: Section[];
  cardCount: number;
  syncedAt: number;
  /** Place in the deck index: the order Home lists roadmaps in. */
  position: number;
  /** 1 when the roadmap left the deck index: hidden, its cards retired, their history kept. */
  retired: 0 | 1;
}

/** A card's content as last compiled. */
export interface CardRow {
  id: string;
  deckId: string;
  sectionId: string;
  /** Position in the compiled deck's cards array: roadmap order, the order new cards are introduced in. */
  order: number;
  retired: 0 | 1;
  /** The text changed after the learner had reviewed it; cleared by the next grade. */
  updated: 0 | 1;
  card: Card;
  /** Retired because a roadmap edit moved it: the id its state and history went to (see moved-cards.ts). */
  movedTo?: string;
}

/**
 * A card's scheduling state plus what the queue indexes need. `reviewDue` and `newOrder` are sparse: set only on
 * active non-new cards and active new cards respectively, so each index holds exactly the cards a queue wants.
 */
export interface StateRow extends CardState {
  sectionId: string;
  order: number;
  retired: 0 | 1;
  /** 1 for a reference card: no queue index keys (see rows.ts). Not indexed itself, so no schema version. */
  reference?: 1;
  /** 1 while the learner's marks keep the card out of the queues (suspended, buried): no queue index keys either. */
  parked?: 1;
  reviewDue?: number;
  newOrder?: number;
}

/** A review log entry as stored; the log is append-only except for an exact undo. */
export interface LogRow extends ReviewLogEntry {
  /** Caller's id for the grade: a second grade with the same id is a replay, not a review. */
  reviewId?: string;
  /** The card was marked updated before this review (undo puts the mark back). */
  clearedUpdated?: true;
  /** This review made the card a leech (and suspended it, when set): undo takes both back. */
  leeched?: { suspended: boolean };
  /** 1 when the entry came from another device through sync: it is already on the server, never sent back. */
  remote?: 1;
}

/** A card's learner marks (see core/marks): one row per card that has any. */
export type MarkRow = CardMarks;

/** An interview date set on a tree node (a deck id or a section id). */
export interface InterviewRow {
  nodeId: string;
  /** Epoch ms. */
  date: number;
}

/** One answer of a drill, kept whether or not it counted as a review; never read by the queue. */
export interface DrillRow {
  id?: number;
  /** `${drillId}:${index}`: recording the same drill again adds only the attempts not yet stored. */
  attemptId: string;
  drillId: string;
  /** The tree node drilled, when the caller said. */
  nodeId?: string;
  cardId: string;
  /** '' when the card was unknown at recording time. */
  deckId: string;
  sectionId: string;
  type: QuestionType;
  outcome: DrillOutcome;
  answeredAt: number;
  durationMs?: number;
  /** 1 when the drill counted as reviews and this attempt graded its card: `reviewLogId` is that log entry. */
  countedAsReview: 0 | 1;
  reviewLogId?: number;
  /** 1 when the attempt came from another device through sync (see LogRow.remote). */
  remote?: 1;
}

/** A roadmap the learner added in the app (v7): its source text and the deck compiled from it; its deck id is the key. */
export interface RoadmapRow {
  id: string;
  /** The file name as added: the deck id and card ids derive from it, as in `npm run decks`. */
  file: string;
  title: string;
  text: string;
  deck: Deck;
  addedAt: number;
  updatedAt: number;
}

/**
 * The one row of `activitySlots` that is not a slot (key ['', 0]: no roadmap has an empty id): the newest log id the
 * summary has counted. The log's newest id differing from it means the summary is missing entries (it was never
 * built since the v5 upgrade, or something wrote the log without counting), and is rebuilt before it is read.
 */
export interface SummaryMark {
  deckId: '';
  slot: 0;
  lastLogId: number;
}

export interface SettingsRow {
  key: 'app';
  value: Partial<AppSettings>;
}

/** Sync's own records by key: this device's id, the server's checkpoint, push marks, the last outcome, the config. */
export interface SyncStateRow {
  key: string;
  value: unknown;
}

/** An event made here that no table can rebuild (undo, interview date, settings), waiting to be sent. */
export interface OutboxRow {
  eventId: string;
  event: SyncEvent;
}

/** A review taken back after it had left the device: kept whole (history is never deleted), replay skips it. */
export interface UndoneRow {
  reviewId: string;
  cardId: string;
  undoneAt: number;
  /** The log entry as it was, when this device had it. */
  log?: LogRow;
}

/**
 * The latest last-write-wins write per key (`settings`, `interview:<node id>`, `marks:<card id>`, `roadmap:<deck id>`):
 * what a wiped server gets again. A roadmap's is kept without its text (the roadmaps store holds it; push puts it back).
 */
export interface WriteRow {
  key: string;
  event: WriteEvent;
}
