// Card marks as sync events: recorded with every change the learner makes (not when a bury ends), read from documents
// without trusting them, and applied only when later than this device's own write, with the card's queue place at once.
import { afterEach, describe, expect, it } from 'vitest';
import { fromDoc, toDoc, type MarksEvent, type SyncEvent } from '../../src/core/sync/events.ts';
import type { Roadcards } from '../../src/storage/index.ts';
import type { RoadcardsDb } from '../../src/storage/schema.ts';
import { applyEvents } from '../../src/storage/sync/pull.ts';
import { seedWrites } from '../../src/storage/sync/marks-sync.ts';
import { DAY, HOUR, T0 } from '../fixtures/review/clock.ts';
import { closeAll, freshDevice } from '../backup/helpers.ts';

afterEach(closeAll);

const CHECKPOINT = { url: 'http://server', db: 'learner', dbId: 'm1', since: '1' };
const queued = async (rc: Roadcards, now: number) => (await rc.studyItems('road', now)).map((item) => item.card.id);
const marksEvents = async (raw: RoadcardsDb) =>
  (await raw.outbox.toArray()).map((row) => row.event).filter((event): event is MarksEvent => event.type === 'marks');
const marksEvent = (cardId: string, marks: MarksEvent['marks'], writtenAt: number, deviceId = 'device-b'): MarksEvent => ({
  type: 'marks',
  cardId,
  marks,
  writtenAt,
  deviceId,
});
const receive = (raw: RoadcardsDb, events: SyncEvent[], now = T0) => applyEvents(raw, events, 'device-a', CHECKPOINT, { now });

describe('marks events read from documents', () => {
  it('round-trips a marks value and a roadmap (added and removed) through its document', () => {
    const marks = marksEvent('road:a1', { suspended: 1, flag: 2, note: '复习这条', leech: 1, buriedUntil: T0 + DAY }, T0);
    expect(fromDoc(JSON.parse(JSON.stringify(toDoc(marks))))).toEqual(marks);
    const added: SyncEvent = { type: 'roadmap', deckId: 'mine', file: 'mine.md', text: '# 我的路线\n- a：b', writtenAt: T0, deviceId: 'd' };
    const removed: SyncEvent = { ...added, text: null, writtenAt: T0 + 1 };
    expect(fromDoc(toDoc(added))).toEqual(added);
    expect(fromDoc(toDoc(removed))).toEqual(removed);
  });

  it('refuses a damaged or hostile document whole, and never lets a key from the data reach a prototype', () => {
    const doc = toDoc(marksEvent('road:a1', { suspended: 1 }, T0)) as Record<string, unknown>;
    const bad = [
      { marks: { suspended: true } },
      { marks: { flag: 7 } },
      { marks: { note: 'x'.repeat(2001) } },
      { marks: { note: '' } },
      { marks: { buriedUntil: -1 } },
      { marks: { leech: 'yes' } },
      { marks: null },
      { marks: [] },
      { cardId: 'road:a2' },
      { writtenAt: T0 + 1 },
      { deviceId: '' },
    ];
    for (const change of bad) expect(fromDoc({ ...doc, ...change }), JSON.stringify(change)).toBeNull();
    const roadmap = toDoc({ type: 'roadmap', deckId: 'mine', file: 'mine.md', text: 'x', writtenAt: T0, deviceId: 'd' });
    expect(fromDoc({ ...roadmap, text: 42 })).toBeNull();
    expect(fromDoc({ ...roadmap, deckId: 'other' })).toBeNull();
    const hostile = JSON.parse(`{"_id":"${doc._id}","type":"marks","cardId":"road:a1","writtenAt":${T0},"deviceId":"device-b","marks":{"__proto__":{"suspended":1},"constructor":{"x":1},"note":"n"}}`);
    const event = fromDoc(hostile) as MarksEvent;
    expect(event.marks).toEqual({ note: 'n' });
    expect(Object.getPrototypeOf(event.marks)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).suspended).toBeUndefined();
  });
});

describe('marks changes recorded for other devices', () => {
  it('records each card of a bulk action, its undo, and a leech tag made inside grading; a bury ending records nothing', async () => {
    const { rc, raw } = await freshDevice();
    const undo = await rc.markCards(['road:a1', 'road:a2'], { suspended: true, note: '太难' }, T0);
    expect((await marksEvents(raw)).map((e) => [e.cardId, e.marks])).toEqual([
      ['road:a1', { suspended: 1, note: '太难' }],
      ['road:a2', { suspended: 1, note: '太难' }],
    ]);
    await rc.undoMarks(undo, T0 + 1000);
    const afterUndo = await marksEvents(raw);
    expect(afterUndo).toHaveLength(4);
    expect(afterUndo.filter((e) => e.writtenAt >= T0 + 1000).map((e) => e.marks)).toEqual([{}, {}]);
    expect((await raw.writes.get('marks:road:a1'))?.event).toMatchObject({ marks: {}, writtenAt: T0 + 1000 });

    await rc.markCards(['road:b1'], { bury: true }, T0 + 2000);
    const beforeRelease = (await raw.outbox.count()) + (await raw.writes.count());
    expect(await queued(rc, T0 + 2 * DAY)).toContain('road:b1');
    expect((await raw.outbox.count()) + (await raw.writes.count())).toBe(beforeRelease);

    await rc.saveSettings({ leechLapses: 1, leechSuspend: true });
    await rc.grade('road:c1', 3, T0);
    await rc.grade('road:c1', 3, T0 + 20 * 60_000);
    const lapse = await rc.grade('road:c1', 1, T0 + 40 * DAY);
    expect(lapse.leech).toEqual({ suspended: true });
    expect((await marksEvents(raw)).find((e) => e.cardId === 'road:c1')?.marks).toEqual({ leech: 1, suspended: 1 });
    // Undo of that grade takes the tag back: another write, which wins over the tag everywhere.
    await rc.undo(lapse.undo);
    expect((await raw.writes.get('marks:road:c1'))?.event).toMatchObject({ marks: {} });
  });

  it('orders two changes of one card within one millisecond (the second is the later write)', async () => {
    const { rc, raw } = await freshDevice();
    await rc.markCards(['road:a1'], { flag: 1 }, T0);
    await rc.markCards(['road:a1'], { flag: 3 }, T0);
    const [first, second] = await marksEvents(raw);
    expect(second!.writtenAt).toBeGreaterThan(first!.writtenAt);
    expect((await raw.writes.get('marks:road:a1'))?.event).toMatchObject({ marks: { flag: 3 } });
  });
});

