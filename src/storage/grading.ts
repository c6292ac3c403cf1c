// Grade and undo: the card's state and its log entry change together in one read-write transaction.
import type { CardState, Grade } from '../core/review-contract.ts';
import type { UndoToken } from '../core/review-contract.ts';
import { applyGrade } from '../core/scheduler/fsrs.ts';
import { unschedulableField } from '../core/scheduler/state-bounds.ts';
import { leechAfterGrade, undoLeech } from './marks-store.ts';
import { countInSlots, lastLogId } from './activity-slots.ts';
import { UndoRefusedError, UnknownCardError, UnschedulableCardError } from './errors.ts';
import type { GradeOptions } from './index.ts';
import { sameState, toCardState, toStateRow } from './rows.ts';
import type { LogRow, RoadcardsDb } from './schema.ts';
import { readSettings } from './settings-store.ts';
import { hasLeftDevice, newDeviceId as newReviewId, recordUndo, syncTables } from './sync/outbox.ts';

/**
 * The state is read inside the transaction, so a second tab's grade builds on the first instead of overwriting it
 * (IndexedDB runs read-write transactions on the same stores one after another, across connections too).
 */
export async function gradeCard(
  db: RoadcardsDb,
  cardId: string,
  grade: Grade,
  now: number,
  opts: GradeOptions = {},
): Promise<{ state: CardState; undo: UndoToken; leech?: { suspended: boolean } }> {
  // Sync's stores are in scope for the leech tag, a marks change other devices get (the review itself goes from the log).
  return db.transaction('rw', [db.states, db.logs, db.cards, db.settings, db.marks, db.activitySlots, ...syncTables(db)], async () => {
    if (opts.reviewId !== undefined) {
      const replay = await db.logs.where('reviewId').equals(opts.reviewId).first();
      if (replay) return { state: replay.after, undo: { logId: replay.id!, cardId: replay.cardId } };
    }
    const [row, cardRow, settings, lastIdBefore] = await Promise.all([db.states.get(cardId), db.cards.get(cardId), readSettings(db), lastLogId(db)]);
    // A retired card is still graded: a tab on older decks may show it after another tab merged newer ones, and the
    // learner's answer is a real review. Its row stays retired (toStateRow keeps it out of every queue index), its
    // history grows, and it comes back with this state if the roadmap restores it.
    if (!row || !cardRow) throw new UnknownCardError(`no card ${cardId}`);
    const before = toCardState(row);
    // A state imported before backups were checked: grading it would throw in ts-fsrs or store NaN for good.
    const damaged = unschedulableField(before);
    if (damaged) throw new UnschedulableCardError(cardId, damaged);
    // A clock behind the card's last review (another device, a changed clock) would give negative elapsed time.
    const scheduleAt = Math.max(now, before.lastReview ?? now);
    const after = applyGrade(before, grade, scheduleAt, settings);
    const entry: LogRow = { cardId, deckId: row.deckId, grade, reviewedAt: now, kind: 'review', before, after };
    if (opts.durationMs !== undefined) entry.durationMs = opts.durationMs;
    // Every review gets a globally unique id made here: sync sends it as the event's id, so it is never counted twice.
    entry.reviewId = opts.reviewId ?? newReviewId();
    if (cardRow.updated) entry.clearedUpdated = true;
    // The lapse that makes a leech tags it (and by the setting suspends it) in this same transaction.
    const leech = await leechAfterGrade(db, before, after, settings, now);
    if (leech.leeched) entry.leeched = leech.leeched;
    const logId = await db.logs.add(entry);
    // An auto-increment key is above every key the store ever had: the new entry is the newest.
    await countInSlots(db, [entry], 1, { before: lastIdBefore, after: logId });
    await db.states.put(toStateRow(after, { ...row, parked: leech.parked ? 1 : 0 }));
    if (cardRow.updated) await db.cards.put({ ...cardRow, updated: 0 });
    return leech.leeched ? { state: after, undo: { logId, cardId }, leech: leech.leeched } : { state: after, undo: { logId, cardId } };
  });
}

/**
 * Removes exactly one log entry and restores the state before it, only while it is the card's latest review. A review
 * that has left the device (synced) is not removed but undone by an event that replay honours everywhere.
 */
export async function undoGrade(db: RoadcardsDb, token: UndoToken): Promise<CardState> {
  return db.transaction('rw', [db.states, db.logs, db.cards, db.marks, db.activitySlots, ...syncTables(db)], async () => {
    const entry = await db.logs.get(token.logId);
    if (!entry || entry.cardId !== token.cardId || entry.kind !== 'review') {
      throw new UndoRefusedError('that review is not in the log');
    }
    const latest = await db.logs
      .where('cardId')
      .equals(token.cardId)
      .filter((log) => log.kind === 'review')
      .last();
    if (latest?.id !== entry.id) throw new UndoRefusedError('the card has been reviewed since');
    const row = await db.states.get(token.cardId);
    if (!row || !sameState(toCardState(row), entry.after)) throw new UndoRefusedError('the card has changed since');
    const parked = await undoLeech(db, token.cardId, entry.leeched, entry.reviewedAt);
    await db.states.put(toStateRow(entry.before, { ...row, parked: parked ? 1 : 0 }));
    if (entry.clearedUpdated) {
      const cardRow = await db.cards.get(token.cardId);
      if (cardRow) await db.cards.put({ ...cardRow, updated: 1 });
    }
    const lastIdBefore = await lastLogId(db);
    // A review that has left the device is undone by an event (its entry moves to `undone`); either way it leaves the log.
    if (await hasLeftDevice(db, entry)) await recordUndo(db, entry, Date.now());
    else await db.logs.delete(token.logId);
    await countInSlots(db, [entry], -1, { before: lastIdBefore, after: await lastLogId(db) });
    return entry.before;
  });
}
