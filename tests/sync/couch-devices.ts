// Two or more devices against one real CouchDB-compatible server (pouchdb-server on loopback), for sync test files.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { COUCH_ADMIN, startCouchServer, type CouchServer } from '../../scripts/couch-test-server.ts';
import type { Roadcards, SyncStatus } from '../../src/storage/index.ts';
import type { RoadcardsDb } from '../../src/storage/schema.ts';
import { closeAll, freshDevice } from '../backup/helpers.ts';

export type Device = { rc: Roadcards; raw: RoadcardsDb };

/** Starts the server before the file's tests and stops it after; closes every device after each test. */
export function useCouchServer(): { server: () => CouchServer; device: (dbName: string, password?: string) => Promise<Device> } {
  let server: CouchServer | undefined;
  beforeAll(async () => {
    server = await startCouchServer();
  }, 60_000);
  afterAll(() => server?.stop());
  afterEach(closeAll);
  const running = () => {
    if (!server) throw new Error('the test server has not started');
    return server;
  };
  return {
    server: running,
    /** A fresh device whose sync points at `dbName` on the test server. */
    device: async (dbName, password = COUCH_ADMIN.password) => {
      const d = await freshDevice();
      await (await d.rc.historySync()).saveConfig({ url: running().url, db: dbName, user: COUCH_ADMIN.user, password });
      return d;
    },
  };
}

export const syncNow = async (d: Device, now: number): Promise<SyncStatus> => (await d.rc.historySync()).run(now);
