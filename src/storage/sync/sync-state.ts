// Sync's records in the syncState store: the server checkpoint, push marks, the config and the last outcome.
import type { RoadcardsDb } from '../schema.ts';
import type { CouchConfig, SyncErrorKind } from './couch-client.ts';

/** The database this device last synced with, and how far it has read that database's changes feed. */
export interface ServerCheckpoint {
  url: string;
  db: string;
  /** The marker doc's id: a wiped or recreated database has another (or none), so everything is sent again. */
  dbId: string;
  since: string;
}

/** What the last sync did, as Settings shows it. */
export interface SyncStatus {
  at: number;
  ok: boolean;
  sent: number;
  received: number;
  error?: { kind: SyncErrorKind; message: string };
  /** Received roadmaps left out (`file:line: message`): a compile error, or a built-in roadmap's name here. */
  problems?: string[];
}

export const SERVER_KEY = 'server';
export const CONFIG_KEY = 'config';
export const STATUS_KEY = 'status';
/** Highest local log / drill id sent; rows above it (and not received from the server) wait to go out. */
export const LOGS_MARK_KEY = 'push:logs';
export const DRILLS_MARK_KEY = 'push:drills';
/** Set while everything is being sent again (first sync, or a wiped server): received rows go out too. */
export const FULL_PUSH_KEY = 'push:full';

export async function readState<T>(db: RoadcardsDb, key: string): Promise<T | undefined> {
  return (await db.syncState.get(key))?.value as T | undefined;
}

export async function writeState(db: RoadcardsDb, key: string, value: unknown): Promise<void> {
  await db.syncState.put({ key, value });
}

export async function markOf(db: RoadcardsDb, key: string): Promise<number> {
  const value = await readState<number>(db, key);
  return typeof value === 'number' ? value : 0;
}

/** The connection settings, stored on this device only (never synced, never in a backup). */
export async function readConfig(db: RoadcardsDb): Promise<CouchConfig | null> {
  const value = await readState<CouchConfig>(db, CONFIG_KEY);
  return value && typeof value.url === 'string' && value.url ? value : null;
}
