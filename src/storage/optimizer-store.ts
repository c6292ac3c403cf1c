// What the optimizer reads from the database (the review log, lightly) and how trained weights are applied to it.
import type { OptimizerLogEntry } from '../core/optimizer/items.ts';
import type { Grade, SchedulerSettings } from '../core/review-contract.ts';
import { replayReviews, type ReplayedReview } from '../core/scheduler/replay.ts';
import type { AppSettings } from './index.ts';
import type { RoadcardsDb } from './schema.ts';
import { readSettings, saveSettings } from './settings-store.ts';
import { saveSettingsRecorded, syncTables } from './sync/outbox.ts';

/** Every review-log entry, only the fields training needs (a 100k-review log would otherwise be held whole). */
export async function readOptimizerLog(db: RoadcardsDb): Promise<(OptimizerLogEntry & { durationMs?: number })[]> {
  const entries: (OptimizerLogEntry & { durationMs?: number })[] = [];
  await db.logs.each((row) => {
    const { id, cardId, grade, reviewedAt, kind, durationMs } = row;
    entries.push({ id, cardId, grade, reviewedAt, kind, before: { phase: row.before.phase }, durationMs });
  });
  return entries;
}

const CARDS_PER_BATCH = 500;

/**
 * Each of `cardIds`' stability and difficulty recomputed from its reviews with `settings`; due date, phase and counts
 * stay. The optimizer's apply and a device receiving synced weights both call this, so the two agree card for card.
 * Call inside a transaction over states and logs; returns how many reviewed cards were recomputed.
 */
export async function recomputeMemoryStates(db: RoadcardsDb, cardIds: readonly string[], settings: SchedulerSettings): Promise<number> {
  const byCard = new Map<string, (ReplayedReview & { reviewId: string })[]>();
  await db.logs.where('cardId').anyOf(cardIds).each((row) => {
    if (row.kind !== 'review') return;
    const list = byCard.get(row.cardId);
    const review = { grade: row.grade as Grade, reviewedAt: row.reviewedAt, reviewId: row.reviewId ?? '' };
    if (list) list.push(review);
    else byCard.set(row.cardId, [review]);
  });
  // Reviews at the same instant in review-id order (replay keeps the given order for ties), as sync's replay orders them:
  // each device holds them under its own log ids.
  for (const list of byCard.values()) list.sort((a, b) => (a.reviewId < b.reviewId ? -1 : a.reviewId > b.reviewId ? 1 : 0));
  const changed = [];
  for (const row of await db.states.bulkGet([...cardIds])) {
    const reviews = row && byCard.get(row.cardId);
    if (!row || !reviews || row.phase === 0) continue;
    const replayed = replayReviews(row.cardId, row.deckId, reviews, settings);
    changed.push({ ...row, stability: replayed.stability, difficulty: replayed.difficulty });
  }
  await db.states.bulkPut(changed);
  return changed.length;
}

/**
 * Saves the weights (null: back to ts-fsrs's defaults) and recomputes every reviewed card's stability and
 * difficulty from its history with them. Due dates, phases and counts stay: the cards keep the appointments they
 * were given, and their next grade is scheduled from the new memory state. One transaction, so the weights in the
 * settings and the memory states that follow from them are never seen half applied (a closed tab leaves both old);
 * the settings write is recorded for history sync in it too, so other devices get the weights.
 */
export async function applyParameters(
  db: RoadcardsDb,
  parameters: readonly number[] | null,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ settings: AppSettings; recomputed: number }> {
  return db.transaction('rw', [db.settings, db.states, db.logs, ...syncTables(db)], async () => {
    // An undefined patch value overrides the stored one, and normalizing drops it: back to the defaults.
    const patch = { parameters: parameters ? [...parameters] : undefined };
    const settings = await saveSettingsRecorded(db, () => readSettings(db), () => saveSettings(db, patch));
    const cardIds = (await db.logs.orderBy('cardId').uniqueKeys()) as string[];
    let recomputed = 0;
    for (let start = 0; start < cardIds.length; start += CARDS_PER_BATCH) {
      recomputed += await recomputeMemoryStates(db, cardIds.slice(start, start + CARDS_PER_BATCH), settings);
      onProgress(Math.min(cardIds.length, start + CARDS_PER_BATCH), cardIds.length);
    }
    return { settings, recomputed };
  });
}
