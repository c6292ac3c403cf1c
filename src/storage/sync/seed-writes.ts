// Marks and added roadmaps a device had before they synced (or got from a backup): recorded as writes once, so they go out.
import { recordWrite, syncTables } from './outbox.ts';
import { marksValueOf } from '../marks-store.ts';
import type { RoadcardsDb } from '../schema.ts';

/** Records a write for every marked card and added roadmap without one, dated by its own change time; keys read first. */
export async function seedWrites(db: RoadcardsDb): Promise<number> {
  return db.transaction('rw', [db.marks, db.roadmaps, ...syncTables(db)], async () => {
    const [written, marked, roadmaps] = await Promise.all([
      db.writes.toCollection().primaryKeys(),
      db.marks.toCollection().primaryKeys(),
      db.roadmaps.toCollection().primaryKeys(),
    ]);
    const have = new Set(written as string[]);
    const marksMissing = (marked as string[]).filter((cardId) => !have.has(`marks:${cardId}`));
    const roadmapsMissing = (roadmaps as string[]).filter((deckId) => !have.has(`roadmap:${deckId}`));
    for (const marks of await db.marks.bulkGet(marksMissing)) {
      if (marks) await recordWrite(db, { type: 'marks', cardId: marks.cardId, marks: marksValueOf(marks), writtenAt: marks.changedAt });
    }
    for (const row of await db.roadmaps.bulkGet(roadmapsMissing)) {
      if (row) await recordWrite(db, { type: 'roadmap', deckId: row.id, file: row.file, text: row.text, writtenAt: row.updatedAt });
    }
    return marksMissing.length + roadmapsMissing.length;
  });
}
