// The storage API the UI codes against: open the database, merge compiled decks, read today's queue, grade and undo.
import type { UtcOffsetAt } from '../core/queue/day.ts';
import type { SessionOptions } from '../core/queue/session.ts';
import type { DrillAttempt } from '../core/quiz/drill-summary.ts';
import type { Card } from '../core/deck/schema.ts';
import type { CardState, DeckTreeNode, Grade, SchedulerSettings, StudyItem, UndoToken } from '../core/review-contract.ts';
import type { BackupFile } from '../core/backup/format.ts';
import type { BrowseRow } from '../core/browse/search.ts';
import type { CardMarks, MarksChange } from '../core/marks/marks.ts';
import type { LeechSettings } from '../core/marks/leech-settings.ts';
import type { MarksUndo } from './marks-store.ts';
import type { BackupProblem } from '../core/backup/read.ts';
import type { StorageFailureKind } from './errors.ts';
import type { KeyValueStore } from './pending-grades.ts';
import type { CardInfo, StatsProgress } from './stats-reading.ts';
import type { UserRoadmaps } from './user-roadmaps.ts';
import type { AnkiExportData } from './anki-export.ts';
import type { CouchConfig as SyncConfig } from './sync/couch-client.ts';
import type { SyncStatus } from './sync/sync-state.ts';
import type { SyncRunOptions } from './sync/run-sync.ts';

/** Where the compiled decks' index is, relative to the site root; deck paths are relative to it. */
export const DECK_INDEX_PATH = 'decks/index.json';

/** Everything the settings screen shows and edits. */
export interface AppSettings extends SchedulerSettings, LeechSettings {
  /** Result of navigator.storage.persist(): null until the app has asked (after the first review). */
  persisted: boolean | null;
  /**
   * Nodes (roadmap or section ids) whose reference cards daily review takes too; absent or empty: none. Stored as
   * saved, not checked on read: read it with `switchedOnNodes` (core/queue/reference-review.ts).
   */
  reviewReference?: string[];
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
  /** Under another heading with the same text (a heading renamed, a concept moved): state and history went with it. */
  moved: number;
}

/** A deck file (or the index) that could not be loaded; nothing of it was imported. */
export interface SyncProblem {
  /** The path asked of fetchJson. */
  path: string;
  deckId: string | null;
  message: string;
  /** Set when the file was fine but could not be written here (e.g. `quota`: the device's storage is full). */
  storageFailure?: StorageFailureKind;
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
  /**
   * Where grades wait while the database is closed by another tab's newer schema (see pending-grades.ts);
   * defaults to localStorage. Tests pass a memory store.
   */
  pendingStore?: KeyValueStore;
  /** Minutes east of UTC at an instant; defaults to the browser's zone. Tests pin it for a fixed day boundary. */
  utcOffsetAt?: UtcOffsetAt;
}

export interface GradeOptions {
  /** Same id twice (a retry, a double tap, a second tab replaying) grades once. */
  reviewId?: string;
  durationMs?: number;
}

/** Interview dates by tree node id (a deck id or a section id), epoch ms; a null-prototype object (ids are data). */
export type InterviewDates = Record<string, number>;

/**
 * Everything `planDrill` needs for one tree node. Usage:
 * `planDrill(d.cards, d.states, { count, interviewDate, rng, pool: prepareChoicePool(d.roadmapCards) })`.
 */
export interface DrillDeck {
  deckId: string;
  nodeId: string;
  /** Titles from the roadmap title down to the node (as DeckTreeNode.path). */
  path: string[];
  /** The node's active concept cards, sub-sections included, in roadmap order. */
  cards: Card[];
  /** The node's reference cards (plans, catalogues, figures): drilled only when the learner includes them. */
  referenceCards: Card[];
  /** The state of every card in `cards` and `referenceCards`, new ones (phase 0) included. */
  states: Map<string, CardState>;
  /** Every active card of the roadmap, in roadmap order: the distractor pool (stage first, then roadmap). */
  roadmapCards: Card[];
  /** The date set on this node, else on its nearest dated ancestor; null when none is set. */
  interviewDate: number | null;
  /** Settings' desired retention: the readiness target. */
  desiredRetention: number;
  /** The learner's trained FSRS weights when applied (absent: the defaults): what recall is predicted with. */
  weights?: readonly number[];
}

