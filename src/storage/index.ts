// The storage API the UI codes against: open the database, merge compiled decks, read today's queue, grade and undo.
import type { UtcOffsetAt } from '../core/queue/day.ts';
import type { SessionOptions } from '../core/queue/session.ts';
import type { CardState, DeckTreeNode, Grade, SchedulerSettings, StudyItem, UndoToken } from '../core/review-contract.ts';

/** Everything the settings screen shows and edits. */
export interface AppSettings extends SchedulerSettings {
  /** Result of navigator.storage.persist(): null until the app has asked (after the first review). */
  persisted: boolean | null;
}

/** What one deck's merge did; counts are cards. */
export interface DeckSyncResult {
  deckId: string;
  title: string;
  /** The index's contentHash matched the stored deck: nothing was fetched or written. */
  skipped: boolean;
  added: number;
  /** Text changed (id kept): FSRS state and history kept, shown as "updated" until next graded. */
  updated: number;
  /** Gone from the roadmap: hidden from study, state and history kept. */
  retired: number;
  /** Retired earlier and back in the roadmap: returns with its state and history. */
  restored: number;
}

/** A deck file (or the index) that could not be loaded; nothing of it was imported. */
export interface SyncProblem {
  /** The path asked of fetchJson. */
  path: string;
  deckId: string | null;
  message: string;
}

export interface SyncReport {
  decks: DeckSyncResult[];
  problems: SyncProblem[];
}

export interface OpenOptions {
  /** IndexedDB database name; defaults to 'roadcards'. Tests pass a fresh name each. */
  dbName?: string;
  /** Another tab opened a newer schema version: this connection has been closed; the UI should reload. */
  onVersionChange?: () => void;
  /** Minutes east of UTC at an instant; defaults to the browser's zone. Tests pin it for a fixed day boundary. */
  utcOffsetAt?: UtcOffsetAt;
}

export interface GradeOptions {
  /** Same id twice (a retry, a double tap, a second tab replaying) grades once. */
  reviewId?: string;
  durationMs?: number;
}

export interface Roadcards {
  /**
   * Loads `decks/index.json` through fetchJson, then each deck whose contentHash changed (paths relative to the
   * index), validates it with the deck schema and merges it in one transaction per deck. A bad file lands in
   * `problems` and is not imported at all; the other decks still load. Never deletes review history.
   */
  syncDecks(fetchJson: (path: string) => Promise<unknown>, now: number): Promise<SyncReport>;
  /** Roadmap → stage → section → label, with the counts today's limits allow (sub-decks included). */
  deckTree(now: number): Promise<DeckTreeNode[]>;
  /**
   * Today's queue for a tree node (a deck id or a section id), sub-decks included, within today's limits:
   * learning cards, due reviews and new cards in roadmap order, interspersed. Feed it to `startSession`.
   */
  studyItems(nodeId: string, now: number): Promise<StudyItem[]>;
  /**
   * What `startSession` needs besides the items: the scheduler settings and the end of today's study day
   * (the next `dayStartHour` in local time). Usage:
   * `startSession(await rc.studyItems(id, now), await rc.sessionOptions(now), now)` (from src/core/queue).
   */
  sessionOptions(now: number): Promise<SessionOptions>;
  /**
   * Grades a card: reads its state inside one read-write transaction, computes the next state, writes state and
   * log entry together. Idempotent per reviewId. Throws if the card is unknown.
   */
  grade(cardId: string, grade: Grade, now: number, opts?: GradeOptions): Promise<{ state: CardState; undo: UndoToken }>;
  /**
   * Reverses one grade exactly: restores the card's state from before it and removes that log entry. Refuses
   * (throws UndoRefusedError) unless it is still the card's latest review and the card is still in that state.
   */
  undo(token: UndoToken): Promise<CardState>;
  getSettings(): Promise<AppSettings>;
  /** Merges the patch into the stored settings and returns the result (values are clamped to sane ranges). */
  saveSettings(patch: Partial<AppSettings>): Promise<AppSettings>;
  /** Calls navigator.storage.persist() (false when unavailable) and stores the answer in settings.persisted. */
  requestPersistence(): Promise<boolean>;
  /** The current answer of navigator.storage.persisted(), or null where the browser cannot tell. */
  persistence(): Promise<{ persisted: boolean | null }>;
  close(): void;
}

export { UndoRefusedError } from './errors.ts';
export { DEFAULT_DB_NAME, openRoadcards } from './roadcards.ts';
export { CURRENT_SCHEMA_VERSION } from './schema.ts';
