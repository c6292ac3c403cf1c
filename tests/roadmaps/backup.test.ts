// Roadmaps added in the app travel in backups: their text is exported, compiled again on import with progress; old backups still import.
import { afterEach, describe, expect, it } from 'vitest';
import { compileRoadmapFile } from '../../src/core/deck/compile-file.ts';
import { readBackup } from '../../src/core/backup/read.ts';
import type { Deck } from '../../src/core/deck/schema.ts';
import { DAY, T0 } from '../fixtures/review/clock.ts';
import { closedAfterEach } from '../fixtures/review/db.ts';
import { snapshot } from '../backup/helpers.ts';

const setup = closedAfterEach(afterEach);

const TEXT = '# 我的网络笔记\n\n## 传输层\n\n- TCP：可靠的字节流\n- UDP：无连接的数据报\n- QUIC：基于 UDP 的多路复用传输\n';

function compile(text: string, file: string): Deck {
  return compileRoadmapFile(new TextEncoder().encode(text), file).deck!;
}

async function deviceWithRoadmap() {
  const device = await setup();
  const deck = compile(TEXT, 'net-notes.md');
  await (await device.rc.userRoadmaps()).add({ file: 'net-notes.md', text: TEXT }, deck, T0);
  const tcp = deck.cards.find((card) => card.front.includes('TCP'))!;
  await device.rc.grade(tcp.id, 3, T0 + 1000);
  return { ...device, deck, tcp };
}

describe('a backup with roadmaps added in the app', () => {
  it('carries their source text, and a fresh device importing it gets the roadmap, its cards and the progress on them', async () => {
    const { rc, deck, tcp } = await deviceWithRoadmap();
    const file = await rc.exportBackup(T0 + DAY);
    expect(file.roadmaps).toEqual([{ file: 'net-notes.md', text: TEXT, addedAt: T0, updatedAt: T0 }]);

    const fresh = await setup();
    const result = await fresh.rc.importBackup(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, summary: { roadmapsRestored: 1, reviewsAdded: 1 } });
    expect((await fresh.rc.roadmaps(T0 + DAY)).map((r) => r.id)).toEqual([deck.id]);
    const rows = (await fresh.raw.cards.where('deckId').equals(deck.id).toArray()).sort((a, b) => a.order - b.order);
    expect(rows.map((row) => row.id)).toEqual(deck.cards.map((c) => c.id));
    expect(await fresh.raw.states.get(tcp.id)).toMatchObject({ reps: 1, retired: 0 });
    expect(await (await fresh.rc.userRoadmaps()).list()).toMatchObject([{ id: deck.id, file: 'net-notes.md', addedAt: T0 }]);
    // The same file again changes nothing.
    const before = await snapshot(fresh.raw);
    expect(await fresh.rc.importBackup(JSON.stringify(file))).toMatchObject({ ok: true, summary: { reviewsAdded: 0 } });
    expect(await snapshot(fresh.raw)).toEqual(before);
  });

  it('a backup written before roadmaps could be added (no roadmaps field) still imports', async () => {
    const { rc } = await deviceWithRoadmap();
    const { roadmaps: _dropped, ...old } = await rc.exportBackup(T0 + DAY);
    expect(readBackup(JSON.stringify(old)).ok).toBe(true);
    const fresh = await setup();
    expect(await fresh.rc.importBackup(JSON.stringify(old))).toMatchObject({ ok: true, summary: { reviewsAdded: 1 } });
    expect(await fresh.raw.roadmaps.count()).toBe(0);
  });

  it('a roadmap in the file that does not compile refuses the whole file, naming its line, and changes nothing', async () => {
    const { rc } = await deviceWithRoadmap();
    const file = await rc.exportBackup(T0 + DAY);
    const broken = { ...file, roadmaps: [{ ...file.roadmaps![0]!, text: '   \n' }] };
    const fresh = await setup();
    const before = await snapshot(fresh.raw);
    const result = await fresh.rc.importBackup(JSON.stringify(broken));
    expect(result).toEqual({ ok: false, problem: { kind: 'bad-row', table: null, index: null, field: expect.stringContaining('net-notes.md:1: empty file') } });
    expect(await snapshot(fresh.raw)).toEqual(before);
    expect(await fresh.raw.roadmaps.count()).toBe(0);
  });
});
