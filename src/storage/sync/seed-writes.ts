// Marks and added roadmaps a device had before they synced (or got from a backup): recorded as writes, so they go out.
import { recordWrite, syncTables } from './outbox.ts';
import { marksValueOf } from '../marks-store.ts';
import type { RoadcardsDb } from '../schema.ts';

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
