// Reads for the statistics screen: the activity summary (or a node's own logs), then the node's cards page by page.
import { ALL_DUE_NODE_ID } from '../core/queue/all-due.ts';
import type { UtcOffsetAt } from '../core/queue/day.ts';
import { outlineDeck, type DeckOutline } from '../core/queue/outline.ts';
import type { CardState } from '../core/review-contract.ts';
import { retrievabilityAt } from '../core/scheduler/retrievability.ts';
import {
  cardFiguresAccumulator,
  dayKeyer,
  type CardTally,
  type DayActivity,
  type Distributions,
  type Forecast,
  type StatsClock,
} from '../core/stats/index.ts';
import { activeDecks, nodeOf } from './reading.ts';
import { forEachStatePage } from './paged-reads.ts';
import { readCardsActivity, readLogActivity } from './stats-activity-reading.ts';
import type { DeckRow, RoadcardsDb } from './schema.ts';
import { readSettings } from './settings-store.ts';

/** A child of the node with its cards tallied (a roadmap's stages, a stage's sections; every roadmap under 'all'). */
export interface ChildMastery {
  id: string;
  title: string;
  tally: CardTally;
}

/** A studied card the learner is likeliest to have forgotten, for the screen's list (each opens card info). */
export interface WeakCard {
  cardId: string;
  front: string;
  retrievability: number;
}

/** What the node's cards are now. */
export interface StatsCards {
  tally: CardTally;
  children: ChildMastery[];
  forecast: Forecast;
  distributions: Distributions;
  weakest: WeakCard[];
}

export interface StatsActivity {
  days: ReadonlyMap<string, DayActivity>;
  /** False while older slices of the log are still being read. */
  complete: boolean;
}

/** The statistics as far as they are read: the node first, then its activity and its cards as each is ready. */
export interface StatsProgress {
  nodeId: string;
  /** Titles from the roadmap down to the node; empty for 'all'. */
  path: string[];
  desiredRetention: number;
  /** Study-day key (YYYY-MM-DD) of `now`. */
  todayKey: string;
  activity: StatsActivity | null;
  cards: StatsCards | null;
}

const WEAK_LIST = 10;
/**
 * State rows per request. Chromium turns a request's rows into objects in one main-thread task: 1,000 states made
 * tasks of 60–110 ms on the bench's loaded 2-core machine (more at 4× CPU); 250 keep each well under 50 ms.
 */
const STATE_PAGE = 250;

/** Which cards and logs a node's statistics take in. */
interface NodeScope {
  /** The roadmaps whose active cards are read. */
  deckIds: Set<string>;
  /** Logs of the whole log (null), of one roadmap (its id), or of the node's own cards ('cards': a section). */
  logs: null | { deckId: string } | 'cards';
  /** The child of the node a card falls under (null: directly on the node); undefined: not under the node. */
  childOf: (deckId: string, sectionId: string) => string | null | undefined;
  children: { id: string; title: string }[];
  path: string[];
}

function titleOf(outline: DeckOutline, id: string): string {
  return outline.sections.get(id)?.title ?? outline.title;
}

function scopeOf(nodeId: string, decks: DeckRow[]): NodeScope | null {
  if (nodeId === ALL_DUE_NODE_ID && !decks.some((deck) => deck.id === nodeId)) {
    // Every log counts under 'all', retired cards' and roadmaps' history too.
    const ids = new Set(decks.map((deck) => deck.id));
    return { deckIds: ids, logs: null, childOf: (deckId) => deckId, children: decks.map((deck) => ({ id: deck.id, title: deck.title })), path: [] };
  }
  const deck = decks.find((row) => row.id === nodeId || row.sections.some((s) => s.id === nodeId));
  if (!deck) return null;
  const outline = outlineDeck(deck);
  const childOfNode = new Map<string, string>();
  const childIds = outline.children.get(nodeId) ?? [];
  for (const child of childIds) for (const id of outline.subtree(child)) childOfNode.set(id, child);
  const inside = outline.subtree(nodeId);
  return {
    deckIds: new Set([deck.id]),
    // A roadmap's activity is every review given in it (the log entry's roadmap), its retired cards' too.
    logs: nodeId === deck.id ? { deckId: deck.id } : 'cards',
    childOf: (_deckId, sectionId) => {
      const at = nodeOf(outline, sectionId);
      return inside.has(at) ? (childOfNode.get(at) ?? null) : undefined;
    },
    children: childIds.map((id) => ({ id, title: titleOf(outline, id) })),
    path: outline.ancestry(nodeId).map((id) => titleOf(outline, id)),
  };
}

