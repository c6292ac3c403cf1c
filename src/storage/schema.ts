// The Dexie database: row shapes and every schema version, kept in order with its upgrade (never edit a shipped one).
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Card, Deck, Section } from '../core/deck/schema.ts';
import type { DrillOutcome } from '../core/quiz/drill-summary.ts';
import type { QuestionType } from '../core/quiz/types.ts';
import type { CardMarks } from '../core/marks/marks.ts';
import type { CardState, ReviewLogEntry } from '../core/review-contract.ts';
import type { ActivitySlot } from '../core/stats/slots.ts';
import type { InterviewEvent, SettingsEvent, SyncEvent } from '../core/sync/events.ts';
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

/** syncState's key of this device's sync id. */
export const DEVICE_KEY = 'device';

/** The review id of an entry that never had one (logs before v8, old backups): this device's id and the entry's. */
export function derivedReviewId(deviceId: string, logId: number): string {
  return `${deviceId}:${logId}`;
}

/** v8's upgrade, here rather than in a module of its own: the shell opens the database, and stays one chunk smaller. */
async function fillReviewIds(tx: Transaction): Promise<void> {
  const deviceId = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  await tx.table('syncState').put({ key: DEVICE_KEY, value: deviceId });
  await tx
    .table<LogRow, number>('logs')
    .filter((row) => row.reviewId === undefined)
    .modify((row) => {
      row.reviewId = derivedReviewId(deviceId, row.id!);
    });
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

/** The latest last-write-wins write per key (`settings`, `interview:<node id>`): what a wiped server gets again. */
export interface WriteRow {
  key: string;
  event: InterviewEvent | SettingsEvent;
}

interface SchemaVersion {
  version: number;
  /** Dexie store specs; a version repeats every store (the full schema as of that version). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** The v4 stores as shipped; each later version is the one before it plus its own stores (spelled out once here). */
const V4_STORES = {
  decks: 'id',
  cards: 'id, deckId',
  states:
    'cardId, [deckId+reviewDue], [deckId+newOrder], [deckId+sectionId+newOrder], [deckId+phase+reviewDue], [deckId+sectionId+phase+reviewDue]',
  logs: '++id, cardId, reviewedAt, &reviewId',
  settings: 'key',
  interviews: 'nodeId',
  drills: '++id, &attemptId, drillId, cardId, answeredAt',
};
const V5_STORES = { ...V4_STORES, activitySlots: '[deckId+slot]' };
const V6_STORES = { ...V5_STORES, marks: 'cardId, buriedUntil' };
const V7_STORES = { ...V6_STORES, roadmaps: 'id' };

/**
 * Every version ever shipped, oldest first. To change the schema: append a version with the full store list (the
 * previous list spread plus the new stores) and an upgrade that rewrites old rows, and add a seeded-database test in
 * tests/migrations/.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      decks: 'id',
      cards: 'id, deckId',
      states: 'cardId, [deckId+reviewDue], [deckId+newOrder]',
      logs: '++id, cardId, reviewedAt, &reviewId',
      settings: 'key',
    },
  },
  {
    // A section's new cards straight from an index: walking the deck's new cards to find one section's was slow.
    // Adding an index needs no upgrade: IndexedDB fills it from the rows already stored.
    version: 2,
    stores: {
      decks: 'id',
      cards: 'id, deckId',
      states: 'cardId, [deckId+reviewDue], [deckId+newOrder], [deckId+sectionId+newOrder]',
      logs: '++id, cardId, reviewedAt, &reviewId',
      settings: 'key',
    },
  },
  {
    // Interview dates per tree node, and drill attempts kept apart from the review log so a drill can never move
    // the schedule, the daily limits or undo. Two new empty stores: nothing old to rewrite.
    version: 3,
    stores: {
      decks: 'id',
      cards: 'id, deckId',
      states: 'cardId, [deckId+reviewDue], [deckId+newOrder], [deckId+sectionId+newOrder]',
      logs: '++id, cardId, reviewedAt, &reviewId',
      settings: 'key',
      interviews: 'nodeId',
      drills: '++id, &attemptId, drillId, cardId, answeredAt',
    },
  },
  {
    // Home and the study queue read index keys and short ranges instead of every state row: phase in the key tells
    // learning from review cards, so a queue reads only the reviews today's limit lets through, and the tree counts
    // from keys alone. Both sparse like [deckId+reviewDue] (no reviewDue, no entry); IndexedDB fills them itself.
    version: 4,
    stores: V4_STORES,
  },
  {
    // The review log summed per roadmap and UTC quarter hour (core/stats/slots.ts), kept in step by every write of the
    // log, so statistics read a few hundred rows instead of every review. No upgrade: scanning a long history here
    // would hold up Home after the update; the statistics screen fills the store on its first visit instead
    // (activity-slots.ts), and again whenever its mark row stops naming the log's newest entry.
    version: 5,
    stores: V5_STORES,
  },
  {
    // The learner's own marks per card (suspend, bury, flag, note, leech): a store of their own, so a deck merge (which
    // rewrites cards and states) never touches them. buriedUntil indexed: the next day's first read frees buried cards
    // with one range. A new empty store: nothing old to rewrite.
    version: 6,
    stores: V6_STORES,
  },
  {
    // Roadmaps added in the app: their source text and compiled deck, so they survive reloads, work offline and go
    // into backups. The deck sync leaves their decks alone. One new empty store: nothing old to rewrite.
    version: 7,
    stores: V7_STORES,
  },
  {
    // Sync between devices (issue 12): every log entry gets a globally unique reviewId (old ones from this device's
    // new id and the entry's id), and sync keeps its state, its outbox, undone reviews and last writes in four stores.
    version: 8,
    stores: {
      ...V7_STORES,
      syncState: 'key',
      outbox: 'eventId',
      undone: 'reviewId, cardId',
      writes: 'key',
    },
    upgrade: fillReviewIds,
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export class RoadcardsDb extends Dexie {
  decks!: Table<DeckRow, string>;
  cards!: Table<CardRow, string>;
  states!: Table<StateRow, string>;
  logs!: Table<LogRow, number>;
  settings!: Table<SettingsRow, string>;
  interviews!: Table<InterviewRow, string>;
  drills!: Table<DrillRow, number>;
  marks!: Table<MarkRow, string>;
  roadmaps!: Table<RoadmapRow, string>;
  activitySlots!: Table<ActivitySlot | SummaryMark, [string, number]>;
  syncState!: Table<SyncStateRow, string>;
  outbox!: Table<OutboxRow, string>;
  undone!: Table<UndoneRow, string>;
  writes!: Table<WriteRow, string>;

  constructor(name: string) {
    super(name);
    for (const step of SCHEMA_VERSIONS) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}
