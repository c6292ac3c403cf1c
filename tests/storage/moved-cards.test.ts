// A heading renamed or a concept moved under another heading: the cards' progress and history follow them.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { compileRoadmap } from '../../src/core/deck/compile.ts';
import { pairMovedCards } from '../../src/core/deck/moved-cards.ts';
import type { Deck } from '../../src/core/deck/schema.ts';
import { applyEvents } from '../../src/storage/sync/pull.ts';
import { DAY, T0 } from '../fixtures/review/clock.ts';
import { closedAfterEach } from '../fixtures/review/db.ts';
import { deckServer } from '../fixtures/review/decks.ts';

const setup = closedAfterEach(afterEach);

const ROADMAP = `# 我的路线图

## 1. 并发编程

- **Goroutine**：Go 的轻量级线程，由运行时调度
- **Channel**：goroutine 之间传递数据的管道
- **Mutex**：互斥锁，保护共享数据

## 2. 数据库

- **索引**：加速查询的数据结构，以写入变慢为代价
`;
const RENAMED = ROADMAP.replace('## 1. 并发编程', '## 1. Go 并发编程');

function compile(text: string): Deck {
  const { deck } = compileRoadmap(text, 'my-map.md');
  return deck!;
}

const byFront = (deck: Deck, term: string) => deck.cards.find((card) => card.front.includes(term))!;

describe('pairing moved cards', () => {
  const card = (id: string, contentHash: string, kind = 'qa') => ({ id, kind, contentHash, back: 'B' });
  it('pairs a gone card with the one new card of the same kind and text, and nothing ambiguous', () => {
    const pairs = pairMovedCards(
      [card('old-a', 'h1'), card('old-b', 'h2'), card('old-c', 'h2'), card('old-d', 'h4'), card('old-e', 'h5', 'list')],
      [card('new-a', 'h1'), card('new-b', 'h2'), card('new-d', 'h4'), card('new-d2', 'h4'), card('new-e', 'h5')],
    );
    // h2: two gone cards could be either; h4: two new ones; h5: another kind of card.
    expect([...pairs]).toEqual([['new-a', 'old-a']]);
  });
});

