// The activity summary (quarter-hour slots per roadmap) gives the same study days as the review log itself, in any zone and day-start hour.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grade, Phase } from '../../src/core/review-contract.ts';
import { activityAccumulator, countIntoSlot, daysFromSlots, slotKey, slotOf, slotsOfLogs, type SlotLog, type StatsClock } from '../../src/core/stats/index.ts';
import { ZONES, zoneOffsetAt } from '../fixtures/review/zones.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const FROM = Date.UTC(2025, 9, 1);
const offsets = new Map(ZONES.map((zone) => [zone, zoneOffsetAt(zone)]));

function fromLog(clock: StatsClock, logs: SlotLog[]) {
  const acc = activityAccumulator(clock);
  acc.add(logs);
  return acc.days;
}

function fromSlots(clock: StatsClock, logs: SlotLog[]) {
  return daysFromSlots([...slotsOfLogs(logs).values()], clock);
}

const logArb = (near: number[]) =>
  fc.record({
    // Half the reviews a few minutes either side of a day start, where a wrong slot edge would show.
    reviewedAt: fc.oneof(
      fc.integer({ min: FROM, max: FROM + 400 * DAY }),
      fc.tuple(fc.constantFrom(...near), fc.integer({ min: -3 * MINUTE, max: 3 * MINUTE })).map(([at, delta]) => at + delta),
    ),
    deckId: fc.constantFrom('a', 'b'),
    grade: fc.constantFrom<Grade>(1, 2, 3, 4),
    kind: fc.constantFrom<'review' | 'drill'>('review', 'review', 'review', 'drill'),
    before: fc.record({ phase: fc.constantFrom<Phase>(0, 1, 2, 3), scheduledDays: fc.integer({ min: 0, max: 60 }) }),
    durationMs: fc.option(fc.integer({ min: 0, max: 120_000 }), { nil: undefined }),
  }).map((log): SlotLog => (log.durationMs === undefined ? { ...log, durationMs: undefined } : log));

/** Day starts (UTC instants) of a zone and hour over the test's span: the instants a review near matters most. */
function dayStarts(offsetAt: (at: number) => number, hour: number): number[] {
  const starts: number[] = [];
  for (let day = 0; day < 400; day += 7) {
    const wall = FROM + day * DAY + hour * HOUR;
    starts.push(wall - offsetAt(wall) * MINUTE);
  }
  return starts;
}

describe('study days from the activity summary', () => {
  it('equal the log\'s own study days for random histories in zones east and west, at any day-start hour', () => {
    const history = fc
      .tuple(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 23 }))
      .chain(([zone, hour]) => fc.tuple(fc.constant(zone), fc.constant(hour), fc.array(logArb(dayStarts(offsets.get(zone)!, hour)), { maxLength: 60 })));
    fc.assert(
      fc.property(history, ([zone, hour, logs]) => {
        const clock: StatsClock = { dayStartHour: hour, offsetAt: offsets.get(zone)! };
        expect(fromSlots(clock, logs)).toEqual(fromLog(clock, logs));
        // One roadmap's slots give that roadmap's logs' days.
        const slotsA = [...slotsOfLogs(logs).values()].filter((slot) => slot.deckId === 'a');
        expect(daysFromSlots(slotsA, clock)).toEqual(fromLog(clock, logs.filter((log) => log.deckId === 'a')));
      }),
      { numRuns: 150 },
    );
  });

  it('take an undone review back out exactly: counting in then out leaves the slots of the rest', () => {
    fc.assert(
      fc.property(fc.array(logArb([FROM + 4 * HOUR]), { minLength: 1, maxLength: 40 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (logs, undone) => {
        const slots = slotsOfLogs(logs);
        const kept = logs.filter((_, i) => !undone[i]);
        logs.forEach((log, i) => {
          if (undone[i]) countIntoSlot(slots.get(slotKey(log.deckId, slotOf(log.reviewedAt)))!, log, -1);
        });
        const clock: StatsClock = { dayStartHour: 4, offsetAt: () => 8 * 60 };
        expect(daysFromSlots([...slots.values()], clock)).toEqual(fromLog(clock, kept));
        for (const slot of slots.values()) expect(slot.entries).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('puts 03:59 and 04:01 on different study days in Beijing and New York', () => {
    for (const offsetHours of [8, -5]) {
      const clock: StatsClock = { dayStartHour: 4, offsetAt: () => offsetHours * 60 };
      const at = (hour: number, minute: number) => Date.UTC(2026, 10, 28, hour, minute) - offsetHours * HOUR;
      const log = (reviewedAt: number): SlotLog => ({ reviewedAt, deckId: 'a', grade: 3, kind: 'review', before: { phase: 2, scheduledDays: 5 } });
      const days = fromSlots(clock, [log(at(3, 59)), log(at(4, 1)), log(at(3, 59) + 59_999)])!;
      expect([...days].map(([key, day]) => [key, day.reviews])).toEqual([
        ['2026-11-27', 2],
        ['2026-11-28', 1],
      ]);
    }
  });

  it('give way to the log only where a study day starts inside a quarter hour holding reviews (an offset of +5:20)', () => {
    const clock: StatsClock = { dayStartHour: 4, offsetAt: () => 5 * 60 + 20 };
    const log = (reviewedAt: number): SlotLog => ({ reviewedAt, deckId: 'a', grade: 3, kind: 'review', before: { phase: 2, scheduledDays: 5 } });
    // 04:00 at +5:20 is 22:40 UTC: the 22:30–22:45 slot holds the end of one day and the start of the next.
    expect(fromSlots(clock, [log(Date.UTC(2026, 10, 27, 22, 35))])).toBeNull();
    const midday = [log(Date.UTC(2026, 10, 28, 12))];
    expect(fromSlots(clock, midday)).toEqual(fromLog(clock, midday));
  });
});
