// Opens a database seeded as an older version left it, with today's app and a raw Dexie handle to inspect its rows.
import { afterEach } from 'vitest';
import { openRoadcards, type Roadcards } from '../../src/storage/index.ts';
import { RoadcardsDb } from '../../src/storage/schema.ts';
import { beijing } from '../fixtures/review/clock.ts';
import { freshDbName } from '../fixtures/review/db.ts';

let toClose: { close(): void }[] = [];
afterEach(() => {
  for (const item of toClose) item.close();
  toClose = [];
});

/** Seeds a fresh database with `seed`, then opens it as the app does; both handles close after the test. */
export async function openSeeded(seed: (name: string) => Promise<void>): Promise<{ rc: Roadcards; raw: RoadcardsDb }> {
  const name = freshDbName();
  await seed(name);
  const rc = await openRoadcards({ dbName: name, utcOffsetAt: beijing });
  const raw = new RoadcardsDb(name);
  await raw.open();
  toClose.push(rc, raw);
  return { rc, raw };
}
