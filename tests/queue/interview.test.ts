// Interview dates over a roadmap's outline: which dates cover a node, which nodes a date touches, readiness per dated node.
import { describe, expect, it } from 'vitest';
import { dueForAnInterview, interviewCover, readinessByNode } from '../../src/core/queue/interview.ts';
import { outlineDeck } from '../../src/core/queue/outline.ts';
import { retrievabilityAt } from '../../src/core/scheduler/retrievability.ts';
import { DAY, reviewState, T0 } from '../fixtures/review/clock.ts';
import { twoStageDeck } from '../fixtures/review/decks.ts';

const outline = outlineDeck(twoStageDeck('road'));
const AHEAD = T0 + 30 * DAY;

describe('interviewCover', () => {
  it('lists the dated nodes at and above a node, ignoring dates of other roadmaps', () => {
    const cover = interviewCover(outline, { road: AHEAD + DAY, 'road/stage1': AHEAD, 'other/stage1': AHEAD });
    expect(cover.dated.map((d) => d.nodeId).sort()).toEqual(['road', 'road/stage1']);
    expect(cover.over('road/s1a').map((d) => d.nodeId)).toEqual(['road', 'road/stage1']);
    expect(cover.over('road/s2a').map((d) => d.nodeId)).toEqual(['road']);
  });

  it('says a node is touched by a date ahead at, above or below it, not by a sibling’s or a past one', () => {
    const cover = interviewCover(outline, { 'road/s1a': AHEAD, 'road/s2a': T0 - DAY });
    expect(cover.touches('road', T0)).toBe(true);
    expect(cover.touches('road/stage1', T0)).toBe(true);
    expect(cover.touches('road/s1a', T0)).toBe(true);
    expect(cover.touches('road/s1b', T0)).toBe(false);
    expect(cover.touches('road/stage2', T0)).toBe(false);
    expect(cover.touches('road/s1a', AHEAD)).toBe(false);
  });
});

describe('dueForAnInterview', () => {
  const weak = reviewState('road:a1', 'road', T0 + 5 * DAY, { stability: 5, lastReview: T0 - 2 * DAY });
  it('fires when any covering date ahead would find recall below the target', () => {
    const cover = interviewCover(outline, { road: T0 + DAY, 'road/stage1': AHEAD });
    expect(dueForAnInterview(weak, cover.over('road/s1a'), 0.9, T0)).toBe(true);
    expect(dueForAnInterview(weak, cover.over('road/s2a'), 0.9, T0)).toBe(false);
    expect(dueForAnInterview(weak, [], 0.9, T0)).toBe(false);
  });
});

describe('readinessByNode', () => {
  it('averages recall on each dated node’s own date over its subtree, unseen cards as 0', () => {
    const cover = interviewCover(outline, { 'road/stage1': AHEAD, road: AHEAD + 10 * DAY });
    const a1 = reviewState('road:a1', 'road', T0, { stability: 20, lastReview: T0 - DAY });
    const c1 = reviewState('road:c1', 'road', T0, { stability: 40, lastReview: T0 - DAY });
    const fresh = { ...a1, cardId: 'road:a2', phase: 0 as const, stability: 0, lastReview: null };
    const readiness = readinessByNode(cover, [
      { nodeId: 'road/s1a', state: a1 },
      { nodeId: 'road/s1a', state: fresh },
      { nodeId: 'road/s2a', state: c1 },
    ]);
    expect(readiness.get('road/stage1')).toEqual({ date: AHEAD, value: retrievabilityAt(a1, AHEAD) / 2 });
    expect(readiness.get('road')!.value).toBeCloseTo(
      (retrievabilityAt(a1, AHEAD + 10 * DAY) + retrievabilityAt(c1, AHEAD + 10 * DAY)) / 3,
      12,
    );
    expect(readiness.has('road/s1a')).toBe(false);
  });
});
