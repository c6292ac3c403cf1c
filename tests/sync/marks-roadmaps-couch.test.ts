// Card marks and roadmaps added in the app, synced through a real CouchDB-compatible server (pouchdb-server on loopback).
import { describe, expect, it } from 'vitest';
import { COUCH_ADMIN } from '../../scripts/couch-test-server.ts';
import { DAY, HOUR, T0 } from '../fixtures/review/clock.ts';
import { syncNow, useCouchServer, type Device } from './couch-devices.ts';
import { compileRoadmapFile } from '../../src/core/deck/compile-file.ts';
import { MY_ROADMAP } from '../roadmaps/fixtures.ts';

const { server, device } = useCouchServer();

const newDbName = () => `marks-${Math.random().toString(36).slice(2, 10)}`;
const sync = syncNow;
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
    expect((await fetch(`${server().url}/${name}`, { method: 'DELETE', headers: { authorization: auth() } })).ok).toBe(true);
    expect(await sync(a, T0)).toMatchObject({ ok: true, sent: 2 });
    const b = await device(name);
    expect(await sync(b, T0)).toMatchObject({ ok: true, received: 2 });
    expect(await queued(b, 'road', T0)).not.toContain('road:a1');
    expect(await b.rc.cardMarks('road:b2')).toMatchObject({ flag: 3 });
    expect(await queued(b, 'road', T0 + 2 * DAY)).toContain('road:b2');
  }, 60_000);
});

describe('roadmaps added in the app between two devices', () => {
  const deck = compileRoadmapFile(new TextEncoder().encode(MY_ROADMAP), 'my-cache.md').deck!;

  it('added on A: B gets its cards; a review of one on A replays on B; removal on A retires them on B with history kept', async () => {
    const name = newDbName();
    const [a, b] = [await device(name), await device(name)];
    await (await a.rc.userRoadmaps()).add({ file: 'my-cache.md', text: MY_ROADMAP }, deck, T0);
    const card = deck.cards[0]!;
    await a.rc.grade(card.id, 3, T0 + HOUR);
    expect(await sync(a, T0 + HOUR)).toMatchObject({ ok: true, sent: 2 });
    expect(await sync(b, T0 + HOUR)).toMatchObject({ ok: true, received: 2 });
    expect(await (await b.rc.userRoadmaps()).list()).toMatchObject([{ id: 'my-cache', file: 'my-cache.md', cardCount: deck.cards.length }]);
    expect((await b.raw.cards.where('deckId').equals('my-cache').primaryKeys()).sort()).toEqual(deck.cards.map((c) => c.id).sort());
    expect(await b.raw.states.get(card.id)).toEqual(await a.raw.states.get(card.id));
    expect(await b.raw.states.get(card.id)).toMatchObject({ reps: 1, retired: 0 });
    expect(await queued(b, 'my-cache', T0 + 2 * DAY)).toEqual(await queued(a, 'my-cache', T0 + 2 * DAY));
    expect((await b.rc.roadmaps(T0 + HOUR)).find((row) => row.id === 'my-cache')!.counts.new).toBe(deck.cards.length - 1);

    await (await a.rc.userRoadmaps()).remove('my-cache');
    expect(await sync(a, T0 + DAY)).toMatchObject({ ok: true, sent: 1 });
    expect(await sync(b, T0 + DAY)).toMatchObject({ ok: true, received: 1 });
    expect(await (await b.rc.userRoadmaps()).list()).toEqual([]);
    expect((await b.rc.roadmaps(T0 + DAY)).map((row) => row.id)).toEqual(['road']);
    expect(await b.raw.states.get(card.id)).toMatchObject({ reps: 1, retired: 1 });
    expect(await b.raw.logs.where('cardId').equals(card.id).count()).toBe(1);
  }, 60_000);

  it('a roadmap document that does not compile is left out on the receiving device, and the outcome names it', async () => {
    const name = newDbName();
    const b = await device(name);
    expect(await sync(b, T0)).toMatchObject({ ok: true });
    const bad = { type: 'roadmap', deckId: 'broken', file: 'broken.md', text: '', writtenAt: T0, deviceId: 'device-x' };
    const put = await fetch(`${server().url}/${name}/rm:device-x:${T0}:broken`, { method: 'PUT', headers: { authorization: auth(), 'content-type': 'application/json' }, body: JSON.stringify(bad) });
    expect(put.ok).toBe(true);
    const outcome = await sync(b, T0);
    expect(outcome).toMatchObject({ ok: true, received: 0, problems: [expect.stringMatching(/^broken\.md:1: /)] });
    expect(await b.raw.roadmaps.count()).toBe(0);
    expect(await b.raw.decks.get('broken')).toBeUndefined();
  }, 60_000);
});
