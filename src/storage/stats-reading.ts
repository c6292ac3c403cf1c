// Reads for the statistics screen: a node's cards (states, forecast, mastery per child) then its review log in pages.
import { ALL_DUE_NODE_ID } from '../core/queue/all-due.ts';
import type { UtcOffsetAt } from '../core/queue/day.ts';
import { outlineDeck, type DeckOutline } from '../core/queue/outline.ts';
import type { CardState } from '../core/review-contract.ts';
import { retrievabilityAt } from '../core/scheduler/retrievability.ts';
import {
  activityAccumulator,
  dayKeyer,
  distributions,
  emptyTally,
  forecastDue,
  studyDayStartBefore,
  tallyCard,
  type CardTally,
  type DayActivity,
  type Distributions,
  type Forecast,
  type StatsClock,
} from '../core/stats/index.ts';
import { activeDecks, nodeOf } from './reading.ts';
import { forEachLogPage, forEachStatePage } from './paged-reads.ts';
import type { DeckRow, LogRow, RoadcardsDb, StateRow } from './schema.ts';
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

export interface StatsCards {
  nodeId: string;
  /** Titles from the roadmap down to the node; empty for 'all'. */
  path: string[];
  desiredRetention: number;
  /** Study-day key (YYYY-MM-DD) of `now`. */
  todayKey: string;
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

export interface StatsProgress {
  cards: StatsCards;
  activity: StatsActivity | null;
}

const WEAK_LIST = 10;

interface Placed {
  state: StateRow;
  child: string | null;
}

/** The active (not retired) states of some roadmaps, read in pages: a single getAll of 10,000 rows is a long task. */
async function activeStatesOf(db: RoadcardsDb, deckIds: ReadonlySet<string>): Promise<StateRow[]> {
  const found: StateRow[] = [];
  await forEachStatePage(db, (rows) => {
    for (const row of rows) if (row.retired === 0 && deckIds.has(row.deckId)) found.push(row);
  });
  return found;
}

/** The node's active cards, each with the child of the node it falls under (null: directly on the node). */
async function placeCards(db: RoadcardsDb, nodeId: string, decks: DeckRow[]): Promise<{ placed: Placed[]; children: { id: string; title: string }[]; path: string[] } | null> {
  if (nodeId === ALL_DUE_NODE_ID && !decks.some((deck) => deck.id === nodeId)) {
    const states = await activeStatesOf(db, new Set(decks.map((deck) => deck.id)));
    return { placed: states.map((state) => ({ state, child: state.deckId })), children: decks.map((deck) => ({ id: deck.id, title: deck.title })), path: [] };
  }
  const deck = decks.find((row) => row.id === nodeId || row.sections.some((s) => s.id === nodeId));
  if (!deck) return null;
  const outline = outlineDeck(deck);
  const childOf = new Map<string, string>();
  const childIds = outline.children.get(nodeId) ?? [];
  for (const child of childIds) for (const id of outline.subtree(child)) childOf.set(id, child);
  const inside = outline.subtree(nodeId);
  const placed = (await activeStatesOf(db, new Set([deck.id]))).flatMap((state) => {
    const at = nodeOf(outline, state.sectionId);
    return inside.has(at) ? [{ state, child: childOf.get(at) ?? null }] : [];
  });
  return { placed, children: childIds.map((id) => ({ id, title: titleOf(outline, id) })), path: outline.ancestry(nodeId).map((id) => titleOf(outline, id)) };
}

function titleOf(outline: DeckOutline, id: string): string {
  return outline.sections.get(id)?.title ?? outline.title;
}

async function weakestCards(db: RoadcardsDb, placed: Placed[], now: number, weights?: readonly number[]): Promise<WeakCard[]> {
  const weakest = placed
    .filter(({ state }) => state.phase !== 0)
    .map(({ state }) => ({ cardId: state.cardId, retrievability: retrievabilityAt(state, now, weights) }))
    .sort((a, b) => a.retrievability - b.retrievability)
    .slice(0, WEAK_LIST);
  const rows = await db.cards.bulkGet(weakest.map((card) => card.cardId));
  return weakest.map((card, i) => ({ ...card, front: rows[i]?.card.front ?? card.cardId }));
}

async function readStatsCards(
  db: RoadcardsDb,
  nodeId: string,
  now: number,
  clock: StatsClock,
  desiredRetention: number,
  /** The learner's trained weights, when applied: recall is predicted with the model that schedules. */
  weights?: readonly number[],
): Promise<{ cards: StatsCards; cardIds: Set<string> | null } | null> {
  const decks = await activeDecks(db);
  const found = await placeCards(db, nodeId, decks);
  if (!found) return null;
  const tally = emptyTally();
  const byChild = new Map(found.children.map((child) => [child.id, emptyTally()]));
  for (const { state, child } of found.placed) {
    tallyCard(tally, state, now, desiredRetention, weights);
    const childTally = child === null ? undefined : byChild.get(child);
    if (childTally) tallyCard(childTally, state, now, desiredRetention, weights);
  }
  const states: CardState[] = found.placed.map(({ state }) => state);
  const cards: StatsCards = {
    nodeId,
    path: found.path,
    desiredRetention,
    todayKey: dayKeyer(clock)(now),
    tally,
    children: found.children.map((child) => ({ ...child, tally: byChild.get(child.id)! })).filter((child) => child.tally.total > 0),
    forecast: forecastDue(states, now, clock),
    distributions: distributions(states, now, weights),
    weakest: await weakestCards(db, found.placed, now, weights),
  };
  // Under 'all' every log counts (retired cards' history too); under a node only its cards' logs.
  const all = nodeId === ALL_DUE_NODE_ID && found.path.length === 0;
  return { cards, cardIds: all ? null : new Set(states.map((state) => state.cardId)) };
}

/**
 * The node's statistics, reported as they come: first the cards (counts, forecast, mastery), then the last 30 study
 * days of the review log (today's and the month's figures), then the older log; each part read in bounded pages
 * (log-pages.ts) with a macrotask between them, so input is never blocked long. Resolves with the final figures; null
 * when no active roadmap holds the node.
 */
export async function readStats(
  db: RoadcardsDb,
  nodeId: string,
  now: number,
  offsetAt: UtcOffsetAt,
  onProgress: (progress: StatsProgress) => void = () => {},
): Promise<StatsProgress | null> {
  const settings = await readSettings(db);
  const clock: StatsClock = { dayStartHour: settings.dayStartHour, offsetAt };
  const read = await readStatsCards(db, nodeId, now, clock, settings.desiredRetention, settings.parameters);
  if (!read) return null;
  const { cards, cardIds } = read;
  onProgress({ cards, activity: null });
  const accumulator = activityAccumulator(clock);
  const add = (rows: LogRow[]) => accumulator.add(cardIds ? rows.filter((log) => cardIds.has(log.cardId)) : rows);
  const monthStart = studyDayStartBefore(now, 29, clock);
  await forEachLogPage(db, monthStart, Infinity, add);
  onProgress({ cards, activity: { days: new Map(accumulator.days), complete: false } });
  await forEachLogPage(db, -Infinity, monthStart, add);
  const done: StatsProgress = { cards, activity: { days: accumulator.days, complete: true } };
  onProgress(done);
  return done;
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
