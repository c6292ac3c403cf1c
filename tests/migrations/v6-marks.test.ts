// Opens a database written by schema version 4 with today's app (v6 adds the learner marks store) and finds it intact and markable.
import { describe, expect, it } from 'vitest';
import { openSeeded } from './open-seeded.ts';
import { logsAsSeeded } from './derived-ids.ts';
import { seedRawDatabase } from './raw-database.ts';
import { createV3Stores, SEEDED_AT, v3Rows } from './v3-database.ts';

const V4_IDB_VERSION = 40; // Dexie stores version × 10

/** v4 wrote v3's rows and added two compound indexes on states (phase and section in the key). */
function createV4Stores(db: IDBDatabase, upgrade: IDBTransaction): void {
  createV3Stores(db, upgrade);
  const states = upgrade.objectStore('states');
  states.createIndex('[deckId+phase+reviewDue]', ['deckId', 'phase', 'reviewDue']);
  states.createIndex('[deckId+sectionId+phase+reviewDue]', ['deckId', 'sectionId', 'phase', 'reviewDue']);
}

const seedV4Database = (name: string) => seedRawDatabase(name, V4_IDB_VERSION, createV4Stores, v3Rows);

describe('a version 4 database opened by the app with learner marks (v6)', () => {
  it('keeps every row of every table and starts with no marks', async () => {
    const { raw } = await openSeeded(seedV4Database);
    expect(raw.verno).toBeGreaterThanOrEqual(6);
    for (const [table, rows] of Object.entries(v3Rows)) expect(table === 'logs' ? await logsAsSeeded(raw) : await raw.table(table).toArray()).toEqual(rows);
    expect(await raw.marks.count()).toBe(0);
  });

  it('suspends an old card: it leaves the queue and the counts, its state untouched', async () => {
    const { rc, raw } = await openSeeded(seedV4Database);
    expect((await rc.studyItems('old/s2', SEEDED_AT)).map((i) => i.card.id)).toEqual(['old:5', 'old:2']);
    await rc.markCards(['old:5'], { suspended: true }, SEEDED_AT);
    expect((await rc.studyItems('old/s2', SEEDED_AT)).map((i) => i.card.id)).toEqual(['old:2']);
    expect((await rc.deckTree(SEEDED_AT))[0]!.counts.learning).toBe(0);
    const { parked, ...state } = (await raw.states.get('old:5'))!;
    expect(parked).toBe(1);
    const { reviewDue: _key, ...seeded } = v3Rows.states.find((row) => row.cardId === 'old:5')!;
    expect(state).toEqual(seeded);
  });
});
