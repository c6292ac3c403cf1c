// Reads the reference cards a node's daily review takes once the learner switched them on (settings.reviewReference).
import { roleOf } from '../core/deck/schema.ts';
import type { DeckOutline } from '../core/queue/outline.ts';
import { nodeOf } from './reading.ts';
import type { RoadcardsDb, StateRow } from './schema.ts';

export interface ReferenceCandidates {
  /** Learning, relearning and review cards due before the day ends. */
  due: StateRow[];
  /** Never-studied cards in roadmap order. */
  fresh: StateRow[];
}

/**
 * Reference cards keep no queue index keys (rows.ts), so they are read here by the deck's card rows: one index range,
 * and only when the learner has switched reference cards on for a node being studied. Their grades are stored like
 * any card's; they stay out of Home's counts, which read the indexes.
 */
export async function referenceCandidates(db: RoadcardsDb, outline: DeckOutline, nodes: ReadonlySet<string>, dayEnd: number): Promise<ReferenceCandidates> {
  if (nodes.size === 0) return { due: [], fresh: [] };
  const cards = await db.cards.where('deckId').equals(outline.deckId).toArray();
  const taken = cards.filter((row) => row.retired === 0 && roleOf(row.card) === 'reference' && nodes.has(nodeOf(outline, row.sectionId)));
  const states = (await db.states.bulkGet(taken.map((row) => row.id))).filter((row): row is StateRow => row !== undefined && row.retired === 0);
  return {
    due: states.filter((row) => row.phase !== 0 && row.due < dayEnd),
    fresh: states.filter((row) => row.phase === 0).sort((a, b) => a.order - b.order),
  };
}
