// A database exactly as schema version 3 wrote it, built with plain IndexedDB (no app code), to test upgrades against.
import { makeCard } from '../fixtures/review/decks.ts';
import { createV2Stores, SEEDED_AT, v2Rows } from './v2-database.ts';
import { seedRawDatabase } from './raw-database.ts';

export { SEEDED_AT };
export const V3_IDB_VERSION = 30; // Dexie stores version × 10

const DAY = 86_400_000;

/** v3 wrote the same card rows as v2, plus interview dates and drills; one more card is mid-relearning. */
export const v3Rows = {
  decks: v2Rows.decks.map((deck) => ({ ...deck, cardCount: 5 })),
  cards: [
    ...v2Rows.cards,
    { id: 'old:5', deckId: 'old', sectionId: 'old/s2', order: 4, retired: 0, updated: 0, card: makeCard({ id: 'old:5', sectionId: 'old/s2' }) },
  ],
  states: [
    ...v2Rows.states,
    {
      cardId: 'old:5', deckId: 'old', phase: 3, due: SEEDED_AT + 10 * 60_000, stability: 1.1, difficulty: 7.2,
      elapsedDays: 4, scheduledDays: 0, learningSteps: 0, reps: 3, lapses: 1, lastReview: SEEDED_AT,
      sectionId: 'old/s2', order: 4, retired: 0, reviewDue: SEEDED_AT + 10 * 60_000,
    },
  ] as Record<string, unknown>[],
  logs: v2Rows.logs,
  settings: v2Rows.settings,
  interviews: [{ nodeId: 'old/s1', date: SEEDED_AT - 2 * DAY }],
  drills: [
    {
      id: 1, attemptId: 'd1:0', drillId: 'd1', nodeId: 'old', cardId: 'old:2', deckId: 'old', sectionId: 'old/s2',
      type: 'flashcard', outcome: 'right', answeredAt: SEEDED_AT - DAY, countedAsReview: 0,
    },
  ] as Record<string, unknown>[],
};

/** The stores and indexes exactly as schema version 3 laid them out (Dexie's naming): v2's and two new stores. */
export function createV3Stores(db: IDBDatabase, upgrade: IDBTransaction): void {
  createV2Stores(db, upgrade);
  db.createObjectStore('interviews', { keyPath: 'nodeId' });
  const drills = db.createObjectStore('drills', { keyPath: 'id', autoIncrement: true });
  drills.createIndex('attemptId', 'attemptId', { unique: true });
  drills.createIndex('drillId', 'drillId');
  drills.createIndex('cardId', 'cardId');
  drills.createIndex('answeredAt', 'answeredAt');
}

/** Creates the v3 stores and indexes by hand, the way Dexie laid them out, and fills them with v3Rows. */
export function seedV3Database(name: string): Promise<void> {
  return seedRawDatabase(name, V3_IDB_VERSION, createV3Stores, v3Rows);
}
