// Browse's pure parts: substring search in Chinese and English (any case, full-width letters), filters, sorts, and the list window.
import { describe, expect, it } from 'vitest';
import { browseCards, countByFilter, searchText, type BrowseRow } from '../../src/core/browse/search.ts';
import { visibleRange } from '../../src/ui/screens/browse/lib.ts';
import { applyMarksChange, becomesLeech, isParked } from '../../src/core/marks/marks.ts';

function row(cardId: string, front: string, back: string, section: string, extra: Partial<BrowseRow> = {}): BrowseRow {
  return {
    cardId, deckId: 'd', front, back, section, reference: false, phase: 0, due: 0, lapses: 0, retrievability: 0, order: 0,
    updated: false, suspended: false, buried: false, flag: null, leech: false, note: null, text: searchText(front, back, section, null), ...extra,
  };
}

const ROWS = [
  row('a', 'Redis 的持久化', 'RDB 与 AOF', '第二阶段 › 缓存', { order: 0, phase: 2, due: 300, lapses: 1, retrievability: 0.9 }),
  row('b', '分布式缓存的一致性', '先更新数据库再删缓存', '第二阶段 › 缓存', { order: 1, phase: 2, due: 100, lapses: 5, retrievability: 0.4, suspended: true }),
  row('c', 'goroutine', 'Go 运行时调度的轻量线程', '第一阶段', { order: 2, phase: 1, due: 50, flag: 2 }),
  row('d', 'channel', '在 goroutine 之间传递数据', '第一阶段', { order: 3, leech: true, updated: true }),
];

const ids = (rows: BrowseRow[]) => rows.map((r) => r.cardId);

describe('browseCards', () => {
  it('finds a substring in front, back or section, Chinese inside a longer word, Latin in any case and full width', () => {
    expect(ids(browseCards(ROWS, { text: '缓存', filter: 'all', sort: 'roadmap' }))).toEqual(['a', 'b']);
    expect(ids(browseCards(ROWS, { text: 'GOROUTINE', filter: 'all', sort: 'roadmap' }))).toEqual(['c', 'd']);
    expect(ids(browseCards(ROWS, { text: 'ｒｄｂ', filter: 'all', sort: 'roadmap' }))).toEqual(['a']);
    expect(ids(browseCards(ROWS, { text: '第一阶段 数据', filter: 'all', sort: 'roadmap' }))).toEqual(['d']);
    expect(ids(browseCards(ROWS, { text: '  ', filter: 'all', sort: 'roadmap' }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by state and mark, and counts each filter', () => {
    const only = (filter: Parameters<typeof browseCards>[1]['filter']) => ids(browseCards(ROWS, { text: '', filter, sort: 'roadmap' }));
    expect(only('review')).toEqual(['a', 'b']);
    expect(only('learning')).toEqual(['c']);
    expect(only('new')).toEqual(['d']);
    expect(only('suspended')).toEqual(['b']);
    expect(only('flagged')).toEqual(['c']);
    expect(only('leech')).toEqual(['d']);
    expect(only('updated')).toEqual(['d']);
    expect(countByFilter(ROWS)).toEqual({ all: 4, new: 1, learning: 1, review: 2, suspended: 1, flagged: 1, leech: 1, updated: 1 });
  });

  it('sorts by due date (new cards last), weakest recall first, most lapses first', () => {
    const sorted = (sort: Parameters<typeof browseCards>[1]['sort']) => ids(browseCards(ROWS, { text: '', filter: 'all', sort }));
    expect(sorted('due')).toEqual(['c', 'b', 'a', 'd']);
    expect(sorted('retrievability')).toEqual(['c', 'b', 'a', 'd']);
    expect(sorted('lapses')).toEqual(['b', 'a', 'c', 'd']);
    expect(ROWS.map((r) => r.cardId)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('visibleRange', () => {
  it('draws the rows in the viewport and a few around them, never past the list', () => {
    expect(visibleRange(200, 844, 80, 10_000)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(-8000, 844, 80, 10_000)).toEqual({ start: 94, end: 117 });
    expect(visibleRange(-800_000, 844, 80, 10_000)).toEqual({ start: 9994, end: 10_000 });
    expect(visibleRange(0, 844, 80, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('marks', () => {
  it('clears a field with null, trims notes, and parks suspended or still-buried cards only', () => {
    const marks = applyMarksChange(undefined, 'x', { suspended: true, flag: 3, note: '  why  ' }, 5);
    expect(marks).toEqual({ cardId: 'x', suspended: 1, flag: 3, note: 'why', changedAt: 5 });
    expect(applyMarksChange(marks, 'x', { suspended: false, flag: null, note: '' }, 6)).toEqual({ cardId: 'x', changedAt: 6 });
    expect(isParked(marks, 0)).toBe(true);
    expect(isParked({ cardId: 'x', buriedUntil: 100, changedAt: 0 }, 99)).toBe(true);
    expect(isParked({ cardId: 'x', buriedUntil: 100, changedAt: 0 }, 100)).toBe(false);
  });

  it('makes a leech at the lapse that reaches the threshold, once', () => {
    const rule = { leechLapses: 8, leechSuspend: true };
    expect(becomesLeech(6, 7, false, rule)).toBe(false);
    expect(becomesLeech(7, 8, false, rule)).toBe(true);
    expect(becomesLeech(8, 8, false, rule)).toBe(false);
    expect(becomesLeech(8, 9, true, rule)).toBe(false);
  });
});
