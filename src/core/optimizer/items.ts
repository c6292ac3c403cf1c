// Review log → fsrs-rs training items: per card, its reviews in order as rating and study days since the previous one.
import type { Grade, Phase } from '../review-contract.ts';
import type { UtcOffsetAt } from '../queue/day.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What the optimizer needs of a review-log entry (a ReviewLogEntry fits). */
export interface OptimizerLogEntry {
  id?: number;
  cardId: string;
  grade: Grade;
  reviewedAt: number;
  kind: 'review' | 'drill';
  before: { phase: Phase };
}

/** One review as fsrs-rs reads it: the rating and the study days since the card's previous review (0 the same day). */
export interface ItemReview {
  rating: Grade;
  deltaT: number;
}

/** One card's reviews from its last first learning on, with when each was given. */
export interface CardHistory {
  cardId: string;
  reviews: readonly ItemReview[];
  times: readonly number[];
}

/** The study day a moment falls in, counted from the epoch: a review at 01:00 belongs to the day before when days start at 04:00. */
export function studyDayNumber(at: number, dayStartHour: number, offsetAt: UtcOffsetAt): number {
  return Math.floor((at + offsetAt(at) * MINUTE - dayStartHour * HOUR) / DAY);
}

/**
 * Per-card histories as fsrs-rs builds them from Anki's revlog (`convert_to_fsrs_items`): reviews sorted by time,
 * starting at the card's last first learning (its review while new) — a card whose first learning is not in the
 * log has no usable start (its memory state is unknown) and is left out; delta_t counts study days, so learning
 * steps given the same day have delta_t 0 and only train the short-term terms. Drill entries are not reviews.
 */
export function cardHistories(
  logs: Iterable<OptimizerLogEntry>,
  dayStartHour: number,
  offsetAt: UtcOffsetAt,
): CardHistory[] {
  const byCard = new Map<string, OptimizerLogEntry[]>();
  for (const entry of logs) {
    if (entry.kind !== 'review') continue;
    const list = byCard.get(entry.cardId);
    if (list) list.push(entry);
    else byCard.set(entry.cardId, [entry]);
  }
  const histories: CardHistory[] = [];
  for (const [cardId, entries] of byCard) {
    entries.sort((a, b) => a.reviewedAt - b.reviewedAt || (a.id ?? 0) - (b.id ?? 0));
    let start = -1;
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i]!.before.phase === 0) {
        start = i;
        break;
      }
    }
    if (start < 0) continue;
    const kept = entries.slice(start);
    const reviews: ItemReview[] = [];
    let previousDay = 0;
    kept.forEach((entry, index) => {
      const day = studyDayNumber(entry.reviewedAt, dayStartHour, offsetAt);
      reviews.push({ rating: entry.grade, deltaT: index === 0 ? 0 : Math.max(0, day - previousDay) });
      previousDay = day;
    });
    histories.push({ cardId, reviews, times: kept.map((entry) => entry.reviewedAt) });
  }
  return histories;
}

/** A training item: a card's reviews up to one given on a later day than the one before (the one predicted). */
export interface TrainingItem {
  reviews: readonly ItemReview[];
  /** When the predicted (last) review was given: what the time split orders by. */
  reviewedAt: number;
}

/** Items whose predicted review falls in [from, to): fsrs-rs keeps only those with delta_t > 0. */
export function trainingItems(histories: readonly CardHistory[], from = -Infinity, to = Infinity): TrainingItem[] {
  const items: TrainingItem[] = [];
  for (const history of histories) {
    for (let i = 1; i < history.reviews.length; i++) {
      const at = history.times[i]!;
      if (history.reviews[i]!.deltaT > 0 && at >= from && at < to) {
        items.push({ reviews: history.reviews.slice(0, i + 1), reviewedAt: at });
      }
    }
  }
  return items.sort((a, b) => a.reviewedAt - b.reviewedAt);
}

/** The flat arrays fsrs-browser's `computeParameters(ratings, delta_ts, lengths)` reads. */
export interface PackedItems {
  ratings: Uint32Array;
  deltaTs: Uint32Array;
  lengths: Uint32Array;
}

export function packItems(items: readonly TrainingItem[]): PackedItems {
  let total = 0;
  for (const item of items) total += item.reviews.length;
  const ratings = new Uint32Array(total);
  const deltaTs = new Uint32Array(total);
  const lengths = new Uint32Array(items.length);
  let at = 0;
  items.forEach((item, index) => {
    lengths[index] = item.reviews.length;
    for (const review of item.reviews) {
      ratings[at] = review.rating;
      deltaTs[at] = review.deltaT;
      at++;
    }
  });
  return { ratings, deltaTs, lengths };
}
