// Card marks and roadmaps added in the app, synced through a real CouchDB-compatible server (pouchdb-server on loopback).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Roadcards } from '../../src/storage/index.ts';
import type { RoadcardsDb } from '../../src/storage/schema.ts';
import { COUCH_ADMIN, startCouchServer, type CouchServer } from '../../scripts/couch-test-server.ts';
import { DAY, HOUR, T0 } from '../fixtures/review/clock.ts';
import { closeAll, freshDevice } from '../backup/helpers.ts';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
}, 60_000);
afterAll(() => server?.stop());
afterEach(closeAll);

type Device = { rc: Roadcards; raw: RoadcardsDb };

async function device(dbName: string): Promise<Device> {
  const d = await freshDevice();
  await (await d.rc.historySync()).saveConfig({ url: server.url, db: dbName, user: COUCH_ADMIN.user, password: COUCH_ADMIN.password });
  return d;
}

const newDbName = () => `marks-${Math.random().toString(36).slice(2, 10)}`;
const sync = async (d: Device, now: number) => (await d.rc.historySync()).run(now);
const queued = async (d: Device, node: string, now: number) => (await d.rc.studyItems(node, now)).map((item) => item.card.id);
const newCount = async (d: Device, now: number) => (await d.rc.roadmaps(now)).find((row) => row.id === 'road')!.counts.new;
const auth = () => `Basic ${Buffer.from(`${COUCH_ADMIN.user}:${COUCH_ADMIN.password}`).toString('base64')}`;

describe('card marks between two devices', () => {
  it('a suspend and a note made on A are on B after A then B sync; a later unsuspend on B wins back on A', async () => {
    const name = newDbName();
    const [a, b] = [await device(name), await device(name)];
    await a.rc.markCards(['road:a1'], { suspended: true, note: '换个说法' }, T0);
    expect(await sync(a, T0)).toMatchObject({ ok: true, sent: 1 });
    expect(await sync(b, T0)).toMatchObject({ ok: true, received: 1 });
    expect(await b.rc.cardMarks('road:a1')).toMatchObject({ suspended: 1, note: '换个说法' });
    expect(await queued(b, 'road', T0)).not.toContain('road:a1');
    expect(await newCount(b, T0)).toBe(5);

    await b.rc.markCards(['road:a1'], { suspended: false }, T0 + HOUR);
    expect(await sync(b, T0 + HOUR)).toMatchObject({ ok: true, sent: 1 });
    expect(await sync(a, T0 + HOUR)).toMatchObject({ ok: true, received: 1 });
    for (const d of [a, b]) {
      expect(await d.rc.cardMarks('road:a1')).toMatchObject({ note: '换个说法' });
      expect((await d.rc.cardMarks('road:a1'))?.suspended).toBeUndefined();
      expect(await queued(d, 'road', T0 + HOUR)).toContain('road:a1');
      expect(await newCount(d, T0 + HOUR)).toBe(6);
    }
    // Nothing new either way: A's own write coming back from the server is not applied again.
    expect(await sync(a, T0 + HOUR)).toMatchObject({ ok: true, sent: 0, received: 0 });
  }, 60_000);

  it('an older write arriving after a newer local one changes nothing; marks made before marks synced go out too', async () => {
    const name = newDbName();
    const [a, b] = [await device(name), await device(name)];
    // As a device updated from a version whose marks did not sync: a marks row without a recorded write.
    await a.raw.marks.put({ cardId: 'road:b1', flag: 2, changedAt: T0 - DAY });
    await a.rc.markCards(['road:a2'], { flag: 1 }, T0);
    await b.rc.markCards(['road:a2'], { flag: 4 }, T0 + HOUR);
    expect(await sync(b, T0 + HOUR)).toMatchObject({ ok: true });
    expect(await sync(a, T0 + HOUR)).toMatchObject({ ok: true, sent: 2, received: 1 });
    expect(await sync(b, T0 + HOUR)).toMatchObject({ ok: true, received: 1 });
    for (const d of [a, b]) {
      expect((await d.rc.cardMarks('road:a2'))?.flag).toBe(4);
      expect((await d.rc.cardMarks('road:b1'))?.flag).toBe(2);
    }
  }, 60_000);

  it('a wiped server gets every card’s latest marks again', async () => {
    const name = newDbName();
    const a = await device(name);
    await a.rc.markCards(['road:a1', 'road:b2'], { suspended: true }, T0);
    await a.rc.markCards(['road:b2'], { suspended: false, flag: 3 }, T0 + 1);
    expect(await sync(a, T0)).toMatchObject({ ok: true, sent: 3 });
    expect((await fetch(`${server.url}/${name}`, { method: 'DELETE', headers: { authorization: auth() } })).ok).toBe(true);
    expect(await sync(a, T0)).toMatchObject({ ok: true, sent: 2 });
    const b = await device(name);
    expect(await sync(b, T0)).toMatchObject({ ok: true, received: 2 });
    expect(await queued(b, 'road', T0)).not.toContain('road:a1');
    expect(await b.rc.cardMarks('road:b2')).toMatchObject({ flag: 3 });
    expect(await queued(b, 'road', T0 + 2 * DAY)).toContain('road:b2');
  }, 60_000);
});
