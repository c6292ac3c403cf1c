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

describe('line endings', () => {
  const LF = [
    '---',
    'title: 换行测试',
    '---',
    '## 并发',
    '',
    '```',
    '核心概念：',
    '• goroutine：轻量级线程',
    '• channel：通信管道',
    '```',
    '',
    '- select：多路复用',
    '',
  ].join('\n');
  const summary = (deck: Deck) => ({ title: deck.title, cards: deck.cards.map((c) => [c.id, c.front, c.back, c.source.line]) });

  it('reads a CR-only roadmap as lines: its fenced block keeps its cards, ids and line numbers', () => {
    const lf = compileRoadmap(LF, 'eol.md').deck!;
    expect(lf.cards.map((c) => c.back)).toEqual(expect.arrayContaining(['轻量级线程', '通信管道']));
    const cr = compileRoadmap(LF.replace(/\n/g, '\r'), 'eol.md').deck!;
    expect(summary(cr)).toEqual(summary(lf));
  });

  it('reads mixed CR, LF and CRLF endings as the same lines', () => {
    // In this order a CR is never followed by an LF ending, which would read as one CRLF.
    const endings = ['\n', '\r', '\r\n'];
    let i = 0;
    const mixed = LF.replace(/\n/g, () => endings[i++ % 3]!);
    expect(summary(compileRoadmap(mixed, 'eol.md').deck!)).toEqual(summary(compileRoadmap(LF, 'eol.md').deck!));
  });
});
