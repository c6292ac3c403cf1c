// One node's study queue (a deck id or a section id) within today's limits, read through index ranges only.
import type { StudyItem } from '../core/review-contract.ts';
import { buildQueue } from '../core/queue/build.ts';
import type { StudyDay, UtcOffsetAt } from '../core/queue/day.ts';
import { dueForAnInterview, interviewCover } from '../core/queue/interview.ts';
import { remainingAlong } from '../core/queue/limits.ts';
import { outlineDeck, type DeckOutline } from '../core/queue/outline.ts';
import { referenceReviewNodes, switchedOnNodes } from '../core/queue/reference-review.ts';
import { referenceCandidates } from './reference-review.ts';
import type { AppSettings, InterviewDates } from './index.ts';
import { dueStates } from './ranges.ts';
import { activeDecks, doneIn, nodeOf, readContext, todaysReviews } from './reading.ts';
import { toCardState } from './rows.ts';
import type { RoadcardsDb, StateRow } from './schema.ts';

/**
 * The first `limit` new cards of a node in roadmap order, straight from indexes: for the roadmap one range on
 * [deckId+newOrder]; for a section one short range per section below it, merged by order.
 */
async function newCardsInOrder(
  db: RoadcardsDb,
  deckId: string,
  sectionIds: ReadonlySet<string> | null,
  limit: number,
): Promise<StateRow[]> {
  if (limit <= 0) return [];
  if (!sectionIds) {
    return db.states.where('[deckId+newOrder]').between([deckId, -Infinity], [deckId, Infinity]).limit(limit).toArray();
  }
  const perSection = await Promise.all(
    [...sectionIds].map((sectionId) =>
      db.states
        .where('[deckId+sectionId+newOrder]')
        .between([deckId, sectionId, -Infinity], [deckId, sectionId, Infinity])
        .limit(limit)
        .toArray(),
    ),
  );
  return perSection
    .flat()
    .sort((a, b) => a.order - b.order)
    .slice(0, limit);
}

export async function readStudyItems(
  db: RoadcardsDb,
  nodeId: string,
  now: number,
  offsetAt: UtcOffsetAt,
): Promise<StudyItem[]> {
  const { settings, day, interviews } = await readContext(db, now, offsetAt);
  const deck = (await activeDecks(db)).find((row) => row.id === nodeId || row.sections.some((s) => s.id === nodeId));
  if (!deck) return [];
  const outline = outlineDeck(deck);
  const nodes = outline.subtree(nodeId);
  const sections = nodeId === deck.id ? null : nodes;
  const inNode = (row: StateRow): boolean => nodes.has(nodeOf(outline, row.sectionId));
  const remaining = remainingAlong(outline.ancestry(nodeId), doneIn(outline, await todaysReviews(db, day)), settings);
  // Only the reviews the limit lets through are read (the most overdue of each range), never the whole backlog.
  const [dueToday, forInterviews, newRows] = await Promise.all([
    dueStates(db, deck.id, sections, day.end, remaining.reviewsRemaining),
    dueForInterviews(db, outline, nodeId, inNode, interviews, settings, day, now),
    newCardsInOrder(db, deck.id, sections, remaining.newRemaining),
  ]);
  dueToday.push(...forInterviews);
  // Reference cards the learner switched on for this node (or one above or below it) join within the same limits.
  const referenceNodes = referenceReviewNodes(outline, switchedOnNodes(settings.reviewReference), nodeId);
  if (referenceNodes.size > 0) {
    const reference = await referenceCandidates(db, outline, referenceNodes, day.end);
    dueToday.push(...reference.due);
    newRows.push(...reference.fresh);
    newRows.sort((a, b) => a.order - b.order);
  }
  const queue = buildQueue(
    {
      learning: dueToday.filter((row) => row.phase === 1 || row.phase === 3).map(toCardState),
      reviews: dueToday.filter((row) => row.phase === 2).map(toCardState),
      newCards: newRows.map(toCardState),
    },
    remaining,
  );
  const cards = await db.cards.bulkGet(queue.map((state) => state.cardId));
  return queue.flatMap((state, i) => {
    const row = cards[i];
    return row ? [{ card: row.card, state, updated: row.updated === 1 }] : [];
  });
}

/**
 * Cards of the node not due today that an interview date ahead makes due. Read only when a date ahead covers part
 * of the node: the reviewed cards due after today, of this roadmap, one index range.
 */
async function dueForInterviews(
  db: RoadcardsDb,
  outline: DeckOutline,
  nodeId: string,
  inNode: (row: StateRow) => boolean,
  interviews: InterviewDates,
  settings: AppSettings,
  day: StudyDay,
  now: number,
): Promise<StateRow[]> {
  const cover = interviewCover(outline, interviews);
  if (!cover.touches(nodeId, now)) return [];
  const later = await db.states
    .where('[deckId+reviewDue]')
    .between([outline.deckId, day.end], [outline.deckId, Infinity], true, true)
    .toArray();
  return later.filter(
    (row) => inNode(row) && dueForAnInterview(row, cover.over(nodeOf(outline, row.sectionId)), settings.desiredRetention, now, settings.parameters),
  );
}
