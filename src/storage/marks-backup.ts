// Marks in a backup import: per card the marks changed later win whole (the learner's latest word), never removed otherwise.
import type { BackupMarks } from '../core/backup/format.ts';
import type { CardMarks } from '../core/marks/marks.ts';
import { syncParked } from './marks-store.ts';
import type { RoadcardsDb } from './schema.ts';

/** The incoming marks that replace this device's: changed strictly later, so importing twice changes nothing. */
export function winningMarks(local: ReadonlyMap<string, CardMarks>, incoming: readonly BackupMarks[]): CardMarks[] {
  const latest = new Map<string, CardMarks>();
  for (const marks of incoming) {
    const best = latest.get(marks.cardId) ?? local.get(marks.cardId);
    if (!best || marks.changedAt > best.changedAt) latest.set(marks.cardId, marks);
  }
  return [...latest.values()];
}

/** Inside the import's transaction: writes the winning marks and moves their cards in or out of the queues. */
export async function mergeMarks(db: RoadcardsDb, incoming: readonly BackupMarks[], now: number): Promise<number> {
  if (incoming.length === 0) return 0;
  const ids = [...new Set(incoming.map((marks) => marks.cardId))];
  const local = new Map((await db.marks.bulkGet(ids)).flatMap((row) => (row ? [[row.cardId, row] as const] : [])));
  const winners = winningMarks(local, incoming);
  // Only the format's fields: zod/mini drops unknown keys, and absent optionals must not be stored as undefined.
  const rows = winners.map((marks) => Object.fromEntries(Object.entries(marks).filter(([, value]) => value !== undefined)) as CardMarks);
  await db.marks.bulkPut(rows);
  await syncParked(db, rows.map((row) => row.cardId), now);
  return rows.length;
}