/** A drill answer as recorded; `answeredAt` defaults to the record call's `now`. */
export interface RecordedAttempt extends DrillAttempt {
  answeredAt?: number;
  durationMs?: number;
}

export interface RecordDrillOptions {
  /** On: each attempt also grades its card (drillAttemptToGrade) through the normal grade path. Off: schedule untouched. */
  countAsReviews: boolean;
  now: number;
  /**
   * One id per drill run (the UI makes it, e.g. crypto.randomUUID()). Attempt i is stored as `${drillId}:${i}`, so
   * calling again with the same id and the attempts so far (a longer list) records only the new ones: the UI may
   * record after every answer, and a retry never doubles anything. Omitted: a fresh id, every attempt is new.
   */
  drillId?: string;
  /** The tree node drilled, kept with the attempts for history. */
  nodeId?: string;
}

export interface DrillRecordResult {
  drillId: string;
  /** Attempts newly written by this call (replayed ones not counted). */
  recorded: number;
  /** Only when countAsReviews: each new attempt's grade, in order, with its undo token. */
  graded: { cardId: string; grade: Grade; state: CardState; undo: UndoToken }[];
}

export interface ImportBackupOptions {
  /** Also replace the scheduler settings with the backup's (off: this device's settings stay as they are). */
  restoreSettings?: boolean;
  /** The moment of the import (tests pin it): whether an imported bury is still in force. Defaults to the clock. */
  now?: number;
}

/** What an import changed; counts are rows newly written. */
export interface BackupImportSummary {
  /** Review log entries this device did not have. */
  reviewsAdded: number;
  /** Cards whose state the backup replaced (its review was later) or brought in (unknown here). */
  cardsUpdated: number;
  drillsAdded: number;
  interviewsAdded: number;
  settingsRestored: boolean;
  /** Roadmaps added in the app that the backup brought (or brought a later version of). */
  roadmapsRestored?: number;
}

/** A refused file changed nothing; `problem` says why (the UI words it). */
export type ImportBackupResult = { ok: true; summary: BackupImportSummary } | { ok: false; problem: BackupProblem };

/** A tree node as Home lists it before it is opened: its counts (as in deckTree) and how many sub-nodes it has. */
export interface NodeSummary extends Omit<DeckTreeNode, 'children'> {
  /** Sub-nodes with cards under them (0: a leaf); `nodeChildren(id)` lists them. */
  childCount: number;
}

/** A stored grade; `leech` when its lapse made the card a leech (suspended too, when the setting says so). */
export interface GradeResult {
  state: CardState;
  undo: UndoToken;
  leech?: { suspended: boolean };
}

/** A change of learner marks as the UI asks it: `bury` hides the cards until the next study day starts. */
export type MarkCommand = Omit<MarksChange, 'buriedUntil'> & { bury?: boolean };

/** Browse's cards of a node (sub-nodes included), concept and reference, retired ones left out. */
export interface BrowseData {
  /** Titles from the roadmap down to the node; [] for every roadmap. */
  path: string[];
  rows: BrowseRow[];
}

