// Grading and undo: state and log change together, replays count once, two tabs never lose a review, undo is exact.
import { afterEach, describe, expect, it } from 'vitest';
import { applyGrade } from '../../src/core/scheduler/fsrs.ts';
import { openRoadcards, UndoRefusedError, type Roadcards } from '../../src/storage/index.ts';
import { beijing, DAY, MINUTE, T0 } from '../fixtures/review/clock.ts';
import { openTest } from '../fixtures/review/db.ts';
import { deckServer, makeCard, twoStageDeck } from '../fixtures/review/decks.ts';

let toClose: { close(): void }[] = [];
afterEach(() => {
  for (const item of toClose) item.close();
  toClose = [];
});

async function setup() {
  const opened = await openTest();
  toClose.push(opened.rc, opened.raw);
  await opened.rc.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);
  return opened;
}

async function stateOf(rc: Roadcards, cardId: string, now: number) {
  return (await rc.studyItems('road', now)).find((item) => item.card.id === cardId)?.state;
}

describe('grade', () => {
  it('writes the new state and one log entry holding the states before and after', async () => {
    const { rc, raw } = await setup();
    const before = await stateOf(rc, 'road:a1', T0);
    const { state, undo } = await rc.grade('road:a1', 3, T0, { durationMs: 4200 });
    expect(state).toEqual(applyGrade(before!, 3, T0, await rc.getSettings()));
    const logs = await raw.logs.toArray();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ id: undo.logId, cardId: 'road:a1', deckId: 'road', grade: 3, kind: 'review', reviewedAt: T0, durationMs: 4200, before, after: state });
    expect(await raw.states.get('road:a1')).toMatchObject(state);
  });

  it('grades once for a replayed reviewId', async () => {
    const { rc, raw } = await setup();
    const first = await rc.grade('road:a1', 3, T0, { reviewId: 'tap-1' });
    const replay = await rc.grade('road:a1', 3, T0 + 5, { reviewId: 'tap-1' });
    expect(replay).toEqual(first);
    expect(await raw.logs.count()).toBe(1);
  });

  it('never loses a review when two tabs grade the same card at once', async () => {
    const { rc, dbName, raw } = await setup();
    const otherTab = await openRoadcards({ dbName, utcOffsetAt: beijing });
    toClose.push(otherTab);
    const [a, b] = await Promise.all([rc.grade('road:a1', 3, T0), otherTab.grade('road:a1', 3, T0 + 1000)]);
    const logs = await raw.logs.where('cardId').equals('road:a1').sortBy('id');
    expect(logs).toHaveLength(2);
    // The second grade built on the first: its "before" is the first's "after".
    expect(logs[1]!.before).toEqual(logs[0]!.after);
    const final = await raw.states.get('road:a1');
    expect(final?.reps).toBe(2);
    expect([a.state, b.state]).toContainEqual(logs[1]!.after);
  });

  it('counts a review replayed from another tab once', async () => {
    const { rc, dbName, raw } = await setup();
    const otherTab = await openRoadcards({ dbName, utcOffsetAt: beijing });
    toClose.push(otherTab);
    await Promise.all([rc.grade('road:a1', 3, T0, { reviewId: 'r-1' }), otherTab.grade('road:a1', 3, T0, { reviewId: 'r-1' })]);
    expect(await raw.logs.count()).toBe(1);
    expect((await raw.states.get('road:a1'))?.reps).toBe(1);
  });

  it('refuses an unknown card', async () => {
    const { rc } = await setup();
    await expect(rc.grade('nope', 3, T0)).rejects.toThrow(/nope/);
  });

  it('clears the updated mark once the learner has seen the new text', async () => {
    const { rc, raw } = await setup();
    await rc.grade('road:a1', 3, T0);
    const deck = twoStageDeck('road', 2);
    const edited = { ...deck, cards: [makeCard({ id: 'road:a1', sectionId: 'road/s1a', back: 'new' }), ...deck.cards.slice(1)] };
    await rc.syncDecks(deckServer([edited]).fetchJson, T0 + MINUTE);
    const find = async () => (await rc.studyItems('road', T0 + DAY)).find((item) => item.card.id === 'road:a1');
    expect((await find())?.updated).toBe(true);
    await rc.grade('road:a1', 3, T0 + 20 * MINUTE);
    expect((await raw.cards.get('road:a1'))?.updated).toBe(0);
  });
});

describe('undo', () => {
  it('restores the card and removes exactly that log entry', async () => {
    const { rc, raw } = await setup();
    await rc.grade('road:a2', 3, T0);
    const before = await raw.states.get('road:a1');
    const { undo } = await rc.grade('road:a1', 1, T0 + MINUTE);
    const restored = await rc.undo(undo);
    expect(await raw.states.get('road:a1')).toEqual(before);
    expect(restored).toMatchObject({ cardId: 'road:a1', phase: 0, reps: 0 });
    expect((await raw.logs.toArray()).map((log) => log.cardId)).toEqual(['road:a2']);
  });

  it('puts the updated mark back along with the state', async () => {
    const { rc } = await setup();
    await rc.grade('road:a1', 3, T0);
    const deck = twoStageDeck('road', 2);
    const edited = { ...deck, cards: [makeCard({ id: 'road:a1', sectionId: 'road/s1a', back: 'new' }), ...deck.cards.slice(1)] };
    await rc.syncDecks(deckServer([edited]).fetchJson, T0 + MINUTE);
    const { undo } = await rc.grade('road:a1', 3, T0 + 20 * MINUTE);
    await rc.undo(undo);
    expect((await rc.studyItems('road', T0 + DAY)).find((item) => item.card.id === 'road:a1')?.updated).toBe(true);
  });

  it('refuses to undo a review that is no longer the card’s latest, and undoing twice', async () => {
    const { rc, raw } = await setup();
    const first = await rc.grade('road:a1', 3, T0);
    const second = await rc.grade('road:a1', 3, T0 + 10 * MINUTE);
    await expect(rc.undo(first.undo)).rejects.toBeInstanceOf(UndoRefusedError);
    expect(await raw.logs.count()).toBe(2);
    await rc.undo(second.undo);
    await expect(rc.undo(second.undo)).rejects.toBeInstanceOf(UndoRefusedError);
    // Now the first is the latest again and can go too.
    await rc.undo(first.undo);
    expect(await raw.logs.count()).toBe(0);
    expect((await raw.states.get('road:a1'))?.reps).toBe(0);
  });

  it('refuses a token naming another card', async () => {
    const { rc } = await setup();
    const { undo } = await rc.grade('road:a1', 3, T0);
    await expect(rc.undo({ ...undo, cardId: 'road:a2' })).rejects.toBeInstanceOf(UndoRefusedError);
  });
});
