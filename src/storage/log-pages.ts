// The review log read in bounded pages over a reviewedAt range, so no single IndexedDB result blocks the main thread long.
import type { LogRow, RoadcardsDb } from './schema.ts';

/** Rows per page: about 20 ms of deserializing in Chromium on this machine's CPU, well under a 50 ms long task. */
export const LOG_PAGE_ROWS = 2_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
  pageRows = LOG_PAGE_ROWS,
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
