// Events no table can rebuild (undo, interview dates, settings), recorded in the transaction of the change itself.
import { eventId, type InterviewEvent, type SettingsEvent, type UndoEvent } from '../../core/sync/events.ts';
import type { LogRow, RoadcardsDb } from '../schema.ts';
import { derivedReviewId, deviceIdOf } from './device.ts';
import { LOGS_MARK_KEY, markOf } from './sync-state.ts';

/** The stores a transaction recording a sync event must include. */
export const syncTables = (db: RoadcardsDb) => [db.syncState, db.outbox, db.writes, db.undone];

/** Records a last-write-wins write made on this device; call inside a transaction over `syncTables`. */
export async function recordWrite(db: RoadcardsDb, write: Omit<InterviewEvent, 'deviceId'> | Omit<SettingsEvent, 'deviceId'>): Promise<void> {
  const event = { ...write, deviceId: await deviceIdOf(db) } as InterviewEvent | SettingsEvent;
  const key = event.type === 'interview' ? `interview:${event.nodeId}` : 'settings';
  await db.writes.put({ key, event });
  await db.outbox.put({ eventId: eventId(event), event });
}

/** Whether a log entry has left this device (sent by it, or received from the server). */
export async function hasLeftDevice(db: RoadcardsDb, entry: LogRow): Promise<boolean> {
  return entry.remote === 1 || entry.id! <= (await markOf(db, LOGS_MARK_KEY));
}

/**
 * Undo of a review other devices may have: the entry moves to `undone` (kept, never deleted) and an undo event
 * goes out; replay skips the review everywhere. Call inside a transaction over logs and `syncTables`.
 */
export async function recordUndo(db: RoadcardsDb, entry: LogRow, undoneAt: number): Promise<void> {
  const reviewId = entry.reviewId ?? derivedReviewId(await deviceIdOf(db), entry.id!);
  const event: UndoEvent = { type: 'undo', reviewId, cardId: entry.cardId, undoneAt };
  await db.undone.put({ reviewId, cardId: entry.cardId, undoneAt, log: { ...entry, reviewId } });
  await db.outbox.put({ eventId: eventId(event), event });
  await db.logs.delete(entry.id!);
}
