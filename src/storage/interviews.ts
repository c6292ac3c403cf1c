// Interview dates per deck tree node: one row per dated node, read whole (a learner sets a handful).
import { isPlausibleTime } from '../core/scheduler/state-bounds.ts';
import type { InterviewDates } from './index.ts';
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

export async function readInterviewDates(db: RoadcardsDb): Promise<InterviewDates> {
  // Node ids come from roadmaps and backup files: `__proto__` or `constructor` must be plain keys, never the prototype's.
  const dates: InterviewDates = Object.create(null) as InterviewDates;
  for (const row of await db.interviews.toArray()) dates[row.nodeId] = row.date;
  return dates;
}
