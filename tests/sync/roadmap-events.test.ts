// Roadmaps added in the app as sync events: recorded with their text, compiled on arrival, merged with progress kept, removed
// by retiring; a roadmap that does not compile (or claims another's id, or a built-in's name) is left out whole and named.
import { afterEach, describe, expect, it } from 'vitest';
import { compileRoadmapFile } from '../../src/core/deck/compile-file.ts';
import type { Deck } from '../../src/core/deck/schema.ts';
import type { RoadmapEvent, SyncEvent } from '../../src/core/sync/events.ts';
import type { RoadcardsDb } from '../../src/storage/schema.ts';
import { applyEvents } from '../../src/storage/sync/pull.ts';
import { startOver } from '../../src/storage/sync/push.ts';
import { compileReceivedRoadmaps } from '../../src/storage/sync/roadmap-events.ts';
import { DAY, HOUR, T0 } from '../fixtures/review/clock.ts';
import { closeAll, freshDevice } from '../backup/helpers.ts';
import { MY_ROADMAP } from '../roadmaps/fixtures.ts';

afterEach(closeAll);

const CHECKPOINT = { url: 'http://server', db: 'learner', dbId: 'm1', since: '1' };
const compile = (text: string, file = 'my-cache.md'): Deck => compileRoadmapFile(new TextEncoder().encode(text), file).deck!;
const roadmapEvent = (text: string | null, writtenAt: number, file = 'my-cache.md', deckId = 'my-cache'): RoadmapEvent => ({
  type: 'roadmap',
  deckId,
  file,
  text,
  writtenAt,
  deviceId: 'device-b',
});

/** What a pull does with one page: compile first, then apply in one transaction. */
async function receive(raw: RoadcardsDb, events: SyncEvent[], now = T0) {
  const roadmaps = await compileReceivedRoadmaps(raw, events);
  const applied = await applyEvents(raw, events, 'device-a', CHECKPOINT, { now, roadmaps });
  return { applied, problems: roadmaps.problems };
}

const activeCards = async (raw: RoadcardsDb, deckId: string) => (await raw.cards.where('deckId').equals(deckId).toArray()).filter((row) => row.retired === 0).length;

describe('roadmaps added or removed here', () => {
  it('record the text once in the outbox (the kept write leaves it to the roadmaps store) and a removal as a tombstone', async () => {
    const { rc, raw } = await freshDevice();
    const mine = await rc.userRoadmaps();
    await mine.add({ file: 'my-cache.md', text: MY_ROADMAP }, compile(MY_ROADMAP), T0);
    const [sent] = (await raw.outbox.toArray()).map((row) => row.event);
    expect(sent).toMatchObject({ type: 'roadmap', deckId: 'my-cache', file: 'my-cache.md', text: MY_ROADMAP, writtenAt: T0 });
    expect((await raw.writes.get('roadmap:my-cache'))?.event).toMatchObject({ text: '' });
    // A wiped server gets the text back from the roadmaps store.
    await raw.outbox.clear();
    await startOver(raw, CHECKPOINT);
    expect((await raw.outbox.toArray()).find((row) => row.event.type === 'roadmap')?.event).toMatchObject({ text: MY_ROADMAP });
    await mine.remove('my-cache');
    expect((await raw.writes.get('roadmap:my-cache'))?.event).toMatchObject({ text: null, file: 'my-cache.md' });
  });
});

describe('roadmaps received', () => {
  it('are compiled and merged like the Roadmaps screen does; an update keeps progress; removal retires and keeps history', async () => {
    const { rc, raw } = await freshDevice();
    const deck = compile(MY_ROADMAP);
    expect(await receive(raw, [roadmapEvent(MY_ROADMAP, T0)])).toEqual({ applied: 1, problems: [] });
    expect((await rc.roadmaps(T0)).map((row) => row.id)).toEqual(['road', 'my-cache']);
    expect(await activeCards(raw, 'my-cache')).toBe(deck.cards.length);
    const redis = deck.cards.find((card) => card.front.includes('Redis'))!;
    await rc.grade(redis.id, 3, T0 + HOUR);

    const edited = MY_ROADMAP.replace('- 缓存雪崩：大量缓存同时过期\n', '');
    expect((await receive(raw, [roadmapEvent(edited, T0 + DAY)])).applied).toBe(1);
    expect(await activeCards(raw, 'my-cache')).toBe(deck.cards.length - 1);
    expect(await raw.states.get(redis.id)).toMatchObject({ reps: 1, retired: 0 });
    // An older version arriving late changes nothing and is not even compiled.
    expect(await receive(raw, [roadmapEvent(MY_ROADMAP, T0 + HOUR)])).toEqual({ applied: 0, problems: [] });

    expect((await receive(raw, [roadmapEvent(null, T0 + 2 * DAY)])).applied).toBe(1);
    expect(await raw.roadmaps.get('my-cache')).toBeUndefined();
    expect(await activeCards(raw, 'my-cache')).toBe(0);
    expect(await raw.states.get(redis.id)).toMatchObject({ reps: 1, retired: 1 });
    expect(await raw.logs.where('cardId').equals(redis.id).count()).toBe(1);
  });

  it('one that does not compile, claims another deck id, or is named like a built-in here is left out whole, and said why', async () => {
    const { raw } = await freshDevice();
    const before = { decks: await raw.decks.toArray(), cards: await raw.cards.count(), states: await raw.states.count() };
    const broken = await receive(raw, [roadmapEvent('', T0)]);
    expect(broken.applied).toBe(0);
    expect(broken.problems).toEqual([expect.stringMatching(/^my-cache\.md:1: /)]);
    const liar = await receive(raw, [roadmapEvent(MY_ROADMAP, T0, 'other-name.md', 'my-cache')]);
    expect(liar).toEqual({ applied: 0, problems: ['other-name.md: compiles to roadmap "other-name", not "my-cache"'] });
    const builtIn = await receive(raw, [roadmapEvent(MY_ROADMAP, T0, 'road.md', 'road')]);
    expect(builtIn.applied).toBe(0);
    expect(builtIn.problems).toEqual([expect.stringContaining('road.md: a built-in roadmap here')]);
    // Keys from the data are Map keys and database keys only: a hostile id reaches no prototype.
    const hostile = await receive(raw, [roadmapEvent(MY_ROADMAP, T0, '__proto__.md', '__proto__'), roadmapEvent(null, T0, 'constructor.md', 'constructor')]);
    expect(hostile.problems).toEqual(['__proto__.md: compiles to roadmap "proto", not "__proto__"']);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect({ decks: await raw.decks.toArray(), cards: await raw.cards.count(), states: await raw.states.count() }).toEqual(before);
    expect(await raw.roadmaps.count()).toBe(0);
    // A removal of a roadmap this device never had (or a built-in's id) retires nothing.
    expect((await receive(raw, [roadmapEvent(null, T0, 'road.md', 'road')])).applied).toBe(1);
    expect(await raw.decks.toArray()).toEqual(before.decks);
  });

  it('marks that arrived before their roadmap park its card once the roadmap brings it', async () => {
    const { rc, raw } = await freshDevice();
    const card = compile(MY_ROADMAP).cards[0]!;
    await receive(raw, [{ type: 'marks', cardId: card.id, marks: { suspended: 1 }, writtenAt: T0, deviceId: 'device-b' }]);
    await receive(raw, [roadmapEvent(MY_ROADMAP, T0)]);
    expect(await raw.states.get(card.id)).toMatchObject({ parked: 1 });
    expect((await rc.studyItems('my-cache', T0)).map((item) => item.card.id)).not.toContain(card.id);
  });
});
