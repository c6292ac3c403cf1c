// Home's cheap reads: per-roadmap counts from the indexes and a node's children on opening agree with the full deck tree.
import { afterEach, expect, test } from 'vitest';
import type { DeckTreeNode } from '../../src/core/review-contract.ts';
import type { Roadcards } from '../../src/storage/index.ts';
import { beijingTime, DAY } from '../fixtures/review/clock.ts';
import { openTest } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';

let toClose: { close(): void }[] = [];
afterEach(() => {
  for (const item of toClose) item.close();
  toClose = [];
});

const MORNING = beijingTime(10, 9);

/** What Home shows of a node before opening it: the tree node without its children, and how many it has. */
function summary(node: DeckTreeNode) {
  const { children, ...rest } = node;
  return { ...rest, childCount: children.length };
}

/** Two roadmaps with history: learning, due, not-yet-due and new cards, part of today's new allowance used. */
async function learnerWithHistory(): Promise<{ rc: Roadcards; later: number }> {
  const opened = await openTest();
  toClose.push(opened.rc, opened.raw);
  const { rc } = opened;
  await rc.syncDecks(deckServer([twoStageDeck('road', 12), twoStageDeck('other', 4)]).fetchJson, MORNING);
  await rc.saveSettings({ newPerDay: 15 });
  for (const [i, id] of ['road:a1', 'road:a2', 'road:a3', 'road:b1', 'other:c1'].entries()) await rc.grade(id, i % 2 ? 4 : 3, MORNING);
  await rc.grade('road:c2', 4, MORNING);
  const later = MORNING + 40 * DAY;
  await rc.grade('road:a4', 1, later);
  return { rc, later };
}

test('each roadmap’s counts, soonest due and size match the full tree’s roadmap row', async () => {
  const { rc, later } = await learnerWithHistory();
  for (const now of [MORNING, later]) {
    const tree = await rc.deckTree(now);
    expect(await rc.roadmaps(now)).toEqual(tree.map(summary));
  }
  const [road] = await rc.roadmaps(later);
  // Not a tautology of equal zeros: the fixture does produce every kind of count.
  expect(road!.counts.learning).toBeGreaterThan(0);
  expect(road!.counts.due).toBeGreaterThan(0);
  expect(road!.counts.new).toBeGreaterThan(0);
  expect(road!.childCount).toBe(2);
});

test('with an interview date the roadmap row still matches, readiness included', async () => {
  const { rc, later } = await learnerWithHistory();
  await rc.setInterviewDate('road/stage1', later + 3 * DAY);
  const tree = await rc.deckTree(later);
  const roadmaps = await rc.roadmaps(later);
  expect(roadmaps).toEqual(tree.map(summary));
});

test('opening a roadmap, then a stage, lists the children the full tree has, with the same counts', async () => {
  const { rc, later } = await learnerWithHistory();
  const [root] = await rc.deckTree(later);
  const stages = await rc.nodeChildren('road', later);
  expect(stages).toEqual(root!.children.map(summary));
  expect(stages.map((stage) => stage.title)).toEqual(['Stage 1', 'Stage 2']);
  expect(await rc.nodeChildren('road/stage1', later)).toEqual(root!.children[0]!.children.map(summary));
  expect(await rc.nodeChildren('road/s1a', later)).toEqual([]);
  expect(await rc.nodeChildren('nowhere', later)).toEqual([]);
});
