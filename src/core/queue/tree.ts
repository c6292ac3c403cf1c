// The deck tree shown on Home: raw tallies per node summed up the tree, then capped by today's limits top-down.
import type { DeckTreeNode } from '../review-contract.ts';
import { remainingAlong, type DailyLimits, type DoneToday } from './limits.ts';
import type { DeckOutline } from './outline.ts';

/** What one node holds directly (its own cards, not its sub-nodes'), before limits. */
export interface NodeTally {
  new: number;
  learning: number;
  due: number;
  total: number;
  nextDue: number | null;
}

export const EMPTY_TALLY: Readonly<NodeTally> = Object.freeze({ new: 0, learning: 0, due: 0, total: 0, nextDue: null });

function addTally(into: NodeTally, from: NodeTally): void {
  into.new += from.new;
  into.learning += from.learning;
  into.due += from.due;
  into.total += from.total;
  if (from.nextDue !== null && (into.nextDue === null || from.nextDue < into.nextDue)) into.nextDue = from.nextDue;
}

/**
 * Builds one roadmap's tree. `own` holds each node's direct tallies (cards of an unknown section count at the
 * roadmap); `done` is today's usage per node (from tallyDoneToday); `readiness` is set on the dated nodes only
 * (from readinessByNode).
 */
export function buildDeckTree(
  outline: DeckOutline,
  own: ReadonlyMap<string, NodeTally>,
  done: ReadonlyMap<string, DoneToday>,
  limits: DailyLimits,
  readiness: ReadonlyMap<string, { date: number; value: number }> = new Map(),
): DeckTreeNode {
  const build = (id: string, path: string[]): { node: DeckTreeNode; raw: NodeTally } => {
    const section = outline.sections.get(id);
    const title = section ? section.title : outline.title;
    const nodePath = [...path, title];
    const raw: NodeTally = { ...(own.get(id) ?? EMPTY_TALLY) };
    const children = (outline.children.get(id) ?? []).map((childId) => build(childId, nodePath));
    for (const child of children) addTally(raw, child.raw);
    const remaining = remainingAlong(outline.ancestry(id), done, limits);
    const node: DeckTreeNode = {
      id,
      deckId: outline.deckId,
      title,
      path: nodePath,
      // A heading with nothing to study under it (a subtitle, a template) is noise on a phone: leave it out.
      children: children.filter((child) => child.raw.total > 0).map((child) => child.node),
      counts: {
        new: Math.min(raw.new, remaining.newRemaining),
        learning: raw.learning,
        due: Math.min(raw.due, remaining.reviewsRemaining),
      },
      total: raw.total,
      nextDue: raw.nextDue,
    };
    const ready = readiness.get(id);
    if (ready) node.readiness = { ...ready };
    return { node, raw };
  };
  return build(outline.deckId, []).node;
}
