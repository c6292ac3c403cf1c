// Home's counts without reading every card state: each roadmap's from index counts; a node's children's when it is opened.
import Dexie from 'dexie';
import type { DeckTreeNode } from '../core/review-contract.ts';
import type { UtcOffsetAt } from '../core/queue/day.ts';
import { remainingAlong } from '../core/queue/limits.ts';
import { outlineDeck, type DeckOutline } from '../core/queue/outline.ts';
import type { NodeSummary } from './index.ts';
import { activeDecks, doneIn, readContext, todaysReviews, type ReadContext, type TodaysReviews } from './reading.ts';
import type { DeckRow, RoadcardsDb } from './schema.ts';

const LOW = Dexie.minKey;
const HIGH = Dexie.maxKey;

/** The whole-tree read (deck-tree-read.ts): fetched on the first opened row or dated roadmap, not with the shell. */
const treeReading = () => import('./deck-tree-read.ts');

function summaryOf(node: DeckTreeNode): NodeSummary {
  const { children, ...rest } = node;
  return { ...rest, childCount: children.length };
}

/** Sections under the roadmap's top with compiled cards somewhere below them: the rows an expanded roadmap shows. */
function topLevelWithCards(outline: DeckOutline): number {
  const cardsBelow = (id: string): number =>
    (outline.sections.get(id)?.cardCount ?? 0) + (outline.children.get(id) ?? []).reduce((sum, child) => sum + cardsBelow(child), 0);
  return (outline.children.get(outline.deckId) ?? []).filter((id) => cardsBelow(id) > 0).length;
}

/**
 * One roadmap's counts from seven index requests (counted in IndexedDB, not row by row on the main thread): new
 * cards on [deckId+newOrder], learning and due on [deckId+phase+reviewDue] below the day's end, the soonest due on
 * [deckId+reviewDue]. Limits as deckTree applies them at the roadmap.
 */
async function countedRoadmap(db: RoadcardsDb, deck: DeckRow, context: ReadContext, reviews: TodaysReviews): Promise<NodeSummary> {
  const end = context.day.end;
  const phaseDue = (phase: number) => db.states.where('[deckId+phase+reviewDue]').between([deck.id, phase, LOW], [deck.id, phase, end], true, false).count();
  // A new collection per request: Dexie's first() narrows the collection it is called on.
  const reviewed = () => db.states.where('[deckId+reviewDue]').between([deck.id, LOW], [deck.id, HIGH]);
  const [fresh, learning, relearning, due, reviewedTotal, soonest] = await Promise.all([
    db.states.where('[deckId+newOrder]').between([deck.id, LOW], [deck.id, HIGH]).count(),
    phaseDue(1),
    phaseDue(3),
    phaseDue(2),
    reviewed().count(),
    reviewed().first(),
  ]);
  const outline = outlineDeck(deck);
  const remaining = remainingAlong([deck.id], doneIn(outline, reviews), context.settings);
  return {
    id: deck.id,
    deckId: deck.id,
    title: deck.title,
    path: [deck.title],
    counts: { new: Math.min(fresh, remaining.newRemaining), learning: learning + relearning, due: Math.min(due, remaining.reviewsRemaining) },
    total: fresh + reviewedTotal,
    nextDue: soonest?.reviewDue ?? null,
    childCount: topLevelWithCards(outline),
  };
}

/** Whether some interview date is set on this roadmap or one of its sections: then its counts need every state. */
function hasInterviewDate(deck: DeckRow, context: ReadContext): boolean {
  const dated = Object.keys(context.interviews);
  return dated.length > 0 && dated.some((id) => id === deck.id || deck.sections.some((section) => section.id === id));
}

export async function readRoadmaps(db: RoadcardsDb, now: number, offsetAt: UtcOffsetAt): Promise<NodeSummary[]> {
  const context = await readContext(db, now, offsetAt);
  const [decks, reviews] = await Promise.all([activeDecks(db), todaysReviews(db, context.day)]);
  return Promise.all(
    decks.map(async (deck) =>
      // A date changes what counts as due (recall on the date) and adds readiness: the full read, for that roadmap only.
      hasInterviewDate(deck, context)
        ? summaryOf(await (await treeReading()).readOneDeckTree(db, deck, context, reviews, now))
        : countedRoadmap(db, deck, context, reviews),
    ),
  );
}

function findNode(node: DeckTreeNode, id: string): DeckTreeNode | null {
  if (node.id === id) return node;
  for (const child of node.children) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return null;
}

/** The sub-nodes (with cards) of a roadmap or section, with their counts; reads that one roadmap's states. */
export async function readNodeChildren(db: RoadcardsDb, nodeId: string, now: number, offsetAt: UtcOffsetAt): Promise<NodeSummary[]> {
  const context = await readContext(db, now, offsetAt);
  const [decks, reviews] = await Promise.all([activeDecks(db), todaysReviews(db, context.day)]);
  const deck = decks.find((row) => row.id === nodeId || row.sections.some((section) => section.id === nodeId));
  if (!deck) return [];
  const node = findNode(await (await treeReading()).readOneDeckTree(db, deck, context, reviews, now), nodeId);
  return node ? node.children.map(summaryOf) : [];
}
