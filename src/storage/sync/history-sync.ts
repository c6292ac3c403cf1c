// History sync's API for one database: config, one run at a time, the last outcome.
import type { HistorySync } from '../index.ts';
import type { RoadcardsDb } from '../schema.ts';
import { readSyncStatus, runSync, saveSyncConfig } from './run-sync.ts';
import { readConfig, type SyncStatus } from './sync-state.ts';

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
