// The review log summed per roadmap and UTC quarter hour: small enough to read whole, and any day-start hour or zone's study days follow from it (activity.ts).
import { countLog, emptyDay, type DayActivity, type StatsLog } from './day-activity.ts';

/**
 * A quarter hour: every zone in use today is a whole number of quarter hours from UTC (India +5:30, Nepal +5:45,
 * Chatham +12:45), so a study day starting on the hour in any of them starts on a slot's edge.
 */
export const SLOT_MS = 15 * 60_000;

/** The reviews of one roadmap (the log entry's deckId) in one quarter hour, summed like a study day. */
export interface ActivitySlot extends DayActivity {
  deckId: string;
  /** floor(reviewedAt / SLOT_MS). */
  slot: number;
  /** Log entries of every kind counted here: the summary is whole when these add up to the log's row count. */
  entries: number;
}

/** What a slot needs of a log entry. */
export interface SlotLog extends StatsLog {
  deckId: string;
}

export function slotOf(at: number): number {
  return Math.floor(at / SLOT_MS);
}

/** A slot's key in a Map of slots (`slotsOfLogs`). */
export function slotKey(deckId: string, slot: number): string {
  return `${slot}\u0000${deckId}`;
}

export function emptySlot(deckId: string, slot: number): ActivitySlot {
  return { deckId, slot, entries: 0, ...emptyDay() };
}

/** Counts an entry into its slot (sign 1), or takes it back out (sign -1: an undone review). */
export function countIntoSlot(slot: ActivitySlot, log: SlotLog, sign: 1 | -1 = 1): void {
  slot.entries += sign;
  countLog(slot, log, sign);
}

/** The slot rows holding `logs`, built from nothing (an upgrade, a rebuild): added into `into` when given. */
export function slotsOfLogs(logs: Iterable<SlotLog>, into = new Map<string, ActivitySlot>()): Map<string, ActivitySlot> {
  for (const log of logs) {
    const slot = slotOf(log.reviewedAt);
    const key = slotKey(log.deckId, slot);
    let row = into.get(key);
    if (!row) into.set(key, (row = emptySlot(log.deckId, slot)));
    countIntoSlot(row, log);
  }
  return into;
}