export interface Roadcards {
  /** The database's name: a Worker (the optimizer's) opens its own connection to it. */
  readonly dbName: string;
  /**
   * Loads `decks/index.json` through fetchJson, then each deck whose contentHash changed (paths relative to the
   * index), validates it with the deck schema and merges it in one transaction per deck. A bad file lands in
   * `problems` and is not imported at all; the other decks still load. Never deletes review history.
   */
  syncDecks(fetchJson: (path: string) => Promise<unknown>, now: number): Promise<SyncReport>;
  /**
   * Roadmap → stage → section → label, with the counts today's limits allow (sub-decks included). A node with an
   * interview date carries `readiness` (mean recall on the date over its active cards, unseen as 0); until that
   * date, cards under it whose recall on the date is below the desired retention count as due.
   */
  deckTree(now: number): Promise<DeckTreeNode[]>;
  /**
   * Home's first read: one summary per active roadmap, in index order, with the counts deckTree gives its roots,
   * counted by IndexedDB on the indexes (no state row is read, except for a roadmap with an interview date).
   */
  roadmaps(now: number): Promise<NodeSummary[]>;
  /** A roadmap's or section's sub-nodes with their counts, for when the learner opens it (reads that roadmap only). */
  nodeChildren(nodeId: string, now: number): Promise<NodeSummary[]>;
  /**
   * Today's queue for a tree node (a deck id or a section id), sub-decks included, within today's limits:
   * learning cards, due reviews and new cards in roadmap order, interspersed. Feed it to `startSession`.
   * Cards under a node with a future interview date also come when their recall on that date is below the desired
   * retention (they count against the review limit like any review).
   * `ALL_DUE_NODE_ID` ('all', from src/core/queue) gives every roadmap's queue merged: learning cards, then
   * reviews with new cards spread among them (see mergeDueQueues).
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
   * log entry together. Idempotent per reviewId. Throws if the card is unknown (a retired card is graded: its history
   * is kept). After another tab opened a newer schema, throws GradeQueuedError (isGradeQueued): the grade waits in
   * the pending queue and is stored when the app opens again.
   */
  grade(cardId: string, grade: Grade, now: number, opts?: GradeOptions): Promise<GradeResult>;
  /**
   * Reverses one grade exactly: restores the card's state from before it and removes that log entry. Refuses
   * (throws UndoRefusedError) unless it is still the card's latest review and the card is still in that state.
   */
  undo(token: UndoToken): Promise<CardState>;
  /** Sets (or with null clears) the interview date of a tree node (deck id or section id); date in epoch ms. */
  setInterviewDate(nodeId: string, date: number | null): Promise<void>;
  /** Every interview date set, by node id (past ones included: the UI decides whether to show them). */
  interviewDates(): Promise<InterviewDates>;
  /** What a drill of a node needs (see DrillDeck); null when no active deck holds the node. */
  drillDeck(nodeId: string, now: number): Promise<DrillDeck | null>;
  /**
   * Keeps drill attempts (always, in their own table). Only with countAsReviews does a drill touch card states,
   * the review log, today's limits or undo: each attempt is then graded like a review, at its answeredAt.
   */
  recordDrill(attempts: readonly RecordedAttempt[], options: RecordDrillOptions): Promise<DrillRecordResult>;
  getSettings(): Promise<AppSettings>;
  /** Merges the patch into the stored settings and returns the result (values are clamped to sane ranges). */
  saveSettings(patch: Partial<AppSettings>): Promise<AppSettings>;
  /** Calls navigator.storage.persist() (false when unavailable) and stores the answer in settings.persisted. */
  requestPersistence(): Promise<boolean>;
  /** The current answer of navigator.storage.persisted(), or null where the browser cannot tell. */
  persistence(): Promise<{ persisted: boolean | null }>;
  /**
   * Everything the learner's progress is (card states, review log, settings, interview dates, drill attempts), not
   * card texts, as one consistent snapshot. Serialize it with JSON.stringify; `backupFileName` names the file.
   */
  exportBackup(now: number): Promise<BackupFile>;
  /**
   * Reads a backup file's text whole and refuses a bad one before writing anything; merges a good one in one
   * read-write transaction that never deletes: log entries added once (same reviewId, or same card, time and grade,
   * is the same entry), per card the state with the later lastReview, interview dates and drills unioned, settings
   * only with restoreSettings. Importing the same file again changes nothing.
   */
  importBackup(text: string, options?: ImportBackupOptions): Promise<ImportBackupResult>;
  /**
   * Statistics of a tree node (`ALL_DUE_NODE_ID` for every roadmap): the cards first, then the review log read in
   * slices newest first; `onProgress` hears each stage so a screen can show the first figures early. Null when no
   * active roadmap holds the node.
   */
  stats(nodeId: string, now: number, onProgress?: (progress: StatsProgress) => void): Promise<StatsProgress | null>;
  /** A card's source, state, recall now and review history; null for a card never compiled here. */
  cardInfo(cardId: string, now: number): Promise<CardInfo | null>;
  /**
   * Suspends, buries, flags, notes (or clears any of those on) the cards, in one transaction. Suspended and buried
   * cards leave the queues, Home's counts and drills; their state and history stay. Returns what `undoMarks` needs.
   */
  markCards(cardIds: readonly string[], change: MarkCommand, now: number): Promise<MarksUndo>;
  /** The card's marks (flag, note, suspended, …), or null when it has none. */
  cardMarks(cardId: string): Promise<CardMarks | null>;
  /** Puts the marks back exactly as they were before that `markCards`. */
  undoMarks(undo: MarksUndo, now: number): Promise<void>;
  /** Every card of a node (`ALL_DUE_NODE_ID` for all roadmaps) for Browse, with state, marks and recall now; null: unknown node. */
  browseCards(nodeId: string, now: number): Promise<BrowseData | null>;
  /** A node's active cards with (when asked) their states and review logs, for an Anki export; null for an unknown node. */
  ankiExport(nodeId: string, includeHistory: boolean, now: number): Promise<AnkiExportData | null>;
  /** Roadmaps added in the app (list, add a compiled one, remove); loaded with the Roadmaps screen. */
  userRoadmaps(): Promise<UserRoadmaps>;
  /** Sync of the learner's history with their CouchDB (see src/storage/sync); the code loads on first use. */
  historySync(): Promise<HistorySync>;
  /** Whether a sync server is set, read without loading sync's code (every start asks, most learners never sync). */
  syncConfigured(): Promise<boolean>;
  close(): void;
}

