// Merges one validated compiled deck into the database without losing progress: add, update, retire, restore.
import type { Table } from 'dexie';
import { pairMovedCards } from '../core/deck/moved-cards.ts';
import type { Deck, DeckIndexEntry } from '../core/deck/schema.ts';
import { newCardState } from '../core/scheduler/new-card.ts';
import type { DeckSyncResult } from './index.ts';
import { activeStates } from './ranges.ts';
import { keepParked, placeOfCard, toCardState, toStateRow, type StatePlace } from './rows.ts';
import { markForReplay, moveHistory, moveTables } from './moved-cards.ts';
import type { CardRow, RoadcardsDb, StateRow } from './schema.ts';

function emptyResult(deckId: string, title: string): DeckSyncResult {
  return { deckId, title, skipped: false, added: 0, updated: 0, retired: 0, restored: 0, moved: 0 };
}

/** Rows of `table` whose ids are in `ids`: one getAllKeys of the store, then gets only for ids that exist (none on a first import). */
async function existingRows<T>(table: Table<T, string>, ids: readonly string[]): Promise<Map<string, T>> {
  if (ids.length === 0) return new Map();
  const stored = new Set(await table.toCollection().primaryKeys());
  const present = ids.filter((id) => stored.has(id));
  const rows = present.length ? await table.bulkGet(present) : [];
  return new Map(present.flatMap((id, i) => (rows[i] ? [[id, rows[i]!] as [string, T]] : [])));
}

/** Rows written per request inside a merge: cloning a row into IndexedDB costs ~0.3 ms on a 4×-slowed CPU (card rows hold the whole card), so a slice stays a short task, and between slices the page runs. */
const ROWS_PER_SLICE = 60;

/**
 * bulkPut in slices awaited one by one. The transaction stays open (each await is on its own request), while the
 * main thread is free between slices: a first visit's thousands of rows no longer make one long task under Home.
 */
export async function putInSlices<T>(table: Table<T, string>, rows: readonly T[]): Promise<void> {
  for (let from = 0; from < rows.length; from += ROWS_PER_SLICE) await table.bulkPut(rows.slice(from, from + ROWS_PER_SLICE));
}

function samePlace(row: { sectionId: string; order: number; retired: 0 | 1 }, place: { sectionId: string; order: number; retired: 0 | 1 }): boolean {
  return row.sectionId === place.sectionId && row.order === place.order && row.retired === place.retired;
}

/** A state row whose role flag differs from the card's: a card that became reference (or concept) again. */
function sameRole(state: { reference?: 1 }, place: StatePlace): boolean {
  return (state.reference === 1) === (place.reference === 1);
}

/** The stores mergeDeck writes: a caller running it inside its own transaction includes them all. */
export const mergeTables = (db: RoadcardsDb) => [db.decks, db.cards, db.states, ...moveTables(db)];

/**
 * One read-write transaction: cards and states, and a moved card's history (re-keyed, never deleted: moved-cards.ts).
 * Runs on rows read inside the transaction, so two tabs merging at once agree. Only rows that change are written:
 * a one-card edit rewrites one card, not the roadmap.
 */
