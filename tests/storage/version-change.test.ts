// Another tab upgrading the schema closes this tab's connection and asks the UI to reload.
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { openRoadcards } from '../../src/storage/index.ts';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/storage/schema.ts';
import { freshDbName } from '../fixtures/review/db.ts';

describe('versionchange', () => {
  it('calls onVersionChange and lets the newer tab open', async () => {
    const dbName = freshDbName();
    const onVersionChange = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const rc = await openRoadcards({ dbName, onVersionChange });
    const newer = new Dexie(dbName);
    newer.version(CURRENT_SCHEMA_VERSION).stores(SCHEMA_VERSIONS.at(-1)!.stores);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ extra: 'id' });
    await newer.open(); // would hang on "blocked" if the old connection stayed open
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(newer.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    newer.close();
    rc.close();
    warn.mockRestore();
  });
});
