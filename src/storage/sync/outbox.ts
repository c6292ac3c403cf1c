// Events made on this device: its sync id, undo of a review that has left it, and last-write-wins writes, each
// recorded in the transaction of the change itself (interview dates and settings through a lazily loaded wrapper).
import { eventId, writeKey, type UndoEvent, type WriteEvent } from '../../core/sync/events.ts';
import type { AppSettings } from '../index.ts';
import { setInterviewDate } from '../interview-write.ts';
import { DEVICE_KEY, derivedReviewId, type LogRow, type RoadcardsDb } from '../schema.ts';
import { LOGS_MARK_KEY, markOf } from './sync-state.ts';

export { derivedReviewId } from '../schema.ts';

/** A new random id: this device's sync id, and the id of every review graded here. */
export function newDeviceId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/** The device id, made and stored on first use; call inside a transaction that includes syncState. */
export async function deviceIdOf(db: RoadcardsDb): Promise<string> {
  const row = await db.syncState.get(DEVICE_KEY);
  if (typeof row?.value === 'string') return row.value;
  const id = newDeviceId();
  await db.syncState.put({ key: DEVICE_KEY, value: id });
  return id;
}

/** The stores a transaction recording a sync event must include. */
export const syncTables = (db: RoadcardsDb) => [db.syncState, db.outbox, db.writes, db.undone];

type Unsigned<E> = E extends WriteEvent ? Omit<E, 'deviceId'> : never;

/**
 * Records a last-write-wins write made on this device; call inside a transaction over `syncTables`. Its time is at
 * least 1 ms after this key's previous write, so two changes within one millisecond still order (and get two ids).
 */
export async function recordWrite(db: RoadcardsDb, write: Unsigned<WriteEvent>): Promise<WriteEvent> {
  const event = { ...write, deviceId: await deviceIdOf(db) } as WriteEvent;
  const key = writeKey(event);
  const previous = (await db.writes.get(key))?.event;
  if (previous && previous.writtenAt >= event.writtenAt) event.writtenAt = previous.writtenAt + 1;
  // A roadmap's text is already in the roadmaps store: the kept write leaves it out (startOver reads it back).
  await db.writes.put({ key, event: event.type === 'roadmap' ? { ...event, text: event.text === null ? null : '' } : event });
  await db.outbox.put({ eventId: eventId(event), event });
  return event;
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

/** setInterviewDate, and the write recorded for other devices: a clear (null) travels and wins like a date. */
export async function setInterviewDateRecorded(db: RoadcardsDb, nodeId: string, date: number | null): Promise<void> {
  await db.transaction('rw', [db.interviews, ...syncTables(db)], async () => {
    await setInterviewDate(db, nodeId, date);
    await recordWrite(db, { type: 'interview', nodeId, date, writtenAt: Date.now() });
  });
}

/** `save` (saveSettings), and when the scheduler's part changed, the write recorded for other devices. */
export async function saveSettingsRecorded(db: RoadcardsDb, read: () => Promise<AppSettings>, save: () => Promise<AppSettings>): Promise<AppSettings> {
  return db.transaction('rw', [db.settings, ...syncTables(db)], async () => {
    // Both come back normalized (settingsFromRow); everything but `persisted` (this browser's own) is the scheduler's.
    const { persisted: _before, ...before } = await read();
    const saved = await save();
    const { persisted: _after, ...after } = saved;
    if (JSON.stringify(after) !== JSON.stringify(before)) await recordWrite(db, { type: 'settings', value: { ...after }, writtenAt: Date.now() });
    return saved;
  });
}
