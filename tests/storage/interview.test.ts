// Interview dates in storage: readiness on the dated node (checked against ts-fsrs) and cards the date makes due.
import { afterEach, describe, expect, it } from 'vitest';
import { fsrs } from 'ts-fsrs';
import type { CardState, DeckTreeNode } from '../../src/core/review-contract.ts';
import type { Roadcards } from '../../src/storage/index.ts';
import { beijingTime, DAY, HOUR } from '../fixtures/review/clock.ts';
import { tsFsrsCardOf } from '../fixtures/review/ts-fsrs-cards.ts';
import { openTest } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';

let toClose: { close(): void }[] = [];
afterEach(() => {
  for (const item of toClose) item.close();
  toClose = [];
});

const MORNING = beijingTime(10, 9);
const INTERVIEW = beijingTime(40, 9); // a month ahead (March 40th is April 9th: Date.UTC rolls over)

/** road: stage1 (s1a: a1–a3, s1b: b1–b3), stage2 (s2a: c1–c3); a1, a2 and c1 learnt with one Easy on day 10. */
async function setup() {
  const opened = await openTest();
  toClose.push(opened.rc, opened.raw);
  await opened.rc.syncDecks(deckServer([twoStageDeck('road', 3)]).fetchJson, MORNING);
  for (const id of ['road:a1', 'road:a2', 'road:c1']) await opened.rc.grade(id, 4, MORNING);
  return opened;
}

async function queueIds(rc: Roadcards, nodeId: string, now: number) {
  return (await rc.studyItems(nodeId, now)).filter((item) => item.state.phase !== 0).map((item) => item.card.id);
}

function find(nodes: readonly DeckTreeNode[], id: string): DeckTreeNode {
  const stack = [...nodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.id === id) return node;
    stack.push(...node.children);
  }
  throw new Error(`no node ${id} in the tree`);
}

/** ts-fsrs's own retrievability of a stored state, computed here without the app's wrapper. */
function tsFsrsRecall(state: CardState, at: number): number {
  return fsrs({}).get_retrievability(tsFsrsCardOf(state), new Date(at), false);
}

describe('interview dates', () => {
  it('are kept per node, replaced, and cleared with null', async () => {
    const { rc, raw } = await setup();
    await rc.setInterviewDate('road/stage1', INTERVIEW);
    await rc.setInterviewDate('road', INTERVIEW + DAY);
    await rc.setInterviewDate('road', INTERVIEW + 2 * DAY);
    expect(await rc.interviewDates()).toEqual({ 'road/stage1': INTERVIEW, road: INTERVIEW + 2 * DAY });
    await rc.setInterviewDate('road/stage1', null);
    expect(await rc.interviewDates()).toEqual({ road: INTERVIEW + 2 * DAY });
    expect(await raw.interviews.count()).toBe(1);
    await expect(rc.setInterviewDate('road', Number.NaN)).rejects.toThrow(RangeError);
  });
});

