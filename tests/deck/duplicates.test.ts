// The same concept written twice in one roadmap becomes one card with both source lines; different ones stay apart.
import { describe, expect, it } from 'vitest';
import { compile, deckOf } from './helpers.ts';

// python-roadmap.md writes 异步生成器 under 协程基础 (md:455) and again under 异步编程模式 (md:596).
const twice = ['# P', '', '## 协程基础', '', '- 双向通信：生成器的send和yield', '- 异步生成器：async def + yield', '', '## 异步编程模式', '', '- 超时控制：asyncio.wait_for()', '- 异步生成器：async def + yield', ''].join('\n');

describe('duplicate definitions', () => {
  it('become one card, the first keeping its place and the second kept as a second source', () => {
    const deck = deckOf(twice, 'p.md');
    const cards = deck.cards.filter((c) => c.term === '异步生成器');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.source.line).toBe(6);
    expect(cards[0]!.moreSources).toEqual([{ file: 'p.md', line: 11 }]);
  });

  it('are reported by the compiler', () => {
    expect(compile(twice, 'p.md').stats.merged).toEqual([{ term: '异步生成器', keptLine: 6, line: 11 }]);
  });

  it('keep the id the first card had, so its progress stays', () => {
    const alone = deckOf(twice.split('\n').slice(0, 7).join('\n'), 'p.md');
    const merged = deckOf(twice, 'p.md');
    expect(merged.cards.find((c) => c.term === '异步生成器')!.id).toBe(alone.cards.find((c) => c.term === '异步生成器')!.id);
  });

  it('are not merged when their figures differ (golang-web-backend: 高级 60万 - 100万 vs 65万 - 110万 for two roles)', () => {
    const deck = deckOf(['# K', '', '## 平台工程师', '', '- 高级 (5-8年经验)：60万 - 100万+人民币', '', '## 云原生开发', '', '- 高级 (5-8年经验)：65万 - 110万+人民币', ''].join('\n'));
    expect(deck.cards.filter((c) => c.term === '高级 (5-8年经验)')).toHaveLength(2);
  });
});
