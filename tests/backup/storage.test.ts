// Backup through storage: export → import round trip, import twice, newer local progress kept, unknown and retired cards.
import { afterEach, describe, expect, it } from 'vitest';
import { readBackup } from '../../src/core/backup/read.ts';
import { CURRENT_SCHEMA_VERSION } from '../../src/storage/schema.ts';
import { DAY, T0 } from '../fixtures/review/clock.ts';
import { deckServer, makeDeck } from '../fixtures/review/decks.ts';
import { DECK, closeAll, freshDevice, logsWithoutIds, snapshot, studiedDevice } from './helpers.ts';

afterEach(closeAll);

const asText = (value: unknown) => JSON.stringify(value);

describe('export', () => {
  it('writes a file the backup schema accepts, with every table of progress and no card texts', async () => {
    const { rc } = await studiedDevice();
    const file = await rc.exportBackup(T0 + 5 * DAY);
    const read = readBackup(asText(file));
    expect(read.ok).toBe(true);
    expect(file).toMatchObject({ format: 'roadcards-backup', version: 1, exportedAt: T0 + 5 * DAY, schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(file.states).toHaveLength(DECK.cards.length);
    expect(file.logs).toHaveLength(5);
    expect(file.drills.map((d) => d.attemptId).sort()).toEqual(['d-1:0', 'd-2:0']);
    expect(file.interviews).toEqual([{ nodeId: 'road/stage1', date: T0 + 30 * DAY }]);
    expect(file.settings).toMatchObject({ newPerDay: 7, desiredRetention: 0.85 });
    expect(asText(file)).not.toContain(DECK.cards[0]!.front);
  });
});

describe('import', () => {
  it('round trip: a fresh device with the same roadmap gets the same states, logs, drills and dates', async () => {
    const source = await studiedDevice();
    const file = asText(await source.rc.exportBackup(T0 + 5 * DAY));
    const target = await freshDevice();
    const result = await target.rc.importBackup(file, { restoreSettings: true });
    expect(result).toEqual({
      ok: true,
      summary: { reviewsAdded: 5, cardsUpdated: 4, drillsAdded: 2, interviewsAdded: 1, settingsRestored: true },
    });
    const before = await snapshot(source.raw);
    const after = await snapshot(target.raw);
    expect(after.states).toEqual(before.states);
    expect(logsWithoutIds(after.logs)).toEqual(logsWithoutIds(before.logs));
    expect(after.interviews).toEqual(before.interviews);
    expect(after.settings).toEqual(before.settings);
    // The counted drill answer still points at the review it graded, under this device's log id.
    const counted = after.drills.find((d) => d.attemptId === 'd-1:0')!;
    expect(after.logs.find((l) => l.id === counted.reviewLogId)?.reviewId).toBe('d-1:0');
    // What the learner sees: the same queue and counts on both devices.
    const now = T0 + 5 * DAY;
    expect(await target.rc.deckTree(now)).toEqual(await source.rc.deckTree(now));
    expect((await target.rc.studyItems('road', now)).map((i) => i.card.id)).toEqual((await source.rc.studyItems('road', now)).map((i) => i.card.id));
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const source = await studiedDevice();
    const file = asText(await source.rc.exportBackup(T0 + 5 * DAY));
    const target = await freshDevice();
    await target.rc.importBackup(file, { restoreSettings: true });
    const once = await snapshot(target.raw);
    const again = await target.rc.importBackup(file, { restoreSettings: true });
    expect(again).toMatchObject({ ok: true, summary: { reviewsAdded: 0, cardsUpdated: 0, drillsAdded: 0, interviewsAdded: 0 } });
    expect(await snapshot(target.raw)).toEqual(once);
  });

  it('importing its own backup into the same device changes nothing', async () => {
    const device = await studiedDevice();
    const before = await snapshot(device.raw);
    const result = await device.rc.importBackup(asText(await device.rc.exportBackup(T0 + 5 * DAY)));
    expect(result).toMatchObject({ ok: true, summary: { reviewsAdded: 0, cardsUpdated: 0 } });
    expect(await snapshot(device.raw)).toEqual(before);
  });

  it('keeps the newer state where this device reviewed later, takes the backup where it reviewed later', async () => {
    const source = await freshDevice();
    await source.rc.grade('road:a1', 3, T0);
    await source.rc.grade('road:b1', 3, T0 + 2 * DAY);
    const file = asText(await source.rc.exportBackup(T0 + 3 * DAY));
    const target = await freshDevice();
    await target.rc.grade('road:a1', 1, T0 + DAY); // later than the backup's a1
    await target.rc.grade('road:b1', 4, T0 + DAY); // earlier than the backup's b1
    const newerHere = await target.raw.states.get('road:a1');
    const result = await target.rc.importBackup(file);
    expect(result).toMatchObject({ ok: true, summary: { reviewsAdded: 2, cardsUpdated: 1 } });
    expect(await target.raw.states.get('road:a1')).toEqual(newerHere);
    expect((await target.raw.states.get('road:b1'))?.lastReview).toBe(T0 + 2 * DAY);
    expect(await target.raw.logs.where('cardId').equals('road:a1').count()).toBe(2);
    // The imported review state is in the queue indexes: b1 comes up when it is due, like any review.
    const b1 = (await target.raw.states.get('road:b1'))!;
    expect(b1.reviewDue).toBe(b1.due);
    expect(b1.newOrder).toBeUndefined();
  });

  it('a log entry with the same card, time and grade is the same review, even without a reviewId', async () => {
    const source = await freshDevice();
    await source.rc.grade('road:a1', 3, T0);
    const file = asText(await source.rc.exportBackup(T0 + DAY));
    const target = await freshDevice();
    await target.rc.grade('road:a1', 3, T0);
    const result = await target.rc.importBackup(file);
    expect(result).toMatchObject({ ok: true, summary: { reviewsAdded: 0, cardsUpdated: 0 } });
    expect(await target.raw.logs.count()).toBe(1);
  });

  it('a card this device does not know is kept out of the queue and returns with its state when the roadmap has it', async () => {
    const bigger = makeDeck('road', [{ id: 'road/s', title: 'S' }], [{ id: 'road:a1', sectionId: 'road/s' }, { id: 'road:z9', sectionId: 'road/s' }]);
    const smaller = makeDeck('road', [{ id: 'road/s', title: 'S' }], [{ id: 'road:a1', sectionId: 'road/s' }]);
    const source = await freshDevice();
    await source.rc.syncDecks(deckServer([bigger]).fetchJson, T0);
    await source.rc.grade('road:z9', 3, T0);
    const graded = await source.raw.states.get('road:z9');
    const file = asText(await source.rc.exportBackup(T0 + DAY));

    const target = await freshDevice();
    await target.rc.syncDecks(deckServer([smaller]).fetchJson, T0);
    await target.rc.importBackup(file);
    const far = T0 + 400 * DAY;
    expect((await target.rc.studyItems('road', far)).map((i) => i.card.id)).toEqual(['road:a1']);
    expect((await target.rc.deckTree(far))[0]?.total).toBe(1);

    await target.rc.syncDecks(deckServer([bigger]).fetchJson, T0 + 2 * DAY);
    const back = await target.raw.states.get('road:z9');
    expect(back).toEqual(graded);
    expect((await target.rc.studyItems('road', far)).map((i) => i.card.id)).toContain('road:z9');
  });

  it('a retired card gets the newer state but stays retired, out of the queue indexes', async () => {
    const source = await freshDevice();
    await source.rc.grade('road:a1', 3, T0 + DAY);
    const file = asText(await source.rc.exportBackup(T0 + 2 * DAY));
    const target = await freshDevice();
    const withoutA1 = { ...DECK, cards: DECK.cards.filter((c) => c.id !== 'road:a1') };
    await target.rc.syncDecks(deckServer([withoutA1]).fetchJson, T0);
    await target.rc.importBackup(file);
    const row = (await target.raw.states.get('road:a1'))!;
    expect(row).toMatchObject({ retired: 1, lastReview: T0 + DAY });
    expect(row.reviewDue).toBeUndefined();
    expect(row.newOrder).toBeUndefined();
  });

  it('leaves this device\'s settings alone unless asked, and never copies the persistence answer', async () => {
    const source = await studiedDevice();
    const file = asText(await source.rc.exportBackup(T0 + 5 * DAY));
    const target = await freshDevice();
    await target.rc.saveSettings({ newPerDay: 30, persisted: true });
    await target.rc.importBackup(file);
    expect(await target.rc.getSettings()).toMatchObject({ newPerDay: 30, desiredRetention: 0.9 });
    await target.rc.importBackup(file, { restoreSettings: true });
    expect(await target.rc.getSettings()).toMatchObject({ newPerDay: 7, desiredRetention: 0.85, persisted: true });
  });

  it('carries the leech rule and the nodes whose reference cards are in daily review', async () => {
    const source = await studiedDevice();
    await source.rc.saveSettings({ leechLapses: 4, leechSuspend: false, reviewReference: ['road/stage1'] });
    const file = asText(await source.rc.exportBackup(T0 + 5 * DAY));
    expect(readBackup(file).ok).toBe(true);
    const target = await freshDevice();
    await target.rc.importBackup(file, { restoreSettings: true });
    expect(await target.rc.getSettings()).toMatchObject({ leechLapses: 4, leechSuspend: false, reviewReference: ['road/stage1'] });
  });

  it('keeps an interview date set on this device over the backup\'s for the same node', async () => {
    const source = await studiedDevice();
    const file = asText(await source.rc.exportBackup(T0 + 5 * DAY));
    const target = await freshDevice();
    await target.rc.setInterviewDate('road/stage1', T0 + 10 * DAY);
    await target.rc.setInterviewDate('road', T0 + 20 * DAY);
    await target.rc.importBackup(file);
    expect(await target.rc.interviewDates()).toEqual({ 'road/stage1': T0 + 10 * DAY, road: T0 + 20 * DAY });
  });
});
