// The deck sync in a Worker: fetching, validating and merging thousands of cards there leaves the page's main thread to the learner.
import type { SyncReport } from './index.ts';
import { RoadcardsDb } from './schema.ts';
import { DECK_INDEX_PATH, syncDecks } from './sync.ts';

/** What the page sends: which database, the site root the deck paths are relative to, and the merge's clock. */
export interface SyncRequest {
  dbName: string;
  base: string;
  now: number;
}

/** What the worker answers: the deck index as soon as it is fetched, then the report or the failure. */
export type SyncMessage = { type: 'index'; value: unknown } | { type: 'done'; report: SyncReport } | { type: 'failed'; message: string };

const post = (message: SyncMessage) => globalThis.postMessage(message);

globalThis.addEventListener('message', (event: MessageEvent<SyncRequest>) => {
  void (async () => {
    const { dbName, base, now } = event.data;
    // Its own connection; Dexie closes it when another tab upgrades the schema, like the page's.
    const db = new RoadcardsDb(dbName);
    try {
      await db.open();
      const report = await syncDecks(
        db,
        async (path) => {
          const response = await fetch(new URL(path, base), { cache: 'no-cache' });
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
          const value: unknown = await response.json();
          if (path === DECK_INDEX_PATH) post({ type: 'index', value });
          return value;
        },
        now,
      );
      post({ type: 'done', report });
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      db.close();
    }
  })();
});
