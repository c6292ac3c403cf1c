// Opens a database written by schema version 4 with today's app (v5 adds the activity summary) and finds its history's statistics unchanged.
import { describe, expect, it } from 'vitest';
import { activityAccumulator, slotsOfLogs, type ActivitySlot, type StatsClock, type StatsLog } from '../../src/core/stats/index.ts';
import { CURRENT_SCHEMA_VERSION, type RoadcardsDb } from '../../src/storage/schema.ts';
import { openSeeded } from './open-seeded.ts';
import { logsAsSeeded } from './derived-ids.ts';
import { SEEDED_AT, seedV4Database, v4Rows } from './v4-database.ts';

const DAY = 86_400_000;
/** openSeeded's clock: Beijing, and the seeded settings keep the 04:00 day start. */
const clock: StatsClock = { dayStartHour: 4, offsetAt: () => 8 * 60 };

/** Study days as the review log itself gives them: what the screen showed before v5. */
function scanned(logs: readonly Record<string, unknown>[]) {
  const scan = activityAccumulator(clock);
  scan.add(logs as unknown as StatsLog[]);
  return scan.days;
}

/** The summary's slot rows, without its mark row (deckId ''). */
async function slotRows(raw: RoadcardsDb) {
  return (await raw.activitySlots.toArray()).flatMap((row) => (row.deckId === '' ? [] : [row as ActivitySlot]));
}

describe('a version 4 database opened by the current app', () => {
  it('keeps every row of every table, and starts the summary empty', async () => {
    const { raw } = await openSeeded(seedV4Database);
    expect(raw.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(v4Rows)) expect(table === 'logs' ? await logsAsSeeded(raw) : await raw.table(table).toArray()).toEqual(rows);
    expect(await raw.activitySlots.count()).toBe(0);
  });

  it('gives the same study days as the log scan, for all roadmaps and for one, and fills the summary on the way', async () => {
    const { rc, raw } = await openSeeded(seedV4Database);
    const now = SEEDED_AT + DAY;
    const all = await rc.stats('all', now);
    expect(all!.activity!.days).toEqual(scanned(v4Rows.logs));
    expect([...all!.activity!.days.values()].reduce((sum, day) => sum + day.reviews, 0)).toBe(v4Rows.logs.length);
    const old = await rc.stats('old', now);
    expect(old!.activity!.days).toEqual(scanned(v4Rows.logs.filter((log) => log.deckId === 'old')));
    expect((await slotRows(raw)).reduce((sum, slot) => sum + slot.entries, 0)).toBe(v4Rows.logs.length);
    expect(await slotRows(raw)).toHaveLength(slotsOfLogs(v4Rows.logs as never).size);
  });

  it('keeps the summary in step with a grade given after the upgrade', async () => {
    const { rc, raw } = await openSeeded(seedV4Database);
    await rc.stats('all', SEEDED_AT);
    await rc.grade('old:5', 3, SEEDED_AT + 10 * 60_000);
    const logs = await raw.logs.toArray();
    // Counted by the grade itself, before any statistics are read again.
    expect((await slotRows(raw)).reduce((sum, slot) => sum + slot.entries, 0)).toBe(logs.length);
    const all = await rc.stats('all', SEEDED_AT + DAY);
    expect(all!.activity!.days).toEqual(scanned(logs as never));
  });
});
