// A learner's own marks on a card (suspended, buried until a time, a flag colour, a note, the leech tag) and the leech rule.
import type { LeechSettings } from './leech-settings.ts';

/** Flag colours, as Anki numbers its first four: 1 red, 2 orange, 3 green, 4 blue. */
export const FLAG_COLOURS = [1, 2, 3, 4] as const;
export type FlagColour = (typeof FLAG_COLOURS)[number];

export interface CardMarks {
  cardId: string;
  /** 1: out of every queue, count and drill until unsuspended. */
  suspended?: 1;
  /** Epoch ms: out of the queues until then (the next study day's start). */
  buriedUntil?: number;
  flag?: FlagColour;
  note?: string;
  /** 1: the card lapsed `leechLapses` times; kept (as Anki keeps its tag) until the learner removes it. */
  leech?: 1;
  /** When the learner last changed them: a backup's marks replace this device's only when later. */
  changedAt: number;
}

/** One change to apply to many cards at once; an absent field is left as it is, null clears it. */
export interface MarksChange {
  suspended?: boolean;
  buriedUntil?: number | null;
  flag?: FlagColour | null;
  note?: string | null;
  leech?: boolean;
}

/** The longest note kept: a sentence or two about why the card needs fixing, not a second answer. */
export const NOTE_MAX_LENGTH = 2000;

export function applyMarksChange(current: CardMarks | undefined, cardId: string, change: MarksChange, now: number): CardMarks {
  const next: CardMarks = { ...(current ?? { cardId }), cardId, changedAt: now };
  if (change.suspended !== undefined) setOrClear(next, 'suspended', change.suspended ? 1 : undefined);
  if (change.buriedUntil !== undefined) setOrClear(next, 'buriedUntil', change.buriedUntil ?? undefined);
  if (change.flag !== undefined) setOrClear(next, 'flag', change.flag ?? undefined);
  if (change.note !== undefined) setOrClear(next, 'note', change.note?.trim().slice(0, NOTE_MAX_LENGTH) || undefined);
  if (change.leech !== undefined) setOrClear(next, 'leech', change.leech ? 1 : undefined);
  return next;
}

function setOrClear<K extends keyof CardMarks>(marks: CardMarks, key: K, value: CardMarks[K] | undefined): void {
  if (value === undefined) delete marks[key];
  else marks[key] = value;
}

/** Whether the marks say nothing (the row can go). */
export function isEmptyMarks(marks: CardMarks): boolean {
  return marks.suspended === undefined && marks.buriedUntil === undefined && marks.flag === undefined && marks.note === undefined && marks.leech === undefined;
}

/** Out of the queues at `now`: suspended, or buried until later. */
export function isParked(marks: CardMarks | undefined, now: number): boolean {
  return marks !== undefined && (marks.suspended === 1 || (marks.buriedUntil !== undefined && marks.buriedUntil > now));
}

/**
 * Whether this grade makes the card a leech: its lapses reached the threshold with this grade. Once only — a card
 * already tagged is not told about again (the learner was told, and may have chosen to keep it).
 */
export function becomesLeech(lapsesBefore: number, lapsesAfter: number, alreadyLeech: boolean, settings: LeechSettings): boolean {
  return !alreadyLeech && lapsesAfter > lapsesBefore && lapsesAfter >= settings.leechLapses;
}