/** The node's active cards, page by page with the figures worked out as each page arrives; and their ids. */
async function readCards(
  db: RoadcardsDb,
  scope: NodeScope,
  now: number,
  clock: StatsClock,
  desiredRetention: number,
  weights: readonly number[] | undefined,
): Promise<{ cards: StatsCards; cardIds: string[] }> {
  const figures = cardFiguresAccumulator({ now, clock, desiredRetention, childIds: scope.children.map((child) => child.id), weakCount: WEAK_LIST, weights });
  const cardIds: string[] = [];
  // Suspended cards are parked state rows; marks (one row per marked card, few) say which parked ones are suspended.
  const suspended = new Set((await db.marks.toArray()).filter((mark) => mark.suspended === 1).map((mark) => mark.cardId));
  await forEachStatePage(db, (rows) => {
    for (const row of rows) {
      if (row.retired !== 0 || !scope.deckIds.has(row.deckId)) continue;
      const child = scope.childOf(row.deckId, row.sectionId);
      if (child === undefined) continue;
      figures.add(row, child, row.parked === 1 && suspended.has(row.cardId));
      cardIds.push(row.cardId);
    }
  }, STATE_PAGE);
  const result = figures.result();
  const fronts = await db.cards.bulkGet(result.weakest.map((card) => card.cardId));
  return {
    cardIds,
    cards: {
      tally: result.tally,
      children: scope.children.map((child) => ({ ...child, tally: result.byChild.get(child.id)! })).filter((child) => child.tally.total > 0),
      forecast: result.forecast,
      distributions: result.distributions,
      weakest: result.weakest.map((card, i) => ({ ...card, front: fronts[i]?.card.front ?? card.cardId })),
    },
  };
}

/**
 * The node's statistics, reported as they come: the node's name, then (for all roadmaps or one) the activity from
 * its summary, a few hundred rows, then the cards (counts, forecast, mastery, histograms) read in pages that each
 * arrive in a task of their own, so input is never blocked long. A section reads its cards first, then their own logs.
 * Resolves with the final figures; null when no active roadmap holds the node.
 */
export async function readStats(
  db: RoadcardsDb,
  nodeId: string,
  now: number,
  offsetAt: UtcOffsetAt,
  onProgress: (progress: StatsProgress) => void = () => {},
): Promise<StatsProgress | null> {
  const [settings, decks] = await Promise.all([readSettings(db), activeDecks(db)]);
  const clock: StatsClock = { dayStartHour: settings.dayStartHour, offsetAt };
  const scope = scopeOf(nodeId, decks);
  if (!scope) return null;
  let progress: StatsProgress = {
    nodeId,
    path: scope.path,
    desiredRetention: settings.desiredRetention,
    todayKey: dayKeyer(clock)(now),
    activity: null,
    cards: null,
  };
  const report = (patch: Partial<StatsProgress>) => onProgress((progress = { ...progress, ...patch }));
  const logs = scope.logs;
  if (logs === 'cards') {
    const { cards, cardIds } = await readCards(db, scope, now, clock, settings.desiredRetention, settings.parameters);
    report({ cards });
    report({ activity: await readCardsActivity(db, cardIds, clock) });
  } else {
    const deckId = logs === null ? null : logs.deckId;
    // The cards' pages are asked for at once: their requests queue behind the summary's few rows, not after its report.
    const cardsRead = readCards(db, scope, now, clock, settings.desiredRetention, settings.parameters);
    cardsRead.catch(() => {}); // awaited below; a failure of the summary first must not leave it unhandled
    report({ activity: await readLogActivity(db, deckId, now, clock, (activity) => report({ activity })) });
    report({ cards: (await cardsRead).cards });
  }
  return progress;
}

/** One card's history, oldest first: what card info lists. */
export interface CardHistoryRow {
  reviewedAt: number;
  grade: 1 | 2 | 3 | 4;
  /** Days until the next review that this grade set. */
  intervalDays: number;
  durationMs?: number;
}

export interface CardInfo {
  cardId: string;
  front: string;
  back: string;
  source: { file: string; line: number };
  /** Roadmap title then the card's section breadcrumb. */
  path: string[];
  state: CardState | null;
  retrievability: number;
  retired: boolean;
  history: CardHistoryRow[];
}

/** Everything card info shows, from the card row, its state and its logs (the cardId index); null for an unknown card. */
export async function readCardInfo(db: RoadcardsDb, cardId: string, now: number): Promise<CardInfo | null> {
  const [row, state, logs, settings] = await Promise.all([
    db.cards.get(cardId),
    db.states.get(cardId),
    db.logs.where('cardId').equals(cardId).toArray(),
    readSettings(db),
  ]);
  if (!row) return null;
  const deck = await db.decks.get(row.deckId);
  return {
    cardId,
    front: row.card.front,
    back: row.card.back,
    source: row.card.source,
    path: [deck?.title ?? row.deckId, ...row.card.section],
    state: state ?? null,
    retrievability: retrievabilityAt(state, now, settings.parameters),
    retired: row.retired === 1,
    history: logs
      .filter((log) => log.kind === 'review')
      .sort((a, b) => a.reviewedAt - b.reviewedAt)
      .map((log) => ({
        reviewedAt: log.reviewedAt,
        grade: log.grade,
        intervalDays: log.after.scheduledDays,
        ...(log.durationMs === undefined ? {} : { durationMs: log.durationMs }),
      })),
  };
}
