// "Study everything due": one queue from every roadmap's own queue, and the whole tree seen as one node.
import type { DeckTreeNode, StudyItem } from '../review-contract.ts';
import { intersperse } from './build.ts';

import { ALL_DUE_NODE_ID } from './all-due-id.ts';

export { ALL_DUE_NODE_ID };

function isLearning(item: StudyItem): boolean {
  return item.state.phase === 1 || item.state.phase === 3;
}

function byDue(a: StudyItem, b: StudyItem): number {
  return a.state.due - b.state.due;
}

/**
 * Merges the roadmaps' queues (each already within its roadmap's daily limits, in roadmap position order): learning
 * cards first, earliest due first; then every review, most overdue first, with the new cards spread among them.
 * New cards keep their roadmap order but take turns between roadmaps, so a short session touches each of them.
 */
export function mergeDueQueues(queues: readonly (readonly StudyItem[])[]): StudyItem[] {
  const learning = queues.flatMap((queue) => queue.filter(isLearning)).sort(byDue);
  const reviews = queues.flatMap((queue) => queue.filter((item) => item.state.phase === 2)).sort(byDue);
  const newByDeck = queues.map((queue) => queue.filter((item) => item.state.phase === 0));
  const newCards: StudyItem[] = [];
  for (let i = 0; newByDeck.some((cards) => i < cards.length); i++) {
    for (const cards of newByDeck) if (i < cards.length) newCards.push(cards[i]!);
  }
  return [...learning, ...intersperse(reviews, newCards)];
}

/** The roadmaps as one node (counts and totals summed, the soonest next due), for screens that show "the node". */
export function wholeTreeNode(roots: readonly DeckTreeNode[], title: string): DeckTreeNode {
  const counts = { new: 0, learning: 0, due: 0 };
  let total = 0;
  let nextDue: number | null = null;
  for (const root of roots) {
    counts.new += root.counts.new;
    counts.learning += root.counts.learning;
    counts.due += root.counts.due;
    total += root.total;
    if (root.nextDue !== null && (nextDue === null || root.nextDue < nextDue)) nextDue = root.nextDue;
  }
  return { id: ALL_DUE_NODE_ID, deckId: '', title, path: [], children: [...roots], counts, total, nextDue };
}
