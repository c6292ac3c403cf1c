// The review figures of a node: all roadmaps' or one roadmap's from the activity summary, a section's from its own cards' logs.
import { activityAccumulator, daysFromSlots, studyDayStartBefore, type StatsClock } from '../core/stats/index.ts';
import { readActivitySlots } from './activity-slots.ts';
import { forEachLogPage, nextTask } from './paged-reads.ts';
import type { LogRow, RoadcardsDb } from './schema.ts';
import type { StatsActivity } from './stats-reading.ts';

/** Card ids per request when a section's own logs are read by the cardId index: ~500 logs at the bench's 11 a card. */
const CARD_ID_CHUNK = 50;

/**
 * The whole log's or one roadmap's study days from the activity summary; where a day starts inside a quarter hour
 * (a zone off the grid) from the log itself, the last 30 days first.
 */
export async function readLogActivity(db: RoadcardsDb, deckId: string | null, now: number, clock: StatsClock, onMonth: (activity: StatsActivity) => void): Promise<StatsActivity> {
  const slots = await readActivitySlots(db);
  const days = daysFromSlots(deckId === null ? slots : slots.filter((slot) => slot.deckId === deckId), clock);
  if (days) return { days, complete: true };
  const accumulator = activityAccumulator(clock);
  const add = (rows: LogRow[]) => accumulator.add(deckId === null ? rows : rows.filter((log) => log.deckId === deckId));
  const monthStart = studyDayStartBefore(now, 29, clock);
  await forEachLogPage(db, monthStart, Infinity, add);
  onMonth({ days: new Map(accumulator.days), complete: false });
  await forEachLogPage(db, -Infinity, monthStart, add);
  return { days: accumulator.days, complete: true };
}

/** A section's study days from its own cards' logs, read by the cardId index a chunk of cards at a time. */
export async function readCardsActivity(db: RoadcardsDb, cardIds: string[], clock: StatsClock): Promise<StatsActivity> {
  const accumulator = activityAccumulator(clock);
  for (let from = 0; from < cardIds.length; from += CARD_ID_CHUNK) {
    if (from > 0) await nextTask();
    accumulator.add(await db.logs.where('cardId').anyOf(cardIds.slice(from, from + CARD_ID_CHUNK)).toArray());
  }
  return { days: accumulator.days, complete: true };
}
