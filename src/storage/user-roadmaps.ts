// Roadmaps added in the app: stored with their source text, merged like built-in decks (progress kept), removed by retiring.
import { buildDeckIndexEntry } from '../core/deck/deck-index.ts';
import type { Deck } from '../core/deck/schema.ts';
import type { DeckSyncResult } from './index.ts';
import { mergeDeck, mergeTables, retireDeck } from './merge.ts';
import type { RoadcardsDb, RoadmapRow } from './schema.ts';

/** A roadmap added in the app, as the Roadmaps screen lists it (without its text and cards). */
export interface UserRoadmap {
  id: string;
  file: string;
  title: string;
  cardCount: number;
  sectionCount: number;
  addedAt: number;
  updatedAt: number;
}

/** What adding did: the merge's counts, and whether it replaced an earlier version of the same roadmap. */
export type AddRoadmapResult =
  | { ok: true; replaced: boolean; merge: DeckSyncResult }
  /** A built-in roadmap has this deck id (the file name slugs the same): nothing was written. */
  | { ok: false; reason: 'built-in'; title: string };

/** A roadmap's source as backups carry it: enough to compile it again into the same cards. */
export interface RoadmapSource {
  file: string;
  text: string;
  addedAt: number;
  updatedAt: number;
}

function summary(row: RoadmapRow): UserRoadmap {
  const { id, file, title, addedAt, updatedAt, deck } = row;
  return { id, file, title, addedAt, updatedAt, cardCount: deck.cards.length, sectionCount: deck.sections.length };
}

export async function listUserRoadmaps(db: RoadcardsDb): Promise<UserRoadmap[]> {
  return (await db.roadmaps.toArray()).map(summary).sort((a, b) => a.addedAt - b.addedAt);
}

/** The roadmap whose deck would be `deckId`, or null: the screen says "updates X" before the learner accepts. */
export async function findUserRoadmap(db: RoadcardsDb, deckId: string): Promise<UserRoadmap | null> {
  const row = await db.roadmaps.get(deckId);
  return row ? summary(row) : null;
}

/** The title of the built-in roadmap that already has `deckId`, or null: such a file cannot be added under its name. */
export async function builtInTitle(db: RoadcardsDb, deckId: string): Promise<string | null> {
  const [own, deck] = await Promise.all([db.roadmaps.get(deckId), db.decks.get(deckId)]);
  return !own && deck && deck.retired === 0 ? deck.title : null;
}

/**
 * Stores the source and merges the compiled deck in one transaction: a new roadmap goes after every other on Home,
 * an edited one keeps its place, and card ids that survive the edit keep their state and history (mergeDeck).
 * `times` lets a backup restore keep the original dates.
 */
export async function addUserRoadmap(
  db: RoadcardsDb,
  source: { file: string; text: string },
  deck: Deck,
  now: number,
  times: { addedAt?: number; updatedAt?: number } = {},
): Promise<AddRoadmapResult> {
  return db.transaction('rw', [db.roadmaps, ...mergeTables(db)], async (): Promise<AddRoadmapResult> => {
    const [previous, deckRow, decks] = await Promise.all([db.roadmaps.get(deck.id), db.decks.get(deck.id), db.decks.toArray()]);
    if (!previous && deckRow && deckRow.retired === 0) return { ok: false, reason: 'built-in', title: deckRow.title };
    const position = deckRow && deckRow.retired === 0 ? deckRow.position : Math.max(-1, ...decks.map((row) => row.position)) + 1;
    const merge = await mergeDeck(db, deck, buildDeckIndexEntry(deck), position, now);
    await db.roadmaps.put({
      id: deck.id,
      file: source.file,
      title: deck.title,
      text: source.text,
      deck,
      addedAt: times.addedAt ?? previous?.addedAt ?? now,
      updatedAt: times.updatedAt ?? now,
    });
    return { ok: true, replaced: previous !== undefined, merge };
  });
}

/** Removes a roadmap added in the app: its cards are retired (state and review history kept; re-adding restores them). */
export async function removeUserRoadmap(db: RoadcardsDb, deckId: string): Promise<DeckSyncResult | null> {
  return db.transaction('rw', [db.roadmaps, db.decks, db.cards, db.states], async () => {
    if (!(await db.roadmaps.get(deckId))) return null;
    await db.roadmaps.delete(deckId);
    return retireDeck(db, deckId);
  });
}

/** Every added roadmap's source, for a backup. */
export async function roadmapSources(db: RoadcardsDb): Promise<RoadmapSource[]> {
  return (await db.roadmaps.toArray()).map(({ file, text, addedAt, updatedAt }) => ({ file, text, addedAt, updatedAt }));
}

/** The Roadmaps screen's handle on the database (Roadcards.userRoadmaps). */
export interface UserRoadmaps {
  list(): Promise<UserRoadmap[]>;
  find(deckId: string): Promise<UserRoadmap | null>;
  /** The built-in roadmap using this deck id, if any (see builtInTitle). */
  builtInTitle(deckId: string): Promise<string | null>;
  /** Stores a compiled roadmap (a validated deck from the compiler) with its source; see addUserRoadmap. */
  add(source: { file: string; text: string }, deck: Deck, now: number): Promise<AddRoadmapResult>;
  /** Null when no added roadmap has this id. */
  remove(deckId: string): Promise<DeckSyncResult | null>;
}

export function userRoadmapsOf(db: RoadcardsDb): UserRoadmaps {
  return {
    list: () => listUserRoadmaps(db),
    find: (deckId) => findUserRoadmap(db, deckId),
    builtInTitle: (deckId) => builtInTitle(db, deckId),
    // Recorded for other devices in the same transaction (sync's recording code loads with the first change).
    add: async (source, deck, now) => (await import('./sync/roadmap-events.ts')).addUserRoadmapRecorded(db, source, deck, now),
    remove: async (deckId) => (await import('./sync/roadmap-events.ts')).removeUserRoadmapRecorded(db, deckId, Date.now()),
  };
}
