// A card's role from the roadmap's structure and wording: excerpts of the real roadmaps, judged as a learner would.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECK_FORMAT_VERSION, explainDeckProblem, roleOf, type Card, type Deck } from '../../src/core/deck/index.ts';
import { DECKS, deckOf, fixture } from './helpers.ts';

const roleOfFront = (deck: Deck, front: string): Card['role'] => {
  const found = deck.cards.filter((c) => c.front.includes(front));
  expect(found.length, `cards with front ${front}`).toBeGreaterThan(0);
  const roles = new Set(found.map((c) => c.role));
  expect(roles.size, `one role for ${front}`).toBe(1);
  return found[0]!.role;
};

describe('go-backend-advanced excerpt: a stage with its framework, reading plan, project and checks', () => {
  const deck = deckOf(fixture('roles-go-backend-advanced.md'), 'roles-go-backend-advanced.md');

  it('keeps the knowledge framework and the tools as concepts', () => {
    expect(roleOfFront(deck, '「知识框架」中的「并发模型」')).toBe('concept');
    expect(roleOfFront(deck, '「技术工具」中的「性能分析」')).toBe('concept');
  });

  it('makes the week-by-week reading list reference: the weeks, their books and their study fields', () => {
    expect(roleOfFront(deck, '「Week 1-2」是什么')).toBe('reference');
    expect(roleOfFront(deck, '中的「学习内容」')).toBe('reference');
    expect(roleOfFront(deck, '「笔记重点」包括哪些')).toBe('reference');
  });

  it('makes the project folder tree and the weekly implementation plan reference', () => {
    expect(roleOfFront(deck, '「crypto-price-aggregator/」')).toBe('reference');
    expect(roleOfFront(deck, '「internal/」')).toBe('reference');
    expect(roleOfFront(deck, '「Week 1: 项目基础架构」包括哪些')).toBe('reference');
  });

  it('keeps the design notes written inside a weekly plan as concepts', () => {
    expect(roleOfFront(deck, '「表设计原则」包括哪些')).toBe('concept');
    expect(roleOfFront(deck, '「索引优化实战」包括哪些')).toBe('concept');
  });

  it('keeps self-checks of knowledge as concepts and makes the ones naming a target reference', () => {
    expect(roleOfFront(deck, '你能解释 goroutine 调度原理吗')).toBe('concept');
    expect(roleOfFront(deck, '并发程序无 data race')).toBe('concept');
    expect(roleOfFront(deck, 'API 响应时间<100ms')).toBe('reference');
    expect(roleOfFront(deck, '支持 1000+WebSocket 连接')).toBe('reference');
    expect(roleOfFront(deck, '完成 8 周学习笔记和项目文档')).toBe('reference');
  });

  it('makes the certification catalogue reference', () => {
    expect(roleOfFront(deck, 'Go Programming Language (Coursera + Google)')).toBe('reference');
  });
});

describe('golang-web-backend excerpt: a job profile with salary figures', () => {
  const deck = deckOf(fixture('roles-golang-web-backend.md'), 'roles-golang-web-backend.md');

  it('makes salary figures, their source and the outlook reference', () => {
    expect(roleOfFront(deck, '「中级 (3-5年经验)」')).toBe('reference');
    expect(roleOfFront(deck, '「数据来源参考」')).toBe('reference');
    expect(roleOfFront(deck, '「发展前景」')).toBe('reference');
  });

  it('keeps the skills as concepts, also those written under the salary heading', () => {
    expect(roleOfFront(deck, '「核心技能要求」中的「Linux 系统」')).toBe('concept');
    expect(roleOfFront(deck, '中的「IaC大师」')).toBe('concept');
  });
});

describe('go-python-backend excerpt: a stage spanning weeks, and a resource list', () => {
  const deck = deckOf(fixture('roles-go-python-backend.md'), 'roles-go-python-backend.md');

  it("keeps a stage's content as concepts although its heading names its weeks", () => {
    expect(roleOfFront(deck, '「熟练 Django + DRF 开发」')).toBe('concept');
  });

  it('makes the suggested project and the book lists reference', () => {
    expect(roleOfFront(deck, '「实战建议」')).toBe('reference');
    expect(roleOfFront(deck, '「Go」包括哪些')).toBe('reference');
  });
});

