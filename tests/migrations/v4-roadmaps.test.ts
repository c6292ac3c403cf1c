// Opens a database written by schema version 4 with today's app (v7 adds the store of roadmaps added in the app) and finds it intact.
import { describe, expect, it } from 'vitest';
import { compileRoadmapFile } from '../../src/core/deck/compile-file.ts';
import { CURRENT_SCHEMA_VERSION } from '../../src/storage/schema.ts';
import { openSeeded } from './open-seeded.ts';
import { logsAsSeeded } from './derived-ids.ts';
import { seedRawDatabase } from './raw-database.ts';
import { createV2Stores } from './v2-database.ts';
import { SEEDED_AT, v3Rows } from './v3-database.ts';

const V4_IDB_VERSION = 40; // Dexie stores version × 10

/** v4 wrote the same rows as v3 (its change was two indexes IndexedDB fills itself). */
const v4Rows = v3Rows;

/** The stores and indexes exactly as schema version 4 laid them out (Dexie's naming). */
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

const seedV4Database = (name: string) => seedRawDatabase(name, V4_IDB_VERSION, createV4Stores, v4Rows);

describe('a version 4 database opened by the app with roadmaps added in the app', () => {
  it('keeps every row of every table and starts with no added roadmap', async () => {
    const { rc, raw } = await openSeeded(seedV4Database);
    expect(raw.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(v4Rows)) expect(table === 'logs' ? await logsAsSeeded(raw) : await raw.table(table).toArray()).toEqual(rows);
    expect(await (await rc.userRoadmaps()).list()).toEqual([]);
  });

  it('adds a roadmap beside the old one, which keeps its counts and queue', async () => {
    const { rc } = await openSeeded(seedV4Database);
    const text = '# 新路线\n\n## 并发\n\n- goroutine：轻量级线程\n- channel：通信管道\n';
    const { deck } = compileRoadmapFile(new TextEncoder().encode(text), 'new-road.md');
    expect(await (await rc.userRoadmaps()).add({ file: 'new-road.md', text }, deck!, SEEDED_AT)).toMatchObject({ ok: true });
    const roots = await rc.deckTree(SEEDED_AT);
    expect(roots.map((root) => [root.id, root.total, root.counts.new])).toEqual([
      ['old', 4, 1],
      ['new-road', 2, 2],
    ]);
    expect((await rc.studyItems('old/s2', SEEDED_AT)).map((i) => i.card.id)).toEqual(['old:5', 'old:2']);
  });
});
