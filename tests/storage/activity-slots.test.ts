// The activity summary stays in step with the review log through every write (grade, undo, counted drill, import), and is rebuilt when it is not.
import { afterEach, describe, expect, it } from 'vitest';
import { activityAccumulator, slotsOfLogs, type StatsClock } from '../../src/core/stats/index.ts';
import { openRoadcards } from '../../src/storage/index.ts';
import { RoadcardsDb } from '../../src/storage/schema.ts';
import { closeAll, freshDevice, studiedDevice } from '../backup/helpers.ts';
import { DAY, HOUR, MINUTE, T0 } from '../fixtures/review/clock.ts';
import { freshDbName } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';

afterEach(closeAll);

/** The slots the log implies, as the store holds them (compound key order). */
async function expectedSlots(raw: RoadcardsDb) {
  const rows = [...slotsOfLogs(await raw.logs.toArray()).values()];
  return rows.sort((a, b) => (a.deckId === b.deckId ? a.slot - b.slot : a.deckId < b.deckId ? -1 : 1));
}

/** The store's slot rows, without its mark row (deckId ''). */
async function storedSlots(raw: RoadcardsDb) {
  return (await raw.activitySlots.toArray()).filter((row) => row.deckId !== '');
}

async function markOf(raw: RoadcardsDb) {
  return (await raw.activitySlots.get(['', 0])) as { lastLogId: number } | undefined;
}

const lastId = async (raw: RoadcardsDb) => (await raw.logs.orderBy(':id').lastKey()) as number;

describe('the activity summary', () => {
  it('counts every grade and every drill answer counted as a review, in the same write', async () => {
    const { raw } = await studiedDevice();
    expect(await raw.logs.count()).toBe(5);
    expect(await storedSlots(raw)).toEqual(await expectedSlots(raw));
  });

  it('takes an undone grade back out, and leaves no empty slot behind', async () => {
    const { rc, raw } = await studiedDevice();
    const { undo } = await rc.grade('road:b2', 1, T0 + 9 * DAY, { durationMs: 3000 });
    const before = await raw.activitySlots.count();
    await rc.undo(undo);
    expect(await raw.activitySlots.count()).toBe(before - 1);
    expect(await storedSlots(raw)).toEqual(await expectedSlots(raw));
  });

  it('adds the reviews a backup brings, and only those this device lacked', async () => {
    const { rc } = await studiedDevice();
    const backup = JSON.stringify(await rc.exportBackup(T0 + 5 * DAY));
    const { rc: other, raw } = await freshDevice();
    await other.grade('road:b2', 3, T0 + 2 * HOUR);
    expect(await other.importBackup(backup)).toMatchObject({ ok: true, summary: { reviewsAdded: 5 } });
    expect(await other.importBackup(backup)).toMatchObject({ ok: true, summary: { reviewsAdded: 0 } });
    expect(await storedSlots(raw)).toEqual(await expectedSlots(raw));
  });

  it('marks the newest entry counted once built, and moves the mark with each grade and undo', async () => {
    const { rc, raw } = await studiedDevice();
    expect(await markOf(raw)).toBeUndefined();
    await rc.stats('all', T0 + 8 * DAY);
    expect(await markOf(raw)).toEqual({ deckId: '', slot: 0, lastLogId: await lastId(raw) });
    const { undo } = await rc.grade('road:b2', 3, T0 + 9 * DAY);
    expect((await markOf(raw))!.lastLogId).toBe(await lastId(raw));
    await rc.undo(undo);
    expect((await markOf(raw))!.lastLogId).toBe(await lastId(raw));
    expect(await storedSlots(raw)).toEqual(await expectedSlots(raw));
  });

  it('is rebuilt from the log when something wrote reviews without counting them, though grades came after', async () => {
    const { rc, raw } = await studiedDevice();
    await rc.stats('all', T0 + 8 * DAY);
    const [log] = await raw.logs.toArray();
    await raw.logs.add({ ...log!, id: undefined, reviewId: undefined, reviewedAt: T0 + 7 * DAY + 5 * MINUTE } as never);
    await rc.grade('road:b2', 3, T0 + 8 * DAY);
    const stats = await rc.stats('all', T0 + 8 * DAY);
    const clock: StatsClock = { dayStartHour: 4, offsetAt: () => 8 * 60 };
    const scan = activityAccumulator(clock);
    scan.add(await raw.logs.toArray());
    expect(stats!.activity!.days).toEqual(scan.days);
    expect(await storedSlots(raw)).toEqual(await expectedSlots(raw));
  });
});

describe('statistics in a zone off the quarter-hour grid (+5:20)', () => {
  it('reads the log itself when a study day starts inside a quarter hour holding reviews', async () => {
    const offsetAt = () => 5 * 60 + 20;
    const dbName = freshDbName();
    const rc = await openRoadcards({ dbName, utcOffsetAt: offsetAt });
    try {
      await rc.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);
      // 04:00 at +5:20 is 22:40 UTC: 03:59 and 04:01 local share the 22:30 slot but not the study day.
      const dayStart = Date.UTC(2026, 2, 11, 22, 40);
      await rc.grade('road:a1', 3, dayStart - MINUTE);
      await rc.grade('road:a2', 3, dayStart + MINUTE);
      const stats = await rc.stats('road', dayStart + HOUR);
      expect([...stats!.activity!.days].map(([key, day]) => [key, day.reviews])).toEqual([
        ['2026-03-11', 1],
        ['2026-03-12', 1],
      ]);
    } finally {
      rc.close();
    }
  });
});
