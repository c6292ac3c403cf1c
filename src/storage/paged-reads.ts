// Big reads in bounded pages (the review log by time, card states by id), so no single IndexedDB result blocks the main thread long.
import type { Collection } from 'dexie';
import type { LogRow, RoadcardsDb, StateRow } from './schema.ts';

/**
 * Rows per page. Chromium deserializes a getAll's rows on the main thread in one task: on the bench's shared 2-core
 * machine 2,000 log rows still made tasks over 50 ms, so pages are 1,000 rows.
 */
export const PAGE_ROWS = 1_000;

/** A macrotask: lets input and paint in between two reads. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every log row with lower ≤ reviewedAt < upper, page by page in time order (one getAll on the reviewedAt index each,
 * a macrotask between pages). Pages continue after the last time seen; rows sharing that time are read together in
 * one extra request, so a tie at a page edge is neither skipped nor read twice.
 */
export async function forEachLogPage(
  db: RoadcardsDb,
  lower: number,
  upper: number,
  onPage: (rows: LogRow[]) => void,
  pageRows = PAGE_ROWS,
): Promise<void> {
  let from = lower;
  let includeFrom = true;
  for (;;) {
    const page = await db.logs.where('reviewedAt').between(from, upper, includeFrom, false).limit(pageRows).toArray();
    if (page.length < pageRows) {
      onPage(page);
      return;
    }
    const edge = page[page.length - 1]!.reviewedAt;
    onPage(page.filter((row) => row.reviewedAt < edge));
    onPage(await db.logs.where('reviewedAt').equals(edge).toArray());
    from = edge;
    includeFrom = false;
    await nextTask();
  }
}

/**
 * Every state row, page by page in card-id order (the primary key: no ties). Each page arrives in a task of its own
 * (IndexedDB's success event), so input gets in between pages without a timer: a setTimeout per page added 4 ms of
 * waiting each once timers nest, 160 ms over 40 pages.
 */
export async function forEachStatePage(db: RoadcardsDb, onPage: (rows: StateRow[]) => void, pageRows = PAGE_ROWS): Promise<void> {
  let last: string | null = null;
  for (;;) {
    const range: Collection<StateRow, string> = last === null ? db.states.toCollection() : db.states.where(':id').above(last);
    const page: StateRow[] = await range.limit(pageRows).toArray();
    onPage(page);
    if (page.length < pageRows) return;
    last = page[page.length - 1]!.cardId;
  }
}
