// State rows and index keys by index range: a node's active cards without a single-row get per card.
import Dexie from 'dexie';
import type { Phase } from '../core/review-contract.ts';
import type { RoadcardsDb, StateRow } from './schema.ts';

const LOW = Dexie.minKey;
const HIGH = Dexie.maxKey;
const LEARNING_PHASES: readonly Phase[] = [1, 3];

/** A deck's active states, whole rows, from two index ranges (one getAll each). */
export async function activeStates(db: RoadcardsDb, deckId: string): Promise<StateRow[]> {
  const [reviewed, fresh] = await Promise.all([
    db.states.where('[deckId+reviewDue]').between([deckId, LOW], [deckId, HIGH]).toArray(),
    db.states.where('[deckId+newOrder]').between([deckId, LOW], [deckId, HIGH]).toArray(),
  ]);
  return [...reviewed, ...fresh];
}

/** The active states of some sections of a deck, whole rows, two ranges per section. */
export async function sectionStates(db: RoadcardsDb, deckId: string, sectionIds: Iterable<string>): Promise<StateRow[]> {
  const perSection = await Promise.all(
    [...sectionIds].flatMap((sectionId) => [
      db.states.where('[deckId+sectionId+phase+reviewDue]').between([deckId, sectionId, LOW], [deckId, sectionId, HIGH]).toArray(),
      db.states.where('[deckId+sectionId+newOrder]').between([deckId, sectionId, LOW], [deckId, sectionId, HIGH]).toArray(),
    ]),
  );
  return perSection.flat();
}

/**
 * Learning and review cards due before `dayEnd` (sections: null for the whole deck), reviews only the `reviewLimit`
 * most overdue of each range: enough for buildQueue, which keeps the most overdue. Learning cards are never limited.
 */
export async function dueStates(
  db: RoadcardsDb,
  deckId: string,
  sectionIds: Iterable<string> | null,
  dayEnd: number,
  reviewLimit: number,
): Promise<StateRow[]> {
  const ranges = (prefix: string[], index: string) => [
    ...LEARNING_PHASES.map((phase) => db.states.where(index).between([...prefix, phase, LOW], [...prefix, phase, dayEnd], true, false).toArray()),
    reviewLimit > 0
      ? db.states.where(index).between([...prefix, 2, LOW], [...prefix, 2, dayEnd], true, false).limit(reviewLimit).toArray()
      : Promise.resolve([]),
  ];
  const reads = sectionIds
    ? [...sectionIds].flatMap((sectionId) => ranges([deckId, sectionId], '[deckId+sectionId+phase+reviewDue]'))
    : ranges([deckId], '[deckId+phase+reviewDue]');
  return (await Promise.all(reads)).flat();
}