describe('a roadmap edit that renames a heading', () => {
  it('keeps the state, history, drill answers and marks of every card under it, and counts them as moved', async () => {
    const { rc, raw } = await setup();
    const before = compile(ROADMAP);
    const after = compile(RENAMED);
    const oldCard = byFront(before, 'Goroutine');
    const newCard = byFront(after, 'Goroutine');
    // The premise: a renamed heading gives every card below it a new id (the id hashes the section path).
    expect(newCard.id).not.toBe(oldCard.id);
    expect(byFront(after, '索引').id).toBe(byFront(before, '索引').id);

    await rc.syncDecks(deckServer([before]).fetchJson, T0);
    await rc.grade(oldCard.id, 3, T0);
    await rc.grade(oldCard.id, 3, T0 + 2 * DAY);
    await rc.markCards([oldCard.id], { suspended: true, note: '和线程比较' }, T0 + 2 * DAY);
    // A drill answer, as the drill screen stores one.
    await raw.drills.add({ attemptId: 'd-1:0', drillId: 'd-1', cardId: oldCard.id, deckId: 'my-map', sectionId: oldCard.sectionId, type: 'choice', outcome: 'correct', answeredAt: T0 + DAY, countedAsReview: 0 });
    const stateBefore = await raw.states.get(oldCard.id);
    const logCount = await raw.logs.count();

    const report = await rc.syncDecks(deckServer([after]).fetchJson, T0 + 3 * DAY);
    expect(report.decks[0]).toMatchObject({ moved: 3, added: 0, retired: 0 });
    expect(await raw.states.get(newCard.id)).toMatchObject({ reps: 2, due: stateBefore!.due, stability: stateBefore!.stability, retired: 0 });
    // The same reviews, now the new card's: none deleted, none added.
    expect(await raw.logs.count()).toBe(logCount);
    expect((await raw.logs.where('cardId').equals(newCard.id).toArray()).map((log) => [log.reviewedAt, log.before.cardId])).toEqual([
      [T0, newCard.id],
      [T0 + 2 * DAY, newCard.id],
    ]);
    expect((await rc.cardInfo(newCard.id, T0 + 3 * DAY))?.history).toHaveLength(2);
    expect(await rc.cardMarks(newCard.id)).toMatchObject({ suspended: 1, note: '和线程比较' });
    expect(await raw.drills.where('cardId').equals(newCard.id).count()).toBe(1);
    // Its front names the renamed heading: the learner is shown it reads differently now.
    expect(newCard.front).toContain('Go 并发编程');
    expect(await raw.cards.get(newCard.id)).toMatchObject({ updated: 1 });
    // Suspended there, suspended here: it is in no queue.
    expect((await rc.studyItems('my-map', T0 + 30 * DAY)).map((item) => item.card.id)).not.toContain(newCard.id);
    expect(await raw.cards.get(oldCard.id)).toMatchObject({ retired: 1, movedTo: newCard.id });
  });

  it('renamed back, the cards take their progress back to the old ids', async () => {
    const { rc, raw } = await setup();
    const before = compile(ROADMAP);
    const after = compile(RENAMED);
    const id = byFront(before, 'Channel').id;
    await rc.syncDecks(deckServer([before]).fetchJson, T0);
    await rc.grade(id, 3, T0);
    await rc.syncDecks(deckServer([after]).fetchJson, T0 + DAY);
    await rc.grade(byFront(after, 'Channel').id, 4, T0 + 3 * DAY);
    const report = await rc.syncDecks(deckServer([before]).fetchJson, T0 + 4 * DAY);
    expect(report.decks[0]).toMatchObject({ moved: 3, added: 0, retired: 0, restored: 0 });
    expect(await raw.states.get(id)).toMatchObject({ reps: 2, retired: 0, lastReview: T0 + 3 * DAY });
    expect((await raw.logs.where('cardId').equals(id).toArray()).map((log) => log.grade)).toEqual([3, 4]);
    expect((await raw.cards.get(id))?.movedTo).toBeUndefined();
  });

  it('a review and a suspend from a device still on the old text, and a backup written before the edit, land on the moved card', async () => {
    const { rc, raw } = await setup();
    const before = compile(ROADMAP);
    const after = compile(RENAMED);
    const [oldId, newId] = [byFront(before, 'Mutex').id, byFront(after, 'Mutex').id];
    await rc.syncDecks(deckServer([before]).fetchJson, T0);
    await rc.grade(oldId, 3, T0, { reviewId: 'here-1' });
    const backup = JSON.stringify(await rc.exportBackup(T0 + DAY));
    await rc.syncDecks(deckServer([after]).fetchJson, T0 + DAY);

    const checkpoint = { url: 'http://couch', db: 'db', dbId: 'x', since: '1' };
    await applyEvents(raw, [{ type: 'review', reviewId: 'phone-1', cardId: oldId, deckId: 'my-map', grade: 3, reviewedAt: T0 + 2 * DAY }], 'this-device', checkpoint);
    expect((await raw.logs.where('cardId').equals(newId).toArray()).map((log) => log.reviewId)).toEqual(['here-1', 'phone-1']);
    expect(await raw.states.get(newId)).toMatchObject({ reps: 2, lastReview: T0 + 2 * DAY });
    // That device suspends it, by its old id: suspended here too, under the id it has now.
    await applyEvents(raw, [{ type: 'marks', cardId: oldId, marks: { suspended: 1 }, writtenAt: T0 + 2 * DAY, deviceId: 'phone' }], 'this-device', checkpoint, { now: T0 + 2 * DAY });
    expect(await rc.cardMarks(newId)).toMatchObject({ suspended: 1 });
    expect(await rc.cardMarks(oldId)).toBeNull();

    // The old backup adds nothing twice and puts nothing back on the old id.
    expect(await rc.importBackup(backup)).toMatchObject({ ok: true, summary: { reviewsAdded: 0 } });
    expect(await raw.logs.where('cardId').equals(oldId).count()).toBe(0);
    expect(await raw.states.get(newId)).toMatchObject({ reps: 2, retired: 0 });
  });
});

describe('on a real roadmap', () => {
  it('renaming one stage heading of python-roadmap moves its cards with their progress instead of starting them again', async () => {
    const text = readFileSync('decks/python-roadmap.md', 'utf8');
    const { deck: before } = compileRoadmap(text, 'python-roadmap.md');
    const { deck: after } = compileRoadmap(text.replace('## 5. 🔄 并发编程与异步处理', '## 5. 🔄 Python 并发编程'), 'python-roadmap.md');
    const changed = before!.cards.filter((card) => !after!.cards.some((other) => other.id === card.id));
    expect(changed.length).toBeGreaterThan(20);
    const { rc, raw } = await setup();
    await rc.syncDecks(deckServer([before!]).fetchJson, T0);
    for (const card of changed) await rc.grade(card.id, 3, T0);
    const report = await rc.syncDecks(deckServer([after!]).fetchJson, T0 + DAY);
    expect(report.decks[0]).toMatchObject({ moved: changed.length, added: 0, retired: 0 });
    // Nothing of that stage is new again.
    const gone = new Set(changed.map((card) => card.id));
    const moved = after!.cards.filter((card) => !before!.cards.some((other) => other.id === card.id));
    const states = await raw.states.bulkGet(moved.map((card) => card.id));
    expect(states.every((state) => state?.reps === 1)).toBe(true);
    expect(await raw.logs.where('cardId').anyOf([...gone]).count()).toBe(0);
  });
});
