// Lists and sequences that test something: no bare labels whose content is another card, order only where shown.
import { describe, expect, it } from 'vitest';
import { bareLabels, sourceShowsOrder } from '../../src/core/deck/findings.ts';
import { cardWithFront, deckOf, fixture } from './helpers.ts';

describe('lists whose items have cards of their own', () => {
  const deck = deckOf(fixture('choice-traps.md'), 'choice-traps.md');

  it('ask their own items and leave the one another card asks to it (go-backend-advanced: 「Redis」 … 适用场景)', () => {
    const redis = cardWithFront(deck, '「Redis」包括哪些？');
    expect(redis.items).toEqual(['内存数据结构存储', '丰富的数据类型']);
    expect(bareLabels(redis, deck.cards)).toEqual([]);
    // The content is asked once, on its own card.
    expect(cardWithFront(deck, '「Redis」中的「适用场景」是什么？').back).toBe('缓存、会话、实时数据、消息队列');
  });

  it('keep a label with its short content whole when fewer than two items are their own (python-roadmap: 复杂度分析基础)', () => {
    const fence = ['```', '复杂度分析基础：', '• 大O表示法：O(1)、O(log n)、O(n)、O(n²)', '• 最好/平均/最坏情况分析', '• 空间复杂度：额外空间使用分析', '```'];
    const list = cardWithFront(deckOf(['# R', '', '## 算法', '', ...fence, ''].join('\n')), '「复杂度分析基础」包括哪些？');
    expect(list.items).toEqual(['大O表示法：O(1)、O(log n)、O(n)、O(n²)', '最好/平均/最坏情况分析', '空间复杂度：额外空间使用分析']);
  });

  it('are left out when every item is a card of its own (python-roadmap: 生成器表达式, go-career-paths: 方向 • 学习路径 • 求职目标)', () => {
    expect(deck.cards.filter((c) => c.front.includes('「生成器表达式」包括哪些？'))).toEqual([]);
    expect(deck.cards.filter((c) => c.front.includes('「(1) 云原生开发（Go 语言优势）」包括哪些？'))).toEqual([]);
    expect(deck.cards.filter((c) => c.front.includes('「NoSQL 数据库」包括哪些？'))).toEqual([]);
  });
});

describe('sequences', () => {
  it('stay sequences where the roadmap numbers plain steps 1. 2. 3. or its wording shows an order (go-backend-advanced: 建议的补充学习)', () => {
    const text = ['# R', '', '## 建议的补充学习', '', '1. **第 2 阶段**：学习 GORM，理解 ORM 底层原理', '2. **第 3 阶段**：学习 Gin，理解轻量级框架设计', '3. **第 4 阶段**：学习 go-kit，理解微服务工具包', ''].join('\n');
    const card = cardWithFront(deckOf(text), '「建议的补充学习」依次是什么？');
    expect(card.kind).toBe('sequence');
    expect(sourceShowsOrder(card, text.split('\n'))).toBe(true);
  });

  it('are lists when 1. 2. 3. only number bold-labelled entries (go-backend-advanced: AI 时代学习策略), keeping their ids', () => {
    const text = ['# R', '', '## AI 时代学习策略', '', '1. **架构优先**：先建立知识框架，再深入细节', '2. **问题驱动**：遇到问题时深入学习，而不是全面学习', '3. **AI 助手**：利用 AI 快速理解概念，重点在实践和架构思维', ''].join('\n');
    const card = cardWithFront(deckOf(text), '「AI 时代学习策略」包括哪些？');
    expect(card.kind).toBe('list');
    expect(card.back).toBe('• 架构优先\n• 问题驱动\n• AI 助手');
    // The id it had when it was asked as a sequence: the learner's history stays with it.
    const asSequence = deckOf(text.replace(/^(\d)\. \*\*(.+?)\*\*：/gmu, '$1. $2：'));
    expect(cardWithFront(asSequence, '「AI 时代学习策略」依次是什么？').id).toBe(card.id);
  });

  it('keep a catalogue whose entries are all cards of their own as reference, not as an order (go-backend-advanced: 真实的 Crypto 后端场景)', () => {
    const text = fixture('crypto-scenarios.md');
    const deck = deckOf(text);
    expect(deck.cards.filter((c) => c.kind === 'sequence')).toEqual([]);
    const outline = cardWithFront(deck, '「真实的 Crypto 后端场景」包括哪些？');
    expect(outline.role).toBe('reference');
    expect(outline.items).toEqual(['数据聚合服务', '用户体验服务', '业务支撑服务', '基础设施服务']);
    expect(sourceShowsOrder({ ...outline, kind: 'sequence' }, text.split('\n'))).toBe(false);
    expect(cardWithFront(deck, '「数据聚合服务」包括哪些？').role).toBe('concept');
  });

  it('are plain lists where every item is numbered "1." (go-career-paths: 关键建议)', () => {
    const text = ['# R', '', '## 关键建议', '', '1.  **保持技术敏感度**：至少关注1-2个前沿方向。', '1.  **打造个人品牌**：写博客、做开源项目。', '1.  参加行业会议、技术沙龙，积累资源。', ''].join('\n');
    const deck = deckOf(text);
    expect(deck.cards.some((c) => c.kind === 'sequence')).toBe(false);
    expect(cardWithFront(deck, '「关键建议」包括哪些？').items).toEqual(['保持技术敏感度：至少关注1-2个前沿方向。', '打造个人品牌：写博客、做开源项目。', '参加行业会议、技术沙龙，积累资源。']);
  });

  it('come from arrows on one line (go-career-paths: 学习 Docker → K8s 基础 → Helm)', () => {
    const deck = deckOf('# R\n\n## 阶段 1：补基础\n\n- 学习 **Docker** → **K8s 基础** → **Helm**。\n- 实践：在 K8s 上部署一个以太坊轻节点。\n');
    expect(deck.cards.find((c) => c.kind === 'sequence')?.items).toEqual(['学习 Docker', 'K8s 基础', 'Helm。']);
  });
});

describe('definitions that restate their question', () => {
  it('fold into their group\'s list (python-roadmap: 上下文管理器 › 异常处理：上下文管理器中的异常处理)', () => {
    const fence = ['```', '上下文管理器：', '• with语句原理：__enter__和__exit__方法', '• contextlib模块：contextmanager装饰器', '• 异常处理：上下文管理器中的异常处理', '• 嵌套上下文：多个上下文管理器的使用', '```'];
    const deck = deckOf(['# R', '', '## 上下文管理与资源管理', '', ...fence, ''].join('\n'));
    expect(deck.cards.filter((c) => c.term === '异常处理')).toEqual([]);
    const list = cardWithFront(deck, '「上下文管理器」包括哪些？');
    expect(list.items).toContain('异常处理');
    expect(list.items).toContain('with语句原理：__enter__和__exit__方法');
    expect(cardWithFront(deck, '「上下文管理器」中的「with语句原理」是什么？').back).toBe('__enter__和__exit__方法');
  });
});
