// A database exactly as schema version 1 wrote it, built with plain IndexedDB (no app code), to test upgrades against.
import { makeCard } from '../fixtures/review/decks.ts';
import { seedRawDatabase } from './raw-database.ts';

export const V1_IDB_VERSION = 10; // Dexie stores version × 10

const DAY = 86_400_000;
export const SEEDED_AT = Date.UTC(2026, 0, 5, 2, 0);

const section = (id: string, title: string, parentId: string | null, line: number) => ({
  id, path: [title], title, parentId, kind: 'heading', line, cardCount: 1,
});

export const v1Rows = {
  decks: [
    {
      id: 'old', slug: 'old', title: 'Old roadmap', file: 'old.md', contentHash: 'hash-1',
      sections: [section('old/s1', 'First', null, 1), section('old/s2', 'Second', null, 5)],
      cardCount: 3, syncedAt: SEEDED_AT, position: 0, retired: 0,
    },
  ],
  cards: [
    { id: 'old:1', deckId: 'old', sectionId: 'old/s1', order: 0, retired: 0, updated: 1, card: makeCard({ id: 'old:1', sectionId: 'old/s1' }) },
    { id: 'old:2', deckId: 'old', sectionId: 'old/s2', order: 1, retired: 0, updated: 0, card: makeCard({ id: 'old:2', sectionId: 'old/s2' }) },
    { id: 'old:3', deckId: 'old', sectionId: 'old/s2', order: 2, retired: 1, updated: 0, card: makeCard({ id: 'old:3', sectionId: 'old/s2' }) },
  ],
  states: [
    {
      cardId: 'old:1', deckId: 'old', phase: 2, due: SEEDED_AT + 3 * DAY, stability: 3.2, difficulty: 4.9,
      elapsedDays: 0, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, lastReview: SEEDED_AT,
      sectionId: 'old/s1', order: 0, retired: 0, reviewDue: SEEDED_AT + 3 * DAY,
    },
    {
      cardId: 'old:2', deckId: 'old', phase: 0, due: SEEDED_AT, stability: 0, difficulty: 0,
      elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, lastReview: null,
      sectionId: 'old/s2', order: 1, retired: 0, newOrder: 1,
    },
    {
      cardId: 'old:3', deckId: 'old', phase: 2, due: SEEDED_AT + DAY, stability: 1, difficulty: 6,
      elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, lastReview: SEEDED_AT,
      sectionId: 'old/s2', order: 2, retired: 1,
    },
  ],
  logs: [] as Record<string, unknown>[],
  settings: [{ key: 'app', value: { desiredRetention: 0.87, newPerDay: 12, persisted: true } }],
};

/** A row's CardState part, as v1 stored it in log entries. */
function stateOf(row: Record<string, unknown>): Record<string, unknown> {
  const { sectionId: _s, order: _o, retired: _r, reviewDue: _d, newOrder: _n, ...state } = row;
  return state;
}

const [reviewed, fresh, retired] = v1Rows.states.map(stateOf) as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
const learning = { ...fresh, cardId: 'old:1', phase: 1, reps: 1, due: SEEDED_AT, lastReview: SEEDED_AT - 600_000 };
v1Rows.logs.push(
  { id: 1, cardId: 'old:1', deckId: 'old', grade: 3, reviewedAt: SEEDED_AT - 600_000, kind: 'review', before: { ...fresh, cardId: 'old:1' }, after: learning, reviewId: 'v1-a' },
  { id: 2, cardId: 'old:1', deckId: 'old', grade: 3, reviewedAt: SEEDED_AT, kind: 'review', before: learning, after: reviewed, durationMs: 3000 },
  { id: 3, cardId: 'old:3', deckId: 'old', grade: 4, reviewedAt: SEEDED_AT, kind: 'review', before: { ...fresh, cardId: 'old:3' }, after: retired },
);

/** The stores and indexes exactly as schema version 1 laid them out (Dexie's naming). */
export function createV1Stores(db: IDBDatabase): void {
  db.createObjectStore('decks', { keyPath: 'id' });
  db.createObjectStore('cards', { keyPath: 'id' }).createIndex('deckId', 'deckId');
  const states = db.createObjectStore('states', { keyPath: 'cardId' });
  states.createIndex('[deckId+reviewDue]', ['deckId', 'reviewDue']);
  states.createIndex('[deckId+newOrder]', ['deckId', 'newOrder']);
  const logs = db.createObjectStore('logs', { keyPath: 'id', autoIncrement: true });
  logs.createIndex('cardId', 'cardId');
  logs.createIndex('reviewedAt', 'reviewedAt');
  logs.createIndex('reviewId', 'reviewId', { unique: true });
  db.createObjectStore('settings', { keyPath: 'key' });
}

/** Creates the v1 stores and indexes by hand, the way Dexie laid them out, and fills them with v1Rows. */
export function seedV1Database(name: string): Promise<void> {
  return seedRawDatabase(name, V1_IDB_VERSION, createV1Stores, v1Rows);
}
