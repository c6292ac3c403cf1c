// A database exactly as schema version 4 wrote it, built with plain IndexedDB (no app code): v3's rows and a long review history.
import { createV3Stores, SEEDED_AT, v3Rows } from './v3-database.ts';
import { seedRawDatabase } from './raw-database.ts';

export { SEEDED_AT };
export const V4_IDB_VERSION = 40; // Dexie stores version × 10

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The stores and indexes exactly as schema version 4 laid them out (Dexie's naming): v3's and two state indexes. */
export function createV4Stores(db: IDBDatabase, upgrade: IDBTransaction): void {
  createV3Stores(db, upgrade);
  const states = upgrade.objectStore('states');
  states.createIndex('[deckId+phase+reviewDue]', ['deckId', 'phase', 'reviewDue']);
  states.createIndex('[deckId+sectionId+phase+reviewDue]', ['deckId', 'sectionId', 'phase', 'reviewDue']);
}

/**
 * 400 reviews over 200 days from a fixed pseudo-random sequence: every grade and phase, intervals young and mature,
 * times with and without durations, many a minute either side of 04:00 in Beijing (20:00 UTC), and a roadmap of its
 * own ('gone', retired before v4) whose history still counts under "all".
 */
function history(): Record<string, unknown>[] {
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  const cards = ['old:1', 'old:2', 'old:4', 'old:5'];
  const base = v3Rows.states[0]!;
  const logs: Record<string, unknown>[] = [];
  for (let i = 0; i < 400; i++) {
    const daysAgo = 1 + next(200);
    const nearDayStart = next(2) === 0;
    // 04:00 in Beijing is 20:00 UTC the day before.
    const reviewedAt = SEEDED_AT - daysAgo * DAY + (nearDayStart ? 18 * HOUR + (next(7) - 3) * MINUTE : next(24 * 60) * MINUTE);
    const deckId = i % 10 === 9 ? 'gone' : 'old';
    const cardId = deckId === 'gone' ? 'gone:1' : cards[next(cards.length)]!;
    const before = { ...base, cardId, deckId, phase: next(4), scheduledDays: next(60) };
    const entry: Record<string, unknown> = { id: 10 + i, cardId, deckId, grade: 1 + next(4), reviewedAt, kind: 'review', before, after: { ...before, lastReview: reviewedAt } };
    if (next(3) > 0) entry.durationMs = 1000 + next(60_000);
    logs.push(entry);
  }
  return logs;
}

export const v4Rows = { ...v3Rows, logs: [...v3Rows.logs, ...history()] };

/** Creates the v4 stores and indexes by hand, the way Dexie laid them out, and fills them with v4Rows. */
export function seedV4Database(name: string): Promise<void> {
  return seedRawDatabase(name, V4_IDB_VERSION, createV4Stores, v4Rows);
}
