// The activity summary in storage: kept in step with every write of the review log, checked against it when read, rebuilt when it is not whole.
import { countIntoSlot, emptySlot, slotKey, slotOf, slotsOfLogs, type ActivitySlot } from '../core/stats/slots.ts';
import type { LogRow, RoadcardsDb } from './schema.ts';

/** Log rows read per request while rebuilding: as paged-reads.ts, so no page is a long task on the main thread. */
const REBUILD_PAGE = 1_000;

/**
 * Counts log entries just added (sign 1) or deleted (sign -1, undo) into their slots. Call inside the transaction
 * that writes the log, with `activitySlots` in its scope, so the summary and the log never disagree on disk.
 */
export async function countInSlots(db: RoadcardsDb, logs: readonly LogRow[], sign: 1 | -1): Promise<void> {
  if (logs.length === 0) return;
  const groups = new Map<string, { deckId: string; slot: number; logs: LogRow[] }>();
  for (const log of logs) {
    const slot = slotOf(log.reviewedAt);
    const key = slotKey(log.deckId, slot);
    const group = groups.get(key);
    if (group) group.logs.push(log);
    else groups.set(key, { deckId: log.deckId, slot, logs: [log] });
  }
  const found = await db.activitySlots.bulkGet([...groups.values()].map((group): [string, number] => [group.deckId, group.slot]));
  const put: ActivitySlot[] = [];
  const emptied: [string, number][] = [];
  [...groups.values()].forEach((group, i) => {
    const row = found[i] ?? emptySlot(group.deckId, group.slot);
    for (const log of group.logs) countIntoSlot(row, log, sign);
    if (row.entries === 0 && row.reviews === 0) emptied.push([row.deckId, row.slot]);
    else put.push(row);
  });
  if (put.length) await db.activitySlots.bulkPut(put);
  if (emptied.length) await db.activitySlots.bulkDelete(emptied);
}

interface LogMark {
  count: number;
  lastId: number;
}

/** The log's row count and newest id: a grade, undo or import since changes one of them. */
async function markOf(db: RoadcardsDb): Promise<LogMark> {
  const [count, last] = await Promise.all([db.logs.count(), db.logs.orderBy(':id').lastKey()]);
  return { count, lastId: typeof last === 'number' ? last : 0 };
}

/**
 * Sums the whole log into slots, page by page in id order (read transactions between which grades may go on), then
 * replaces the store in one short write, only if the log is still as it was when the scan began; else scans again.
 */
async function rebuildSlots(db: RoadcardsDb): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const mark = await markOf(db);
    const slots = new Map<string, ActivitySlot>();
    let after = 0;
    for (;;) {
      const page: LogRow[] = await db.logs.where(':id').above(after).limit(REBUILD_PAGE).toArray();
      slotsOfLogs(page, slots);
      if (page.length < REBUILD_PAGE) break;
      after = page[page.length - 1]!.id!;
    }
    const replaced = await db.transaction('rw', db.logs, db.activitySlots, async () => {
      const now = await markOf(db);
      if (now.count !== mark.count || now.lastId !== mark.lastId) return false;
      await db.activitySlots.clear();
      await db.activitySlots.bulkPut([...slots.values()]);
      return true;
    });
    if (replaced) return;
  }
  // The log kept changing under three scans (a busy second tab): one scan holding the log still.
  await db.transaction('rw', db.logs, db.activitySlots, async () => {
    await db.activitySlots.clear();
    await db.activitySlots.bulkPut([...slotsOfLogs(await db.logs.toArray()).values()]);
  });
}

/**
 * Every slot row, checked against the log in the same read: when their entries do not add up to the log's rows (the
 * store is new since the v5 upgrade, or something wrote the log without counting it) the store is rebuilt first.
 */
export async function readActivitySlots(db: RoadcardsDb): Promise<ActivitySlot[]> {
  const read = () => db.transaction('r', db.logs, db.activitySlots, () => Promise.all([db.activitySlots.toArray(), db.logs.count()]));
  const [rows, logCount] = await read();
  if (rows.reduce((sum, row) => sum + row.entries, 0) === logCount) return rows;
  await rebuildSlots(db);
  return (await read())[0];
}
