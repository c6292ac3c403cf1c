// The review log as the FSRS optimizer's CSV: its header, one row per review, stable integer card ids, zone in the name.
import { describe, expect, it } from 'vitest';
import { numericCardId, revlogCsv, revlogCsvFileName } from '../../src/core/optimizer/revlog-csv.ts';
import type { OptimizerLogEntry } from '../../src/core/optimizer/items.ts';

const T0 = Date.UTC(2026, 2, 1, 10);

describe('revlogCsv', () => {
  it('writes one row per review with the phase before it as review_state, drills left out', () => {
    const logs: (OptimizerLogEntry & { durationMs?: number })[] = [
      { cardId: 'road:a', grade: 3, reviewedAt: T0 + 86_400_000, kind: 'review', before: { phase: 2 }, durationMs: 4200.4 },
      { cardId: 'road:a', grade: 1, reviewedAt: T0, kind: 'review', before: { phase: 0 } },
      { cardId: 'road:a', grade: 4, reviewedAt: T0 + 1000, kind: 'drill', before: { phase: 1 } },
    ];
    const id = numericCardId('road:a');
    expect(revlogCsv(logs).split('\n')).toEqual([
      'card_id,review_time,review_rating,review_state,review_duration',
      `${id},${T0},1,0,0`,
      `${id},${T0 + 86_400_000},3,2,4200`,
      '',
    ]);
  });

  it('gives each card the same safe integer on every export, and different cards different ones', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => numericCardId(`deck.card-${i}`));
    expect(new Set(ids).size).toBe(5000);
    expect(ids.every(Number.isSafeInteger)).toBe(true);
    expect(numericCardId('deck.card-7')).toBe(ids[7]);
  });

  it('names the file with the local date, the UTC offset and the day-start hour', () => {
    expect(revlogCsvFileName(Date.UTC(2026, 2, 1, 20), 480, 4)).toBe('roadcards-revlog-2026-03-02-UTC+0800-day-starts-04h.csv');
    expect(revlogCsvFileName(Date.UTC(2026, 2, 1, 20), -330, 0)).toBe('roadcards-revlog-2026-03-01-UTC-0530-day-starts-00h.csv');
  });
});
