// Browse's read: every card of a node (sub-nodes included, concept and reference), with its state, marks and recall now.
import { ALL_DUE_NODE_ID } from '../core/queue/all-due.ts';
import { outlineDeck } from '../core/queue/outline.ts';
import { searchText, type BrowseRow } from '../core/browse/search.ts';
import { roleOf } from '../core/deck/schema.ts';
import { retrievabilityAt } from '../core/scheduler/retrievability.ts';
import type { BrowseData } from './index.ts';
import { activeDecks, nodeOf } from './reading.ts';
import type { CardRow, DeckRow, MarkRow, RoadcardsDb, StateRow } from './schema.ts';

function toBrowseRow(card: CardRow, order: number, state: StateRow | undefined, marks: MarkRow | undefined, now: number): BrowseRow {
  const section = card.card.section.join(' › ');
  const note = marks?.note ?? null;
  return {
    cardId: card.id,
    deckId: card.deckId,
    front: card.card.front,
    back: card.card.back,
    section,
    reference: roleOf(card.card) === 'reference',
    phase: state?.phase ?? 0,
    due: state?.due ?? 0,
    lapses: state?.lapses ?? 0,
    retrievability: retrievabilityAt(state, now),
    order,
    updated: card.updated === 1,
    suspended: marks?.suspended === 1,
    buried: marks?.buriedUntil !== undefined && marks.buriedUntil > now,
    flag: marks?.flag ?? null,
    leech: marks?.leech === 1,
    note,
    text: searchText(card.card.front, card.card.back, section, note),
  };
}

/** The active cards of one roadmap under `nodeId` (the roadmap itself: all of them). */
async function cardsUnder(db: RoadcardsDb, deck: DeckRow, nodeId: string): Promise<CardRow[]> {
  const outline = outlineDeck(deck);
  const inside = outline.subtree(nodeId);
  const rows = await db.cards.where('deckId').equals(deck.id).toArray();
  return rows.filter((row) => row.retired === 0 && (nodeId === deck.id || inside.has(nodeOf(outline, row.sectionId)))).sort((a, b) => a.order - b.order);
}

/** Above this many cards one getAll of the store beats a get per card (Dexie's bulkGet): ~15 µs a row against ~40. */
const WHOLE_STORE_FROM = 500;

/** The state rows of `cards`, in their order. */
async function statesOf(db: RoadcardsDb, cards: readonly CardRow[]): Promise<(StateRow | undefined)[]> {
  if (cards.length < WHOLE_STORE_FROM) return db.states.bulkGet(cards.map((card) => card.id));
  const byId = new Map((await db.states.toArray()).map((row) => [row.cardId, row]));
  return cards.map((card) => byId.get(card.id));
}

export async function readBrowseCards(db: RoadcardsDb, nodeId: string, now: number): Promise<BrowseData | null> {
  const decks = await activeDecks(db);
  const everything = nodeId === ALL_DUE_NODE_ID && !decks.some((deck) => deck.id === nodeId);
  const deck = everything ? null : decks.find((row) => row.id === nodeId || row.sections.some((section) => section.id === nodeId));
  if (!everything && !deck) return null;
  const cards = (await Promise.all((deck ? [deck] : decks).map((row) => cardsUnder(db, row, deck ? nodeId : row.id)))).flat();
  // Marks are few (the cards a learner touched): the whole store in one read.
  const [states, marks] = await Promise.all([statesOf(db, cards), db.marks.toArray()]);
  const marksById = new Map(marks.map((row) => [row.cardId, row]));
  const rows = cards.map((card, i) => toBrowseRow(card, i, states[i], marksById.get(card.id), now));
  const section = deck?.sections.find((row) => row.id === nodeId);
  return { path: deck ? [deck.title, ...(section?.path ?? [])] : [], rows };
}
