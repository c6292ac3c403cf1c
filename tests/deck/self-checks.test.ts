// Self-checks that help: the back names the cards of the same stage that answer the check.
import { describe, expect, it } from 'vitest';
import { cardWithFront, deckOf, fixture } from './helpers.ts';

describe('self-checks of go-backend-advanced (excerpt of 第一阶段)', () => {
  const deck = deckOf(fixture('roles-go-backend-advanced.md'), 'roles-go-backend-advanced.md');

  it('list the questions of the cards that answer them', () => {
    const goroutine = cardWithFront(deck, '你能解释 goroutine 调度原理吗？');
    expect(goroutine.back.split('\n')).toContain('• 「知识框架」中的「并发模型」是什么？');
    const pprof = cardWithFront(deck, '你能用 pprof 定位性能瓶颈吗？');
    expect(pprof.back.split('\n')).toContain('• 「技术工具」中的「性能分析」是什么？');
    for (const card of [goroutine, pprof]) {
      const answers = card.back.split('\n').slice(1).map((line) => line.replace(/^• /u, ''));
      expect(answers.length).toBeGreaterThan(0);
      for (const front of answers) expect(deck.cards.some((c) => c.front === front && c.role === 'concept')).toBe(true);
    }
  });

  it('match whole names only (自检：并发程序无 data race？ is not answered by 「性能分析」 for its "trace")', () => {
    const race = cardWithFront(deck, '并发程序无 data race');
    expect(race.back).toContain('「知识框架」中的「并发模型」是什么？');
    expect(race.back).not.toContain('「性能分析」');
    // pprof's check lists 性能分析, not 测试体系, which shares only 性能 (性能测试) in its back.
    expect(cardWithFront(deck, '你能用 pprof 定位性能瓶颈吗？').back).not.toContain('「测试体系」');
  });

  it('never point at a reference card, and the target ones are reference themselves', () => {
    const target = cardWithFront(deck, 'API 响应时间<100ms');
    expect(target.role).toBe('reference');
    const fronts = new Set(deck.cards.filter((c) => c.role === 'reference').map((c) => c.front));
    for (const check of deck.cards.filter((c) => c.kind === 'self-check' && c.role === 'concept')) {
      for (const line of check.back.split('\n').slice(1)) expect(fronts.has(line.replace(/^• /u, ''))).toBe(false);
    }
  });
});

describe('self-checks that share only their field\'s common words with the cards (go-backend-advanced: 第二阶段 › 进阶思考)', () => {
  const deck = deckOf(fixture('database-stage.md'), 'database-stage.md');

  it('list no card rather than cards that do not answer them', () => {
    // Before: CAP 权衡 → NoSQL 生态 / 时序数据 / 数据建模, on 数据 and 数据库 alone; OLTP vs OLAP → three lists on "vs".
    for (const prompt of ['不同数据库的 CAP 权衡？', 'OLTP vs OLAP 的架构差异？', '如何选择合适的一致性级别？']) {
      const check = cardWithFront(deck, prompt);
      expect(check.role).toBe('concept');
      expect(check.back, prompt).not.toContain('答得出这几张卡');
      expect(check.back, prompt).toContain('回看「第二阶段：数据库架构专项（3 个月）」');
    }
  });
});
