// Statistics read from IndexedDB: the log read in slices by study day, a node's own cards and logs, card info.
import { afterEach, describe, expect, it } from 'vitest';
import type { StatsProgress } from '../../src/storage/index.ts';
import { beijingTime } from '../fixtures/review/clock.ts';
import { openTest } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';

let toClose: { close(): void }[] = [];
afterEach(() => {
  for (const item of toClose) item.close();
  toClose = [];
});

async function withHistory() {
  const opened = await openTest();
  toClose.push(opened.rc, opened.raw);
  const { rc } = opened;
  await rc.syncDecks(deckServer([twoStageDeck('road', 3)]).fetchJson, beijingTime(8, 9));
  await rc.grade('road:a1', 3, beijingTime(8, 10), { durationMs: 6000 });
  await rc.grade('road:a1', 3, beijingTime(9, 3, 59), { durationMs: 4000 }); // 03:59: still the 8th's study day
  await rc.grade('road:b1', 1, beijingTime(9, 4, 1)); // 04:01: the 9th
  await rc.grade('road:c1', 4, beijingTime(10, 9));
  return rc;
}

const NOW = beijingTime(10, 12);

describe('stats', () => {
  it('reports a roadmap\'s reviews per study day first (from the summary), then its cards', async () => {
    const rc = await withHistory();
    const seen: StatsProgress[] = [];
    const result = await rc.stats('road', NOW, (progress) => seen.push(progress));
    expect(seen[0]!.activity?.complete).toBe(true);
    expect(seen[0]!.cards).toBeNull();
    expect(seen.at(-1)!.cards).not.toBeNull();
    const days = result!.activity!.days;
    expect([...days].map(([key, day]) => [key, day.reviews])).toEqual(
      expect.arrayContaining([
        ['2026-03-08', 2],
        ['2026-03-09', 1],
        ['2026-03-10', 1],
      ]),
    );
    expect(days.size).toBe(3);
    expect(days.get('2026-03-08')).toMatchObject({ timedMs: 10_000, timedReviews: 2, newLearned: 1 });
    expect(result!.todayKey).toBe('2026-03-10');
    expect(result!.cards!.tally).toMatchObject({ total: 9, new: 6 });
    expect(result!.cards!.children.map((child) => [child.title, child.tally.total, child.tally.new])).toEqual([
      ['Stage 1', 6, 4],
      ['Stage 2', 3, 2],
    ]);
  });

  it('counts only the node\'s own cards and their reviews', async () => {
    const rc = await withHistory();
    const result = await rc.stats('road/stage2', NOW);
    expect([...result!.activity!.days.keys()]).toEqual(['2026-03-10']);
    expect(result!.path).toEqual(['Roadmap road', 'Stage 2']);
    expect(result!.cards!.children.map((child) => child.title)).toEqual(['Advanced']);
  });

  it('gives every roadmap under "all", and null for a node no roadmap holds', async () => {
    const rc = await withHistory();
    const all = await rc.stats('all', NOW);
    expect(all!.cards!.children.map((child) => child.id)).toEqual(['road']);
    expect(await rc.stats('nowhere', NOW)).toBeNull();
  });

  it('is empty, not failing, before any review', async () => {
    const opened = await openTest();
    toClose.push(opened.rc, opened.raw);
    await opened.rc.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, beijingTime(8, 9));
    const result = await opened.rc.stats('all', NOW);
    expect(result!.activity!.days.size).toBe(0);
    expect(result!.cards!.forecast.perDay.every((n) => n === 0)).toBe(true);
    expect(result!.cards!.weakest).toEqual([]);
  });
});

describe('cardInfo', () => {
  it('gives the source, state and every review oldest first with its grade, interval and time taken', async () => {
    const rc = await withHistory();
    const info = await rc.cardInfo('road:a1', NOW);
    expect(info!.source.line).toBeGreaterThan(0);
    expect(info!.state?.phase).not.toBe(0);
    expect(info!.history.map((row) => [row.reviewedAt, row.grade, row.durationMs])).toEqual([
      [beijingTime(8, 10), 3, 6000],
      [beijingTime(9, 3, 59), 3, 4000],
    ]);
    expect(await rc.cardInfo('road:none', NOW)).toBeNull();
  });
});
