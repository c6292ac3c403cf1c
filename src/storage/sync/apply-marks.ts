// A card's marks received from another device: taken whole when written later than this device's own latest write, with
// the card moved in or out of the queues in the same transaction (counts and queues right at once).
import { isEmptyMarks, type CardMarks } from '../../core/marks/marks.ts';
import { writeKey, type MarksEvent } from '../../core/sync/events.ts';
import { isLaterWrite, type Written } from '../../core/sync/merge.ts';
import { syncParked } from '../marks-store.ts';
import type { RoadcardsDb } from '../schema.ts';

/**
 * Applies one received marks write; false when this device's is later. Marks made before marks synced have no write
 * yet: their change time stands in for it. The leech rule does not run here: a tag received suspends nothing by itself.
 * Call inside a transaction over marks, states and writes.
 */
export async function applyMarksEvent(db: RoadcardsDb, event: MarksEvent, now: number): Promise<boolean> {
  const key = writeKey(event);
  const [own, local] = await Promise.all([db.writes.get(key), db.marks.get(event.cardId)]);
  const current: Written | undefined = own?.event ?? (local ? { writtenAt: local.changedAt, deviceId: '' } : undefined);
  if (!isLaterWrite(event, current)) return false;
  await db.writes.put({ key, event });
  const marks: CardMarks = { cardId: event.cardId, ...event.marks, changedAt: event.writtenAt };
  if (isEmptyMarks(marks)) await db.marks.delete(event.cardId);
  else await db.marks.put(marks);
  // A card this device lacks yet gets its place when its roadmap arrives (the roadmap's merge reparks its cards).
  await syncParked(db, [event.cardId], now);
  return true;
}
