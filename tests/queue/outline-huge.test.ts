// A deck compiled from a 200,000-section roadmap opens: walking its tree spreads no huge array into a call.
import { describe, expect, it } from 'vitest';
import { outlineDeck } from '../../src/core/queue/outline.ts';
import type { Section } from '../../src/core/deck/schema.ts';

describe('outlineDeck on a huge flat deck', () => {
  it('lists all 200,000 top-level sections under the roadmap without overflowing the stack', () => {
    const sections: Section[] = Array.from({ length: 200_000 }, (_, i) => ({
      id: `big.s${i}`,
      path: [`s${i}`],
      title: `s${i}`,
      parentId: null,
      kind: 'heading',
      line: i + 1,
      cardCount: 1,
    }));
    const outline = outlineDeck({ id: 'big', title: '大路线', sections });
    expect(outline.subtree('big').size).toBe(200_001);
    expect(outline.subtree('big.s7')).toEqual(new Set(['big.s7']));
  });
});
