// Today's queue and the deck tree read from IndexedDB: daily limits, the 04:00 day boundary, sub-decks, order.
import { afterEach, describe, expect, it } from 'vitest';
import type { Roadcards } from '../../src/storage/index.ts';
import { beijingTime, DAY, MINUTE } from '../fixtures/review/clock.ts';
import { openTest } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';

let toClose: { close(): void }[] = [];
afterEach(() => {
  for (const item of toClose) item.close();
  toClose = [];
});

const MORNING = beijingTime(10, 9);

async function setup(perSection = 10) {
  const opened = await openTest();
  toClose.push(opened.rc, opened.raw);
  await opened.rc.syncDecks(deckServer([twoStageDeck('road', perSection)]).fetchJson, MORNING);
  return opened;
}

async function ids(rc: Roadcards, nodeId: string, now: number) {
  return (await rc.studyItems(nodeId, now)).map((item) => item.card.id);
}

/** Introduces `count` new cards of the queue, graded Easy so they leave for days. */
async function introduce(rc: Roadcards, count: number, now: number) {
  const queue = await ids(rc, 'road', now);
  for (const id of queue.slice(0, count)) await rc.grade(id, 4, now);
}

describe('studyItems', () => {
  it('offers at most newPerDay new cards, a stage’s first section first', async () => {
    const { rc } = await setup();
    const queue = await ids(rc, 'road', MORNING);
    expect(queue).toHaveLength(20);
    expect(queue.slice(0, 10).every((id) => id.startsWith('road:a'))).toBe(true);
    expect(queue[10]).toBe('road:b1');
  });

  it('includes sub-decks: a stage queues its sections, a section only itself', async () => {
    const { rc } = await setup(3);
    expect(await ids(rc, 'road/stage1', MORNING)).toEqual(['road:a1', 'road:a2', 'road:a3', 'road:b1', 'road:b2', 'road:b3']);
    expect(await ids(rc, 'road/s2a', MORNING)).toEqual(['road:c1', 'road:c2', 'road:c3']);
    expect(await ids(rc, 'missing-node', MORNING)).toEqual([]);
  });

  it('counts cards introduced today against the limit, across the whole roadmap', async () => {
    const { rc } = await setup();
    await rc.saveSettings({ newPerDay: 5 });
    await introduce(rc, 3, MORNING);
    expect(await ids(rc, 'road', MORNING + MINUTE)).toHaveLength(2);
    // Sections share the roadmap's allowance: Stage 2 may only take what is left.
    expect(await ids(rc, 'road/s2a', MORNING + MINUTE)).toEqual(['road:c1', 'road:c2']);
  });

  it('gives a fresh allowance at 04:00, not at midnight', async () => {
    const { rc } = await setup();
    await rc.saveSettings({ newPerDay: 2 });
    await introduce(rc, 2, MORNING);
    expect(await ids(rc, 'road', beijingTime(11, 1))).toEqual([]);
    expect(await ids(rc, 'road', beijingTime(11, 4))).toHaveLength(2);
  });

  it('lets a session graded with the clock a year ahead spend only that day, not every day after it', async () => {
    const { rc } = await setup();
    await rc.saveSettings({ newPerDay: 3 });
    const yearAhead = MORNING + 365 * DAY;
    await introduce(rc, 3, yearAhead);
    expect(await ids(rc, 'road', yearAhead + MINUTE)).toEqual([]);
    // The clock set back: the next day and any day before the stamped one have their full allowance.
    expect(await ids(rc, 'road', MORNING + DAY)).toHaveLength(3);
    expect(await ids(rc, 'road', MORNING + 200 * DAY)).toHaveLength(3);
    const tree = await rc.deckTree(MORNING + DAY);
    expect(tree[0]!.counts.new).toBe(3);
  });

  it('limits reviews per day and puts learning cards first', async () => {
    const { rc } = await setup();
    await rc.saveSettings({ newPerDay: 5, reviewsPerDay: 2 });
    await introduce(rc, 4, MORNING); // four review cards due in a few days
    await rc.grade('road:a5', 1, MORNING); // a learning card
    const later = MORNING + 30 * DAY;
    const items = await rc.studyItems('road', later);
    expect(items[0]!.card.id).toBe('road:a5');
    expect(items.filter((item) => item.state.phase === 2)).toHaveLength(2);
  });

  it('gives a stage its most overdue reviews across its sections within the limit, and every learning card', async () => {
    const { rc } = await setup();
    await rc.saveSettings({ newPerDay: 50, reviewsPerDay: 100 });
    // Reviews learnt on different days so their due times differ; two cards left mid-learning in two sections.
    for (const [day, id] of ['road:a1', 'road:b1', 'road:a2', 'road:b2', 'road:c1'].entries()) await rc.grade(id, 4, MORNING + day * DAY);
    await rc.grade('road:a3', 1, MORNING + 5 * DAY);
    await rc.grade('road:b3', 1, MORNING + 5 * DAY);
    const later = MORNING + 60 * DAY;
    const reviews = (await rc.studyItems('road/stage1', later)).filter((item) => item.state.phase === 2);
    expect(reviews).toHaveLength(4);
    const mostOverdue = reviews.sort((a, b) => a.state.due - b.state.due).slice(0, 2).map((item) => item.card.id);
    await rc.saveSettings({ reviewsPerDay: 2 });
    const items = await rc.studyItems('road/stage1', later);
    expect(items.slice(0, 2).map((item) => item.card.id).sort()).toEqual(['road:a3', 'road:b3']);
    expect(items.filter((item) => item.state.phase === 2).map((item) => item.card.id).sort()).toEqual(mostOverdue.sort());
    expect(items.map((item) => item.card.id)).not.toContain('road:c1');
  });

  it('includes learning cards due later today and leaves tomorrow’s reviews out', async () => {
    const { rc } = await setup(1);
    await rc.grade('road:a1', 1, MORNING); // learning, due in a minute
    await rc.grade('road:b1', 4, MORNING); // review, due in days
    const queue = await ids(rc, 'road', MORNING);
    expect(queue).toContain('road:a1');
    expect(queue).not.toContain('road:b1');
  });
});

