// The session's figures for the progress bar and the done screen: a fixed total, cards finished, distinct cards graded; the node studied in the tree.
import type { DeckTreeNode } from '../../../core/review-contract.ts';
import { ALL_DUE_NODE_ID, wholeTreeNode, type Session } from '../../../core/queue/index.ts';
import { homeT } from '../home/strings.ts';

/** The distinct cards still in the session: on screen, not yet shown, or coming back later today. */
export function cardsLeft(session: Session): number {
  const ids = new Set<string>(session.queue.map((item) => item.card.id));
  for (const item of session.learning) ids.add(item.card.id);
  if (session.current) ids.add(session.current.card.id);
  return ids.size;
}

/**
 * Cards finished against the session's cards, a total fixed at the start: a card graded Again comes back without
 * growing the total (it used to: 0/14 → 1/15), and the bar is full exactly when no card is left.
 */
export function sessionProgress(session: Session, total: number): { value: number; max: number } {
  return { value: Math.max(0, total - cardsLeft(session)), max: total };
}

/** Distinct cards graded so far: each earlier session in the undo chain had the card it graded on screen. */
export function cardsReviewed(session: Session): number {
  const ids = new Set<string>();
  for (let step = session.previous; step; step = step.previous) if (step.current) ids.add(step.current.card.id);
  return ids.size;
}

/** Depth-first search for a node and the roadmap titles, from the tree storage returns. */
export function findNode(roots: readonly DeckTreeNode[], id: string): DeckTreeNode | null {
  for (const node of roots) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return null;
}

/** The node a study session is for, or null for a stale link to a node no longer in the tree. */
export function studiedNode(roots: readonly DeckTreeNode[], nodeId: string): DeckTreeNode | null {
  // `/study/all` (Home's Study due) studies the whole tree; a roadmap really named `all` still wins.
  return findNode(roots, nodeId) ?? (nodeId === ALL_DUE_NODE_ID ? wholeTreeNode(roots, homeT('allRoadmaps')) : null);
}
