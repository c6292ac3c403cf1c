// Deck sync: new cards arrive New, changed text keeps progress, removed cards retire and return with their history.
import { afterEach, describe, expect, it } from 'vitest';
import type { Deck } from '../../src/core/deck/schema.ts';
import type { Roadcards } from '../../src/storage/index.ts';
import { DAY, T0 } from '../fixtures/review/clock.ts';
import { closedAfterEach } from '../fixtures/review/db.ts';
import { deckServer, indexFor, makeCard, makeDeck, twoStageDeck } from '../fixtures/review/decks.ts';

const setup = closedAfterEach(afterEach);

function withCards(deck: Deck, cards: Deck['cards']): Deck {
  return { ...deck, cards };
}

async function studyIds(rc: Roadcards, nodeId: string, now: number): Promise<string[]> {
  return (await rc.studyItems(nodeId, now)).map((item) => item.card.id);
}

describe('syncDecks', () => {
  it('imports every card as New, in roadmap order', async () => {
    const { rc } = await setup();
    const report = await rc.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);
    expect(report.problems).toEqual([]);
    expect(report.decks).toEqual([
      { deckId: 'road', title: 'Roadmap road', skipped: false, added: 6, updated: 0, retired: 0, restored: 0, moved: 0 },
    ]);
    expect(await studyIds(rc, 'road', T0)).toEqual(['road:a1', 'road:a2', 'road:b1', 'road:b2', 'road:c1', 'road:c2']);
  });

  it('skips a deck whose contentHash is unchanged without fetching it', async () => {
    const { rc } = await setup();
    const deck = twoStageDeck();
    await rc.syncDecks(deckServer([deck]).fetchJson, T0);
    const again = deckServer([deck]);
    const report = await rc.syncDecks(again.fetchJson, T0 + DAY);
    expect(report.decks[0]).toMatchObject({ deckId: 'road', skipped: true });
    expect(again.requested).toEqual(['decks/index.json']);
  });

  it('keeps state and history of a changed card, marks it updated, adds new cards and retires removed ones', async () => {
    const { rc, raw } = await setup();
    const deck = twoStageDeck('road', 2);
    await rc.syncDecks(deckServer([deck]).fetchJson, T0);
    const graded = (await rc.grade('road:a1', 3, T0)).state;
    await rc.grade('road:b1', 4, T0);

    const edited = withCards(deck, [
      makeCard({ id: 'road:a1', sectionId: 'road/s1a', back: 'a better explanation' }),
      ...deck.cards.filter((card) => !['road:a1', 'road:b1'].includes(card.id)),
      makeCard({ id: 'road:new', sectionId: 'road/s2a' }),
    ]);
    const report = await rc.syncDecks(deckServer([edited]).fetchJson, T0 + DAY);
    expect(report.decks[0]).toMatchObject({ added: 1, updated: 1, retired: 1, restored: 0, moved: 0 });

    const a1 = (await rc.studyItems('road', T0 + DAY)).find((item) => item.card.id === 'road:a1');
    expect(a1?.card.back).toBe('a better explanation');
    expect(a1?.updated).toBe(true);
    expect(a1?.state).toEqual(graded);
    expect(await raw.logs.where('cardId').equals('road:a1').count()).toBe(1);

    // The retired card is hidden from study and from the tree, but its history stays.
    expect(await studyIds(rc, 'road', T0 + 10 * DAY)).not.toContain('road:b1');
    expect((await rc.deckTree(T0 + DAY))[0]!.total).toBe(6); // 6 compiled, b1 gone, one added
    expect(await raw.logs.where('cardId').equals('road:b1').count()).toBe(1);
  });

  it('brings a returning card back with its state and history', async () => {
    const { rc, raw } = await setup();
    const deck = twoStageDeck('road', 2);
    await rc.syncDecks(deckServer([deck]).fetchJson, T0);
    const { state } = await rc.grade('road:b1', 3, T0);
    await rc.syncDecks(deckServer([withCards(deck, deck.cards.filter((c) => c.id !== 'road:b1'))]).fetchJson, T0 + 1);
    const report = await rc.syncDecks(deckServer([deck]).fetchJson, T0 + 2);
    expect(report.decks[0]).toMatchObject({ restored: 1, added: 0, retired: 0 });
    const items = await rc.studyItems('road', T0 + 2);
    expect(items.find((item) => item.card.id === 'road:b1')?.state).toEqual(state);
    expect(await raw.logs.where('cardId').equals('road:b1').count()).toBe(1);
  });

  it('retires a whole roadmap that leaves the index and restores it when it returns', async () => {
    const { rc } = await setup();
    const one = twoStageDeck('one', 1);
    const two = twoStageDeck('two', 1);
    await rc.syncDecks(deckServer([one, two]).fetchJson, T0);
    const { state } = await rc.grade('two:a1', 3, T0);
    const dropped = await rc.syncDecks(deckServer([one]).fetchJson, T0 + 1);
    expect(dropped.decks.find((d) => d.deckId === 'two')).toMatchObject({ retired: 3 });
    expect((await rc.deckTree(T0 + 1)).map((node) => node.id)).toEqual(['one']);
    const back = await rc.syncDecks(deckServer([one, two]).fetchJson, T0 + 2);
    expect(back.decks.find((d) => d.deckId === 'two')).toMatchObject({ restored: 3 });
    expect((await rc.studyItems('two', T0 + 2)).find((i) => i.card.id === 'two:a1')?.state).toEqual(state);
  });

  it('moves a reviewed card to its new section with its state, and takes new source lines with the hash unchanged', async () => {
    const { rc, raw } = await setup();
    const deck = twoStageDeck('road', 2);
    await rc.syncDecks(deckServer([deck]).fetchJson, T0);
    const { state } = await rc.grade('road:a1', 3, T0);
    const untouched = await raw.cards.get('road:b2');
    const moved = withCards(deck, [
      ...deck.cards.filter((card) => card.id !== 'road:a1').map((card) => ({ ...card, source: { ...card.source, line: 40 } })),
      { ...deck.cards[0]!, sectionId: 'road/s2a' },
    ]);
    const report = await rc.syncDecks(deckServer([moved]).fetchJson, T0 + 1);
    expect(report.decks[0]).toMatchObject({ added: 0, updated: 0, retired: 0, restored: 0, moved: 0 });
    // Due again in ten days: queued under its new section, no longer under the old one.
    const later = T0 + 10 * DAY;
    expect((await rc.studyItems('road/s2a', later)).find((i) => i.card.id === 'road:a1')?.state).toEqual(state);
    expect(await studyIds(rc, 'road/s1a', later)).not.toContain('road:a1');
    expect((await raw.cards.get('road:b2'))?.card.source.line).toBe(40);
    expect((await raw.cards.get('road:b2'))?.order).toBe(untouched!.order - 1);
    expect(await raw.logs.where('cardId').equals('road:a1').count()).toBe(1);
  });

  it('changes no stored row when a new deck hash brings the same cards', async () => {
    const { rc, raw } = await setup();
    const deck = twoStageDeck('road', 2);
    await rc.syncDecks(deckServer([deck]).fetchJson, T0);
    await rc.grade('road:a2', 1, T0);
    const [cards, states] = [await raw.cards.toArray(), await raw.states.toArray()];
    const renamed = { ...deck, title: 'Roadmap road, renamed' };
    const index = indexFor([renamed]);
    index.decks[0]!.contentHash = 'title-changed';
    const report = await rc.syncDecks(deckServer([renamed], { 'decks/index.json': index }).fetchJson, T0 + DAY);
    expect(report.decks[0]).toMatchObject({ skipped: false, added: 0, updated: 0, retired: 0, restored: 0, moved: 0 });
    expect((await rc.deckTree(T0 + DAY))[0]!.title).toBe('Roadmap road, renamed');
    expect(await raw.cards.toArray()).toEqual(cards);
    expect(await raw.states.toArray()).toEqual(states);
  });

  it('reports a bad deck file and imports nothing of it, while the other decks load', async () => {
    const { rc, raw } = await setup();
    const good = twoStageDeck('good', 1);
    const bad = twoStageDeck('bad', 1);
    const broken = { ...bad, cards: [...bad.cards.slice(0, 2), { ...bad.cards[2], front: '' }] };
    const report = await rc.syncDecks(deckServer([good, bad], { 'decks/bad.json': broken }).fetchJson, T0);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ path: 'decks/bad.json', deckId: 'bad' });
    expect(report.problems[0]!.message).toContain('cards.2.front');
    expect(await raw.cards.where('deckId').equals('bad').count()).toBe(0);
    expect(await raw.cards.where('deckId').equals('good').count()).toBe(3);
  });

  it('reports a deck whose card ids repeat, a missing file, and an unreadable index', async () => {
    const { rc } = await setup();
    const dup = makeDeck('dup', [{ id: 's', title: 'S' }], [{ id: 'x', sectionId: 's' }, { id: 'x', sectionId: 's' }]);
    const missing = twoStageDeck('missing', 1);
    const server = deckServer([dup, missing]);
    const report = await rc.syncDecks(
      (path) => (path === 'decks/missing.json' ? Promise.reject(new Error('404')) : server.fetchJson(path)),
      T0,
    );
    expect(report.problems.map((p) => p.deckId).sort()).toEqual(['dup', 'missing']);
    expect((await rc.syncDecks(async () => ({ formatVersion: 99 }), T0)).problems[0]).toMatchObject({
      path: 'decks/index.json',
    });
  });
});
