// Sets or clears one node's interview date (recorded for sync by outbox.ts, which loads this with it: not shell code).
import { isPlausibleTime } from '../core/scheduler/state-bounds.ts';
import type { RoadcardsDb } from './schema.ts';

export async function setInterviewDate(db: RoadcardsDb, nodeId: string, date: number | null): Promise<void> {
  if (!nodeId) throw new RangeError('setInterviewDate: empty node id');
  if (date === null) {
    await db.interviews.delete(nodeId);
    return;
  }
  // The backup refuses dates outside 1970 … 2500: storing one would make this device's own backup unreadable.
  if (!isPlausibleTime(date)) throw new RangeError(`setInterviewDate: not a date: ${date}`);
  await db.interviews.put({ nodeId, date });
}
