// Which reference cards a node's review takes: the switched-on node's, seen from above, below or the node itself.
import { describe, expect, it } from 'vitest';
import { outlineDeck } from '../../src/core/queue/outline.ts';
import { referenceReviewNodes, switchReferenceReview, switchedOnNodes } from '../../src/core/queue/reference-review.ts';

const section = (id: string, parentId: string | null) => ({ id, path: [id], title: id, parentId, kind: 'heading' as const, line: 1, cardCount: 1 });
const outline = outlineDeck({ id: 'road', title: 'Road', sections: [section('stage1', null), section('plan', 'stage1'), section('notes', 'stage1'), section('stage2', null)] });

describe('referenceReviewNodes', () => {
  it('takes nothing when nothing is switched on', () => {
    expect([...referenceReviewNodes(outline, [], 'road')]).toEqual([]);
  });

  it('takes the whole studied node when it or a node above it is switched on', () => {
    expect(new Set(referenceReviewNodes(outline, ['stage1'], 'stage1'))).toEqual(new Set(['stage1', 'plan', 'notes']));
    expect(new Set(referenceReviewNodes(outline, ['road'], 'plan'))).toEqual(new Set(['plan']));
  });

  it('takes only the switched-on part of a larger node, and nothing from a node beside it', () => {
    expect(new Set(referenceReviewNodes(outline, ['plan'], 'road'))).toEqual(new Set(['plan']));
    expect([...referenceReviewNodes(outline, ['plan'], 'stage2')]).toEqual([]);
    expect([...referenceReviewNodes(outline, ['plan'], 'notes')]).toEqual([]);
  });
});

describe('switchReferenceReview', () => {
  it('adds and removes one node, leaving the others', () => {
    expect(switchReferenceReview(undefined, 'plan', true)).toEqual(['plan']);
    expect(switchReferenceReview(['stage2', 'plan'], 'plan', true)).toEqual(['stage2', 'plan']);
    expect(switchReferenceReview(['stage2', 'plan'], 'plan', false)).toEqual(['stage2']);
  });
});

describe('switchedOnNodes', () => {
  it('reads a damaged stored value as nothing switched on, and drops what is not an id', () => {
    expect(switchedOnNodes(undefined)).toEqual([]);
    expect(switchedOnNodes('plan')).toEqual([]);
    expect(switchedOnNodes(['plan', 3, null, 'stage2'])).toEqual(['plan', 'stage2']);
  });
});
