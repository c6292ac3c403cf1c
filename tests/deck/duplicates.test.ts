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

// python-roadmap.md md:633: three costs of one comparison share one answer.
const costs = ['# P', '', '## 并发模型对比', '', '```', '性能对比分析：', '• 创建开销：协程 < 线程 < 进程', '• 内存占用：协程 < 线程 < 进程', '• 切换成本：协程 < 线程 < 进程', '• 并发能力：协程 > 线程 > 进程', '```', ''].join('\n');

describe('items of one list sharing their value', () => {
  it('become one card asking for all of them, the other lines kept as sources', () => {
    const deck = deckOf(costs, 'p.md');
    const shared = deck.cards.filter((c) => c.back === '协程 < 线程 < 进程');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.front).toBe('「性能对比分析」中的「创建开销、内存占用、切换成本」是什么？');
    expect(shared[0]!.moreSources).toEqual([{ file: 'p.md', line: 8 }, { file: 'p.md', line: 9 }]);
    expect(deck.cards.filter((c) => c.back === '协程 > 线程 > 进程')).toHaveLength(1);
  });

  it('keep the first item’s id, and are reported as merges', () => {
    const apart = deckOf(costs.replace('• 内存占用：协程 < 线程 < 进程', '• 内存占用：协程最少').replace('• 切换成本：协程 < 线程 < 进程', '• 切换成本：协程最低'), 'p.md');
    const merged = deckOf(costs, 'p.md');
    expect(merged.cards.find((c) => c.back === '协程 < 线程 < 进程')!.id).toBe(apart.cards.find((c) => c.term === '创建开销')!.id);
    expect(compile(costs, 'p.md').stats.merged.map((m) => m.term)).toEqual(['内存占用', '切换成本']);
  });
});

// python-roadmap.md: 生成器表达式 (md:147) and 生成器 (md:1575) both answer 内存效率优化; 中间件开发 (md:689) and 中间件 (md:772)
// both answer 请求/响应处理中间件.
const sharedBack = (later: string) =>
  ['# P', '', '## 列表', '', '```', '列表优化技巧：', '• 列表推导式：性能优于循环创建', '• 生成器表达式：内存效率优化', '```', '', '## 选择', '', '```', '数据结构选择：', '• dict vs list：查找性能对比', later, '```', ''].join('\n');

describe('cards of different terms answering with the same words', () => {
  it('ask the later one the other way, in its own context', () => {
    const deck = deckOf(sharedBack('• 生成器：内存效率优化'), 'p.md');
    const later = deck.cards.find((c) => c.term === '生成器')!;
    expect(later.front).toBe('「数据结构选择」中哪一项是「内存效率优化」？');
    expect(later.back).toBe('生成器');
    expect(later.role).toBe('concept');
    expect(deck.cards.find((c) => c.term === '生成器表达式')!.back).toBe('内存效率优化');
  });

  it('keep the later card’s id, so its progress stays', () => {
    const before = deckOf(sharedBack('• 生成器：节省内存'), 'p.md');
    const after = deckOf(sharedBack('• 生成器：内存效率优化'), 'p.md');
    expect(after.cards.find((c) => c.term === '生成器')!.id).toBe(before.cards.find((c) => c.term === '生成器')!.id);
  });

  it('make the later one reference when asking the other way would show its term in the question', () => {
    const text = sharedBack('• 中间件：内存效率优化中间件').replace('• 生成器表达式：内存效率优化', '• 中间件开发：内存效率优化中间件');
    const deck = deckOf(text, 'p.md');
    expect(deck.cards.find((c) => c.term === '中间件')!.role).toBe('reference');
    expect(deck.cards.find((c) => c.term === '中间件开发')!.role).toBe('concept');
    expect(deckOf(text.replace('• 中间件：内存效率优化中间件', '• 中间件：别的'), 'p.md').cards.find((c) => c.term === '中间件')!.id).toBe(
      deck.cards.find((c) => c.term === '中间件')!.id,
    );
  });
});
