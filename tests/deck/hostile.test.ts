// Hostile roadmaps (issue 13): huge, deep or oddly broken files give a deck or `file:line` problems, never a crash or a hang.
import { describe, expect, it } from 'vitest';
import { buildDeckIndexEntry, compileRoadmap, type Deck } from '../../src/core/deck/index.ts';
import { contentHashOf } from '../../src/core/deck/ids.ts';

describe('deck index of a huge deck', () => {
  it('hashes 100,000 sections and 100,000 cards without overflowing the stack, as contentHashOf does for small ones', () => {
    const small = compileRoadmap('# 小\n\n## 并发\n\n- goroutine：轻量级线程\n', 'small.md').deck!;
    const parts = [small.title, ...small.sections.map((s) => `${s.id}:${s.title}`), ...small.cards.map((c) => `${c.id}:${c.contentHash}`)];
    expect(buildDeckIndexEntry(small).contentHash).toBe(contentHashOf(...parts));

    const sections = Array.from({ length: 100_000 }, (_, i) => ({ ...small.sections[0]!, id: `big.s${i}`, title: `第 ${i} 节` }));
    const cards = Array.from({ length: 100_000 }, (_, i) => ({ ...small.cards[0]!, id: `big.c${i}` }));
    const big: Deck = { ...small, id: 'big', slug: 'big', sections, cards };
    const entry = buildDeckIndexEntry(big);
    expect(entry.sectionCount).toBe(100_000);
    expect(entry.cardCount).toBe(100_000);
    expect(entry.contentHash).toMatch(/^[a-z0-9]{11}$/);
  });
});
