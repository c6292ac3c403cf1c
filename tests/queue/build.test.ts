// Queue stages: limits, order (learning first, overdue first, new in roadmap order) and new cards spread out.
import { describe, expect, it } from 'vitest';
import { buildQueue, intersperse } from '../../src/core/queue/build.ts';
import { newCardState } from '../../src/core/scheduler/fsrs.ts';
import { DAY, MINUTE, T0, reviewState } from '../fixtures/review/clock.ts';

const news = (count: number) => Array.from({ length: count }, (_, i) => newCardState(`n${i + 1}`, 'd', T0));
const reviews = (count: number) => Array.from({ length: count }, (_, i) => reviewState(`r${i + 1}`, 'd', T0 - (i + 1) * DAY));

describe('buildQueue', () => {
  it('applies the day limits to new and review cards but never to learning cards', () => {
    const learning = [0, 1, 2].map((i) => reviewState(`l${i}`, 'd', T0 + i * MINUTE, { phase: 1 }));
    const queue = buildQueue({ learning, reviews: reviews(10), newCards: news(10) }, { newRemaining: 2, reviewsRemaining: 3 });
    const ids = queue.map((state) => state.cardId);
    expect(ids.filter((id) => id.startsWith('l'))).toHaveLength(3);
    expect(ids.filter((id) => id.startsWith('r'))).toHaveLength(3);
    expect(ids.filter((id) => id.startsWith('n'))).toEqual(['n1', 'n2']);
  });

  it('puts learning cards first, earliest due first', () => {
    const learning = [reviewState('late', 'd', T0 + 5 * MINUTE, { phase: 3 }), reviewState('soon', 'd', T0, { phase: 1 })];
    const queue = buildQueue({ learning, reviews: reviews(2), newCards: news(1) }, { newRemaining: 5, reviewsRemaining: 5 });
    expect(queue.slice(0, 2).map((s) => s.cardId)).toEqual(['soon', 'late']);
  });

  it('keeps the most overdue reviews when the limit cuts the backlog', () => {
    const queue = buildQueue({ learning: [], reviews: reviews(5).reverse(), newCards: [] }, { newRemaining: 0, reviewsRemaining: 2 });
    expect(queue.map((s) => s.cardId)).toEqual(['r5', 'r4']);
  });

  it('introduces new cards in roadmap order', () => {
    const queue = buildQueue({ learning: [], reviews: [], newCards: news(4) }, { newRemaining: 20, reviewsRemaining: 200 });
    expect(queue.map((s) => s.cardId)).toEqual(['n1', 'n2', 'n3', 'n4']);
  });

  it('treats exhausted limits as zero', () => {
    const queue = buildQueue({ learning: [], reviews: reviews(2), newCards: news(2) }, { newRemaining: -1, reviewsRemaining: 0 });
    expect(queue).toEqual([]);
  });
});

describe('intersperse', () => {
  it('spreads the minor list through the major one, each in its own order', () => {
    const mixed = intersperse(['r1', 'r2', 'r3', 'r4', 'r5', 'r6'], ['n1', 'n2']);
    expect(mixed).toEqual(['r1', 'r2', 'n1', 'r3', 'r4', 'n2', 'r5', 'r6']);
  });

  it('handles either list empty', () => {
    expect(intersperse([], ['n1', 'n2'])).toEqual(['n1', 'n2']);
    expect(intersperse(['r1'], [])).toEqual(['r1']);
  });
});
