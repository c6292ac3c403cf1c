// The whole deck tree with today's counts, read from every active state row: loaded after Home's first paint (the
// roadmap rows come from index counts in tree-counts.ts), so the tree code is not part of the start-up bundle.
import type { DeckTreeNode, Phase } from '../core/review-contract.ts';
import type { UtcOffsetAt } from '../core/queue/day.ts';
import { outlineDeck } from '../core/queue/outline.ts';
import { buildDeckTree, type NodeTally } from '../core/queue/tree.ts';
import type { InterviewDates } from './index.ts';
import { activeStates } from './ranges.ts';
import { activeDecks, doneIn, nodeOf, readContext, todaysReviews, type ReadContext, type TodaysReviews } from './reading.ts';
import type { DeckRow, RoadcardsDb } from './schema.ts';

export function addToTally(own: Map<string, NodeTally>, nodeId: string, phase: Phase, due: number | null, isDue: (due: number) => boolean): void {
  const tally = own.get(nodeId) ?? { new: 0, learning: 0, due: 0, total: 0, nextDue: null };
  tally.total += 1;
  if (phase === 0 || due === null) tally.new += 1;
  else {
    if (isDue(due)) phase === 2 ? (tally.due += 1) : (tally.learning += 1);
    if (tally.nextDue === null || due < tally.nextDue) tally.nextDue = due;
  }
  own.set(nodeId, tally);
}

/** The interview math (it needs ts-fsrs's forgetting curve), loaded only when some node has a date. */
export function interviewMath(interviews: InterviewDates) {
  return Object.keys(interviews).length ? import('../core/queue/interview.ts') : Promise.resolve(null);
}

/** One roadmap's whole tree with counts, from every active state row of that roadmap. */
export async function readOneDeckTree(db: RoadcardsDb, deck: DeckRow, context: ReadContext, reviews: TodaysReviews, now: number): Promise<DeckTreeNode> {
  const { settings, day, interviews } = context;
  const outline = outlineDeck(deck);
  const math = await interviewMath(interviews);
  const cover = math?.interviewCover(outline, interviews);
  const dated = cover && cover.dated.length > 0 ? cover : null;
  const own = new Map<string, NodeTally>();
  // Whole rows of this roadmap's active cards: in Chromium one getAll (~15 µs a row) beat key cursors (~40 µs a
  // key) and per-section counts (~150 µs a request), measured at 10k cards.
  const placed = (await activeStates(db, deck.id)).map((state) => ({ nodeId: nodeOf(outline, state.sectionId), state }));
  for (const { nodeId, state } of placed) {
    // Interview dates are checked only for cards under a dated node and not due anyway: the tree stays fast.
    const isDue = (due: number) =>
      due < day.end || (dated !== null && math!.dueForAnInterview(state, dated.over(nodeId), settings.desiredRetention, now, settings.parameters));
    addToTally(own, nodeId, state.phase, state.phase === 0 ? null : state.due, isDue);
  }
  const readiness = dated ? math!.readinessByNode(dated, placed, settings.parameters) : new Map<string, { date: number; value: number }>();
  return buildDeckTree(outline, own, doneIn(outline, reviews), settings, readiness);
}

export async function readDeckTree(db: RoadcardsDb, now: number, offsetAt: UtcOffsetAt): Promise<DeckTreeNode[]> {
  const context = await readContext(db, now, offsetAt);
  const [decks, reviews] = await Promise.all([activeDecks(db), todaysReviews(db, context.day)]);
  return Promise.all(decks.map((deck) => readOneDeckTree(db, deck, context, reviews, now)));
}
