// Rebuilds cards' states and their log entries' before/after from their reviews: the storage side of merge by replay.
import type { SchedulerSettings } from '../../core/review-contract.ts';
import { replaySteps } from '../../core/sync/merge.ts';
import { placeOfCard, toStateRow } from '../rows.ts';
import type { LogRow, RoadcardsDb } from '../schema.ts';
import { derivedReviewId } from './device.ts';

/** The stores `replayCards` reads and writes; its caller's transaction must include them. */
export const replayTables = (db: RoadcardsDb) => [db.logs, db.undone, db.states, db.cards];

/**
 * Each card's state becomes the replay of its counted reviews with `settings`, and each log entry's before/after the
 * states around it (so undo and card info agree with the state).
 */
export async function replayCards(db: RoadcardsDb, cardIds: Iterable<string>, settings: SchedulerSettings, deviceId: string): Promise<void> {
  for (const cardId of cardIds) {
    const logs = await db.logs.where('cardId').equals(cardId).toArray();
    const undone = new Set((await db.undone.where('cardId').equals(cardId).primaryKeys()) as string[]);
    const [row, cardRow] = await Promise.all([db.states.get(cardId), db.cards.get(cardId)]);
    const deckId = row?.deckId ?? cardRow?.deckId ?? logs[0]?.deckId ?? '';
    const reviews = logs
      .filter((log) => log.kind === 'review')
      .map((log) => ({ reviewId: log.reviewId ?? derivedReviewId(deviceId, log.id!), grade: log.grade, reviewedAt: log.reviewedAt, log }));
    const { steps, state } = replaySteps(cardId, deckId, reviews, undone, settings);
    const changed: LogRow[] = steps.map(({ review, before, after }) => ({ ...review.log, before, after }));
    if (changed.length > 0) await db.logs.bulkPut(changed);
    if (row) await db.states.put(toStateRow(state, row));
    else if (cardRow) await db.states.put(toStateRow(state, placeOfCard(cardRow)));
    // A card this device has not merged yet (its roadmap is newer elsewhere): kept retired, out of every queue, as
    // a backup import keeps one; the deck merge adopts the state when the roadmap brings the card.
    else await db.states.put(toStateRow(state, { sectionId: '', order: 0, retired: 1 }));
  }
}