describe('the role in the deck format', () => {
  it('is written on every card of a compiled deck, in the current format version', () => {
    const deck = deckOf(fixture('roles-go-backend-advanced.md'));
    expect(deck.formatVersion).toBe(DECK_FORMAT_VERSION);
    expect(deck.cards.every((c) => c.role === 'concept' || c.role === 'reference')).toBe(true);
  });

  it('is optional in a version-1 deck, which still loads and whose cards read as concepts', () => {
    const deck = deckOf(fixture('roles-go-backend-advanced.md'));
    const old = { ...deck, formatVersion: 1, cards: deck.cards.map(({ role: _role, ...card }) => card) };
    expect(explainDeckProblem(old)).toBeNull();
    expect(old.cards.map((card: Partial<Card>) => roleOf(card)).every((r) => r === 'concept')).toBe(true);
    expect(explainDeckProblem({ ...old, formatVersion: 3 })).toMatch(/formatVersion/);
  });

  it('changes without changing the id: an explanation that turns into a salary figure keeps the card', () => {
    const before = deckOf('## 职级\n\n- 中级：独立负责一个模块\n- 高级：负责一个系统\n');
    const after = deckOf('## 职级\n\n- 中级：35万 - 65万人民币\n- 高级：负责一个系统\n');
    const [b, a] = [before, after].map((d) => d.cards.find((c) => c.term === '中级')!);
    expect(b!.role).toBe('concept');
    expect(a!.role).toBe('reference');
    expect(a!.id).toBe(b!.id);
  });
});

describe('the five roadmaps', () => {
  const decks = readdirSync(DECKS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => deckOf(readFileSync(join(DECKS, f), 'utf8'), f));
  const concepts = decks.flatMap((d) => d.cards.filter((c) => c.role === 'concept'));

  it('put no reading week, certification, salary figure or folder tree in daily review', () => {
    const offenders = concepts.filter(
      (c) =>
        /\bWeek\s*\d/iu.test(c.front) ||
        /Certified|Certification/u.test(`${c.term ?? ''}`) ||
        /\d+\s*万\s*[-–~]\s*\d+\s*万/u.test(c.back) ||
        (c.items ?? []).filter((item) => /^[\w.-]+\/(?:\s|（|\(|$)/u.test(item)).length >= 2,
    );
    expect(offenders.map((c) => `${c.source.file}:${c.source.line} ${c.front}`)).toEqual([]);
  });

  it('keep most of each roadmap as concepts, except the plan-heavy go-backend-advanced', () => {
    for (const deck of decks) {
      const share = deck.cards.filter((c) => c.role === 'concept').length / deck.cards.length;
      if (deck.slug === 'go-backend-advanced') expect(share).toBeLessThan(0.5);
      else expect(share, deck.slug).toBeGreaterThan(0.6);
    }
  });
});

describe('go-backend-advanced md:99-230: the roadmap previewing its own stages', () => {
  const preview = [
    '# Go', '', '## 🚀 后端技术路线图', '', '### 基础技术栈（第 1-2 阶段）', '', '```', 'Go语言核心', '├── 并发编程（goroutine、channel）', '└── 内存管理（GC、逃逸分析）', '```', '',
    '## 🗃️ 数据库学习路线图', '', '### 基础阶段（第 2 阶段）', '', '```', '关系型数据库基础', '├── SQL深入学习', '└── 事务和锁机制', '```', '',
    '## 📚 分阶段学习计划详情', '', '### 第一阶段：Go 语言核心架构（2 个月）', '', '**知识框架：**', '', '- **并发模型**：goroutine、channel、CSP 模型的本质', '',
  ].join('\n');
  const deck = deckOf(preview, 'go.md');

  it('makes a heading naming the stages it previews (基础技术栈（第 1-2 阶段）) reference: the stages teach it card by card', () => {
    expect(roleOfFront(deck, '「Go语言核心」包括哪些')).toBe('reference');
    expect(roleOfFront(deck, '「关系型数据库基础」包括哪些')).toBe('reference');
  });

  it('keeps the stage itself, whose length is in parentheses, a concept', () => {
    expect(roleOfFront(deck, '「知识框架」中的「并发模型」')).toBe('concept');
  });
});
