// The review log as the CSV the FSRS optimizer and srs-benchmark read: card_id,review_time,review_rating,review_state,review_duration.
import type { OptimizerLogEntry } from './items.ts';

export const REVLOG_CSV_HEADER = 'card_id,review_time,review_rating,review_state,review_duration';

/**
 * Those tools read card_id as an integer; ours are strings. cyrb53 gives each a stable 53-bit number, the same on
 * every export, so two exports of one learner line up (a collision among a few thousand cards: ~1e-9).
 */
export function numericCardId(cardId: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < cardId.length; i++) {
    const ch = cardId.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * One row per review (drills that did not count are not in the log; counted ones are reviews), by card then time:
 * review_time in UTC epoch ms, review_state the card's phase before the review (0 new, 1 learning, 2 review,
 * 3 relearning, as fsrs-rs's CSV reader maps them), review_duration in ms (0 when not measured).
 */
export function revlogCsv(entries: readonly (OptimizerLogEntry & { durationMs?: number })[]): string {
  const rows = entries
    .filter((entry) => entry.kind === 'review')
    .map((entry) => ({ id: numericCardId(entry.cardId), entry }))
    .sort((a, b) => a.id - b.id || a.entry.reviewedAt - b.entry.reviewedAt);
  const lines = rows.map(({ id, entry }) =>
    [id, Math.round(entry.reviewedAt), entry.grade, entry.before.phase, Math.max(0, Math.round(entry.durationMs ?? 0))].join(','),
  );
  return [REVLOG_CSV_HEADER, ...lines].join('\n') + '\n';
}

/** The file name says how to read the times: the time zone (UTC offset now) and the hour the study day starts. */
export function revlogCsvFileName(now: number, utcOffsetMinutes: number, dayStartHour: number): string {
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  const zone = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  const date = new Date(now + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
  return `roadcards-revlog-${date}-${zone}-day-starts-${String(dayStartHour).padStart(2, '0')}h.csv`;
}
