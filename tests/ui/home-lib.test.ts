// Home's logic without the DOM: emoji shown once along a path, which rows open for an interview, the saved open rows.
import { describe, expect, it } from 'vitest';
import type { DeckTreeNode } from '../../src/core/review-contract.ts';
import { loadExpanded, nextInterviewNode, pathsToInterviews } from '../../src/ui/screens/home/lib.ts';
import { siblingTitles, withoutLeadingEmoji } from '../../src/ui/screens/home/titles.ts';

function node(id: string, children: DeckTreeNode[] = [], readiness?: DeckTreeNode['readiness']): DeckTreeNode {
  return { id, deckId: 'd', title: id, path: [], children, counts: { new: 0, learning: 0, due: 0 }, total: 0, nextDue: null, readiness };
}

describe('row titles', () => {
  it('drops an emoji when a row above shows one, and keeps the ordinal', () => {
    expect(siblingTitles(['🧠 学习方法论', '1. 🐍 Python 基础', '框架选择'], true).map((s) => s.title)).toEqual([
      '学习方法论',
      '1. Python 基础',
      '框架选择',
    ]);
  });

  it('keeps a distinct emoji at the top, drops one shared by siblings as a bullet', () => {
    const shown = siblingTitles(['✅ 阶段一：巩固', '✅ 阶段二：异步', '🎯 总目标', '概述'], false);
    expect(shown.map((s) => s.title)).toEqual(['阶段一：巩固', '阶段二：异步', '🎯 总目标', '概述']);
    expect(shown.map((s) => s.showsEmoji)).toEqual([false, false, true, false]);
  });

  it('never empties a title made only of an emoji, and leaves numbers alone', () => {
    expect(withoutLeadingEmoji('🚀')).toBe('🚀');
    expect(withoutLeadingEmoji('2025 年技术趋势')).toBe('2025 年技术趋势');
    expect(withoutLeadingEmoji('🗃️ 数据库学习路线图')).toBe('数据库学习路线图');
  });
});

describe('open rows', () => {
  const NOW = Date.UTC(2026, 0, 5, 10);

  it('opens the path to a node whose interview is ahead, not to a past one', () => {
    const ahead = node('s2', [], { date: NOW + 86_400_000, value: 0.5 });
    const past = node('s4', [], { date: NOW - 3 * 86_400_000, value: 0.5 });
    const roots = [node('a', [node('s1', [ahead])]), node('b', [node('s3', [past])])];
    expect([...pathsToInterviews(roots, NOW)].sort()).toEqual(['a', 's1']);
  });

  it('starts with nothing open, and survives a corrupt saved entry', () => {
    expect(loadExpanded(null).size).toBe(0);
    expect(loadExpanded({ getItem: () => '{not json' }).size).toBe(0);
    expect([...loadExpanded({ getItem: () => '["a",3,"b"]' })]).toEqual(['a', 'b']);
  });
});

describe('the Drill shortcut', () => {
  const NOW = Date.UTC(2026, 0, 5, 10);
  const DAY = 86_400_000;

  it('goes to the soonest interview still ahead, an interview earlier today included', () => {
    expect(nextInterviewNode({ a: NOW + 9 * DAY, b: NOW + 2 * DAY, c: NOW - 5 * DAY }, NOW)).toBe('b');
    expect(nextInterviewNode({ a: NOW + 9 * DAY, today: NOW - 60_000 }, NOW)).toBe('today');
    expect(nextInterviewNode({ past: NOW - 5 * DAY }, NOW)).toBeNull();
  });
});
