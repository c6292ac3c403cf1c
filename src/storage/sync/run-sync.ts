// One sync with the learner's CouchDB database (make sure it exists, detect a wiped one, push, pull, record the outcome),
// and history sync's API for one database: config, one run at a time, the last outcome.
import type { HistorySync } from '../index.ts';
import { MOVED_REPLAY_KEY } from '../moved-cards.ts';
import type { RoadcardsDb } from '../schema.ts';
import { CouchClient, SyncError, type CouchConfig, type FetchLike } from './couch-client.ts';
import { deviceIdOf, newDeviceId } from './outbox.ts';
import { pullEvents, replayCards, replayTables } from './pull.ts';
import { pushEvents, startOver } from './push.ts';
import { rederiveMemoryStates } from './rederive.ts';
import type { RoadmapCompiler } from './roadmap-events.ts';
import { seedWrites } from './marks-sync.ts';
import { readSettings } from '../settings-store.ts';
import { readConfig, readState, SERVER_KEY, STATUS_KEY, writeState, type ServerCheckpoint, type SyncStatus } from './sync-state.ts';

export interface SyncRunOptions {
  fetch?: FetchLike;
  timeoutMs?: number;
  /** Documents per _bulk_docs / _changes request. */
  batchSize?: number;
  /** Sees the client after the run (bench:sync reads its byte counts). */
  onClient?: (client: CouchClient) => void;
  /** Compiles received roadmaps (default: the core compiler in a Worker, loaded only when one arrives). */
  compileRoadmap?: RoadmapCompiler;
}

/**
 * Runs one sync with the stored config. Nothing local changes before the server has answered the first request,
 * so a wrong password or an unreachable server leaves the learner's data exactly as it was.
 */
export async function runSync(db: RoadcardsDb, now: number, options: SyncRunOptions = {}): Promise<SyncStatus> {
  const config = await readConfig(db);
  let status: SyncStatus;
  if (!config) {
    status = { at: now, ok: false, sent: 0, received: 0, error: { kind: 'bad-config', message: 'no server set' } };
  } else {
    let sent = 0;
    let received = 0;
    const problems: string[] = [];
    try {
      const client = new CouchClient(config, options.fetch ?? ((input, init) => fetch(input, init)), options.timeoutMs);
      options.onClient?.(client);
      const batch = options.batchSize ?? 500;
      await client.ensureDatabase();
      const marker = await client.markerId(newDeviceId);
      const deviceId = await db.transaction('rw', db.syncState, () => deviceIdOf(db));
      const known = await readState<ServerCheckpoint>(db, SERVER_KEY);
      if (!sameDatabase(known, config, marker.dbId)) await startOver(db, { url: config.url, db: config.db, dbId: marker.dbId, since: '0' });
      await seedWrites(db);
      const pushed = await pushEvents(db, client, deviceId, batch);
      sent = pushed.sent;
      const server = (await readState<ServerCheckpoint>(db, SERVER_KEY))!;
      received = await pullEvents(db, client, deviceId, server, batch, { now, problems, ...(options.compileRoadmap ? { compile: options.compileRoadmap } : {}) });
      // Cards whose reviews went out are replayed too: both devices then hold the replay of the same union.
      // And cards a roadmap edit moved onto an id that already had reviews from another device.
      const moved = await readState<unknown>(db, MOVED_REPLAY_KEY);
      const cards = new Set([...pushed.cards, ...(Array.isArray(moved) ? moved.filter((id): id is string => typeof id === 'string') : [])]);
      if (cards.size > 0) await replayPushed(db, cards, deviceId);
      if (moved !== undefined) await db.transaction('rw', db.syncState, () => db.syncState.delete(MOVED_REPLAY_KEY));
      // Weights received from another device: the memory states are recomputed with them, as apply did there.
      await rederiveMemoryStates(db);
      status = { at: now, ok: true, sent, received, ...(problems.length ? { problems } : {}) };
    } catch (error) {
      const known = error instanceof SyncError ? error : new SyncError('server', error instanceof Error ? error.message : String(error));
      status = { at: now, ok: false, sent, received, error: { kind: known.kind, message: known.message } };
    }
  }
  // The outcome is sync's own record (Settings shows it); a full disk must not turn a sync result into a crash.
  await db.transaction('rw', db.syncState, () => writeState(db, STATUS_KEY, status)).catch(() => undefined);
  return status;
}

function sameDatabase(known: ServerCheckpoint | undefined, config: CouchConfig, dbId: string): boolean {
  return known !== undefined && known.url === config.url && known.db === config.db && known.dbId === dbId;
}

async function replayPushed(db: RoadcardsDb, cards: Set<string>, deviceId: string): Promise<void> {
  const ids = [...cards];
  // Chunks keep each transaction short: a first sync of a long history would otherwise hold the stores for seconds.
  for (let i = 0; i < ids.length; i += 200) {
    await db.transaction('rw', [...replayTables(db), db.settings], async () => replayCards(db, ids.slice(i, i + 200), await readSettings(db), deviceId));
  }
}

/** Stores the connection settings (on this device only) and returns them. */
export async function saveSyncConfig(db: RoadcardsDb, config: CouchConfig): Promise<CouchConfig> {
  const clean = { url: config.url.trim(), db: config.db.trim(), user: config.user.trim(), password: config.password };
  await db.transaction('rw', db.syncState, () => writeState(db, 'config', clean));
  return clean;
}

export async function readSyncStatus(db: RoadcardsDb): Promise<SyncStatus | null> {
  return (await readState<SyncStatus>(db, STATUS_KEY)) ?? null;
}

/** The run in progress per database: a second caller (auto sync and "sync now" together) gets its outcome. */
const running = new WeakMap<RoadcardsDb, Promise<SyncStatus>>();

export function historySync(db: RoadcardsDb): HistorySync {
  return {
    config: () => readConfig(db),
    saveConfig: (config) => saveSyncConfig(db, config),
    run: (now, options) => {
      const current = running.get(db);
      if (current) return current;
      const run = runSync(db, now, options).finally(() => running.delete(db));
      running.set(db, run);
      return run;
    },
    status: () => readSyncStatus(db),
  };
}
