// A database exactly as schema version 2 wrote it, built with plain IndexedDB (no app code), to test upgrades against.
import { makeCard } from '../fixtures/review/decks.ts';
import { createV1Stores, SEEDED_AT, v1Rows } from './v1-database.ts';
import { seedRawDatabase } from './raw-database.ts';

export { SEEDED_AT };
export const V2_IDB_VERSION = 20; // Dexie stores version × 10

const DAY = 86_400_000;

/** v2 wrote the same row shapes as v1; a learner on v2 has more history, so one more reviewed card and its log. */
export const v2Rows = {
  decks: v1Rows.decks.map((deck) => ({ ...deck, cardCount: 4 })),
  cards: [
    ...v1Rows.cards,
    { id: 'old:4', deckId: 'old', sectionId: 'old/s2', order: 3, retired: 0, updated: 0, card: makeCard({ id: 'old:4', sectionId: 'old/s2' }) },
  ],
  states: [
    ...v1Rows.states,
    {
      cardId: 'old:4', deckId: 'old', phase: 2, due: SEEDED_AT + 8 * DAY, stability: 8.3, difficulty: 2.1,
      elapsedDays: 0, scheduledDays: 8, learningSteps: 0, reps: 1, lapses: 0, lastReview: SEEDED_AT,
      sectionId: 'old/s2', order: 3, retired: 0, reviewDue: SEEDED_AT + 8 * DAY,
    },
  ] as Record<string, unknown>[],
  logs: [] as Record<string, unknown>[],
  settings: v1Rows.settings,
};

const { sectionId: _s, order: _o, retired: _r, reviewDue: _d, ...afterOld4 } = v2Rows.states[3]!;
const beforeOld4 = { ...afterOld4, phase: 0, due: SEEDED_AT, stability: 0, difficulty: 0, scheduledDays: 0, reps: 0, lastReview: null };
v2Rows.logs.push(
  ...v1Rows.logs,
  { id: 4, cardId: 'old:4', deckId: 'old', grade: 4, reviewedAt: SEEDED_AT, kind: 'review', before: beforeOld4, after: afterOld4, reviewId: 'v2-a' },
);

/** The stores and indexes exactly as schema version 2 laid them out (Dexie's naming): v1's and one index more. */
export function createV2Stores(db: IDBDatabase, upgrade: IDBTransaction): void {
  createV1Stores(db);
  upgrade.objectStore('states').createIndex('[deckId+sectionId+newOrder]', ['deckId', 'sectionId', 'newOrder']);
}

/** Creates the v2 stores and indexes by hand, the way Dexie laid them out, and fills them with v2Rows. */
export function seedV2Database(name: string): Promise<void> {
  return seedRawDatabase(name, V2_IDB_VERSION, createV2Stores, v2Rows);
}
