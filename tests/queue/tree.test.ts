// Deck tree counts: raw tallies summed up the tree, new/review counts capped by each ancestor's daily allowance.
import { describe, expect, it } from 'vitest';
import { remainingAlong, tallyDoneToday } from '../../src/core/queue/limits.ts';
import { outlineDeck } from '../../src/core/queue/outline.ts';
import { buildDeckTree, type NodeTally } from '../../src/core/queue/tree.ts';
import { twoStageDeck } from '../fixtures/review/decks.ts';

const outline = outlineDeck(twoStageDeck('road'));
const tally = (n: number, due = 0, nextDue: number | null = null): NodeTally => ({ new: n, learning: 0, due, total: n + due, nextDue });
const limits = { newPerDay: 20, reviewsPerDay: 200 };

describe('deck outline', () => {
  it('walks up from a section to the roadmap and down to its sub-sections', () => {
    expect(outline.ancestry('road/s1b')).toEqual(['road', 'road/stage1', 'road/s1b']);
    expect([...outline.subtree('road/stage1')].sort()).toEqual(['road/s1a', 'road/s1b', 'road/stage1']);
    expect(outline.ancestry('unknown')).toEqual(['road']);
  });
});

describe('buildDeckTree', () => {
  it('nests roadmap → stage → section with titles and paths', () => {
    const own = new Map([['road/s1a', tally(1)], ['road/s1b', tally(1)], ['road/s2a', tally(1)]]);
    const tree = buildDeckTree(outline, own, new Map(), limits);
    expect(tree.id).toBe('road');
    expect(tree.children.map((c) => c.title)).toEqual(['Stage 1', 'Stage 2']);
    expect(tree.children[0]!.children[1]!.path).toEqual(['Roadmap road', 'Stage 1', 'More']);
  });

  it('leaves out sections with nothing to study under them', () => {
    const tree = buildDeckTree(outline, new Map([['road/s2a', tally(3)]]), new Map(), limits);
    expect(tree.children.map((c) => c.title)).toEqual(['Stage 2']);
    expect(tree.children[0]!.children.map((c) => c.id)).toEqual(['road/s2a']);
  });

  it('sums sub-decks and caps every node by the allowance left along its chain', () => {
    const own = new Map([
      ['road/s1a', tally(15, 2, 500)],
      ['road/s1b', tally(15, 0)],
      ['road/s2a', tally(4, 1, 300)],
    ]);
    const done = tallyDoneToday([{ nodeId: 'road/s2a', phaseBefore: 0 }, { nodeId: 'road/s2a', phaseBefore: 0 }], outline.ancestry);
    const tree = buildDeckTree(outline, own, done, { newPerDay: 20, reviewsPerDay: 2 });
    expect(tree.counts).toEqual({ new: 18, learning: 0, due: 2 });
    expect(tree.total).toBe(37);
    expect(tree.nextDue).toBe(300);
    const [stage1, stage2] = tree.children;
    expect(stage1!.counts.new).toBe(18); // 30 available, 18 left today in the roadmap
    expect(stage1!.children[0]!.counts).toEqual({ new: 15, learning: 0, due: 2 });
    expect(stage2!.counts.new).toBe(4);
  });
});

describe('daily limits', () => {
  it('counts introductions as new and review-phase grades as reviews; learning steps count for neither', () => {
    const done = tallyDoneToday(
      [
        { nodeId: 'road/s1a', phaseBefore: 0 },
        { nodeId: 'road/s1a', phaseBefore: 1 },
        { nodeId: 'road/s1a', phaseBefore: 2 },
        { nodeId: 'road/s1a', phaseBefore: 3 },
      ],
      outline.ancestry,
    );
    expect(done.get('road')).toEqual({ new: 1, reviews: 1 });
    expect(remainingAlong(outline.ancestry('road/s2a'), done, limits)).toEqual({ newRemaining: 19, reviewsRemaining: 199 });
  });

  it('never goes below zero', () => {
    const done = new Map([['road', { new: 25, reviews: 0 }]]);
    expect(remainingAlong(['road'], done, limits).newRemaining).toBe(0);
  });
});
