// Interview dates in the deck tree: which dates cover a node, each dated node's readiness, and the cards a date makes due.
import { isDueForInterview, readinessAt } from '../quiz/readiness.ts';
import type { CardState } from '../review-contract.ts';
import type { DeckOutline } from './outline.ts';

export interface DatedNode {
  nodeId: string;
  /** Epoch ms. */
  date: number;
}

/** One roadmap's interview dates, resolved against its outline. */
export interface InterviewCover {
  /** The roadmap's dated nodes (dates of other roadmaps' nodes dropped). */
  readonly dated: readonly DatedNode[];
  /** Dated nodes at or above `nodeId`: the dates whose preparation covers a card counted at that node. */
  over(nodeId: string): readonly DatedNode[];
  /** Whether a date still ahead of `now` covers some card of `nodeId`'s subtree (at, above or below it). */
  touches(nodeId: string, now: number): boolean;
}

export function interviewCover(outline: DeckOutline, dates: Readonly<Record<string, number>>): InterviewCover {
  const isNode = (id: string) => id === outline.deckId || outline.sections.has(id);
  const dated = Object.entries(dates)
    .filter(([nodeId, date]) => isNode(nodeId) && Number.isFinite(date))
    .map(([nodeId, date]) => ({ nodeId, date }));
  const byNode = new Map(dated.map((d) => [d.nodeId, d]));
  const overCache = new Map<string, readonly DatedNode[]>();
  const over = (nodeId: string): readonly DatedNode[] => {
    let found = overCache.get(nodeId);
    if (!found) {
      found = dated.length ? outline.ancestry(nodeId).flatMap((id) => byNode.get(id) ?? []) : [];
      overCache.set(nodeId, found);
    }
    return found;
  };
  const touches = (nodeId: string, now: number): boolean => {
    const ahead = dated.filter((d) => d.date > now);
    if (ahead.length === 0) return false;
    if (over(nodeId).some((d) => d.date > now)) return true;
    const below = outline.subtree(nodeId);
    return ahead.some((d) => below.has(d.nodeId));
  };
  return { dated, over, touches };
}

/**
 * Whether an interview date covering the card makes it due now, though its own due time has not come: before a
 * date, a card whose predicted recall on that date is below the desired retention is due (see isDueForInterview).
 */
export function dueForAnInterview(
  state: CardState,
  covering: readonly DatedNode[],
  desiredRetention: number,
  now: number,
  weights?: readonly number[],
): boolean {
  return covering.some((d) => isDueForInterview(state, d.date, desiredRetention, now, weights ? { weights } : {}));
}

/**
 * Readiness of every dated node of the roadmap: mean predicted recall on its date over the active cards of its
 * subtree, unseen cards as 0. `cards` holds every active card of the roadmap with the node it counts at.
 */
export function readinessByNode(
  cover: InterviewCover,
  cards: Iterable<{ nodeId: string; state: CardState }>,
  weights?: readonly number[],
): Map<string, { date: number; value: number }> {
  const statesOf = new Map<string, CardState[]>(cover.dated.map((d) => [d.nodeId, []]));
  if (cover.dated.length === 0) return new Map();
  for (const { nodeId, state } of cards) {
    for (const d of cover.over(nodeId)) statesOf.get(d.nodeId)!.push(state);
  }
  return new Map(cover.dated.map((d) => [d.nodeId, { date: d.date, value: readinessAt(statesOf.get(d.nodeId)!, d.date, weights) }]));
}
