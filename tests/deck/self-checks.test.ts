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

  it('never point at a reference card, and the target ones are reference themselves', () => {
    const target = cardWithFront(deck, 'API 响应时间<100ms');
    expect(target.role).toBe('reference');
    const fronts = new Set(deck.cards.filter((c) => c.role === 'reference').map((c) => c.front));
    for (const check of deck.cards.filter((c) => c.kind === 'self-check' && c.role === 'concept')) {
      for (const line of check.back.split('\n').slice(1)) expect(fronts.has(line.replace(/^• /u, ''))).toBe(false);
    }
  });
});
