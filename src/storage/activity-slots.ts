// The activity summary in storage: kept in step with every write of the review log, checked against it when read, rebuilt when it is not whole.
import { countIntoSlot, emptySlot, slotKey, slotOf, slotsOfLogs, type ActivitySlot } from '../core/stats/slots.ts';
import type { LogRow, RoadcardsDb, SummaryMark } from './schema.ts';

/** Log rows read per request while rebuilding: as paged-reads.ts, so no page is a long task on the main thread. */
const REBUILD_PAGE = 500;
const MARK_KEY: [string, number] = ['', 0];

const isSlot = (row: ActivitySlot | SummaryMark | undefined): row is ActivitySlot => row !== undefined && row.deckId !== '';

/** The log's newest id (0 when empty): one step of a key cursor, where counting 100,000 rows took 250 ms. */
export async function lastLogId(db: RoadcardsDb): Promise<number> {
  const last = await db.logs.orderBy(':id').lastKey();
  return typeof last === 'number' ? last : 0;
}

async function readMark(db: RoadcardsDb): Promise<SummaryMark | undefined> {
  const row = await db.activitySlots.get(MARK_KEY);
  return row && !isSlot(row) ? row : undefined;
}

/**
 * For writers that cannot count exactly (sync's received reviews get their phases only from the replay that follows):
 * the summary is marked stale, to be rebuilt from the log on the next statistics visit. Inside a transaction over
 * `activitySlots`.
 */
export async function markSummaryStale(db: RoadcardsDb): Promise<void> {
  await db.activitySlots.delete(['', 0]);
}

/** The log's newest id before and after a write: the summary's mark follows the write only if it named `before`. */
export interface LogIds {
  before: number;
  after: number;
}

/**
 * Counts log entries just added (sign 1) or deleted (sign -1, undo) into their slots. Call inside the transaction
 * that writes the log, with `activitySlots` in its scope, so the summary and the log never disagree on disk. The mark
 * moves on only if it was in step before: a summary already missing entries stays marked so, to be rebuilt when read.
 */
export async function countInSlots(db: RoadcardsDb, logs: readonly LogRow[], sign: 1 | -1, ids: LogIds): Promise<void> {
  if (logs.length === 0) return;
  const groups = new Map<string, { deckId: string; slot: number; logs: LogRow[] }>();
  for (const log of logs) {
    const slot = slotOf(log.reviewedAt);
    const key = slotKey(log.deckId, slot);
    const group = groups.get(key);
    if (group) group.logs.push(log);
    else groups.set(key, { deckId: log.deckId, slot, logs: [log] });
  }
  const [found, mark] = await Promise.all([
    db.activitySlots.bulkGet([...groups.values()].map((group): [string, number] => [group.deckId, group.slot])),
    readMark(db),
  ]);
  const put: (ActivitySlot | SummaryMark)[] = [];
  const emptied: [string, number][] = [];
  [...groups.values()].forEach((group, i) => {
    const stored = found[i];
    const row = isSlot(stored) ? stored : emptySlot(group.deckId, group.slot);
    for (const log of group.logs) countIntoSlot(row, log, sign);
    if (row.entries === 0 && row.reviews === 0) emptied.push([row.deckId, row.slot]);
    else put.push(row);
  });
  if (mark && mark.lastLogId === ids.before) put.push({ ...mark, lastLogId: ids.after });
  if (put.length) await db.activitySlots.bulkPut(put);
  if (emptied.length) await db.activitySlots.bulkDelete(emptied);
}

/**
 * Sums the whole log into slots, page by page in id order (read transactions between which grades may go on), then
 * replaces the store in one short write, only if the log's newest id is still the one the scan began at; else scans
 * again. An undo between (a deleted entry, the newest id unchanged) is the one change this misses: the summary would
 * still count it, so an undo also takes the summary's mark back only when it was in step (countInSlots).
 */
async function rebuildSlots(db: RoadcardsDb): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const lastId = await lastLogId(db);
    const slots = new Map<string, ActivitySlot>();
    let after = 0;
    for (;;) {
      const page: LogRow[] = await db.logs.where(':id').between(after, lastId, false, true).limit(REBUILD_PAGE).toArray();
      slotsOfLogs(page, slots);
      if (page.length < REBUILD_PAGE) break;
      after = page[page.length - 1]!.id!;
    }
    const replaced = await db.transaction('rw', db.logs, db.activitySlots, async () => {
      if ((await lastLogId(db)) !== lastId && attempt < 2) return false;
      await db.activitySlots.clear();
      const mark: SummaryMark = { deckId: '', slot: 0, lastLogId: lastId };
      await db.activitySlots.bulkPut([...slots.values(), mark]);
      return true;
    });
    if (replaced) return;
  }
}

/** Every slot row; the summary is first rebuilt when its mark does not name the log's newest entry. */
export async function readActivitySlots(db: RoadcardsDb): Promise<ActivitySlot[]> {
  const read = () => db.transaction('r', db.logs, db.activitySlots, () => Promise.all([db.activitySlots.toArray(), lastLogId(db)]));
  const [rows, lastId] = await read();
  const mark = rows.find((row): row is SummaryMark => !isSlot(row));
  if ((mark?.lastLogId ?? 0) === lastId) return rows.filter(isSlot);
  await rebuildSlots(db);
  return (await read())[0].filter(isSlot);
}
