// A node's cards (and optionally their review history and FSRS memory state) as the rows of an Anki legacy collection (schema 11).
import { roleOf, type Card } from '../deck/schema.ts';
import type { CardState, ReviewLogEntry } from '../review-contract.ts';
import { confJson, dconfJson, deckNameOf, decksJson, FIELD_NAMES, MODEL_ID, modelJson } from './legacy-json.ts';
import { sha1Hex } from './sha1.ts';

const DAY_MS = 86_400_000;

export interface AnkiExportCard {
  card: Card;
  /** Titles from the roadmap title down to the card's section: its Anki deck `A::B::C`. */
  deckPath: string[];
  state: CardState | null;
  /** The card's review log, oldest first. */
  logs: ReviewLogEntry[];
}

export interface AnkiExportInput {
  /** In roadmap order: the order Anki introduces new cards in. */
  cards: AnkiExportCard[];
  /** Off: every card arrives new, without revlog. On: states, FSRS memory and the review log come along. */
  includeHistory: boolean;
  desiredRetention: number;
  /** Epoch ms of the export. */
  now: number;
  /** Epoch ms when today's study day began: Anki counts review due days from the collection's creation day. */
  dayStart: number;
}

type Row = (string | number)[];

export interface AnkiCollection {
  /** The single `col` row, columns in schema order. */
  col: Row;
  notes: Row[];
  cards: Row[];
  revlog: Row[];
  /** Deck names as Anki will show them, parents included. */
  deckNames: string[];
}

/** A stable 13-digit id from a text (re-exporting gives the same ids, so Anki updates rather than duplicates). */
function stableId(text: string, used: Set<number>): number {
  let id = 1_000_000_000_000 + (parseInt(sha1Hex(text).slice(0, 10), 16) % 900_000_000_000);
  while (used.has(id)) id += 1;
  used.add(id);
  return id;
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r?\n/g, '<br>');
}

/** Every deck on the way down, parents first: Anki shows `A::B` only under an `A`. */
function deckIds(cards: readonly AnkiExportCard[], used: Set<number>): Map<string, number> {
  const ids = new Map<string, number>();
  for (const { deckPath } of cards) {
    for (let depth = 1; depth <= deckPath.length; depth++) {
      const name = deckNameOf(deckPath.slice(0, depth));
      if (!ids.has(name)) ids.set(name, stableId(`deck:${name}`, used));
    }
  }
  return ids;
}

/** Anki's card columns type, queue, due, ivl, factor, reps, lapses, left, data for a state (null: new). */
function schedule(state: CardState | null, position: number, input: AnkiExportInput): (string | number)[] {
  if (!input.includeHistory || !state || state.phase === 0) return [0, 0, position, 0, 0, 0, 0, 0, '{}'];
  const memory = JSON.stringify({ s: Number(state.stability.toFixed(4)), d: Number(state.difficulty.toFixed(4)), dr: input.desiredRetention });
  const ivl = Math.max(1, Math.round(state.scheduledDays));
  const dueSecs = Math.round(state.due / 1000);
  const dueDay = Math.floor((state.due - input.dayStart) / DAY_MS);
  const base = [state.reps, state.lapses];
  if (state.phase === 1) return [1, 1, dueSecs, 0, 2500, ...base, 1001, memory];
  if (state.phase === 3) return [3, 1, dueSecs, ivl, 2500, ...base, 1001, memory];
  return [2, 2, dueDay, ivl, 2500, ...base, 0, memory];
}

/** Anki's revlog interval: days when the card is in review, negative seconds while learning. */
function revlogInterval(state: CardState, at: number): number {
  if (state.phase === 2) return Math.max(1, Math.round(state.scheduledDays));
  if (state.phase === 0) return 0;
  return -Math.max(1, Math.round((state.due - at) / 1000));
}

const REVLOG_TYPE = { 0: 0, 1: 0, 2: 1, 3: 2 } as const;

export function buildAnkiCollection(input: AnkiExportInput): AnkiCollection {
  const used = new Set<number>();
  const modSecs = Math.floor(input.now / 1000);
  const decks = deckIds(input.cards, used);
  const notes: Row[] = [];
  const cards: Row[] = [];
  const revlog: Row[] = [];
  const revlogIds = new Set<number>();
  input.cards.forEach(({ card, deckPath, state, logs }, index) => {
    const noteId = stableId(`note:${card.id}`, used);
    const cardId = stableId(`card:${card.id}`, used);
    const source = `${card.source.file}:${card.source.line}`;
    const fields = [html(card.front), html(card.back), html(card.section.join(' › ')), html(source)];
    const tags = ` roadcards ${roleOf(card)} `;
    const checksum = parseInt(sha1Hex(card.front).slice(0, 8), 16);
    // guid: the card id itself, so a later export of the same roadmap updates these notes in Anki.
    notes.push([noteId, card.id, MODEL_ID, modSecs, -1, tags, fields.join('\x1f'), card.front, checksum, 0, '']);
    const deckId = decks.get(deckNameOf(deckPath))!;
    const [type, queue, due, ivl, factor, reps, lapses, left, data] = schedule(state, index + 1, input);
    cards.push([cardId, noteId, deckId, 0, modSecs, -1, type!, queue!, due!, ivl!, factor!, reps!, lapses!, left!, 0, 0, 0, data!]);
    if (!input.includeHistory) return;
    for (const entry of logs) {
      let id = Math.round(entry.reviewedAt);
      while (revlogIds.has(id)) id += 1;
      revlogIds.add(id);
      const type = REVLOG_TYPE[entry.before.phase];
      const time = Math.min(60_000, Math.max(0, Math.round(entry.durationMs ?? 0)));
      revlog.push([id, cardId, -1, entry.grade, revlogInterval(entry.after, entry.reviewedAt), revlogInterval(entry.before, entry.reviewedAt), type === 0 ? 0 : 2500, time, type]);
    }
  });
  const firstDeck = decks.values().next().value ?? 1;
  const col: Row = [
    1,
    Math.floor(input.dayStart / 1000),
    input.now,
    input.now,
    11,
    0,
    0,
    0,
    JSON.stringify(confJson()),
    JSON.stringify(modelJson(firstDeck, modSecs)),
    JSON.stringify(decksJson(decks, modSecs)),
    JSON.stringify(dconfJson(modSecs, input.desiredRetention)),
    '{}',
  ];
  return { col, notes, cards, revlog, deckNames: [...decks.keys()] };
}

export { FIELD_NAMES };
