// Opens a database written by schema version 4 with today's app (v8: sync) and finds every review with a stable id.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/storage/schema.ts';
import { logsAsSeeded } from './derived-ids.ts';
import { openSeeded } from './open-seeded.ts';
import { SEEDED_AT, seedV4Database, v4Rows } from './v4-database.ts';

describe('a version 4 database opened by the current app', () => {
  it('keeps every row, gives each old review without an id one made from this device and the entry, and keeps given ids', async () => {
    const { raw } = await openSeeded(seedV4Database);
    expect(raw.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(v4Rows)) {
      if (table !== 'logs') expect(await raw.table(table).toArray()).toEqual(rows);
    }
    expect(await logsAsSeeded(raw)).toEqual(v4Rows.logs);
    const deviceId = (await raw.syncState.get('device'))?.value;
    expect(typeof deviceId).toBe('string');
    const logs = await raw.logs.toArray();
    expect(logs.every((row) => typeof row.reviewId === 'string')).toBe(true);
    expect(new Set(logs.map((row) => row.reviewId)).size).toBe(logs.length);
    for (const row of logs) {
      const seeded = v4Rows.logs.find((seed) => seed.id === row.id)!;
      expect(row.reviewId).toBe(seeded.reviewId ?? `${deviceId}:${row.id}`);
    }
    expect(await raw.outbox.count()).toBe(0);
    expect(await raw.undone.count()).toBe(0);
  });

  it('grades on top of the old data with a new unique review id, and undoes an unsent grade as before', async () => {
    const { rc, raw } = await openSeeded(seedV4Database);
    const before = await raw.logs.count();
    const { undo } = await rc.grade('old:5', 3, SEEDED_AT + 10 * 60_000);
    const added = await raw.logs.get(undo.logId);
    expect(added?.reviewId).toMatch(/^[0-9a-f-]{36}$/);
    await rc.undo(undo);
    expect(await raw.logs.count()).toBe(before);
    // Never sent: undone as today, no undo event and nothing kept aside.
    expect(await raw.undone.count()).toBe(0);
    expect(await raw.outbox.count()).toBe(0);
  });
});
