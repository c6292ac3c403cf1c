// Today's counts in storage, over random zones, day-start hours and clocks run ahead: a future-stamped log spends only its own day.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { studyDayAt } from '../../src/core/queue/day.ts';
import { openRoadcards, type Roadcards } from '../../src/storage/index.ts';
import { DAY, HOUR, MINUTE } from '../fixtures/review/clock.ts';
import { freshDbName } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';
import { ZONES, zoneOffsetAt } from '../fixtures/review/zones.ts';

let open: Roadcards[] = [];
afterEach(() => {
  for (const rc of open.splice(0)) rc.close();
});

const newOffered = async (rc: Roadcards, now: number) => (await rc.studyItems('road', now)).filter((item) => item.state.phase === 0).length;

describe('daily limits through moved clocks', () => {
  it('cards introduced with the clock ahead count on that day only, never on a day before or after it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 1, max: 3_000 }),
        async (now, zone, dayStartHour, daysAhead) => {
          const offsetAt = zoneOffsetAt(zone);
          const rc = await openRoadcards({ dbName: freshDbName(), utcOffsetAt: offsetAt });
          open.push(rc);
          await rc.syncDecks(deckServer([twoStageDeck('road', 3)]).fetchJson, now);
          await rc.saveSettings({ newPerDay: 2, dayStartHour });
          const ahead = now + daysAhead * DAY;
          for (const item of (await rc.studyItems('road', ahead)).slice(0, 2)) await rc.grade(item.card.id, 4, ahead);
          // A minute later, unless that minute starts the next study day (the clock may sit just before it).
          expect(await newOffered(rc, Math.min(ahead + MINUTE, studyDayAt(ahead, dayStartHour, offsetAt).end - 1))).toBe(0);
          // Back to the real clock, and to the next study day after it: the full allowance each time.
          expect(await newOffered(rc, now)).toBe(2);
          const nextDay = studyDayAt(now, dayStartHour, offsetAt).end;
          if (nextDay + HOUR < studyDayAt(ahead, dayStartHour, offsetAt).start) expect(await newOffered(rc, nextDay + HOUR)).toBe(2);
          // And the day after the stamped one has its own allowance too.
          expect(await newOffered(rc, studyDayAt(ahead, dayStartHour, offsetAt).end)).toBe(2);
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});
