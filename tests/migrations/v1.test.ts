// Opens a database written by schema version 1 with today's app (v2 adds an index) and finds every row intact and usable.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/storage/schema.ts';
import { logsAsSeeded } from './derived-ids.ts';
import { openSeeded } from './open-seeded.ts';
import { SEEDED_AT, seedV1Database, v1Rows } from './v1-database.ts';


describe('schema versions', () => {
  it('are numbered in increasing order, the last being the current one', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(numbers.at(-1));
  });
});

describe('a version 1 database opened by the current app', () => {
  it('keeps every row of every table', async () => {
    const { raw } = await openSeeded(seedV1Database);
    expect(raw.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await raw.decks.toArray()).toEqual(v1Rows.decks);
    expect(await raw.cards.toArray()).toEqual(v1Rows.cards);
    expect(await raw.states.toArray()).toEqual(v1Rows.states);
    expect(await logsAsSeeded(raw)).toEqual(v1Rows.logs);
    expect(await raw.settings.toArray()).toEqual(v1Rows.settings);
  });

  it('shows the same tree, queue and settings the old app did', async () => {
    const { rc } = await openSeeded(seedV1Database);
    const [root] = await rc.deckTree(SEEDED_AT);
    expect(root).toMatchObject({ id: 'old', total: 2, counts: { new: 1, learning: 0, due: 0 } });
    expect((await rc.studyItems('old', SEEDED_AT + 3 * 86_400_000)).map((i) => [i.card.id, i.updated])).toEqual([
      ['old:1', true],
      ['old:2', false],
    ]);
    expect(await rc.getSettings()).toMatchObject({ desiredRetention: 0.87, newPerDay: 12, persisted: true });
  });

  it('fills the v2 section index from the old rows: a section’s queue finds its new cards', async () => {
    const { rc } = await openSeeded(seedV1Database);
    expect((await rc.studyItems('old/s2', SEEDED_AT)).map((i) => i.card.id)).toEqual(['old:2']);
  });

  it('grades on top of the old state and still honours old review ids', async () => {
    const { rc, raw } = await openSeeded(seedV1Database);
    const replay = await rc.grade('old:1', 3, SEEDED_AT + 86_400_000, { reviewId: 'v1-a' });
    expect(replay.undo.logId).toBe(1);
    const { state } = await rc.grade('old:1', 3, SEEDED_AT + 3 * 86_400_000);
    expect(state.reps).toBe(3);
    expect(await raw.logs.count()).toBe(4);
  });
});