describe('deckTree', () => {
  it('shows roadmap → stage → section with today’s counts, sub-decks included', async () => {
    const { rc } = await setup(10);
    await rc.grade('road:a1', 1, MORNING);
    const [root] = await rc.deckTree(MORNING);
    expect(root).toMatchObject({ id: 'road', title: 'Roadmap road', total: 30 });
    expect(root!.counts).toEqual({ new: 19, learning: 1, due: 0 });
    expect(root!.nextDue).toBe(MORNING + MINUTE);
    const stage1 = root!.children[0]!;
    expect(stage1.children.map((node) => [node.title, node.counts.new, node.total])).toEqual([
      ['Basics', 9, 10],
      ['More', 10, 10],
    ]);
  });

  it('agrees with the queue it leads to', async () => {
    const { rc } = await setup(10);
    await rc.saveSettings({ newPerDay: 7 });
    await introduce(rc, 3, MORNING);
    const [root] = await rc.deckTree(MORNING);
    const stage2 = root!.children[1]!;
    expect(stage2.counts.new).toBe(4);
    expect(await ids(rc, stage2.id, MORNING)).toHaveLength(4);
  });
});

describe('settings and persistence', () => {
  it('starts from the defaults and keeps saved changes', async () => {
    const { rc } = await setup(1);
    expect(await rc.getSettings()).toMatchObject({ desiredRetention: 0.9, newPerDay: 20, dayStartHour: 4, persisted: null });
    await rc.saveSettings({ desiredRetention: 0.85 });
    await rc.saveSettings({ newPerDay: 10 });
    expect(await rc.getSettings()).toMatchObject({ desiredRetention: 0.85, newPerDay: 10 });
  });

  it('stores the answer of the persistence request; without a browser it reports false/null', async () => {
    const { rc } = await setup(1);
    expect(await rc.persistence()).toEqual({ persisted: null });
    expect(await rc.requestPersistence()).toBe(false);
    expect((await rc.getSettings()).persisted).toBe(false);
  });

  it('hands the session the settings and the end of the study day', async () => {
    const { rc } = await setup(1);
    const options = await rc.sessionOptions(MORNING);
    expect(options.dayEnd).toBe(beijingTime(11, 4));
    expect(options.settings.newPerDay).toBe(20);
  });
});
