// Reads for Home and Study: the deck tree with today's counts, and one node's queue, through indexes only.
import type { DeckTreeNode, StudyItem } from '../core/review-contract.ts';
import { buildQueue } from '../core/queue/build.ts';
import type { StudyDay, UtcOffsetAt } from '../core/queue/day.ts';
import { studyDayAt } from '../core/queue/day.ts';
import { dueForAnInterview, interviewCover, readinessByNode } from '../core/queue/interview.ts';
import { remainingAlong, tallyDoneToday } from '../core/queue/limits.ts';
import { outlineDeck, type DeckOutline } from '../core/queue/outline.ts';
import { buildDeckTree, type NodeTally } from '../core/queue/tree.ts';
import type { AppSettings, InterviewDates } from './index.ts';
import { readInterviewDates } from './interviews.ts';
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

/** Today's reviews (an index range on reviewedAt, never a scan of the log), tallied per tree node of one deck. */
async function doneToday(db: RoadcardsDb, outline: DeckOutline, day: StudyDay, known?: Map<string, StateRow>) {
  const todays = (await db.logs.where('reviewedAt').aboveOrEqual(day.start).toArray()).filter(
    (log) => log.kind === 'review' && log.deckId === outline.deckId,
  );
  const missing = todays.map((log) => log.cardId).filter((id) => !known?.has(id));
  const fetched = missing.length ? await db.states.bulkGet(missing) : [];
  const sectionOf = new Map<string, string>(fetched.flatMap((row) => (row ? [[row.cardId, row.sectionId]] : [])));
  return tallyDoneToday(
    todays.map((log) => ({
      nodeId: nodeOf(outline, known?.get(log.cardId)?.sectionId ?? sectionOf.get(log.cardId) ?? ''),
      phaseBefore: log.before.phase,
    })),
    outline.ancestry,
  );
}

export async function readDeckTree(db: RoadcardsDb, now: number, offsetAt: UtcOffsetAt): Promise<DeckTreeNode[]> {
  const { settings, day, interviews } = await readContext(db, now, offsetAt);
  const decks = await activeDecks(db);
  // Counting every node needs every active card once; a plain read of the small state rows, not of the log.
  const rows = (await db.states.toArray()).filter((row) => row.retired === 0);
  const byCard = new Map(rows.map((row) => [row.cardId, row]));
  const trees: DeckTreeNode[] = [];
  for (const deck of decks) {
    const outline = outlineDeck(deck);
    const cover = interviewCover(outline, interviews);
    const own = new Map<string, NodeTally>();
    const placed: { nodeId: string; state: StateRow }[] = [];
    for (const row of rows) {
      if (row.deckId !== deck.id) continue;
      const nodeId = nodeOf(outline, row.sectionId);
      const tally = own.get(nodeId) ?? { new: 0, learning: 0, due: 0, total: 0, nextDue: null };
      tally.total += 1;
      if (row.phase === 0) tally.new += 1;
      else {
        // Interview dates are checked only for cards under a dated node and not due anyway: the queue stays fast.
        const due = row.due < day.end || dueForAnInterview(row, cover.over(nodeId), settings.desiredRetention, now);
        if (due) row.phase === 2 ? (tally.due += 1) : (tally.learning += 1);
        if (tally.nextDue === null || row.due < tally.nextDue) tally.nextDue = row.due;
      }
      own.set(nodeId, tally);
      if (cover.dated.length) placed.push({ nodeId, state: row });
    }
    const readiness = readinessByNode(cover, placed);
    trees.push(buildDeckTree(outline, own, await doneToday(db, outline, day, byCard), settings, readiness));
  }
  return trees;
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
  const inNode = (row: StateRow): boolean => nodes.has(nodeOf(outline, row.sectionId));
  const remaining = remainingAlong(outline.ancestry(nodeId), await doneToday(db, outline, day), settings);
  const dueToday = (
    await db.states
      .where('[deckId+reviewDue]')
      .between([deck.id, -Infinity], [deck.id, day.end], true, false)
      .toArray()
  ).filter(inNode);
  dueToday.push(...(await dueForInterviews(db, outline, nodeId, inNode, interviews, settings, day, now)));
  const newRows = await newCardsInOrder(db, deck.id, nodeId === deck.id ? null : nodes, remaining.newRemaining);
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
