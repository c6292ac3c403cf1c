// Home's logic without the DOM: totals over the tree, the soonest due time, which nodes start expanded, which interviews to show.
import type { DeckTreeNode } from '../../../core/review-contract.ts';

export interface TreeSummary {
  counts: { new: number; learning: number; due: number };
  /** Earliest due time of any non-new card in the whole tree, or null. */
  nextDue: number | null;
}

/** Roots' counts already include their sub-decks, so the totals sum the roots only. */
export function summarizeTree(roots: readonly DeckTreeNode[]): TreeSummary {
  const counts = { new: 0, learning: 0, due: 0 };
  let nextDue: number | null = null;
  for (const root of roots) {
    counts.new += root.counts.new;
    counts.learning += root.counts.learning;
    counts.due += root.counts.due;
    if (root.nextDue !== null && (nextDue === null || root.nextDue < nextDue)) nextDue = root.nextDue;
  }
  return { counts, nextDue };
}

export function hasWork(counts: { new: number; learning: number; due: number }): boolean {
  return counts.new + counts.learning + counts.due > 0;
}

/** v2: the one-line layout starts with every roadmap collapsed; the old key (every roadmap open) is ignored. */
const STORAGE_KEY = 'roadcards:home-open';

/** Which nodes the learner opened, kept across visits; nothing is open at first, so Home renders one row per roadmap. */
export function loadExpanded(storage: Pick<Storage, 'getItem'> | null): Set<string> {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    if (saved) {
      const ids: unknown = JSON.parse(saved);
      if (Array.isArray(ids)) return new Set(ids.filter((id): id is string => typeof id === 'string'));
    }
  } catch {
    // A corrupt entry only loses the open/closed state.
  }
  return new Set();
}

/** The ancestors of every node whose interview is still ahead: open, so its readiness shows on Home without digging. */
export function pathsToInterviews(roots: readonly DeckTreeNode[], now: number): Set<string> {
  const open = new Set<string>();
  const visit = (node: DeckTreeNode, ancestors: readonly string[]): boolean => {
    let below = false;
    for (const child of node.children) if (visit(child, [...ancestors, node.id])) below = true;
    if (below) open.add(node.id);
    return below || (node.readiness !== undefined && isUpcoming(node.readiness.date, now));
  };
  for (const root of roots) visit(root, []);
  return open;
}

export function saveExpanded(expanded: ReadonlySet<string>, storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify([...expanded]));
  } catch {
    // Private mode or a full quota: the state simply is not remembered.
  }
}

export function toggled(expanded: ReadonlySet<string>, id: string, open: boolean): Set<string> {
  const next = new Set(expanded);
  if (open) next.add(id);
  else next.delete(id);
  return next;
}

export function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** An interview is shown until its local day is over: a date earlier today still counts (the interview may be this afternoon). */
export function isUpcoming(date: number, now: number): boolean {
  const startOfToday = new Date(now);
  startOfToday.setHours(0, 0, 0, 0);
  return date >= startOfToday.getTime();
}

/** The node whose interview comes soonest (today's included), where the app's "Drill" shortcut goes; null if none. */
export function nextInterviewNode(dates: Readonly<Record<string, number>>, now: number): string | null {
  let best: [string, number] | null = null;
  for (const [nodeId, date] of Object.entries(dates)) {
    if (isUpcoming(date, now) && (best === null || date < best[1])) best = [nodeId, date];
  }
  return best?.[0] ?? null;
}
