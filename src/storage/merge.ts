// Merges one validated compiled deck into the database without losing progress: add, update, retire, restore.
import type { Deck, DeckIndexEntry } from '../core/deck/schema.ts';
import { newCardState } from '../core/scheduler/fsrs.ts';
import type { DeckSyncResult } from './index.ts';
import { toCardState, toStateRow } from './rows.ts';
import type { CardRow, RoadcardsDb, StateRow } from './schema.ts';

function emptyResult(deckId: string, title: string): DeckSyncResult {
  return { deckId, title, skipped: false, added: 0, updated: 0, retired: 0, restored: 0 };
}

/**
 * One read-write transaction over decks, cards and states: the review log is not even in its scope, so nothing
 * here can delete history. Runs on rows read inside the transaction, so two tabs merging at once agree.
 */
export async function mergeDeck(
  db: RoadcardsDb,
  deck: Deck,
  entry: DeckIndexEntry,
  position: number,
  now: number,
): Promise<DeckSyncResult> {
  return db.transaction('rw', db.decks, db.cards, db.states, async () => {
    const result = emptyResult(deck.id, deck.title);
    const incomingIds = deck.cards.map((card) => card.id);
    const [inDeck, byId, states] = await Promise.all([
      db.cards.where('deckId').equals(deck.id).toArray(),
      db.cards.bulkGet(incomingIds),
      db.states.bulkGet(incomingIds),
    ]);
    const cardRows: CardRow[] = [];
    const stateRows: StateRow[] = [];
    deck.cards.forEach((card, order) => {
      const existing = byId[order];
      const state = states[order];
      const place = { sectionId: card.sectionId, order, retired: 0 as const };
      if (!existing || !state) {
        result.added += 1;
        cardRows.push({ id: card.id, deckId: deck.id, ...place, updated: 0, card });
        stateRows.push(toStateRow(state ?? newCardState(card.id, deck.id, now), place));
        return;
      }
      if (existing.retired) result.restored += 1;
      const textChanged = existing.card.contentHash !== card.contentHash;
      if (textChanged) result.updated += 1;
      // "Updated" tells the learner a card they know reads differently; a card never seen has nothing to compare.
      const updated: 0 | 1 = textChanged && state.reps > 0 ? 1 : existing.updated;
      cardRows.push({ id: card.id, deckId: deck.id, ...place, updated, card });
      stateRows.push(toStateRow({ ...toCardState(state), deckId: deck.id }, place));
    });
    const incoming = new Set(incomingIds);
    const gone = inDeck.filter((row) => !incoming.has(row.id) && row.retired === 0);
    const goneStates = await db.states.bulkGet(gone.map((row) => row.id));
    gone.forEach((row, i) => {
      result.retired += 1;
      const place = { sectionId: row.sectionId, order: row.order, retired: 1 as const };
      cardRows.push({ ...row, retired: 1 });
      const state = goneStates[i];
      if (state) stateRows.push(toStateRow(state, place));
    });
    await db.cards.bulkPut(cardRows);
    await db.states.bulkPut(stateRows);
    await db.decks.put({
      id: deck.id,
      slug: deck.slug,
      title: deck.title,
      file: deck.file,
      contentHash: entry.contentHash,
      sections: deck.sections,
      cardCount: deck.cards.length,
      syncedAt: now,
      position,
      retired: 0,
    });
    return result;
  });
}

/** A roadmap left the deck index: retire its cards (history and state kept; they return if it comes back). */
export async function retireDeck(db: RoadcardsDb, deckId: string): Promise<DeckSyncResult | null> {
  return db.transaction('rw', db.decks, db.cards, db.states, async () => {
    const deck = await db.decks.get(deckId);
    if (!deck || deck.retired) return null;
    const result = emptyResult(deck.id, deck.title);
    const active = (await db.cards.where('deckId').equals(deckId).toArray()).filter((row) => row.retired === 0);
    const states = await db.states.bulkGet(active.map((row) => row.id));
    const stateRows: StateRow[] = [];
    states.forEach((state, i) => {
      const row = active[i]!;
      if (state) stateRows.push(toStateRow(state, { sectionId: row.sectionId, order: row.order, retired: 1 }));
    });
    await db.cards.bulkPut(active.map((row) => ({ ...row, retired: 1 as const })));
    await db.states.bulkPut(stateRows);
    // An empty hash forces a full merge when the roadmap returns, which restores its cards.
    await db.decks.put({ ...deck, retired: 1, contentHash: '' });
    result.retired = active.length;
    return result;
  });
}
