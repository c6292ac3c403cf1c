// "Study due" across roadmaps: studyItems('all') merges every roadmap's queue, each within its own daily limits.
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_DUE_NODE_ID, wholeTreeNode } from '../../src/core/queue/index.ts';
import { beijingTime, DAY, MINUTE } from '../fixtures/review/clock.ts';
import { openTest } from '../fixtures/review/db.ts';
import { deckServer, makeDeck, twoStageDeck } from '../fixtures/review/decks.ts';

let toClose: { close(): void }[] = [];
afterEach(() => {
  for (const item of toClose) item.close();
  toClose = [];
});

const MORNING = beijingTime(10, 9);

async function setup(decks = [twoStageDeck('road', 3), twoStageDeck('way', 3)]) {
  const opened = await openTest();
  toClose.push(opened.rc, opened.raw);
  await opened.rc.syncDecks(deckServer(decks).fetchJson, MORNING);
  return opened.rc;
}

describe("studyItems('all')", () => {
  it('takes new cards from every roadmap within each roadmap’s limit, taking turns between them', async () => {
    const rc = await setup();
    await rc.saveSettings({ newPerDay: 2 });
    const ids = (await rc.studyItems(ALL_DUE_NODE_ID, MORNING)).map((item) => item.card.id);
    expect(ids).toEqual(['road:a1', 'way:a1', 'road:a2', 'way:a2']);
  });

  it('holds as many cards as the roadmaps count on Home, learning cards first, every review kept', async () => {
    const rc = await setup();
    await rc.saveSettings({ newPerDay: 3 });
    await rc.grade('way:a1', 1, MORNING); // learning, back in a minute
    for (const id of ['road:a1', 'road:a2']) await rc.grade(id, 4, MORNING - 30 * DAY); // reviews, long overdue
    const later = MORNING + 5 * MINUTE;
    const items = await rc.studyItems(ALL_DUE_NODE_ID, later);
    const tree = await rc.deckTree(later);
    const summed = wholeTreeNode(tree, 'all').counts;
    expect(items).toHaveLength(summed.new + summed.learning + summed.due);
    expect(items[0]!.card.id).toBe('way:a1');
    expect(new Set(items.map((item) => item.state.deckId))).toEqual(new Set(['road', 'way']));
    expect(items.filter((item) => item.state.phase === 2).map((item) => item.card.id).sort()).toEqual(['road:a1', 'road:a2']);
  });

  it('keeps a roadmap that is really named "all" reachable by its own id', async () => {
    const rc = await setup([twoStageDeck('road', 2), makeDeck('all', [], [{ id: 'all:x1', sectionId: 'all' }])]);
    const ids = (await rc.studyItems(ALL_DUE_NODE_ID, MORNING)).map((item) => item.card.id);
    expect(ids).toEqual(['all:x1']);
  });
});
