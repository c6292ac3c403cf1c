// The queue behind "Study due · N": every roadmap's queue for today, each within its own daily limits, merged.
import { mergeDueQueues } from '../core/queue/all-due.ts';
import type { UtcOffsetAt } from '../core/queue/day.ts';
import type { StudyItem } from '../core/review-contract.ts';
import { activeDecks } from './reading.ts';
import { readStudyItems } from './study-items.ts';
import type { RoadcardsDb } from './schema.ts';

/**
 * Daily limits are per roadmap (a section shares its roadmap's allowance), so the whole is the union of each
 * roadmap's own queue: exactly what the roadmaps' rows on Home count, and their sum is the number on the action.
 */
export async function readAllDueItems(db: RoadcardsDb, now: number, offsetAt: UtcOffsetAt): Promise<StudyItem[]> {
  const decks = await activeDecks(db);
  // One roadmap after another: IndexedDB serves one transaction's requests at a time anyway, and the order is fixed.
  const queues: StudyItem[][] = [];
  for (const deck of decks) queues.push(await readStudyItems(db, deck.id, now, offsetAt));
  return mergeDueQueues(queues);
}
