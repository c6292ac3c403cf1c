// History sync against a real CouchDB-compatible server (pouchdb-server on loopback): two devices, undo, errors, cuts, a wipe.
import { describe, expect, it } from 'vitest';
import type { RoadcardsDb } from '../../src/storage/schema.ts';
import { COUCH_ADMIN } from '../../scripts/couch-test-server.ts';
import { DAY, HOUR, T0 } from '../fixtures/review/clock.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';
import { useCouchServer } from './couch-devices.ts';

let dbCounter = 0;
const { server, device } = useCouchServer();

const newDbName = () => `learner-${++dbCounter}-${Math.random().toString(36).slice(2, 8)}`;

/** What a learner's history is, device-independent: review ids with their card, grade and time; each card's state. */
async function history(raw: RoadcardsDb) {
  const logs = (await raw.logs.toArray()).map((l) => `${l.reviewId}|${l.cardId}|${l.grade}|${l.reviewedAt}`).sort();
  const states = Object.fromEntries((await raw.states.toArray()).map((s) => [s.cardId, { ...s }]));
  return { logs, states };
}

async function serverDocs(dbName: string): Promise<string[]> {
  const auth = `Basic ${Buffer.from(`${COUCH_ADMIN.user}:${COUCH_ADMIN.password}`).toString('base64')}`;
  const body = (await (await fetch(`${server().url}/${dbName}/_all_docs`, { headers: { authorization: auth } })).json()) as { rows: { id: string }[] };
  return body.rows.map((row) => row.id).filter((id) => id !== 'roadcards-sync');
}

