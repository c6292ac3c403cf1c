// Weights that arrived from another device: every reviewed card's memory state recomputed with them, as the optimizer's
// apply did there, in short transactions and resumable (a mark set with the weights, cleared when all cards are done).
import { recomputeMemoryStates } from '../optimizer-store.ts';
import type { RoadcardsDb } from '../schema.ts';
import { readSettings } from '../settings-store.ts';
import { readState, writeState } from './sync-state.ts';

/** Set (in the pull's transaction) when received settings changed the weights; cleared once the states follow them. */
export const REDERIVE_KEY = 'rederive:parameters';

const CARDS_PER_TRANSACTION = 200;

/** Marks the states for recomputing when `before` and `after` weights differ; call inside a transaction over syncState. */
export async function markIfWeightsChanged(db: RoadcardsDb, before: unknown, after: unknown): Promise<void> {
  if (JSON.stringify(before) !== JSON.stringify(after)) await writeState(db, REDERIVE_KEY, true);
}

/** Recomputes the marked states (nothing when unmarked); returns how many cards were recomputed. */
export async function rederiveMemoryStates(db: RoadcardsDb): Promise<number> {
  if ((await readState<boolean>(db, REDERIVE_KEY)) !== true) return 0;
  const weights = JSON.stringify((await readSettings(db)).parameters);
  const cardIds = (await db.logs.orderBy('cardId').uniqueKeys()) as string[];
  let recomputed = 0;
  // Chunks keep each transaction short; the learner may study between them, and a closed tab resumes next sync.
  for (let start = 0; start < cardIds.length; start += CARDS_PER_TRANSACTION) {
    const chunk = cardIds.slice(start, start + CARDS_PER_TRANSACTION);
    recomputed += await db.transaction('rw', [db.settings, db.states, db.logs], async () => recomputeMemoryStates(db, chunk, await readSettings(db)));
  }
  await db.transaction('rw', [db.settings, db.syncState], async () => {
    // Weights that changed again meanwhile (another tab's pull) leave the mark for the next run.
    if (JSON.stringify((await readSettings(db)).parameters) === weights) await db.syncState.delete(REDERIVE_KEY);
  });
  return recomputed;
}