/** History sync's API, from `roadcards.historySync()`. */
export interface HistorySync {
  /** The connection settings, stored on this device only (never synced, never in a backup). */
  config(): Promise<SyncConfig | null>;
  saveConfig(config: SyncConfig): Promise<SyncConfig>;
  /** One sync now (push, then pull and replay); never throws: the outcome says what failed. One run at a time. */
  run(now: number, options?: SyncRunOptions): Promise<SyncStatus>;
  /** What the last sync did, or null before the first. */
  status(): Promise<SyncStatus | null>;
}

export type { CouchConfig as SyncConfig, SyncErrorKind } from './sync/couch-client.ts';
export type { SyncStatus } from './sync/sync-state.ts';
export type { SyncRunOptions } from './sync/run-sync.ts';

export { UndoRefusedError, UnknownCardError, UnschedulableCardError, failureDetails, storageFailureKind, type StorageFailureKind } from './errors.ts';

export { isGradeQueued, memoryStore, type KeyValueStore } from './pending-grades.ts';
export type { BackupFile } from '../core/backup/format.ts';
export type { BackupProblem } from '../core/backup/read.ts';
export type { CardHistoryRow, CardInfo, ChildMastery, StatsActivity, StatsCards, StatsProgress, WeakCard } from './stats-reading.ts';
export { DEFAULT_DB_NAME, openRoadcards } from './roadcards.ts';
export { syncDecksOffThread } from './sync-off-thread.ts';
export { CURRENT_SCHEMA_VERSION } from './schema.ts';
export type { MarksUndo } from './marks-store.ts';
export type { AnkiExportData } from './anki-export.ts';
export type { AddRoadmapResult, RoadmapSource, UserRoadmap, UserRoadmaps } from './user-roadmaps.ts';
