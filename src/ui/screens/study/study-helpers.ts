// Small pure helpers of the study screen: finding a node in the tree, the progress figures, performance marks.
import type { DeckTreeNode } from '../../../core/review-contract.ts';
import type { Session } from '../../../core/queue/index.ts';

/** Depth-first search for a node and the roadmap titles, from the tree storage returns. */
export function findNode(roots: readonly DeckTreeNode[], id: string): DeckTreeNode | null {
  for (const node of roots) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return null;
}

/** Reviewed so far against reviewed plus what is left (learning cards coming back count again). */
export function sessionProgress(session: Session): { value: number; max: number } {
  const left = (session.current ? 1 : 0) + session.queue.length + session.learning.length;
  return { value: session.reviewedCount, max: session.reviewedCount + left };
}

/** A performance measure the benchmarks read; never lets a missing API (old browsers, jsdom) break studying. */
export function measureSince(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Measuring is best effort.
  }
}

export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
