// Roadmaps added in the app, across devices: recorded with their text when added or removed here; received ones compiled by
// the same compiler (before the page's transaction) and merged as the Roadmaps screen merges them, or retired.
import type { FileCompileResult } from '../../core/deck/compile-file.ts';
import type { Deck } from '../../core/deck/schema.ts';
import { eventId, writeKey, type RoadmapEvent, type SyncEvent } from '../../core/sync/events.ts';
import { isLaterWrite, type Written } from '../../core/sync/merge.ts';
import type { DeckSyncResult } from '../index.ts';
import { syncParked } from '../marks-store.ts';
import type { RoadcardsDb } from '../schema.ts';
import { mergeTables } from '../merge.ts';
import { addUserRoadmap, removeUserRoadmap, type AddRoadmapResult } from '../user-roadmaps.ts';
import type { CompileAnswer, CompileRequest } from '../../ui/screens/roadmaps/compile-worker.ts';
import { recordWrite, syncTables } from './outbox.ts';

/** The roadmap compiler: src/core/deck/compile-file.ts's, in a Worker where there are Workers (compile-received.ts). */
export type RoadmapCompiler = (bytes: Uint8Array, file: string) => FileCompileResult | Promise<FileCompileResult>;

/** A page's roadmaps compiled ahead of its transaction (by event id), and the ones left out, in words. */
export interface ReceivedRoadmaps {
  compiled: Map<string, Deck>;
  problems: string[];
}

const roadmapTables = (db: RoadcardsDb) => [...new Set([db.roadmaps, ...mergeTables(db), ...syncTables(db)])];

/** addUserRoadmap, and the write recorded for other devices (text and all) when it was stored. */
export async function addUserRoadmapRecorded(db: RoadcardsDb, source: { file: string; text: string }, deck: Deck, now: number): Promise<AddRoadmapResult> {
  return db.transaction('rw', roadmapTables(db), async () => {
    const added = await addUserRoadmap(db, source, deck, now);
    if (added.ok) await recordWrite(db, { type: 'roadmap', deckId: deck.id, file: source.file, text: source.text, writtenAt: now });
    return added;
  });
}

/** removeUserRoadmap, and its tombstone recorded for other devices. */
export async function removeUserRoadmapRecorded(db: RoadcardsDb, deckId: string, now: number): Promise<DeckSyncResult | null> {
  return db.transaction('rw', roadmapTables(db), async () => {
    const row = await db.roadmaps.get(deckId);
    const removed = await removeUserRoadmap(db, deckId);
    if (row) await recordWrite(db, { type: 'roadmap', deckId, file: row.file, text: null, writtenAt: now });
    return removed;
  });
}

/**
 * Received roadmaps compile in the Roadmaps screen's own compile Worker (the one asset the app ships, the CLI's
 * compiler; a 60 KB roadmap takes ~0.4 s, more on a phone): Home stays responsive. Without Workers (Node, jsdom) the
 * compiler runs inline.
 */
async function compileReceivedRoadmap(bytes: Uint8Array, file: string): Promise<FileCompileResult> {
  if (typeof Worker === 'undefined') return (await import('../../core/deck/compile-file.ts')).compileRoadmapFile(bytes, file);
  const worker = new Worker(new URL('../../ui/screens/roadmaps/compile-worker.ts', import.meta.url), { type: 'module', name: 'roadcards-compile' });
  try {
    return await new Promise<FileCompileResult>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<CompileAnswer>) => resolve(event.data.result));
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'the roadmap compiler failed to start')));
      worker.postMessage({ file, bytes } satisfies CompileRequest);
    });
  } finally {
    worker.terminate();
  }
}

/** This device's latest word on the roadmap: its write, or for one added before roadmaps synced, its update time. */
async function currentWrite(db: RoadcardsDb, event: RoadmapEvent): Promise<Written | undefined> {
  const [own, row] = await Promise.all([db.writes.get(writeKey(event)), db.roadmaps.get(event.deckId)]);
  return own?.event ?? (row ? { writtenAt: row.updatedAt, deviceId: '' } : undefined);
}

/**
 * Compiles the page's roadmaps that would win here (per roadmap only the page's latest), outside any transaction. One
 * with an error, or whose file name gives another deck id than its event claims, is left out and said why.
 */
export async function compileReceivedRoadmaps(db: RoadcardsDb, events: readonly SyncEvent[], compile?: RoadmapCompiler): Promise<ReceivedRoadmaps> {
  const received: ReceivedRoadmaps = { compiled: new Map(), problems: [] };
  const latest = new Map<string, RoadmapEvent>();
  for (const event of events) if (event.type === 'roadmap' && isLaterWrite(event, latest.get(event.deckId))) latest.set(event.deckId, event);
  const encoder = new TextEncoder();
  const run = compile ?? compileReceivedRoadmap;
  for (const event of latest.values()) {
    if (event.text === null || !isLaterWrite(event, await currentWrite(db, event))) continue;
    const { deck, problems } = await run(encoder.encode(event.text), event.file);
    const error = problems.find((problem) => problem.severity === 'error');
    if (!deck || error) received.problems.push(`${event.file}:${error ? `${error.line}: ${error.message}` : ' not compiled'}`);
    else if (deck.id !== event.deckId) received.problems.push(`${event.file}: compiles to roadmap "${deck.id}", not "${event.deckId}"`);
    else received.compiled.set(eventId(event), deck);
  }
  return received;
}

/**
 * Applies one received roadmap write when later than this device's: a removal retires its cards (history kept), an
 * added or updated one merges with progress kept and its marked cards parked. Left out (false): compiled out above,
 * or named like a built-in roadmap here. Call inside a transaction over `roadmapTables` and sync's stores.
 */
export async function applyRoadmapEvent(db: RoadcardsDb, event: RoadmapEvent, received: ReceivedRoadmaps | undefined, now: number): Promise<boolean> {
  if (!isLaterWrite(event, await currentWrite(db, event))) return false;
  const key = writeKey(event);
  if (event.text === null) {
    await db.writes.put({ key, event });
    await removeUserRoadmap(db, event.deckId);
    return true;
  }
  const deck = received?.compiled.get(eventId(event));
  if (!deck) return false;
  const added = await addUserRoadmap(db, { file: event.file, text: event.text }, deck, now, { updatedAt: event.writtenAt });
  if (!added.ok) {
    received!.problems.push(`${event.file}: a built-in roadmap here ("${added.title}") has its name`);
    return false;
  }
  // The text stays in the roadmaps store alone; a wiped server gets it back from there.
  await db.writes.put({ key, event: { ...event, text: '' } });
  // Marks that arrived before their cards: the cards now exist, so they leave the queues they must not be in.
  await syncParked(db, deck.cards.map((card) => card.id), now);
  return true;
}
