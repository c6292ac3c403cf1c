// Opens a database written by schema version 2 with today's app (v3 adds interview dates and drills) and finds it intact.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/storage/schema.ts';
import { logsAsSeeded } from './derived-ids.ts';
import { openSeeded } from './open-seeded.ts';
import { SEEDED_AT, seedV2Database, v2Rows } from './v2-database.ts';

const DAY = 86_400_000;


describe('a version 2 database opened by the current app', () => {
  it('keeps every row of every table, and starts with no interview dates or drills', async () => {
    const { rc, raw } = await openSeeded(seedV2Database);
    expect(raw.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await raw.decks.toArray()).toEqual(v2Rows.decks);
    expect(await raw.cards.toArray()).toEqual(v2Rows.cards);
    expect(await raw.states.toArray()).toEqual(v2Rows.states);
    expect(await logsAsSeeded(raw)).toEqual(v2Rows.logs);
    expect(await raw.settings.toArray()).toEqual(v2Rows.settings);
    expect(await rc.interviewDates()).toEqual({});
    expect(await raw.drills.count()).toBe(0);
  });

  it('shows the same tree, queue and settings the old app did', async () => {
    const { rc } = await openSeeded(seedV2Database);
    const [root] = await rc.deckTree(SEEDED_AT);
    expect(root).toMatchObject({ id: 'old', total: 3, counts: { new: 1, learning: 0, due: 0 } });
    expect(root!.readiness).toBeUndefined();
    expect((await rc.studyItems('old/s2', SEEDED_AT)).map((i) => i.card.id)).toEqual(['old:2']);
    // Two due reviews with the new card spread between them.
    expect((await rc.studyItems('old', SEEDED_AT + 8 * DAY)).map((i) => i.card.id)).toEqual(['old:1', 'old:2', 'old:4']);
    expect(await rc.getSettings()).toMatchObject({ desiredRetention: 0.87, newPerDay: 12, persisted: true });
  });

  it('takes interview dates and drills on top of the old data, and still honours old review ids', async () => {
    const { rc, raw } = await openSeeded(seedV2Database);
    await rc.setInterviewDate('old/s2', SEEDED_AT + 30 * DAY);
    const [root] = await rc.deckTree(SEEDED_AT + 2 * DAY);
    expect(root!.children[1]!.readiness?.value).toBeGreaterThan(0);
    expect((await rc.studyItems('old', SEEDED_AT + 2 * DAY)).map((i) => i.card.id)).toContain('old:4');
    const drill = (await rc.drillDeck('old', SEEDED_AT + 2 * DAY))!;
    expect(drill.cards.map((card) => card.id)).toEqual(['old:1', 'old:2', 'old:4']);
    await rc.recordDrill([{ card: drill.cards[0]!, type: 'flashcard', outcome: 'wrong' }], { countAsReviews: false, now: SEEDED_AT + 2 * DAY });
    expect(await logsAsSeeded(raw)).toEqual(v2Rows.logs);
    const replay = await rc.grade('old:4', 3, SEEDED_AT + 2 * DAY, { reviewId: 'v2-a' });
    expect(replay.undo.logId).toBe(4);
  });
});