export async function mergeDeck(
  db: RoadcardsDb,
  deck: Deck,
  entry: DeckIndexEntry,
  position: number,
  now: number,
): Promise<DeckSyncResult> {
  return db.transaction('rw', mergeTables(db), async () => {
    const result = emptyResult(deck.id, deck.title);
    const [inDeck, active] = await Promise.all([db.cards.where('deckId').equals(deck.id).toArray(), activeStates(db, deck.id)]);
    // One getAll per index range: thousands of single gets were most of a merge.
    const activeById = new Map(active.map((row) => [row.cardId, row]));
    const byId = new Map(inDeck.map((row) => [row.id, row]));
    // Cards stored under another deck id (a renamed roadmap) keep their state too.
    for (const [id, row] of await existingRows(db.cards, deck.cards.filter((card) => !byId.has(card.id)).map((card) => card.id))) {
      byId.set(id, row);
    }
    const incoming = new Set(deck.cards.map((card) => card.id));
    const gone = inDeck.filter((row) => !incoming.has(row.id) && row.retired === 0);
    // A retired card coming back, a card from another deck, or state rows missing from the indexes: read directly.
    const needState = [...deck.cards.map((card) => card.id), ...gone.map((row) => row.id)].filter((id) => !activeById.has(id));
    const states = new Map([...activeById, ...(await existingRows(db.states, needState))]);
    // A card this merge retires whose text comes back under a new id: the new card takes its progress. A card retired
    // by an earlier move counts as new here, so a heading renamed back takes the progress back too.
    const fresh = deck.cards.filter((card) => {
      const row = byId.get(card.id);
      return !row || (row.retired === 1 && row.movedTo !== undefined);
    });
    const moves = pairMovedCards(gone.map((row) => row.card), fresh);
    const movedTo = new Map([...moves].map(([to, from]) => [from, to]));
    // A new id with reviews of its own already (synced from a device that merged the edit first) joins two histories.
    const ownHistory = new Set(moves.size > 0 ? ((await db.logs.where('cardId').anyOf([...moves.keys()]).uniqueKeys()) as string[]) : []);
    const cardRows: CardRow[] = [];
    const stateRows: StateRow[] = [];
    deck.cards.forEach((card, order) => {
      const existing = byId.get(card.id);
      const state = states.get(card.id);
      const place = placeOfCard({ sectionId: card.sectionId, order, retired: 0, card });
      const cardPlace = { sectionId: place.sectionId, order: place.order, retired: place.retired };
      const from = moves.get(card.id);
      const fromState = from === undefined ? undefined : states.get(from);
      if (from !== undefined && fromState) {
        result.moved += 1;
        // Its front may now name the new heading: "updated", as any text change of a card the learner knows.
        const oldRow = byId.get(from);
        const updated: 0 | 1 = oldRow?.card.contentHash !== card.contentHash && fromState.reps > 0 ? 1 : (oldRow?.updated ?? 0);
        cardRows.push({ id: card.id, deckId: deck.id, ...cardPlace, updated, card });
        stateRows.push(toStateRow({ ...toCardState(fromState), cardId: card.id, deckId: deck.id }, keepParked(place, fromState)));
        return;
      }
      if (!existing || !state) {
        result.added += 1;
        cardRows.push({ id: card.id, deckId: deck.id, ...cardPlace, updated: 0, card });
        stateRows.push(toStateRow(state ?? newCardState(card.id, deck.id, now), keepParked(place, state)));
        return;
      }
      if (existing.retired) result.restored += 1;
      const textChanged = existing.card.contentHash !== card.contentHash;
      if (textChanged) result.updated += 1;
      // "Updated" tells the learner a card they know reads differently; a card never seen has nothing to compare.
      const updated: 0 | 1 = textChanged && state.reps > 0 ? 1 : existing.updated;
      const sameCard =
        existing.deckId === deck.id && updated === existing.updated && samePlace(existing, place) && JSON.stringify(existing.card) === JSON.stringify(card);
      if (!sameCard) cardRows.push({ id: card.id, deckId: deck.id, ...cardPlace, updated, card });
      if (state.deckId !== deck.id || !samePlace(state, place) || !sameRole(state, place)) {
        stateRows.push(toStateRow({ ...toCardState(state), deckId: deck.id }, keepParked(place, state)));
      }
    });
    for (const row of gone) {
      const to = movedTo.get(row.id);
      const place = { ...placeOfCard(row), retired: 1 as const };
      if (to !== undefined && states.has(row.id)) cardRows.push({ ...row, retired: 1, movedTo: to });
      else {
        result.retired += 1;
        cardRows.push({ ...row, retired: 1 });
      }
      const state = states.get(row.id);
      if (state) stateRows.push(toStateRow(state, keepParked(place, state)));
    }
    await putInSlices(db.cards, cardRows);
    await putInSlices(db.states, stateRows);
    for (const [to, from] of moves) if (states.has(from)) await moveHistory(db, from, to);
    // Their state becomes the replay of both (scheduling code is not loaded here: the next sync replays them).
    const joined = [...moves].filter(([to, from]) => states.has(from) && ownHistory.has(to)).map(([to]) => to);
    if (joined.length > 0) await markForReplay(db, joined);
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
    const states = new Map((await activeStates(db, deckId)).map((row) => [row.cardId, row]));
    // Suspended and buried cards are in no index range: read directly, so they are retired with the rest.
    const parked = active.filter((row) => !states.has(row.id)).map((row) => row.id);
    for (const row of parked.length ? await db.states.bulkGet(parked) : []) if (row) states.set(row.cardId, row);
    const stateRows: StateRow[] = [];
    for (const row of active) {
      const state = states.get(row.id);
      if (state) stateRows.push(toStateRow(state, keepParked({ ...placeOfCard(row), retired: 1 }, state)));
    }
    await putInSlices(db.cards, active.map((row) => ({ ...row, retired: 1 as const })));
    await putInSlices(db.states, stateRows);
    // An empty hash forces a full merge when the roadmap returns, which restores its cards.
    await db.decks.put({ ...deck, retired: 1, contentHash: '' });
    result.retired = active.length;
    return result;
  });
}
