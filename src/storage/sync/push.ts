// Sends what this device has and the server lacks, in batches; each confirmed batch moves a mark, so a cut resumes there.
import { eventId, toDoc, type DrillEvent, type ReviewEvent, type SyncEvent } from '../../core/sync/events.ts';
import type { DrillRow, LogRow, RoadcardsDb } from '../schema.ts';
import type { CouchClient } from './couch-client.ts';
import { derivedReviewId } from '../schema.ts';
import { recordUndo } from './outbox.ts';
import { DRILLS_MARK_KEY, FULL_PUSH_KEY, LOGS_MARK_KEY, markOf, readState, SERVER_KEY, writeState, type ServerCheckpoint } from './sync-state.ts';

export function reviewEventOf(row: LogRow, deviceId: string): ReviewEvent {
  const event: ReviewEvent = {
    type: 'review',
    reviewId: row.reviewId ?? derivedReviewId(deviceId, row.id!),
    cardId: row.cardId,
    deckId: row.deckId,
    grade: row.grade,
    reviewedAt: row.reviewedAt,
  };
  if (row.durationMs !== undefined) event.durationMs = row.durationMs;
  return event;
}

function drillEventOf(row: DrillRow): DrillEvent {
  const event: DrillEvent = {
    type: 'drill',
    attemptId: row.attemptId,
    drillId: row.drillId,
    cardId: row.cardId,
    deckId: row.deckId,
    sectionId: row.sectionId,
    questionType: row.type,
    outcome: row.outcome,
    answeredAt: row.answeredAt,
    countedAsReview: row.countedAsReview,
  };
  if (row.nodeId !== undefined) event.nodeId = row.nodeId;
  if (row.durationMs !== undefined) event.durationMs = row.durationMs;
  return event;
}

/**
 * First sync with a database, or the database was wiped: everything this device holds goes out again (received
 * entries too), undo events and last writes are queued again, and the changes feed is read from the start.
 */
export async function startOver(db: RoadcardsDb, server: ServerCheckpoint): Promise<void> {
  await db.transaction('rw', [db.syncState, db.outbox, db.writes, db.undone, db.roadmaps], async () => {
    await writeState(db, SERVER_KEY, server);
    await writeState(db, LOGS_MARK_KEY, 0);
    await writeState(db, DRILLS_MARK_KEY, 0);
    await writeState(db, FULL_PUSH_KEY, true);
    const undoEvents: SyncEvent[] = (await db.undone.toArray()).map((row) => ({ type: 'undo', reviewId: row.reviewId, cardId: row.cardId, undoneAt: row.undoneAt }));
    const writes: SyncEvent[] = [];
    for (const { event } of await db.writes.toArray()) {
      // A roadmap's write is kept without its text: the roadmap as stored here is that write's text.
      if (event.type !== 'roadmap' || event.text === null) writes.push(event);
      else {
        const row = await db.roadmaps.get(event.deckId);
        if (row) writes.push({ ...event, text: row.text });
      }
    }
    await db.outbox.bulkPut([...undoEvents, ...writes].map((event) => ({ eventId: eventId(event), event })));
  });
}

/** Pushes logs, drills and the outbox; returns how many events went out and which cards' reviews did. */
export async function pushEvents(db: RoadcardsDb, client: CouchClient, deviceId: string, batch: number): Promise<{ sent: number; cards: Set<string> }> {
  const full = (await readState<boolean>(db, FULL_PUSH_KEY)) === true;
  const cards = new Set<string>();
  let sent = 0;

  for (let mark = await markOf(db, LOGS_MARK_KEY); ; ) {
    const rows = await db.logs.where(':id').above(mark).limit(batch).toArray();
    if (rows.length === 0) break;
    const events = rows.filter((row) => row.kind === 'review' && (full || row.remote !== 1)).map((row) => reviewEventOf(row, deviceId));
    if (events.length > 0) await client.bulkDocs(events.map(toDoc));
    mark = rows[rows.length - 1]!.id!;
    await db.transaction('rw', [db.logs, db.syncState, db.outbox, db.undone, db.writes], async () => {
      // Keys only: reading the rows again would cost as much as the batch itself.
      const present = new Set(await db.logs.where(':id').between(rows[0]!.id!, mark, true, true).primaryKeys());
      for (const row of rows) {
        // Undone here while it was on its way: the server has it now, so the undo must travel as an event too.
        if (!present.has(row.id!)) await recordLateUndo(db, row, deviceId);
        else if (row.reviewId === undefined) await db.logs.update(row.id!, { reviewId: derivedReviewId(deviceId, row.id!) });
      }
      await writeState(db, LOGS_MARK_KEY, mark);
    });
    sent += events.length;
    for (const event of events) cards.add(event.cardId);
  }

  for (let mark = await markOf(db, DRILLS_MARK_KEY); ; ) {
    const rows = await db.drills.where(':id').above(mark).limit(batch).toArray();
    if (rows.length === 0) break;
    const events = rows.filter((row) => full || row.remote !== 1).map(drillEventOf);
    if (events.length > 0) await client.bulkDocs(events.map(toDoc));
    mark = rows[rows.length - 1]!.id!;
    await db.transaction('rw', db.syncState, () => writeState(db, DRILLS_MARK_KEY, mark));
    sent += events.length;
  }

  for (;;) {
    const rows = await db.outbox.limit(batch).toArray();
    if (rows.length === 0) break;
    await client.bulkDocs(rows.map((row) => toDoc(row.event)));
    await db.outbox.bulkDelete(rows.map((row) => row.eventId));
    sent += rows.length;
    for (const { event } of rows) if (event.type === 'undo') cards.add(event.cardId);
  }

  if (full) await db.transaction('rw', db.syncState, () => writeState(db, FULL_PUSH_KEY, false));
  return { sent, cards };
}

async function recordLateUndo(db: RoadcardsDb, row: LogRow, deviceId: string): Promise<void> {
  const reviewId = row.reviewId ?? derivedReviewId(deviceId, row.id!);
  if (await db.undone.get(reviewId)) return;
  // recordUndo deletes the entry, already gone here: harmless (Dexie's delete of a missing key does nothing).
  await recordUndo(db, { ...row, reviewId }, Date.now());
}
