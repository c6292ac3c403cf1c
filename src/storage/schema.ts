// The Dexie database: every schema version, kept in order with its upgrade (never edit a shipped one); row shapes in schema-rows.ts.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { ActivitySlot } from '../core/stats/slots.ts';
import type {
  CardRow,
  DeckRow,
  DrillRow,
  InterviewRow,
  LogRow,
  MarkRow,
  OutboxRow,
  RoadmapRow,
  SettingsRow,
  StateRow,
  SummaryMark,
  SyncStateRow,
  UndoneRow,
  WriteRow,
} from './schema-rows.ts';

export type * from './schema-rows.ts';

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
