// Opens a database written by schema version 3 with today's app (v4 adds phase/section indexes on states) and finds it intact.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/storage/schema.ts';
import { logsAsSeeded } from './derived-ids.ts';
import { openSeeded } from './open-seeded.ts';
import { SEEDED_AT, seedV3Database, v3Rows } from './v3-database.ts';

const DAY = 86_400_000;


describe('a version 3 database opened by the current app', () => {
  it('keeps every row of every table', async () => {
    const { rc, raw } = await openSeeded(seedV3Database);
    expect(raw.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(v3Rows)) expect(table === 'logs' ? await logsAsSeeded(raw) : await raw.table(table).toArray()).toEqual(rows);
    expect(await rc.interviewDates()).toEqual({ 'old/s1': SEEDED_AT - 2 * DAY });
  });

  it('counts and queues the old states through the new indexes: the relearning card, the review, the new card', async () => {
    const { rc } = await openSeeded(seedV3Database);
    const [root] = await rc.deckTree(SEEDED_AT);
    expect(root).toMatchObject({ id: 'old', total: 4, counts: { new: 1, learning: 1, due: 0 }, nextDue: SEEDED_AT + 10 * 60_000 });
    expect(root!.children.map((node) => [node.id, node.total, node.counts.learning])).toEqual([
      ['old/s1', 1, 0],
      ['old/s2', 3, 1],
    ]);
    expect((await rc.studyItems('old/s2', SEEDED_AT)).map((i) => i.card.id)).toEqual(['old:5', 'old:2']);
    expect((await rc.studyItems('old/s1', SEEDED_AT)).map((i) => i.card.id)).toEqual([]);
    // Eight days on: old:1 and old:4 are due reviews of different sections, the root queues both.
    expect((await rc.studyItems('old', SEEDED_AT + 8 * DAY)).map((i) => i.card.id)).toEqual(['old:5', 'old:1', 'old:2', 'old:4']);
    const drill = (await rc.drillDeck('old/s2', SEEDED_AT))!;
    expect([...drill.states.keys()].sort()).toEqual(['old:2', 'old:4', 'old:5']);
    expect(drill.states.get('old:5')?.phase).toBe(3);
  });

  it('grades on top of the old data and the new indexes follow the grade', async () => {
    const { rc } = await openSeeded(seedV3Database);
    await rc.grade('old:5', 3, SEEDED_AT + 10 * 60_000);
    const [root] = await rc.deckTree(SEEDED_AT + 11 * 60_000);
    expect(root!.counts.learning).toBe(0);
    expect((await rc.studyItems('old/s2', SEEDED_AT + 11 * 60_000)).map((i) => i.card.id)).toEqual(['old:2']);
  });
});