describe('marks that changed without a recorded write', () => {
  it('(from before marks synced, or a backup merged in later) are recorded at the next sync, once', async () => {
    const { rc, raw } = await freshDevice();
    await rc.markCards(['road:a1'], { flag: 1 }, T0);
    await raw.outbox.clear();
    expect(await seedWrites(raw)).toBe(0);
    // As a backup import merges them: rows whose change time is later than the device's own last write.
    await raw.marks.bulkPut([
      { cardId: 'road:a1', flag: 2, changedAt: T0 + HOUR },
      { cardId: 'road:b1', suspended: 1, changedAt: T0 - DAY },
    ]);
    expect(await seedWrites(raw)).toBe(2);
    expect((await marksEvents(raw)).map((e) => [e.cardId, e.marks, e.writtenAt]).sort()).toEqual([
      ['road:a1', { flag: 2 }, T0 + HOUR],
      ['road:b1', { suspended: 1 }, T0 - DAY],
    ]);
    expect(await seedWrites(raw)).toBe(0);
  });
});

describe('received marks', () => {
  it('suspend and note arrive: the card leaves the queue and counts at once; an empty value unsuspends it', async () => {
    const { rc, raw } = await freshDevice();
    expect(await receive(raw, [marksEvent('road:a1', { suspended: 1, note: '笔记' }, T0 + HOUR)])).toBe(1);
    expect(await raw.marks.get('road:a1')).toEqual({ cardId: 'road:a1', suspended: 1, note: '笔记', changedAt: T0 + HOUR });
    expect(await queued(rc, T0)).not.toContain('road:a1');
    expect((await rc.roadmaps(T0))[0]!.counts.new).toBe(5);
    expect(await receive(raw, [marksEvent('road:a1', {}, T0 + 2 * HOUR)])).toBe(1);
    expect(await raw.marks.get('road:a1')).toBeUndefined();
    expect(await queued(rc, T0)).toContain('road:a1');
  });

  it('an older write than this device’s own is ignored; the same time is decided by device id', async () => {
    const { rc, raw } = await freshDevice();
    await rc.markCards(['road:a1'], { suspended: true }, T0 + HOUR);
    const own = (await raw.writes.get('marks:road:a1'))!.event;
    expect(await receive(raw, [marksEvent('road:a1', {}, T0)])).toBe(0);
    expect(await receive(raw, [marksEvent('road:a1', {}, own.writtenAt, '0-lower-id')])).toBe(0);
    expect(await queued(rc, T0 + HOUR)).not.toContain('road:a1');
    expect(await receive(raw, [marksEvent('road:a1', {}, own.writtenAt, 'zzzz-higher-id')])).toBe(1);
    expect(await queued(rc, T0 + HOUR)).toContain('road:a1');
    // Within one page the later write wins whatever the order the feed gives them in.
    await receive(raw, [marksEvent('road:a2', { flag: 4 }, T0 + 3 * HOUR), marksEvent('road:a2', { flag: 1 }, T0 + 2 * HOUR)]);
    expect((await raw.marks.get('road:a2'))?.flag).toBe(4);
  });

  it('a leech tag received does not suspend the card by itself, and a received bury ends by its time', async () => {
    const { rc, raw } = await freshDevice();
    await rc.saveSettings({ leechLapses: 1, leechSuspend: true });
    await receive(raw, [marksEvent('road:a1', { leech: 1 }, T0), marksEvent('road:a2', { buriedUntil: T0 + DAY }, T0)]);
    expect(await raw.marks.get('road:a1')).toMatchObject({ leech: 1 });
    expect((await raw.marks.get('road:a1'))?.suspended).toBeUndefined();
    expect(await queued(rc, T0)).toContain('road:a1');
    expect(await queued(rc, T0)).not.toContain('road:a2');
    expect(await queued(rc, T0 + DAY)).toContain('road:a2');
    // Already tagged: a lapse here is not told again nor suspended by the rule.
    await rc.grade('road:a1', 3, T0);
    await rc.grade('road:a1', 3, T0 + 20 * 60_000);
    expect((await rc.grade('road:a1', 1, T0 + 40 * DAY)).leech).toBeUndefined();
  });

  it('marks for a card this device does not have yet are kept, and nothing throws', async () => {
    const { raw } = await freshDevice();
    expect(await receive(raw, [marksEvent('later:x1', { suspended: 1 }, T0)])).toBe(1);
    expect(await raw.marks.get('later:x1')).toMatchObject({ suspended: 1 });
    expect(await raw.states.get('later:x1')).toBeUndefined();
  });
});
