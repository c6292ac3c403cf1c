// Big reads page by page: every log row in the range exactly once (ties at a page edge included), every state once.
import { afterEach, describe, expect, it } from 'vitest';
import { forEachLogPage, forEachStatePage } from '../../src/storage/paged-reads.ts';
import { RoadcardsDb, type LogRow } from '../../src/storage/schema.ts';
import { freshDbName } from '../fixtures/review/db.ts';

let db: RoadcardsDb | null = null;
afterEach(() => db?.close());

async function logsAt(times: number[]): Promise<RoadcardsDb> {
  db = new RoadcardsDb(freshDbName());
  await db.open();
  await db.logs.bulkAdd(times.map((reviewedAt, i) => ({ cardId: `c${i}`, reviewedAt }) as unknown as LogRow));
  return db;
}

async function read(database: RoadcardsDb, lower: number, upper: number, pageRows: number) {
  const pages: number[][] = [];
  await forEachLogPage(database, lower, upper, (rows) => pages.push(rows.map((row) => row.reviewedAt)), pageRows);
  return pages;
}

describe('forEachLogPage', () => {
  it('reads each row once when equal times straddle a page edge', async () => {
    const database = await logsAt([5, 1, 3, 3, 2, 3, 4, 6, 5, 3]);
    const pages = await read(database, -Infinity, Infinity, 3);
    expect(pages.flat().sort((a, b) => a - b)).toEqual([1, 2, 3, 3, 3, 3, 4, 5, 5, 6]);
    expect(Math.max(...pages.map((page) => page.length))).toBeLessThanOrEqual(4);
  });

  it('keeps to [lower, upper)', async () => {
    const database = await logsAt([1, 2, 3, 4, 5]);
    expect((await read(database, 2, 5, 2)).flat()).toEqual([2, 3, 4]);
  });

  it('reads every card state once, in pages', async () => {
    db = new RoadcardsDb(freshDbName());
    await db.open();
    const ids = Array.from({ length: 7 }, (_, i) => `card-${i}`);
    await db.states.bulkAdd(ids.map((cardId) => ({ cardId }) as never));
    const pages: string[][] = [];
    await forEachStatePage(db, (rows) => pages.push(rows.map((row) => row.cardId)), 3);
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual(ids);
  });

  it('reads nothing from an empty log', async () => {
    const database = await logsAt([]);
    expect((await read(database, -Infinity, Infinity, 2)).flat()).toEqual([]);
  });
});
