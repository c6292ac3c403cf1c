// Interview dates per deck tree node: one row per dated node, read whole (a learner sets a handful). Setting one is in
// interview-write.ts, loaded with sync's recording code on first use (Home only reads them).
import type { InterviewDates } from './index.ts';
import type { RoadcardsDb } from './schema.ts';

export async function readInterviewDates(db: RoadcardsDb): Promise<InterviewDates> {
  // Node ids come from roadmaps and backup files: `__proto__` or `constructor` must be plain keys, never the prototype's.
  const dates: InterviewDates = Object.create(null) as InterviewDates;
  for (const row of await db.interviews.toArray()) dates[row.nodeId] = row.date;
  return dates;
}
