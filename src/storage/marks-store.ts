// The learner's marks per card in the `marks` store, and the state rows' `parked` flag that keeps marked cards out of the queues.
import type { LeechSettings } from '../core/marks/leech-settings.ts';
import { applyMarksChange, becomesLeech, isEmptyMarks, isParked, type CardMarks, type MarksChange } from '../core/marks/marks.ts';
import type { CardState } from '../core/review-contract.ts';
import type { MarksValue } from '../core/sync/events.ts';
import type { MarkCommand } from './index.ts';
import { toCardState, toStateRow } from './rows.ts';
import type { RoadcardsDb, StateRow } from './schema.ts';
import { recordWrite, syncTables } from './sync/outbox.ts';

/** What a marks change replaced, per card (null: it had none): `restoreMarks` puts exactly that back. */
export interface MarksUndo {
  cards: { cardId: string; before: CardMarks | null }[];
}

/** A state row with its parked flag as the marks say at `now` (queue index keys follow); null when already so. */
function reparked(row: StateRow, marks: CardMarks | undefined, now: number): StateRow | null {
  const parked = isParked(marks, now);
  if ((row.parked === 1) === parked) return null;
  return toStateRow(toCardState(row), { sectionId: row.sectionId, order: row.order, retired: row.retired, reference: row.reference ?? 0, parked: parked ? 1 : 0 });
}

/** Brings the state rows of `cardIds` in line with their marks (call inside a transaction over marks and states). */
export async function syncParked(db: RoadcardsDb, cardIds: readonly string[], now: number): Promise<void> {
  if (cardIds.length === 0) return;
  const [states, marks] = await Promise.all([db.states.bulkGet([...cardIds]), db.marks.bulkGet([...cardIds])]);
  const changed = states.flatMap((row, i) => (row ? [reparked(row, marks[i], now)] : [])).filter((row): row is StateRow => row !== null);
  if (changed.length) await db.states.bulkPut(changed);
}

/** The marks as another device gets them: the fields alone (none: cleared). */
export function marksValueOf(marks: CardMarks | null | undefined): MarksValue {
  const value: MarksValue = {};
  if (!marks) return value;
  if (marks.suspended === 1) value.suspended = 1;
  if (marks.buriedUntil !== undefined) value.buriedUntil = marks.buriedUntil;
  if (marks.flag !== undefined) value.flag = marks.flag;
  if (marks.note !== undefined) value.note = marks.note;
  if (marks.leech === 1) value.leech = 1;
  return value;
}

/** The learner's change, recorded for other devices in its own transaction (which must include `syncTables`). */
async function recordMarks(db: RoadcardsDb, rows: { cardId: string; marks: CardMarks | null }[], now: number): Promise<void> {
  for (const { cardId, marks } of rows) await recordWrite(db, { type: 'marks', cardId, marks: marksValueOf(marks), writtenAt: now });
}

async function writeMarks(db: RoadcardsDb, rows: { cardId: string; marks: CardMarks | null }[]): Promise<void> {
  const keep = rows.flatMap(({ marks }) => (marks && !isEmptyMarks(marks) ? [marks] : []));
  const drop = rows.filter(({ marks }) => !marks || isEmptyMarks(marks)).map(({ cardId }) => cardId);
  if (keep.length) await db.marks.bulkPut(keep);
  if (drop.length) await db.marks.bulkDelete(drop);
}

/** Applies one change to many cards in one transaction; returns what undo needs. Unknown card ids are skipped. */
export async function changeMarks(db: RoadcardsDb, cardIds: readonly string[], change: MarksChange, now: number): Promise<MarksUndo> {
  return db.transaction('rw', [db.marks, db.states, ...syncTables(db)], async () => {
    const ids = [...new Set(cardIds)];
    const [states, current] = await Promise.all([db.states.bulkGet(ids), db.marks.bulkGet(ids)]);
    const known = ids.flatMap((cardId, i) => (states[i] ? [{ cardId, before: current[i] ?? null }] : []));
    const rows = known.map(({ cardId, before }) => ({ cardId, marks: applyMarksChange(before ?? undefined, cardId, change, now) }));
    await writeMarks(db, rows);
    await recordMarks(db, rows, now);
    await syncParked(db, known.map(({ cardId }) => cardId), now);
    return { cards: known };
  });
}

