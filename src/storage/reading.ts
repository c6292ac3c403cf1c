// Reads for Home: the deck tree with today's counts; and what every read needs (settings, the study day, today's usage).
import type { DeckTreeNode, Phase } from '../core/review-contract.ts';
import type { StudyDay, UtcOffsetAt } from '../core/queue/day.ts';
import { studyDayAt } from '../core/queue/day.ts';
import { tallyDoneToday, type DoneToday } from '../core/queue/limits.ts';
import { outlineDeck, type DeckOutline } from '../core/queue/outline.ts';
import { buildDeckTree, type NodeTally } from '../core/queue/tree.ts';
import type { AppSettings, InterviewDates } from './index.ts';
import { readInterviewDates } from './interviews.ts';
import { activeStates } from './ranges.ts';
import type { DeckRow, RoadcardsDb } from './schema.ts';
import { readSettings } from './settings-store.ts';

export interface ReadContext {
  settings: AppSettings;
  day: StudyDay;
  interviews: InterviewDates;
}

export async function readContext(db: RoadcardsDb, now: number, offsetAt: UtcOffsetAt): Promise<ReadContext> {
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
export async function todaysReviews(db: RoadcardsDb, day: StudyDay): Promise<{ deckId: string; sectionId: string; phaseBefore: Phase }[]> {
  // Bounded on both sides: logs stamped by a clock running ahead must not count against every later day.
  const todays = (await db.logs.where('reviewedAt').between(day.start, day.end, true, false).toArray()).filter((log) => log.kind === 'review');
  const cardIds = [...new Set(todays.map((log) => log.cardId))];
  const rows = cardIds.length ? await db.states.bulkGet(cardIds) : [];
  const sectionOf = new Map(rows.flatMap((row) => (row ? [[row.cardId, row.sectionId] as const] : [])));
  return todays.map((log) => ({ deckId: log.deckId, sectionId: sectionOf.get(log.cardId) ?? '', phaseBefore: log.before.phase }));
}

/** Today's usage tallied per tree node of one deck. */
export type TodaysReviews = Awaited<ReturnType<typeof todaysReviews>>;

export function doneIn(outline: DeckOutline, reviews: TodaysReviews): Map<string, DoneToday> {
  return tallyDoneToday(
    reviews.filter((review) => review.deckId === outline.deckId).map((review) => ({ nodeId: nodeOf(outline, review.sectionId), phaseBefore: review.phaseBefore })),
    outline.ancestry,
  );
}

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
