// What every read needs (settings, the study day, today's active decks and usage); the whole deck tree is in deck-tree-read.ts.
import type { Phase } from '../core/review-contract.ts';
import type { StudyDay, UtcOffsetAt } from '../core/queue/day.ts';
import { studyDayAt } from '../core/queue/day.ts';
import { tallyDoneToday, type DoneToday } from '../core/queue/limits.ts';
import type { DeckOutline } from '../core/queue/outline.ts';
import type { AppSettings, InterviewDates } from './index.ts';
import { readInterviewDates } from './interviews.ts';
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
