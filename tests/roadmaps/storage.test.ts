// Roadmaps added in the app: stored with their text, listed on Home, edits keep progress, removal retires and keeps history.
import { afterEach, describe, expect, it } from 'vitest';
import { compileRoadmapFile } from '../../src/core/deck/compile-file.ts';
import type { Deck } from '../../src/core/deck/schema.ts';
import { DAY, T0 } from '../fixtures/review/clock.ts';
import { closedAfterEach } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';
import { MY_ROADMAP } from './fixtures.ts';

const setup = closedAfterEach(afterEach);


function compile(text: string, file = 'my-cache.md'): Deck {
  const { deck, problems } = compileRoadmapFile(new TextEncoder().encode(text), file);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return deck!;
}

function cardByFront(deck: Deck, front: string) {
  const card = deck.cards.find((c) => c.front.includes(front));
  if (!card) throw new Error(`no card ${front} in ${deck.cards.map((c) => c.front).join(' | ')}`);
  return card;
}

describe('a roadmap added in the app', () => {
  it('is listed with the built-in roadmaps, after them, and survives the next deck sync', async () => {
    const { rc } = await setup();
    await rc.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);
    const deck = compile(MY_ROADMAP);
    const mine = await rc.userRoadmaps();
    const added = await mine.add({ file: 'my-cache.md', text: MY_ROADMAP }, deck, T0);
    expect(added).toMatchObject({ ok: true, replaced: false, merge: { added: deck.cards.length } });
    expect((await rc.roadmaps(T0)).map((r) => [r.id, r.counts.new])).toEqual([
      ['road', 6],
      ['my-cache', deck.cards.length],
    ]);
    // The built-in index does not list it: the sync must leave it alone.
    await rc.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0 + DAY);
    expect((await rc.roadmaps(T0 + DAY)).map((r) => r.id)).toEqual(['road', 'my-cache']);
    expect(await mine.list()).toMatchObject([{ id: 'my-cache', file: 'my-cache.md', title: '我的缓存笔记', cardCount: deck.cards.length }]);
  });

  it('re-added after an edit keeps the progress of every card that is still there and retires the one that is gone', async () => {
    const { rc, raw } = await setup();
    const mine = await rc.userRoadmaps();
    const deck = compile(MY_ROADMAP);
    await mine.add({ file: 'my-cache.md', text: MY_ROADMAP }, deck, T0);
    const redis = cardByFront(deck, 'Redis');
    const bloom = cardByFront(deck, '布隆过滤器');
    const graded = (await rc.grade(redis.id, 3, T0)).state;
    await rc.grade(bloom.id, 3, T0);

    const editedText = MY_ROADMAP.replace('内存键值数据库，常用作缓存', '内存键值数据库，支持持久化').replace('- 布隆过滤器：判断元素可能存在或一定不存在\n', '');
    const edited = compile(editedText);
    const again = await mine.add({ file: 'my-cache.md', text: editedText }, edited, T0 + DAY);
    expect(again).toMatchObject({ ok: true, replaced: true, merge: { added: 0, updated: 1, retired: 1 } });
    expect(cardByFront(edited, 'Redis').id).toBe(redis.id);
    const state = await raw.states.get(redis.id);
    expect(state).toMatchObject({ reps: graded.reps, stability: graded.stability, retired: 0 });
    expect((await raw.cards.get(redis.id))).toMatchObject({ updated: 1, card: { back: expect.stringContaining('支持持久化') } });
    expect(await raw.states.get(bloom.id)).toMatchObject({ retired: 1, reps: 1 });
    expect(await raw.logs.where('cardId').equals(bloom.id).count()).toBe(1);
    expect((await raw.roadmaps.get('my-cache'))!.text).toBe(editedText);
  });

  it('removed: gone from Home, its cards retired with their states and review history kept; added again, they return', async () => {
    const { rc, raw } = await setup();
    const mine = await rc.userRoadmaps();
    const deck = compile(MY_ROADMAP);
    await mine.add({ file: 'my-cache.md', text: MY_ROADMAP }, deck, T0);
    const redis = cardByFront(deck, 'Redis');
    await rc.grade(redis.id, 3, T0);
    const logs = await raw.logs.toArray();

    expect(await mine.remove('my-cache')).toMatchObject({ retired: deck.cards.length });
    expect(await rc.roadmaps(T0)).toEqual([]);
    expect(await mine.list()).toEqual([]);
    expect(await raw.logs.toArray()).toEqual(logs);
    expect(await raw.states.get(redis.id)).toMatchObject({ retired: 1, reps: 1 });
    expect(await mine.remove('my-cache')).toBeNull();

    await mine.add({ file: 'my-cache.md', text: MY_ROADMAP }, deck, T0 + DAY);
    expect(await raw.states.get(redis.id)).toMatchObject({ retired: 0, reps: 1 });
    expect((await rc.roadmaps(T0 + DAY)).map((r) => r.id)).toEqual(['my-cache']);
  });

  it('named like a built-in roadmap is refused and changes nothing', async () => {
    const { rc, raw } = await setup();
    await rc.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);
    const before = { cards: await raw.cards.toArray(), states: await raw.states.toArray(), decks: await raw.decks.toArray() };
    const deck = compile(MY_ROADMAP, 'road.md');
    expect(deck.id).toBe('road');
    expect(await (await rc.userRoadmaps()).add({ file: 'road.md', text: MY_ROADMAP }, deck, T0)).toEqual({ ok: false, reason: 'built-in', title: 'Roadmap road' });
    expect({ cards: await raw.cards.toArray(), states: await raw.states.toArray(), decks: await raw.decks.toArray() }).toEqual(before);
    expect(await raw.roadmaps.count()).toBe(0);
  });
});
