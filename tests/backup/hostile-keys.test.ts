// Ids from files are data, never object keys that reach a prototype: `__proto__` and `constructor` as node ids and deck slugs.
import { afterEach, describe, expect, it } from 'vitest';
import { DAY, T0 } from '../fixtures/review/clock.ts';
import { openTest } from '../fixtures/review/db.ts';
import { cardRange, deckServer, makeDeck } from '../fixtures/review/decks.ts';
import { closeAll, freshDevice, snapshot, studiedDevice } from './helpers.ts';

afterEach(closeAll);

async function fileWithInterviews(nodeIds: string[]): Promise<string> {
  const { rc } = await studiedDevice();
  const file = JSON.parse(JSON.stringify(await rc.exportBackup(T0 + 5 * DAY)));
  file.interviews.push(...nodeIds.map((nodeId, i) => ({ nodeId, date: T0 + (40 + i) * DAY })));
  return JSON.stringify(file);
}

describe('hostile keys in a backup', () => {
  it('an interview keyed __proto__ imports once, the same file again changes nothing, and the device’s export imports anywhere', async () => {
    const text = await fileWithInterviews(['__proto__', 'constructor', 'toString']);
    const device = await freshDevice();
    const first = await device.rc.importBackup(text);
    expect(first.ok && first.summary.interviewsAdded).toBe(4);
    const before = await snapshot(device.raw);
    const second = await device.rc.importBackup(text);
    expect(second).toEqual({ ok: true, summary: { reviewsAdded: 0, cardsUpdated: 0, drillsAdded: 0, interviewsAdded: 0, settingsRestored: false } });
    expect(await snapshot(device.raw)).toEqual(before);

    const dates = await device.rc.interviewDates();
    expect(Object.keys(dates).sort()).toEqual(['__proto__', 'constructor', 'road/stage1', 'toString']);
    expect(dates['__proto__']).toBe(T0 + 40 * DAY);

    const ownExport = JSON.stringify(await device.rc.exportBackup(T0 + 6 * DAY));
    const elsewhere = await freshDevice();
    expect((await elsewhere.rc.importBackup(ownExport)).ok).toBe(true);
    expect((await elsewhere.rc.importBackup(ownExport)).ok).toBe(true);
    expect(Object.keys(await elsewhere.rc.interviewDates()).sort()).toEqual(['__proto__', 'constructor', 'road/stage1', 'toString']);
  });

  it('a roadmap named constructor (slugs are [a-z0-9-], so __proto__ cannot be one) has no interview date until one is set', async () => {
    const decks = ['constructor', 'valueof'].map((id) => makeDeck(id, [{ id: `${id}/s`, title: 'S' }], cardRange(`${id}:c`, `${id}/s`, 2)));
    const { rc, raw } = await openTest();
    try {
      await rc.syncDecks(deckServer(decks).fetchJson, T0);
      const dates = await rc.interviewDates();
      // The drill screen reads its node's date as `dates[nodeId] ?? null`.
      expect(dates['constructor'] ?? null).toBeNull();
      expect(dates['__proto__'] ?? null).toBeNull();
      expect(dates['valueOf'] ?? null).toBeNull();
      expect((await rc.drillDeck('constructor', T0))?.interviewDate).toBeNull();
      await rc.setInterviewDate('constructor', T0 + 9 * DAY);
      expect((await rc.interviewDates())['constructor']).toBe(T0 + 9 * DAY);
      const tree = await rc.deckTree(T0);
      expect(tree.map((node) => [node.id, node.counts.new])).toEqual([['constructor', 2], ['valueof', 2]]);
    } finally {
      rc.close();
      raw.close();
    }
  });
});
