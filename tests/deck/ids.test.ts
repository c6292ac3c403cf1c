// Card ids survive edits: explanation edits keep them, other items and sections moving never touch them.
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/core/deck/index.ts';
import { identityKey, slugFromFile } from '../../src/core/deck/index.ts';
import { deckOf, fixture } from './helpers.ts';

const FILE = 'go-backend-advanced.md';
const base = fixture('ids-base.md');
const compileBase = (text: string) => deckOf(text, FILE);

/** id → front, to say which card an assertion is about when it fails. */
function ids(deck: Deck): Map<string, string> {
  return new Map(deck.cards.map((c) => [c.id, c.front]));
}

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture lacks ${from}`);
  return text.replace(from, to);
}

/** Every card of `before` whose front is not about an item the edit touched keeps its id in `after`. */
function expectKept(before: Deck, after: Deck, touched: RegExp): void {
  const afterIds = ids(after);
  const kept = before.cards.filter((c) => !touched.test(c.front));
  expect(kept.length).toBeGreaterThan(5);
  for (const card of kept) expect(afterIds.get(card.id), card.front).toBeDefined();
}

describe('card ids', () => {
  const before = compileBase(base);

  it('are URL-safe and unique, prefixed by the deck slug', () => {
    for (const c of before.cards) expect(c.id).toMatch(/^go-backend-advanced\.[a-z0-9._-]+$/);
    for (const s of before.sections) expect(s.id).toMatch(/^go-backend-advanced\.[a-z0-9._-]+$/);
    expect(new Set(before.cards.map((c) => c.id)).size).toBe(before.cards.length);
    expect(before.id).toBe('go-backend-advanced');
  });

  it('keep the id but change contentHash when an explanation is edited', () => {
    const after = compileBase(edit(base, 'goroutine、channel、CSP 模型的本质', 'goroutine、channel、select、CSP 模型'));
    const find = (d: Deck) => d.cards.find((c) => c.front.includes('「并发模型」') && c.section[1]!.startsWith('第一阶段'))!;
    expect(find(after).id).toBe(find(before).id);
    expect(find(after).contentHash).not.toBe(find(before).contentHash);
    expect(find(after).back).toBe('goroutine、channel、select、CSP 模型');
    // Every other card is untouched, text and all.
    const others = (d: Deck) => d.cards.filter((c) => c.id !== find(before).id).map((c) => [c.id, c.contentHash]);
    expect(others(after)).toEqual(others(before));
  });

  it('keep every other id when an item is inserted', () => {
    const after = compileBase(edit(base, '- **类型系统**', '- **调度模型**：GMP、抢占式调度\n- **类型系统**'));
    expectKept(before, after, /知识框架」包括哪些/u);
    expect(after.cards.length).toBeGreaterThan(before.cards.length);
  });

  it('keep every other id when an item is deleted', () => {
    const after = compileBase(edit(base, '- **内存模型**：垃圾回收、逃逸分析、内存布局\n', ''));
    expectKept(before, after, /内存模型|知识框架」包括哪些/u);
  });

  it('keep every id when items, rows and checks are reordered', () => {
    let text = edit(base, '- **并发模型**：goroutine、channel、CSP 模型的本质\n- **内存模型**：垃圾回收、逃逸分析、内存布局', '- **内存模型**：垃圾回收、逃逸分析、内存布局\n- **并发模型**：goroutine、channel、CSP 模型的本质');
    text = edit(text, '| 第 1-2 周 | Go 基础语法 | 命令行工具 |\n| 第 3-4 周 | goroutine、channel | 并发爬虫 |', '| 第 3-4 周 | goroutine、channel | 并发爬虫 |\n| 第 1-2 周 | Go 基础语法 | 命令行工具 |');
    text = edit(text, '- [ ] 能解释 goroutine 调度原理\n- [ ] 能用 pprof 定位性能瓶颈', '- [ ] 能用 pprof 定位性能瓶颈\n- [ ] 能解释 goroutine 调度原理');
    const after = compileBase(text);
    // The group cards list their items in the new order; everything else is the same set of ids.
    expect(new Set(ids(after).keys())).toEqual(new Set(ids(before).keys()));
  });

  it('keep every id when a section is added before the others', () => {
    const added = edit(base, '### 第一阶段', '### 第零阶段：环境准备（1 周）\n\n- **安装**：Go 1.22、VS Code\n\n### 第一阶段');
    const after = compileBase(added);
    expectKept(before, after, /^$/u);
    const sectionIds = new Set(after.sections.map((s) => s.id));
    for (const s of before.sections) expect(sectionIds.has(s.id), s.title).toBe(true);
  });

  it('keep ids when a chapter is renumbered or gains an emoji', () => {
    const renamed = compileBase(edit(base, '## 📚 分阶段学习计划详情', '## 2. 分阶段学习计划详情'));
    expect(new Set(ids(renamed).keys())).toEqual(new Set(ids(before).keys()));
  });

  it('give the same term under two stages two different ids', () => {
    const twice = before.cards.filter((c) => c.term === '并发模型');
    expect(twice).toHaveLength(2);
    expect(twice[0]!.id).not.toBe(twice[1]!.id);
    expect(twice.map((c) => c.section[1])).toEqual(['第一阶段：Go 语言核心架构（2 个月）', '第二阶段：数据库架构专项（3 个月）']);
  });

  it('do not depend on line numbers: lines added above change no id', () => {
    const shifted = compileBase(base.replace('## 📚 分阶段学习计划详情', '\n\n\n<!-- 草稿 -->\n\n## 📚 分阶段学习计划详情\n'));
    expect(shifted.cards[0]!.source.line).toBeGreaterThan(before.cards[0]!.source.line);
    expect([...ids(shifted).keys()]).toEqual([...ids(before).keys()]);
  });
});

describe('identity helpers', () => {
  it('slug file names into URL-safe deck ids', () => {
    expect(slugFromFile('decks/go-backend-advanced.md')).toBe('go-backend-advanced');
    expect(slugFromFile('My Roadmap.TXT')).toBe('my-roadmap');
    expect(slugFromFile('路线图.md')).toMatch(/^deck-[a-z0-9]+$/);
  });

  it('ignore numbering, emoji and bold but not the words', () => {
    expect(identityKey('8. 🚀 缓存与消息队列')).toBe(identityKey('缓存与消息队列'));
    expect(identityKey('**并发模型**')).toBe(identityKey('并发模型'));
    expect(identityKey('并发模型')).not.toBe(identityKey('内存模型'));
  });
});
