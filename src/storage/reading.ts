// Reads for Home and Study: the deck tree with today's counts, and one node's queue, through index keys and ranges.
import type { DeckTreeNode, Phase, StudyItem } from '../core/review-contract.ts';
import { buildQueue } from '../core/queue/build.ts';
import type { StudyDay, UtcOffsetAt } from '../core/queue/day.ts';
import { studyDayAt } from '../core/queue/day.ts';
import { dueForAnInterview, interviewCover, readinessByNode } from '../core/queue/interview.ts';
import { remainingAlong, tallyDoneToday, type DoneToday } from '../core/queue/limits.ts';
import { outlineDeck, type DeckOutline } from '../core/queue/outline.ts';
import { buildDeckTree, type NodeTally } from '../core/queue/tree.ts';
import type { AppSettings, InterviewDates } from './index.ts';
import { readInterviewDates } from './interviews.ts';
import { activeStates, dueStates } from './ranges.ts';
import { toCardState } from './rows.ts';
import type { DeckRow, RoadcardsDb, StateRow } from './schema.ts';
import { readSettings } from './settings-store.ts';

interface ReadContext {
  settings: AppSettings;
  day: StudyDay;
  interviews: InterviewDates;
}

async function readContext(db: RoadcardsDb, now: number, offsetAt: UtcOffsetAt): Promise<ReadContext> {
  const [settings, interviews] = await Promise.all([readSettings(db), readInterviewDates(db)]);
  return { settings, day: studyDayAt(now, settings.dayStartHour, offsetAt), interviews };
}

export async function activeDecks(db: RoadcardsDb): Promise<DeckRow[]> {
  return (await db.decks.toArray()).filter((deck) => deck.retired === 0).sort((a, b) => a.position - b.position);
}

/** The tree node a card counts under: its section, or the roadmap when the section is unknown. */
export function nodeOf(outline: DeckOutline, sectionId: string): string {
  return outline.sections.has(sectionId) ? sectionId : outline.deckId;
}

/** Today's review log entries (an index range on reviewedAt, never a scan of the log), with each card's section. */
async function todaysReviews(db: RoadcardsDb, day: StudyDay): Promise<{ deckId: string; sectionId: string; phaseBefore: Phase }[]> {
  // Bounded on both sides: logs stamped by a clock running ahead must not count against every later day.
  const todays = (await db.logs.where('reviewedAt').between(day.start, day.end, true, false).toArray()).filter((log) => log.kind === 'review');
  const cardIds = [...new Set(todays.map((log) => log.cardId))];
  const rows = cardIds.length ? await db.states.bulkGet(cardIds) : [];
  const sectionOf = new Map(rows.flatMap((row) => (row ? [[row.cardId, row.sectionId] as const] : [])));
  return todays.map((log) => ({ deckId: log.deckId, sectionId: sectionOf.get(log.cardId) ?? '', phaseBefore: log.before.phase }));
}

/** Today's usage tallied per tree node of one deck. */
function doneIn(outline: DeckOutline, reviews: Awaited<ReturnType<typeof todaysReviews>>): Map<string, DoneToday> {
  return tallyDoneToday(
    reviews.filter((review) => review.deckId === outline.deckId).map((review) => ({ nodeId: nodeOf(outline, review.sectionId), phaseBefore: review.phaseBefore })),
    outline.ancestry,
  );
}

function addToTally(own: Map<string, NodeTally>, nodeId: string, phase: Phase, due: number | null, isDue: (due: number) => boolean): void {
  const tally = own.get(nodeId) ?? { new: 0, learning: 0, due: 0, total: 0, nextDue: null };
  tally.total += 1;
  if (phase === 0 || due === null) tally.new += 1;
  else {
    if (isDue(due)) phase === 2 ? (tally.due += 1) : (tally.learning += 1);
    if (tally.nextDue === null || due < tally.nextDue) tally.nextDue = due;
  }
  own.set(nodeId, tally);
}

export async function readDeckTree(db: RoadcardsDb, now: number, offsetAt: UtcOffsetAt): Promise<DeckTreeNode[]> {
  const { settings, day, interviews } = await readContext(db, now, offsetAt);
  const [decks, reviews] = await Promise.all([activeDecks(db), todaysReviews(db, day)]);
  return Promise.all(
    decks.map(async (deck) => {
      const outline = outlineDeck(deck);
      const cover = interviewCover(outline, interviews);
      const own = new Map<string, NodeTally>();
      // Whole rows of this roadmap's active cards: in Chromium one getAll (~15 µs a row) beat key cursors (~40 µs a
      // key) and per-section counts (~150 µs a request), measured at 10k cards.
      const placed = (await activeStates(db, deck.id)).map((state) => ({ nodeId: nodeOf(outline, state.sectionId), state }));
      for (const { nodeId, state } of placed) {
        // Interview dates are checked only for cards under a dated node and not due anyway: the tree stays fast.
        const isDue = (due: number) =>
          due < day.end || (cover.dated.length > 0 && dueForAnInterview(state, cover.over(nodeId), settings.desiredRetention, now));
        addToTally(own, nodeId, state.phase, state.phase === 0 ? null : state.due, isDue);
      }
      const readiness = readinessByNode(cover, cover.dated.length ? placed : []);
      return buildDeckTree(outline, own, doneIn(outline, reviews), settings, readiness);
    }),
  );
}

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
    (row) => inNode(row) && dueForAnInterview(row, cover.over(nodeOf(outline, row.sectionId)), settings.desiredRetention, now),
  );
}
