// What an Anki export of a tree node needs from the database: its active cards in roadmap order, with states and review logs.
import type { AnkiExportCard } from '../core/anki/collection.ts';
import { studyDayAt, type UtcOffsetAt } from '../core/queue/day.ts';
import { outlineDeck } from '../core/queue/outline.ts';
import { activeDecks, nodeOf } from './reading.ts';
import { toCardState } from './rows.ts';
import type { RoadcardsDb } from './schema.ts';
import { readSettings } from './settings-store.ts';

export interface AnkiExportData {
  /** Titles from the roadmap down to the node: the file name and the top deck. */
  path: string[];
  cards: AnkiExportCard[];
  desiredRetention: number;
  /** Epoch ms when the study day of `now` began: Anki counts review due days from it. */
  dayStart: number;
}

/** Null when no active roadmap holds the node. Concept and reference cards alike (reference ones are tagged so in Anki). */
export async function readAnkiExport(
  db: RoadcardsDb,
  nodeId: string,
  includeHistory: boolean,
  now: number,
  offsetAt: UtcOffsetAt,
): Promise<AnkiExportData | null> {
  const deck = (await activeDecks(db)).find((row) => row.id === nodeId || row.sections.some((s) => s.id === nodeId));
  if (!deck) return null;
  const outline = outlineDeck(deck);
  const nodes = outline.subtree(nodeId);
  const [cardRows, settings] = await Promise.all([db.cards.where('deckId').equals(deck.id).toArray(), readSettings(db)]);
  const rows = cardRows
    .filter((row) => row.retired === 0 && nodes.has(nodeOf(outline, row.sectionId)))
    .sort((a, b) => a.order - b.order);
  const ids = rows.map((row) => row.id);
  const [states, logs] = includeHistory
    ? await Promise.all([db.states.bulkGet(ids), db.logs.where('cardId').anyOf(ids).toArray()])
    : [[], []];
  const logsByCard = new Map<string, typeof logs>();
  for (const entry of logs.sort((a, b) => a.reviewedAt - b.reviewedAt)) {
    const list = logsByCard.get(entry.cardId) ?? [];
    list.push(entry);
    logsByCard.set(entry.cardId, list);
  }
  const section = outline.sections.get(nodeId);
  return {
    path: [deck.title, ...(section ? section.path : [])],
    cards: rows.map((row, i) => {
      const node = outline.sections.get(nodeOf(outline, row.sectionId));
      const state = states[i];
      return { card: row.card, deckPath: [deck.title, ...(node ? node.path : [])], state: state ? toCardState(state) : null, logs: logsByCard.get(row.id) ?? [] };
    }),
    desiredRetention: settings.desiredRetention,
    dayStart: studyDayAt(now, settings.dayStartHour, offsetAt).start,
  };
}
