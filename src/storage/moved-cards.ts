// A card moved by a roadmap edit (see core/deck/moved-cards.ts): its history follows it to its new id.
import type { CardState } from '../core/review-contract.ts';
import type { LogRow, RoadcardsDb } from './schema.ts';

/** syncState's list of moved cards whose state waits to be replayed from their joined history. */
export const MOVED_REPLAY_KEY = 'replay:moved';

/** The stores moving a card's history writes, beside the merge's own (decks, cards, states). */
export const moveTables = (db: RoadcardsDb) => [db.logs, db.drills, db.undone, db.marks, db.syncState];

/** Moves of one chain followed at most: a heading renamed back and forth many times still ends. */
const MAX_HOPS = 16;

const withCard = (state: CardState, cardId: string): CardState => ({ ...state, cardId });

function movedLog(log: LogRow, cardId: string): LogRow {
  return { ...log, cardId, before: withCard(log.before, cardId), after: withCard(log.after, cardId) };
}

/**
 * Inside the merge's transaction: every review, drill answer and undone review of `fromId` becomes `toId`'s, and its
 * marks go with it unless the new card has its own. Rows are rewritten, never deleted: the history is the same
 * reviews, now under the card the roadmap calls by that text. Review ids stay, so sync never counts one twice.
 */
export async function moveHistory(db: RoadcardsDb, fromId: string, toId: string): Promise<void> {
  const logs = await db.logs.where('cardId').equals(fromId).toArray();
  if (logs.length > 0) await db.logs.bulkPut(logs.map((log) => movedLog(log, toId)));
  await db.drills.where('cardId').equals(fromId).modify({ cardId: toId });
  const undone = await db.undone.where('cardId').equals(fromId).toArray();
  if (undone.length > 0) await db.undone.bulkPut(undone.map((row) => (row.log ? { ...row, cardId: toId, log: movedLog(row.log, toId) } : { ...row, cardId: toId })));
  const marks = await db.marks.get(fromId);
  if (marks && !(await db.marks.get(toId))) {
    await db.marks.put({ ...marks, cardId: toId });
    await db.marks.delete(fromId);
  }
}

/**
 * Where each of `cardIds` lives now (`old id → current id`, only for moved ones): reviews from a device still on the
 * roadmap's older text, or from an older backup, belong to the card the move made.
 */
export async function currentCardIds(db: RoadcardsDb, cardIds: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(cardIds)];
  const rows = unique.length > 0 ? await db.cards.bulkGet(unique) : [];
  const moved = new Map<string, string>();
  for (const [i, row] of rows.entries()) {
    let target = row?.movedTo;
    for (let hop = 0; target !== undefined && hop < MAX_HOPS; hop++) {
      const next = (await db.cards.get(target))?.movedTo;
      if (next === undefined || next === unique[i]) break;
      target = next;
    }
    if (target !== undefined) moved.set(unique[i]!, target);
  }
  return moved;
}

/** Adds cards to the replay list; call inside a transaction over syncState. */
export async function markForReplay(db: RoadcardsDb, cardIds: readonly string[]): Promise<void> {
  const waiting = (await db.syncState.get(MOVED_REPLAY_KEY))?.value;
  const list = Array.isArray(waiting) ? waiting.filter((id): id is string => typeof id === 'string') : [];
  await db.syncState.put({ key: MOVED_REPLAY_KEY, value: [...new Set([...list, ...cardIds])] });
}
