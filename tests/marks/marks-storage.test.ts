// Suspend, bury, flag and note per card in storage: out of the queue, counts and drills, through merges and backups, undoable.
import { afterEach, describe, expect, it } from 'vitest';
import { closedAfterEach } from '../fixtures/review/db.ts';
import { DAY, HOUR, T0 } from '../fixtures/review/clock.ts';
import { deckServer, makeDeck, twoStageDeck } from '../fixtures/review/decks.ts';
import type { Roadcards } from '../../src/storage/index.ts';

const setup = closedAfterEach(afterEach);
const DECK = twoStageDeck('road', 2);

async function synced() {
  const opened = await setup();
  await opened.rc.syncDecks(deckServer([DECK]).fetchJson, T0);
  return opened;
}

const queued = async (rc: Roadcards, node: string, now: number) => (await rc.studyItems(node, now)).map((item) => item.card.id);
const newCount = async (rc: Roadcards, now: number) => (await rc.roadmaps(now))[0]!.counts.new;

describe('suspending cards', () => {
  it('takes them out of the study queue, Home counts and drills, and undo puts them back', async () => {
    const { rc } = await synced();
    expect(await newCount(rc, T0)).toBe(6);
    const undo = await rc.markCards(['road:a1', 'road:b2'], { suspended: true }, T0);
    expect(await queued(rc, 'road', T0)).not.toContain('road:a1');
    expect(await queued(rc, 'road', T0)).not.toContain('road:b2');
    expect(await newCount(rc, T0)).toBe(4);
    expect((await rc.deckTree(T0))[0]!.counts.new).toBe(4);
    expect((await rc.drillDeck('road', T0))!.cards.map((card) => card.id)).not.toContain('road:a1');
    await rc.undoMarks(undo, T0);
    expect(await newCount(rc, T0)).toBe(6);
    expect(await queued(rc, 'road', T0)).toContain('road:a1');
  });

  it('counts suspended cards as suspended in the statistics, not as new', async () => {
    const { rc } = await synced();
    await rc.markCards(['road:a1', 'road:b2'], { suspended: true }, T0);
    // Buried is parked too, but only until tomorrow: still counted by its phase.
    await rc.markCards(['road:a2'], { bury: true }, T0);
    const stats = await rc.stats('road', T0);
    expect(stats!.cards!.tally.suspended).toBe(2);
    expect(stats!.cards!.tally.new).toBe(4);
    expect(stats!.cards!.tally.total).toBe(6);
  });

  it('keeps a suspended review card out of the due count and keeps its state and history', async () => {
    const { rc, raw } = await synced();
    await rc.grade('road:a1', 3, T0);
    await rc.grade('road:a1', 3, T0 + 20 * 60_000);
    const later = T0 + 30 * DAY;
    expect((await rc.roadmaps(later))[0]!.counts.due).toBe(1);
    await rc.markCards(['road:a1'], { suspended: true }, later);
    expect((await rc.roadmaps(later))[0]!.counts.due).toBe(0);
    expect(await raw.logs.count()).toBe(2);
    expect((await raw.states.get('road:a1'))!.reps).toBe(2);
    await rc.markCards(['road:a1'], { suspended: false }, later);
    expect((await rc.roadmaps(later))[0]!.counts.due).toBe(1);
  });

  it('survives a deck merge that moves and edits the card, and retiring and restoring the roadmap', async () => {
    const { rc } = await synced();
    await rc.markCards(['road:a1'], { suspended: true, flag: 2, note: '重写这一条' }, T0);
    const edited = structuredClone(DECK);
    edited.cards.reverse();
    edited.cards[edited.cards.length - 1]!.back = 'A new answer';
    await rc.syncDecks(deckServer([edited]).fetchJson, T0 + HOUR);
    expect(await queued(rc, 'road', T0 + HOUR)).not.toContain('road:a1');
    await rc.syncDecks(deckServer([makeDeck('other', [{ id: 'other/s', title: 'S' }], [{ id: 'other:1', sectionId: 'other/s' }])]).fetchJson, T0 + 2 * HOUR);
    await rc.syncDecks(deckServer([edited]).fetchJson, T0 + 3 * HOUR);
    expect(await queued(rc, 'road', T0 + 3 * HOUR)).not.toContain('road:a1');
    const row = (await rc.browseCards('road', T0 + 3 * HOUR))!.rows.find((r) => r.cardId === 'road:a1')!;
    expect(row).toMatchObject({ suspended: true, flag: 2, note: '重写这一条' });
  });
});