describe('readiness in the deck tree', () => {
  it('is the mean ts-fsrs recall on the date over the node’s cards, unseen as 0, on dated nodes only', async () => {
    const { rc, raw } = await setup();
    await rc.setInterviewDate('road/stage1', INTERVIEW);
    const states = new Map((await raw.states.toArray()).map((row) => [row.cardId, row]));
    const recall = (id: string) => tsFsrsRecall(states.get(id)!, INTERVIEW);
    const trees = await rc.deckTree(MORNING + DAY);
    const stage1 = find(trees, 'road/stage1');
    expect(stage1.readiness?.date).toBe(INTERVIEW);
    // Six cards in stage 1, four never seen: (a1 + a2 + 0·4) / 6.
    expect(stage1.readiness?.value).toBeCloseTo((recall('road:a1') + recall('road:a2')) / 6, 12);
    expect(stage1.readiness!.value).toBeGreaterThan(0);
    expect(find(trees, 'road').readiness).toBeUndefined();
    expect(find(trees, 'road/s1a').readiness).toBeUndefined();
    expect(find(trees, 'road/stage2').readiness).toBeUndefined();
  });

  it('covers the whole roadmap when the roadmap itself is dated, and goes when the date is cleared', async () => {
    const { rc, raw } = await setup();
    await rc.setInterviewDate('road', INTERVIEW);
    const states = new Map((await raw.states.toArray()).map((row) => [row.cardId, row]));
    const learnt = ['road:a1', 'road:a2', 'road:c1'].map((id) => tsFsrsRecall(states.get(id)!, INTERVIEW));
    const [root] = await rc.deckTree(MORNING + DAY);
    expect(root!.readiness?.value).toBeCloseTo(learnt.reduce((a, b) => a + b, 0) / 9, 12);
    await rc.setInterviewDate('road', null);
    expect((await rc.deckTree(MORNING + DAY))[0]!.readiness).toBeUndefined();
  });
});

describe('the queue before an interview', () => {
  const TWO_DAYS_LATER = MORNING + 2 * DAY;

  it('brings forward cards under the dated node whose recall on the date would fall below the target', async () => {
    const { rc } = await setup();
    // Without a date nothing learnt is due two days after an Easy.
    expect(await queueIds(rc, 'road', TWO_DAYS_LATER)).toEqual([]);
    await rc.setInterviewDate('road/stage1', INTERVIEW);
    expect(await queueIds(rc, 'road/stage1', TWO_DAYS_LATER)).toEqual(['road:a1', 'road:a2']);
    expect(await queueIds(rc, 'road/s1a', TWO_DAYS_LATER)).toEqual(['road:a1', 'road:a2']);
    // The roadmap's queue includes them; the undated stage's card keeps its own schedule.
    expect(await queueIds(rc, 'road', TWO_DAYS_LATER)).toEqual(['road:a1', 'road:a2']);
    expect(await queueIds(rc, 'road/stage2', TWO_DAYS_LATER)).toEqual([]);
  });

  it('shows them in the tree’s due counts, agreeing with the queue', async () => {
    const { rc } = await setup();
    await rc.setInterviewDate('road/stage1', INTERVIEW);
    const trees = await rc.deckTree(TWO_DAYS_LATER);
    expect(find(trees, 'road').counts.due).toBe(2);
    expect(find(trees, 'road/stage1').counts.due).toBe(2);
    expect(find(trees, 'road/s1b').counts.due).toBe(0);
    expect(find(trees, 'road/stage2').counts.due).toBe(0);
  });

  it('leaves a card alone when its recall on the date is still above the target, or it was just reviewed', async () => {
    const { rc } = await setup();
    await rc.setInterviewDate('road/stage1', MORNING + 3 * DAY); // an Easy card still holds three days on
    expect(await queueIds(rc, 'road', TWO_DAYS_LATER)).toEqual([]);
    await rc.setInterviewDate('road/stage1', INTERVIEW);
    expect(await queueIds(rc, 'road', MORNING + 2 * HOUR)).toEqual([]); // reviewed this morning
  });

  it('returns to normal scheduling once the date has passed', async () => {
    const { rc } = await setup();
    await rc.setInterviewDate('road/stage1', MORNING + DAY);
    expect(await queueIds(rc, 'road', TWO_DAYS_LATER)).toEqual([]);
    expect(find(await rc.deckTree(TWO_DAYS_LATER), 'road').counts.due).toBe(0);
  });

  it('takes a card off the list once it is reviewed for the date', async () => {
    const { rc } = await setup();
    await rc.setInterviewDate('road/stage1', INTERVIEW);
    await rc.grade('road:a1', 3, TWO_DAYS_LATER);
    expect(await queueIds(rc, 'road', TWO_DAYS_LATER + HOUR)).toEqual(['road:a2']);
  });
});