/** The UI's command: `bury` hides the cards until `dayEnd`, when the next study day starts (the day-start hour, local time). */
export async function markCards(db: RoadcardsDb, cardIds: readonly string[], { bury, ...change }: MarkCommand, now: number, dayEnd: number): Promise<MarksUndo> {
  const buriedUntil = bury === undefined ? {} : { buriedUntil: bury ? dayEnd : null };
  return changeMarks(db, cardIds, { ...change, ...buriedUntil }, now);
}

export async function readCardMarks(db: RoadcardsDb, cardId: string): Promise<CardMarks | null> {
  return (await db.marks.get(cardId)) ?? null;
}

/**
 * Puts the marks back as they were before `changeMarks` (and the cards back in or out of the queues with them). For
 * other devices the undo is a new write of those marks: it wins over the change it takes back.
 */
export async function restoreMarks(db: RoadcardsDb, undo: MarksUndo, now: number): Promise<void> {
  await db.transaction('rw', [db.marks, db.states, ...syncTables(db)], async () => {
    const rows = undo.cards.map(({ cardId, before }) => ({ cardId, marks: before }));
    await writeMarks(db, rows);
    await recordMarks(db, rows, now);
    await syncParked(db, undo.cards.map(({ cardId }) => cardId), now);
  });
}

/**
 * Buried cards whose day has come return to the queues; a read-only look first, so a normal day writes nothing. Not
 * recorded for sync: a bury ends by its time on every device.
 */
export async function releaseBuried(db: RoadcardsDb, now: number): Promise<void> {
  if ((await db.marks.where('buriedUntil').belowOrEqual(now).count()) === 0) return;
  await db.transaction('rw', db.marks, db.states, async () => {
    const due = await db.marks.where('buriedUntil').belowOrEqual(now).toArray();
    await writeMarks(db, due.map((marks) => ({ cardId: marks.cardId, marks: applyMarksChange(marks, marks.cardId, { buriedUntil: null }, marks.changedAt) })));
    await syncParked(db, due.map((marks) => marks.cardId), now);
  });
}

/**
 * Inside gradeCard's transaction: tags the card a leech when this grade's lapse reaches the threshold (once), and
 * suspends it when the setting says so, recorded for other devices (the transaction includes `syncTables`). Returns
 * what happened (for the log entry, so undo can take it back) and whether the card is now parked.
 */
export async function leechAfterGrade(
  db: RoadcardsDb,
  before: CardState,
  after: CardState,
  settings: LeechSettings,
  now: number,
): Promise<{ leeched: { suspended: boolean } | null; parked: boolean }> {
  const marks = await db.marks.get(after.cardId);
  if (!becomesLeech(before.lapses, after.lapses, marks?.leech === 1, settings)) return { leeched: null, parked: isParked(marks, now) };
  const next = applyMarksChange(marks, after.cardId, settings.leechSuspend ? { leech: true, suspended: true } : { leech: true }, now);
  await db.marks.put(next);
  await recordMarks(db, [{ cardId: after.cardId, marks: next }], now);
  // Suspended by the rule only if it was not suspended already: undo must not unsuspend what the learner suspended.
  return { leeched: { suspended: settings.leechSuspend && marks?.suspended !== 1 }, parked: isParked(next, now) };
}

/**
 * Undo of a grade that made a leech: the tag (and the rule's suspension) go, recorded for other devices (a transaction
 * over `syncTables`); returns whether the card stays parked.
 */
export async function undoLeech(db: RoadcardsDb, cardId: string, leeched: { suspended: boolean } | undefined, now: number): Promise<boolean> {
  const marks = await db.marks.get(cardId);
  if (!leeched || !marks) return isParked(marks, now);
  const next = applyMarksChange(marks, cardId, leeched.suspended ? { leech: false, suspended: false } : { leech: false }, now);
  await writeMarks(db, [{ cardId, marks: next }]);
  await recordMarks(db, [{ cardId, marks: next }], Date.now());
  return isParked(next, now);
}
