// A database exactly as schema version 4 wrote it (plain IndexedDB, no app code): v3's rows and stores plus v4's indexes.
import { seedRawDatabase } from './raw-database.ts';
import { SEEDED_AT, v3Rows } from './v3-database.ts';
import { createV2Stores } from './v2-database.ts';

export { SEEDED_AT };
export const V4_IDB_VERSION = 40; // Dexie stores version × 10

/** v4 stored the same rows as v3; its log has entries with and without a reviewId (the study screen never set one). */
export const v4Rows = v3Rows;

/** v3's stores, and the two phase indexes v4 added on states (Dexie's naming for compound indexes). */
function createV4Stores(db: IDBDatabase, upgrade: IDBTransaction): void {
  createV2Stores(db, upgrade);
  db.createObjectStore('interviews', { keyPath: 'nodeId' });
  const drills = db.createObjectStore('drills', { keyPath: 'id', autoIncrement: true });
  drills.createIndex('attemptId', 'attemptId', { unique: true });
  drills.createIndex('drillId', 'drillId');
  drills.createIndex('cardId', 'cardId');
  drills.createIndex('answeredAt', 'answeredAt');
  const states = upgrade.objectStore('states');
  states.createIndex('[deckId+phase+reviewDue]', ['deckId', 'phase', 'reviewDue']);
  states.createIndex('[deckId+sectionId+phase+reviewDue]', ['deckId', 'sectionId', 'phase', 'reviewDue']);
}

export function seedV4Database(name: string): Promise<void> {
  return seedRawDatabase(name, V4_IDB_VERSION, createV4Stores, v4Rows);
}
