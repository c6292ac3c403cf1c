// Reference cards (plans, catalogues) stay in the deck but out of daily review and drills, keeping their history.
import { afterEach, describe, expect, it } from 'vitest';
import type { Card, Deck } from '../../src/core/deck/schema.ts';
import type { Roadcards } from '../../src/storage/index.ts';
import { DAY, T0 } from '../fixtures/review/clock.ts';
import { closedAfterEach } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';

const setup = closedAfterEach(afterEach);

/** The deck with the named cards given a role (the others left as the compiler of version 1 wrote them: none). */
function withRoles(deck: Deck, roles: Record<string, Card['role']>): Deck {
  return { ...deck, cards: deck.cards.map((card) => (card.id in roles ? { ...card, role: roles[card.id] } : card)) };
}

async function studyIds(rc: Roadcards, nodeId: string, now: number): Promise<string[]> {
  return (await rc.studyItems(nodeId, now)).map((item) => item.card.id);
}

describe('reference cards', () => {
  it('are kept in the deck but never offered for daily review or a drill', async () => {
    const { rc, raw } = await setup();
    const deck = withRoles(twoStageDeck('road', 2), { 'road:a2': 'reference', 'road:b1': 'reference' });
    await rc.syncDecks(deckServer([deck]).fetchJson, T0);
    expect(await studyIds(rc, 'road', T0)).toEqual(['road:a1', 'road:b2', 'road:c1', 'road:c2']);
    expect(await raw.cards.get('road:a2')).toMatchObject({ retired: 0, card: { role: 'reference' } });
    const drill = await rc.drillDeck('road', T0);
    expect(drill?.cards.map((c) => c.id)).toEqual(['road:a1', 'road:b2', 'road:c1', 'road:c2']);
    expect(drill?.roadmapCards.map((c) => c.id)).not.toContain('road:b1');
  });

  it('a card that becomes reference keeps its id, state and history, and comes back to review when it is a concept again', async () => {
    const { rc, raw } = await setup();
    const deck = twoStageDeck('road', 2);
    await rc.syncDecks(deckServer([deck]).fetchJson, T0);
    const { state } = await rc.grade('road:a1', 3, T0);
    const later = T0 + 30 * DAY;
    expect(await studyIds(rc, 'road', later)).toContain('road:a1');

    await rc.syncDecks(deckServer([withRoles(deck, { 'road:a1': 'reference' })]).fetchJson, T0 + DAY);
    expect(await studyIds(rc, 'road', later)).not.toContain('road:a1');
    expect(await raw.logs.where('cardId').equals('road:a1').count()).toBe(1);
    expect(await raw.states.get('road:a1')).toMatchObject({ due: state.due, reps: state.reps, reference: 1 });

    await rc.syncDecks(deckServer([withRoles(deck, { 'road:a1': 'concept' })]).fetchJson, T0 + 2 * DAY);
    const back = (await rc.studyItems('road', later)).find((item) => item.card.id === 'road:a1');
    expect(back?.state).toEqual(state);
    expect(back?.updated).toBe(false);
  });

  it('cards of a deck written before roles existed are all studied, as concepts', async () => {
    const { rc } = await setup();
    const old = { ...twoStageDeck('road', 1), formatVersion: 1 as const };
    const report = await rc.syncDecks(deckServer([old]).fetchJson, T0);
    expect(report.problems).toEqual([]);
    expect(await studyIds(rc, 'road', T0)).toEqual(['road:a1', 'road:b1', 'road:c1']);
  });

  it('join a node’s daily review once switched on for it, in roadmap order, and are graded like any card', async () => {
    const { rc, raw } = await setup();
    const deck = withRoles(twoStageDeck('road', 2), { 'road:a2': 'reference', 'road:b1': 'reference', 'road:c1': 'reference' });
    await rc.syncDecks(deckServer([deck]).fetchJson, T0);
    await rc.saveSettings({ reviewReference: ['road/stage1'] });
    // Stage 1's reading plans join its review and the roadmap's; stage 2's stay out.
    expect(await studyIds(rc, 'road/stage1', T0)).toEqual(['road:a1', 'road:a2', 'road:b1', 'road:b2']);
    expect(await studyIds(rc, 'road', T0)).toEqual(['road:a1', 'road:a2', 'road:b1', 'road:b2', 'road:c2']);
    expect(await studyIds(rc, 'road/s1b', T0)).toEqual(['road:b1', 'road:b2']);

    await rc.grade('road:a2', 3, T0);
    expect(await raw.logs.where('cardId').equals('road:a2').count()).toBe(1);
    expect(await raw.states.get('road:a2')).toMatchObject({ reps: 1, reference: 1 });
    const due = (await raw.states.get('road:a2'))!.due;
    expect(await studyIds(rc, 'road/stage1', due + 1)).toContain('road:a2');

    await rc.saveSettings({ reviewReference: [] });
    expect(await studyIds(rc, 'road/stage1', due + 1)).not.toContain('road:a2');
  });

  it('keep the switch through a save of other settings', async () => {
    const { rc } = await setup();
    await rc.saveSettings({ reviewReference: ['road/s1a'] });
    await rc.saveSettings({ newPerDay: 5 });
    expect((await rc.getSettings()).reviewReference).toEqual(['road/s1a']);
  });
});
