// Another tab opened a newer schema: this tab's grades wait in the pending queue and are stored once, by the reloaded app.
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isGradeQueued, memoryStore, openRoadcards, type KeyValueStore, type Roadcards } from '../../src/storage/index.ts';
import { CURRENT_SCHEMA_VERSION, RoadcardsDb, SCHEMA_VERSIONS } from '../../src/storage/schema.ts';
import { beijing, T0 } from '../fixtures/review/clock.ts';
import { freshDbName } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';

let toClose: { close(): void }[] = [];
afterEach(() => {
  for (const item of toClose) item.close();
  toClose = [];
  vi.restoreAllMocks();
});

async function open(dbName: string, pendingStore: KeyValueStore, onVersionChange?: () => void): Promise<Roadcards> {
  const rc = await openRoadcards({ dbName, pendingStore, utcOffsetAt: beijing, ...(onVersionChange ? { onVersionChange } : {}) });
  toClose.push(rc);
  return rc;
}

/** What the other tab's newer code does: open the same database one schema version up. */
async function upgradeInAnotherTab(dbName: string): Promise<Dexie> {
  const newer = new Dexie(dbName);
  newer.version(CURRENT_SCHEMA_VERSION).stores(SCHEMA_VERSIONS.at(-1)!.stores);
  newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ extra: 'id' });
  await newer.open();
  toClose.push(newer);
  return newer;
}

async function logsOf(dbName: string, cardId: string) {
  const raw = new RoadcardsDb(dbName);
  toClose.push(raw);
  return raw.logs.where('cardId').equals(cardId).toArray();
}

describe('grades after another tab upgraded the schema', () => {
  it('queues the grade instead of losing it, and the reopened app stores it once with the time it was given', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dbName = freshDbName();
    const store = memoryStore();
    const onVersionChange = vi.fn();
    const oldTab = await open(dbName, store, onVersionChange);
    await oldTab.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);

    const newer = await upgradeInAnotherTab(dbName);
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    // The card on screen is graded after the upgrade: not written by the old code, but kept.
    const error = await oldTab.grade('road:a1', 3, T0 + 60_000, { reviewId: 'on-screen', durationMs: 5_000 }).catch((e: unknown) => e);
    expect(isGradeQueued(error)).toBe(true);
    expect(await newer.table('logs').where('cardId').equals('road:a1').count()).toBe(0);
    newer.close();

    // The reloaded app opens the upgraded database and stores the queued grade before anything reads the queue.
    const reloaded = await open(dbName, store);
    const logs = await logsOf(dbName, 'road:a1');
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ grade: 3, reviewId: 'on-screen', reviewedAt: T0 + 60_000, durationMs: 5_000 });
    const raw = new RoadcardsDb(dbName);
    toClose.push(raw);
    expect(await raw.states.get('road:a1')).toMatchObject({ reps: 1, lastReview: T0 + 60_000 });

    // Opening again (another reload, another tab) stores nothing twice.
    reloaded.close();
    await open(dbName, store);
    expect(await logsOf(dbName, 'road:a1')).toHaveLength(1);
  });

  it('keeps several queued grades in the order the learner gave them', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dbName = freshDbName();
    const store = memoryStore();
    const oldTab = await open(dbName, store);
    await oldTab.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);
    (await upgradeInAnotherTab(dbName)).close();
    for (const [at, grade] of [[T0 + 2_000, 3], [T0 + 1_000, 1]] as const) {
      await expect(oldTab.grade('road:a1', grade, at)).rejects.toSatisfy(isGradeQueued);
    }
    await open(dbName, store);
    const logs = await logsOf(dbName, 'road:a1');
    expect(logs.map((log) => [log.reviewedAt, log.grade])).toEqual([[T0 + 1_000, 1], [T0 + 2_000, 3]]);
    // The second review built on the first: its "before" is the first's "after".
    expect(logs[1]!.before).toEqual(logs[0]!.after);
  });
});

describe('the write-ahead copy of every grade', () => {
  it('holds the grade while its write is on its way and is gone once it is stored', async () => {
    const dbName = freshDbName();
    const store = memoryStore();
    const tab = await open(dbName, store);
    await tab.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);
    const writing = tab.grade('road:a1', 3, T0 + 1_000, { reviewId: 'g-1' });
    // Synchronously, before IndexedDB's transaction has begun: a page closed now would leave this behind.
    expect(store.length).toBe(1);
    expect(store.getItem(store.key(0)!)).toContain('"reviewId":"g-1"');
    await writing;
    expect(store.length).toBe(0);
  });

  it('a grade refused by storage does not come back at the next start (the learner was told it was not stored)', async () => {
    const dbName = freshDbName();
    const store = memoryStore();
    const tab = await open(dbName, store);
    await tab.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);
    await expect(tab.grade('road:no-such-card', 3, T0 + 1_000)).rejects.toThrow();
    expect(store.length).toBe(0);
  });

  it('a copy left by a page closed mid-write is stored at the next start, and one whose write had finished is not stored twice', async () => {
    const dbName = freshDbName();
    // As if the page went away after the write committed but before the copy was removed: removal never happens.
    const store = memoryStore();
    const forgetful: KeyValueStore = { ...store, get length() { return store.length; }, key: store.key, getItem: store.getItem, setItem: store.setItem, removeItem: () => {} };
    const tab = await open(dbName, forgetful);
    await tab.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);
    await tab.grade('road:a1', 3, T0 + 1_000, { reviewId: 'committed' });
    // And a grade whose write never ran: only its copy exists.
    store.setItem(store.key(0)!.replace('committed', 'cut'), JSON.stringify({ reviewId: 'cut', cardId: 'road:a2', grade: 1, reviewedAt: T0 + 2_000 }));
    tab.close();

    await open(dbName, store);
    expect((await logsOf(dbName, 'road:a1')).map((log) => log.reviewId)).toEqual(['committed']);
    expect(await logsOf(dbName, 'road:a2')).toMatchObject([{ reviewId: 'cut', grade: 1, reviewedAt: T0 + 2_000 }]);
    expect(store.length).toBe(0);
  });
});