describe('history sync with a CouchDB server', () => {
  it('two devices grading the same and other cards offline end with the same states and the union of reviews, in either order', async () => {
    for (const aFirst of [true, false]) {
      const name = newDbName();
      const a = await device(name);
      const b = await device(name);
      await a.rc.grade('road:a1', 3, T0);
      await a.rc.grade('road:a2', 1, T0 + HOUR);
      await a.rc.grade('road:a1', 4, T0 + 3 * DAY);
      await b.rc.grade('road:a1', 2, T0 + DAY);
      await b.rc.grade('road:b1', 3, T0 + 2 * DAY);
      const [first, second] = aFirst ? [a, b] : [b, a];
      expect((await (await first.rc.historySync()).run(T0 + 4 * DAY)).ok).toBe(true);
      const secondRun = await (await second.rc.historySync()).run(T0 + 4 * DAY);
      expect(secondRun).toMatchObject({ ok: true, sent: 2 + Number(!aFirst), received: 3 - Number(!aFirst) });
      await (await first.rc.historySync()).run(T0 + 4 * DAY);
      const [ha, hb] = [await history(a.raw), await history(b.raw)];
      expect(ha.logs).toHaveLength(5);
      expect(hb).toEqual(ha);
      // road:a1 was graded on both: its state is the replay of all three reviews in time order.
      expect(ha.states['road:a1']).toMatchObject({ reps: 3, lastReview: T0 + 3 * DAY });
      expect((await serverDocs(name)).sort()).toEqual(ha.logs.map((l) => `r:${l.split('|')[0]}`).sort());
      // Nothing new: a second round sends and receives nothing; a grade after receiving goes out once.
      expect(await (await a.rc.historySync()).run(T0 + 5 * DAY)).toMatchObject({ ok: true, sent: 0, received: 0 });
      await second.rc.grade('road:c1', 3, T0 + 5 * DAY);
      expect(await (await second.rc.historySync()).run(T0 + 5 * DAY)).toMatchObject({ ok: true, sent: 1, received: 0 });
      expect(await (await first.rc.historySync()).run(T0 + 5 * DAY)).toMatchObject({ ok: true, sent: 0, received: 1 });
    }
  }, 60_000);

  it('an undo of a synced review travels as an event: the other device drops it from replay, nothing is deleted for good', async () => {
    const name = newDbName();
    const a = await device(name);
    const b = await device(name);
    await a.rc.grade('road:a1', 3, T0);
    const { undo } = await a.rc.grade('road:a1', 1, T0 + DAY);
    await (await a.rc.historySync()).run(T0 + DAY);
    await (await b.rc.historySync()).run(T0 + DAY);
    expect((await b.raw.states.get('road:a1'))?.lapses).toBe(0);
    expect((await b.raw.states.get('road:a1'))?.reps).toBe(2);
    await a.rc.undo(undo);
    expect(await a.raw.undone.count()).toBe(1);
    expect(await (await a.rc.historySync()).run(T0 + DAY)).toMatchObject({ ok: true, sent: 1 });
    expect(await (await b.rc.historySync()).run(T0 + DAY)).toMatchObject({ ok: true, received: 1 });
    expect(await history(b.raw)).toEqual(await history(a.raw));
    expect((await b.raw.states.get('road:a1'))?.reps).toBe(1);
    expect((await b.raw.undone.toArray()).map((row) => row.log?.grade)).toEqual([1]);
  }, 60_000);

  it('interview dates and settings: the later write wins on both devices, drills arrive once', async () => {
    const name = newDbName();
    const a = await device(name);
    const b = await device(name);
    await b.rc.setInterviewDate('road', T0 + 20 * DAY);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.rc.setInterviewDate('road', T0 + 30 * DAY);
    await a.rc.saveSettings({ desiredRetention: 0.85 });
    const card = (await a.rc.drillDeck('road', T0))!.cards[0]!;
    await a.rc.recordDrill([{ card, type: 'typed', outcome: 'wrong' }], { countAsReviews: false, now: T0, drillId: 'drill-a' });
    await (await a.rc.historySync()).run(T0);
    await (await b.rc.historySync()).run(T0);
    await (await a.rc.historySync()).run(T0);
    for (const d of [a, b]) {
      expect(await d.rc.interviewDates()).toEqual({ road: T0 + 30 * DAY });
      expect((await d.rc.getSettings()).desiredRetention).toBe(0.85);
      expect(await d.raw.drills.count()).toBe(1);
    }
  }, 60_000);

  it('a wrong password says so and changes nothing local', async () => {
    const a = await device(newDbName(), 'wrong password');
    await a.rc.grade('road:a1', 3, T0);
    const before = { logs: await a.raw.logs.toArray(), states: await a.raw.states.toArray(), outbox: await a.raw.outbox.toArray(), undone: await a.raw.undone.toArray() };
    const status = await (await a.rc.historySync()).run(T0);
    expect(status).toMatchObject({ ok: false, sent: 0, received: 0, error: { kind: 'unauthorized' } });
    expect({ logs: await a.raw.logs.toArray(), states: await a.raw.states.toArray(), outbox: await a.raw.outbox.toArray(), undone: await a.raw.undone.toArray() }).toEqual(before);
    expect(await (await a.rc.historySync()).status()).toEqual(status);
  }, 60_000);

  it('a server that stops answering times out; an unreachable one says so', async () => {
    const a = await device(newDbName());
    const hang = (_: string, init?: RequestInit) => new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    expect(await (await a.rc.historySync()).run(T0, { fetch: hang, timeoutMs: 200 })).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    await (await a.rc.historySync()).saveConfig({ url: 'http://127.0.0.1:9', db: 'x', user: 'u', password: 'p' });
    expect(await (await a.rc.historySync()).run(T0)).toMatchObject({ ok: false, error: { kind: 'unreachable' } });
  }, 60_000);

  it('a connection cut mid-batch, then the server killed and restarted: the next sync completes with every review once', async () => {
    const name = newDbName();
    const a = await device(name);
    for (let i = 0; i < 12; i += 1) await a.rc.grade(i % 2 ? 'road:a1' : 'road:b2', ((i % 4) + 1) as 1 | 2 | 3 | 4, T0 + i * HOUR);
    let calls = 0;
    // The fifth request (a later batch of reviews) dies with the server, as a crash mid-sync leaves it.
    const cutting = async (input: string, init?: RequestInit) => {
      calls += 1;
      if (calls === 5) {
        await server().kill();
        throw new TypeError('fetch failed');
      }
      return fetch(input, init);
    };
    const cut = await (await a.rc.historySync()).run(T0, { fetch: cutting, batchSize: 5 });
    expect(cut).toMatchObject({ ok: false, error: { kind: 'unreachable' } });
    await server().restart();
    expect(await (await a.rc.historySync()).run(T0, { batchSize: 5 })).toMatchObject({ ok: true });
    const b = await device(name);
    expect(await (await b.rc.historySync()).run(T0)).toMatchObject({ ok: true, received: 12 });
    expect(await history(b.raw)).toEqual(await history(a.raw));
    expect(await serverDocs(name)).toHaveLength(12);
  }, 90_000);

  it('a wiped server gets everything again, and a fresh device then receives it all', async () => {
    const name = newDbName();
    const a = await device(name);
    await a.rc.grade('road:a1', 3, T0);
    await a.rc.grade('road:a2', 4, T0 + HOUR);
    await (await a.rc.historySync()).run(T0);
    const auth = `Basic ${Buffer.from(`${COUCH_ADMIN.user}:${COUCH_ADMIN.password}`).toString('base64')}`;
    expect((await fetch(`${server().url}/${name}`, { method: 'DELETE', headers: { authorization: auth } })).ok).toBe(true);
    await a.rc.grade('road:b1', 2, T0 + 2 * HOUR);
    // The database is missing (404): it is created again, found to be new, and the whole history goes out.
    expect(await (await a.rc.historySync()).run(T0)).toMatchObject({ ok: true, sent: 3 });
    const b = await device(name);
    expect(await (await b.rc.historySync()).run(T0)).toMatchObject({ ok: true, received: 3 });
    expect(await history(b.raw)).toEqual(await history(a.raw));
  }, 60_000);
});

