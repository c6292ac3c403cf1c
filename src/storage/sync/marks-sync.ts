// Marks across devices: a received card's marks taken whole when later than this device's own latest write (its queue place
// moved in the same transaction), and marks and added roadmaps that changed without a recorded write sent at the next sync.
import { isEmptyMarks, type CardMarks } from '../../core/marks/marks.ts';
import { writeKey, type MarksEvent } from '../../core/sync/events.ts';
import { isLaterWrite, type Written } from '../../core/sync/merge.ts';
import { marksValueOf, syncParked } from '../marks-store.ts';
import type { RoadcardsDb } from '../schema.ts';
import { recordWrite, syncTables } from './outbox.ts';

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

/**
 * Records a write, dated by its own change time, for every marked card whose marks changed after its last write (none
 * yet, or a backup's later marks merged in) and every added roadmap without one. Roadmaps are checked by key only: their
 * rows carry whole texts.
 */
export async function seedWrites(db: RoadcardsDb): Promise<number> {
  return db.transaction('rw', [db.marks, db.roadmaps, ...syncTables(db)], async () => {
    const [marksWrites, allMarks, roadmaps, roadmapWrites] = await Promise.all([
      db.writes.where('key').startsWith('marks:').toArray(),
      db.marks.toArray(),
      db.roadmaps.toCollection().primaryKeys(),
      db.writes.where('key').startsWith('roadmap:').primaryKeys(),
    ]);
    const writtenAt = new Map(marksWrites.map((row) => [row.key, row.event.writtenAt]));
    // Every write recorded here is at or after its marks' change time (received ones equal), so later means not sent.
    const marksMissing = allMarks.filter((marks) => marks.changedAt > (writtenAt.get(`marks:${marks.cardId}`) ?? -1));
    for (const marks of marksMissing) {
      await recordWrite(db, { type: 'marks', cardId: marks.cardId, marks: marksValueOf(marks), writtenAt: marks.changedAt });
    }
    const haveRoadmap = new Set(roadmapWrites as string[]);
    const roadmapsMissing = (roadmaps as string[]).filter((deckId) => !haveRoadmap.has(`roadmap:${deckId}`));
    for (const row of await db.roadmaps.bulkGet(roadmapsMissing)) {
      if (row) await recordWrite(db, { type: 'roadmap', deckId: row.id, file: row.file, text: row.text, writtenAt: row.updatedAt });
    }
    return marksMissing.length + roadmapsMissing.length;
  });
}
