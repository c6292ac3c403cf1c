// A tab still on older decks grades a card another tab's newer decks retired: the review is stored, never dropped.
import { afterEach, describe, expect, it } from 'vitest';
import type { Deck } from '../../src/core/deck/schema.ts';
import { openRoadcards, type Roadcards } from '../../src/storage/index.ts';
import { beijing, DAY, T0 } from '../fixtures/review/clock.ts';
import { openTest } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';

let toClose: { close(): void }[] = [];
afterEach(() => {
  for (const item of toClose) item.close();
  toClose = [];
});

function without(deck: Deck, cardId: string): Deck {
  return { ...deck, cards: deck.cards.filter((card) => card.id !== cardId) };
}

async function queueIds(rc: Roadcards, now: number): Promise<string[]> {
  return (await rc.studyItems('road', now)).map((item) => item.card.id);
}

describe('grading a card retired by another tab', () => {
  it('stores the review of the retired card, keeps it retired, and brings it back with that state', async () => {
    const deck = twoStageDeck('road', 2);
    const { rc: staleTab, raw, dbName } = await openTest();
    toClose.push(staleTab, raw);
    await staleTab.syncDecks(deckServer([deck]).fetchJson, T0);
    expect(await queueIds(staleTab, T0)).toContain('road:b1');

    // The other tab runs the new version, whose decks no longer have road:b1.
    const newTab = await openRoadcards({ dbName, utcOffsetAt: beijing });
    toClose.push(newTab);
    await newTab.syncDecks(deckServer([without(deck, 'road:b1')]).fetchJson, T0 + 1);
    expect((await raw.states.get('road:b1'))?.retired).toBe(1);

    // The stale tab still shows road:b1 and the learner grades it.
    const { state } = await staleTab.grade('road:b1', 3, T0 + 2, { reviewId: 'stale-1' });
    const logs = await raw.logs.where('cardId').equals('road:b1').toArray();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ grade: 3, reviewId: 'stale-1', after: state });
    const row = await raw.states.get('road:b1');
    expect(row).toMatchObject({ retired: 1, reps: 1 });
    // Still out of every queue: a retired card is never offered.
    expect(await queueIds(newTab, T0 + 10 * DAY)).not.toContain('road:b1');

    // The roadmap restores the line: the card returns with the review the stale tab stored.
    await newTab.syncDecks(deckServer([deck]).fetchJson, T0 + 3);
    const back = (await newTab.studyItems('road', T0 + 30 * DAY)).find((item) => item.card.id === 'road:b1');
    expect(back?.state).toEqual(state);
  });

  it('still refuses a card the database has never known', async () => {
    const { rc, raw } = await openTest();
    toClose.push(rc, raw);
    await rc.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);
    await expect(rc.grade('road:nope', 3, T0)).rejects.toThrow(/road:nope/);
    expect(await raw.logs.count()).toBe(0);
  });
});