describe('burying a card', () => {
  it('hides it until the next study day starts (04:00 local), then it comes back by itself', async () => {
    const { rc } = await synced();
    await rc.markCards(['road:a1'], { bury: true }, T0);
    expect(await queued(rc, 'road', T0 + 10 * HOUR)).not.toContain('road:a1');
    // T0 is 10:00 in Beijing: the next day starts at 04:00, 18 hours later.
    expect(await queued(rc, 'road', T0 + 18 * HOUR)).toContain('road:a1');
  });
});

describe('backups', () => {
  it('carry the marks to another device, where the card is suspended too; importing twice changes nothing', async () => {
    const { rc } = await synced();
    await rc.markCards(['road:b1'], { suspended: true, flag: 4, note: 'why' }, T0);
    const file = JSON.stringify(await rc.exportBackup(T0 + HOUR));
    const other = await synced();
    const result = await other.rc.importBackup(file, { now: T0 + HOUR });
    expect(result.ok).toBe(true);
    expect(await queued(other.rc, 'road', T0 + HOUR)).not.toContain('road:b1');
    expect(await other.raw.marks.toArray()).toEqual([{ cardId: 'road:b1', suspended: 1, flag: 4, note: 'why', changedAt: T0 }]);
    await other.rc.importBackup(file, { now: T0 + HOUR });
    expect(await other.raw.marks.count()).toBe(1);
  });

  it('still imports a backup written before marks existed', async () => {
    const { rc } = await synced();
    await rc.grade('road:a1', 3, T0);
    const old = await rc.exportBackup(T0 + HOUR);
    delete (old as { marks?: unknown }).marks;
    const other = await synced();
    await other.rc.markCards(['road:a2'], { suspended: true }, T0);
    expect(await other.rc.importBackup(JSON.stringify(old))).toMatchObject({ ok: true, summary: { reviewsAdded: 1 } });
    expect(await queued(other.rc, 'road', T0 + HOUR)).not.toContain('road:a2');
  });
});

describe('leeches', () => {
  async function lapse(rc: Roadcards, cardId: string, times: number, from: number): Promise<{ at: number; leech: unknown }> {
    let at = from;
    let leech: unknown;
    for (let i = 0; i < times; i++) {
      await rc.grade(cardId, 3, at);
      await rc.grade(cardId, 3, (at += 20 * 60_000));
      at += 40 * DAY;
      leech = (await rc.grade(cardId, 1, at)).leech;
      at += HOUR;
    }
    return { at, leech };
  }

  it('tags and suspends a card at its 8th lapse (not before), once, and undo of that grade takes both back', async () => {
    const { rc, raw } = await synced();
    const seventh = await lapse(rc, 'road:a1', 7, T0);
    expect(seventh.leech).toBeUndefined();
    expect((await raw.states.get('road:a1'))!.lapses).toBe(7);
    await rc.grade('road:a1', 3, seventh.at);
    await rc.grade('road:a1', 3, seventh.at + 20 * 60_000);
    const at = seventh.at + 40 * DAY;
    const eighth = await rc.grade('road:a1', 1, at);
    expect(eighth.state.lapses).toBe(8);
    expect(eighth.leech).toEqual({ suspended: true });
    expect(await raw.marks.get('road:a1')).toMatchObject({ leech: 1, suspended: 1 });
    expect(await queued(rc, 'road', at + DAY)).not.toContain('road:a1');
    await rc.undo(eighth.undo);
    expect(await raw.marks.get('road:a1')).toBeUndefined();
    expect(await queued(rc, 'road', at)).toContain('road:a1');
  });

  it('only tags when the setting says not to suspend, and honours a lower threshold', async () => {
    const { rc, raw } = await synced();
    await rc.saveSettings({ leechLapses: 2, leechSuspend: false });
    const { at, leech } = await lapse(rc, 'road:a1', 2, T0);
    expect(leech).toEqual({ suspended: false });
    expect(await raw.marks.get('road:a1')).toMatchObject({ leech: 1 });
    expect((await raw.marks.get('road:a1'))!.suspended).toBeUndefined();
    expect(await queued(rc, 'road', at)).toContain('road:a1');
  });
});