describe('a card the other device does not have yet', () => {
  it('arrives as a state out of every queue, and the roadmap that brings the card brings it in with that state', async () => {
    const name = newDbName();
    const a = await device(name);
    const bigger = twoStageDeck('road', 3);
    await a.rc.syncDecks(deckServer([bigger]).fetchJson, T0);
    await a.rc.grade('road:a3', 4, T0);
    await (await a.rc.historySync()).run(T0);
    const b = await device(name);
    expect(await b.raw.cards.get('road:a3')).toBeUndefined();
    expect(await (await b.rc.historySync()).run(T0)).toMatchObject({ ok: true, received: 1 });
    expect(await b.raw.states.get('road:a3')).toMatchObject({ retired: 1, reps: 1 });
    expect((await b.rc.studyItems('road', T0 + 30 * DAY)).map((item) => item.card.id)).not.toContain('road:a3');
    await b.rc.syncDecks(deckServer([bigger]).fetchJson, T0 + HOUR);
    expect(await b.raw.states.get('road:a3')).toEqual(await a.raw.states.get('road:a3'));
  }, 60_000);
});

describe('a batch stored but not confirmed', () => {
  it('is sent again after a lost reply: the server answers 409 for each, and nothing is duplicated', async () => {
    const name = newDbName();
    const a = await device(name);
    await a.rc.grade('road:a1', 3, T0);
    await a.rc.grade('road:a2', 2, T0 + HOUR);
    await (await a.rc.historySync()).run(T0);
    // As if the reply to _bulk_docs never came: the marks still say nothing was sent.
    await a.raw.syncState.put({ key: 'push:logs', value: 0 });
    expect(await (await a.rc.historySync()).run(T0)).toMatchObject({ ok: true, sent: 2, received: 0 });
    expect(await serverDocs(name)).toHaveLength(2);
  }, 60_000);
});
