// Reads the server's changes feed from the stored checkpoint, applies each page in one transaction with its checkpoint,
// and replays the cards it touched (merge by replay: each card's state and log entries rebuilt from its reviews).
import type { CardState, Grade, SchedulerSettings } from '../../core/review-contract.ts';
import { isPlausibleTime } from '../../core/scheduler/state-bounds.ts';
import { eventId, fromDoc, type SyncEvent } from '../../core/sync/events.ts';
import { isLaterWrite, replaySteps } from '../../core/sync/merge.ts';
import { markSummaryStale } from '../activity-slots.ts';
import { placeOfCard, toCardState, toStateRow } from '../rows.ts';
import { currentCardIds } from '../moved-cards.ts';
import { derivedReviewId, type DrillRow, type LogRow, type RoadcardsDb } from '../schema.ts';
import { readSettings, settingsFromRow } from '../settings-store.ts';
import { applyMarksEvent } from './marks-sync.ts';
import type { CouchClient } from './couch-client.ts';
import { applyRoadmapEvent, compileReceivedRoadmaps, type RoadmapCompiler, type ReceivedRoadmaps } from './roadmap-events.ts';
import { markIfWeightsChanged } from './rederive.ts';
import { DRILLS_MARK_KEY, LOGS_MARK_KEY, markOf, SERVER_KEY, writeState, type ServerCheckpoint } from './sync-state.ts';

/** What applying a page needs beyond its events: the clock (bury ends by it), roadmaps compiled before the transaction. */
export interface ApplyContext {
  now?: number;
  roadmaps?: ReceivedRoadmaps;
}

/**
 * Pulls until the feed is drained; returns how many events were new here. Cards touched are replayed page by page.
 * Received roadmaps are compiled before their page's transaction (IndexedDB's would not outlive the compile); one that
 * does not compile is left out, its reason added to `problems`.
 */
export async function pullEvents(
  db: RoadcardsDb,
  client: CouchClient,
  deviceId: string,
  server: ServerCheckpoint,
  batch: number,
  options: { now: number; compile?: RoadmapCompiler; problems: string[] },
): Promise<number> {
  let since = server.since;
  let received = 0;
  for (;;) {
    const page = await client.changes(since, batch);
    const events = page.docs.map(fromDoc).filter((event): event is SyncEvent => event !== null);
    const roadmaps = await compileReceivedRoadmaps(db, events, options.compile);
    received += await applyEvents(db, events, deviceId, { ...server, since: page.lastSeq }, { now: options.now, roadmaps });
    options.problems.push(...roadmaps.problems);
    since = page.lastSeq;
    if (page.rows < batch) return received;
  }
}

/** A placeholder until replay (same transaction) writes the real states around the review. */
function blankState(cardId: string, deckId: string): CardState {
  return { cardId, deckId, phase: 0, due: 0, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, lastReview: null };
}

/**
 * Applies events from the server: reviews and drills added once (by id), undos move their review to `undone`,
 * last-write-wins values replace older ones; then the touched cards are replayed and the checkpoint stored, all in
 * one transaction, so a cut connection or a closed tab leaves either the whole page or none of it.
 */
export async function applyEvents(
  db: RoadcardsDb,
  events: readonly SyncEvent[],
  deviceId: string,
  checkpoint: ServerCheckpoint,
  context: ApplyContext = {},
): Promise<number> {
  const tables = [...replayTables(db), db.drills, db.interviews, db.writes, db.settings, db.syncState, db.marks, db.roadmaps, db.decks];
  const now = context.now ?? Date.now();
  return db.transaction('rw', tables, async () => {
    const touched = new Set<string>();
    let applied = 0;
    const caughtUp = await pushedEverything(db);
    const known = await knownEvents(db, events);
    // Reviews of a card a roadmap edit moved (sent by a device still on the older text) go to the card it is now.
    const moved = await currentCardIds(db, events.flatMap((e) => (isAboutCard(e) ? [e.cardId] : [])));
    for (const received of events) {
      const event = movedEvent(received, moved);
      if (known.has(eventId(event))) continue;
      known.add(eventId(event));
      if (await applyOne(db, event, now, context.roadmaps)) {
        applied += 1;
        if (event.type === 'review' || event.type === 'undo') touched.add(event.cardId);
      }
    }
    if (touched.size > 0) {
      await replayCards(db, touched, await readSettings(db), deviceId);
      // Reviews came or went: statistics recount the log on their next visit.
      await markSummaryStale(db);
    }
    // Received rows never go back: when everything before them was sent, the marks skip them, so the next push does
    // not walk a long history it just received.
    if (caughtUp.logs) await writeState(db, LOGS_MARK_KEY, Number((await db.logs.orderBy(':id').lastKey()) ?? 0));
    if (caughtUp.drills) await writeState(db, DRILLS_MARK_KEY, Number((await db.drills.orderBy(':id').lastKey()) ?? 0));
    await writeState(db, SERVER_KEY, checkpoint);
    return applied;
  });
}

type CardEvent = Extract<SyncEvent, { type: 'review' | 'undo' | 'drill' | 'marks' }>;

const isAboutCard = (event: SyncEvent): event is CardEvent => event.type === 'review' || event.type === 'undo' || event.type === 'drill' || event.type === 'marks';

function movedEvent(event: SyncEvent, moved: ReadonlyMap<string, string>): SyncEvent {
  if (!isAboutCard(event)) return event;
  const cardId = moved.get(event.cardId);
  return cardId === undefined ? event : { ...event, cardId };
}

/**
 * The page's reviews, undos and drills this device already has, read with three index queries: a device's own events
 * come back in the feed after it sent them, and one lookup each would be most of a first sync's time.
 */
async function knownEvents(db: RoadcardsDb, events: readonly SyncEvent[]): Promise<Set<string>> {
  const reviewIds = events.flatMap((e) => (e.type === 'review' ? [e.reviewId] : []));
  const undoIds = events.flatMap((e) => (e.type === 'undo' ? [e.reviewId] : []));
  const attemptIds = events.flatMap((e) => (e.type === 'drill' ? [e.attemptId] : []));
  const [logged, undone, drilled] = await Promise.all([
    db.logs.where('reviewId').anyOf(reviewIds).keys(),
    db.undone.where('reviewId').anyOf([...reviewIds, ...undoIds]).primaryKeys(),
    db.drills.where('attemptId').anyOf(attemptIds).keys(),
  ]);
  const undoneSet = new Set(undone as string[]);
  const known = new Set<string>();
  for (const id of [...(logged as string[]), ...reviewIds.filter((id) => undoneSet.has(id))]) known.add(`r:${id}`);
  for (const id of undoIds) if (undoneSet.has(id)) known.add(`u:${id}`);
  for (const id of drilled as string[]) known.add(`d:${id}`);
  return known;
}

async function pushedEverything(db: RoadcardsDb): Promise<{ logs: boolean; drills: boolean }> {
  const [lastLog, lastDrill] = [await db.logs.orderBy(':id').lastKey(), await db.drills.orderBy(':id').lastKey()];
  return { logs: Number(lastLog ?? 0) <= (await markOf(db, LOGS_MARK_KEY)), drills: Number(lastDrill ?? 0) <= (await markOf(db, DRILLS_MARK_KEY)) };
}

async function applyOne(db: RoadcardsDb, event: SyncEvent, now: number, roadmaps: ReceivedRoadmaps | undefined): Promise<boolean> {
  switch (event.type) {
    case 'review': {
      // Known ones were filtered out by the caller (knownEvents), in-page repeats too.
      const row: LogRow = {
        cardId: event.cardId,
        deckId: event.deckId,
        grade: event.grade as Grade,
        reviewedAt: event.reviewedAt,
        kind: 'review',
        before: blankState(event.cardId, event.deckId),
        after: blankState(event.cardId, event.deckId),
        reviewId: event.reviewId,
        remote: 1,
      };
      if (event.durationMs !== undefined) row.durationMs = event.durationMs;
      await db.logs.add(row);
      return true;
    }
    case 'undo': {
      const log = await db.logs.where('reviewId').equals(event.reviewId).first();
      // The review may arrive later (or never reach this device): the tombstone alone keeps it out.
      await db.undone.put(log ? { reviewId: event.reviewId, cardId: event.cardId, undoneAt: event.undoneAt, log } : { reviewId: event.reviewId, cardId: event.cardId, undoneAt: event.undoneAt });
      if (log) await db.logs.delete(log.id!);
      return true;
    }
    case 'drill': {
      const row: DrillRow = {
        attemptId: event.attemptId,
        drillId: event.drillId,
        cardId: event.cardId,
        deckId: event.deckId,
        sectionId: event.sectionId,
        type: event.questionType as DrillRow['type'],
        outcome: event.outcome as DrillRow['outcome'],
        answeredAt: event.answeredAt,
        countedAsReview: event.countedAsReview,
        remote: 1,
      };
      if (event.nodeId !== undefined) row.nodeId = event.nodeId;
      if (event.durationMs !== undefined) row.durationMs = event.durationMs;
      await db.drills.add(row);
      return true;
    }
    case 'interview': {
      const key = `interview:${event.nodeId}`;
      // setInterviewDate's own bound: a date this device could not back up is not taken from another either.
      if (event.date !== null && !isPlausibleTime(event.date)) return false;
      if (!isLaterWrite(event, (await db.writes.get(key))?.event)) return false;
      await db.writes.put({ key, event });
      if (event.date === null) await db.interviews.delete(event.nodeId);
      else await db.interviews.put({ nodeId: event.nodeId, date: event.date });
      return true;
    }
    case 'settings': {
      if (!isLaterWrite(event, (await db.writes.get('settings'))?.event)) return false;
      await db.writes.put({ key: 'settings', event });
      // Only the scheduler's settings travel; whether this browser keeps its storage stays this device's own.
      const current = await readSettings(db);
      const value = settingsFromRow({ key: 'app', value: { ...event.value, persisted: current.persisted } });
      await db.settings.put({ key: 'app', value });
      // New weights (the optimizer applied or reset there): the memory states follow them after the pull.
      await markIfWeightsChanged(db, current.parameters, value.parameters);
      return true;
    }
    case 'marks':
      return applyMarksEvent(db, event, now);
    case 'roadmap':
      return applyRoadmapEvent(db, event, roadmaps, now);
  }
}

/** The stores `replayCards` reads and writes; its caller's transaction must include them. */
export const replayTables = (db: RoadcardsDb) => [db.logs, db.undone, db.states, db.cards, db.activitySlots];

/**
 * Each card's state becomes the replay of its counted reviews with `settings`, and each log entry's before/after the
 * states around it (so undo and card info agree with the state).
 */
export async function replayCards(db: RoadcardsDb, cardIds: Iterable<string>, settings: SchedulerSettings, deviceId: string): Promise<void> {
  for (const cardId of cardIds) {
    const logs = await db.logs.where('cardId').equals(cardId).toArray();
    const undone = new Set((await db.undone.where('cardId').equals(cardId).primaryKeys()) as string[]);
    const [row, cardRow] = await Promise.all([db.states.get(cardId), db.cards.get(cardId)]);
    const deckId = row?.deckId ?? cardRow?.deckId ?? logs[0]?.deckId ?? '';
    const reviews = logs
      .filter((log) => log.kind === 'review')
      .map((log) => ({ reviewId: log.reviewId ?? derivedReviewId(deviceId, log.id!), grade: log.grade, reviewedAt: log.reviewedAt, log }));
    const { steps, state } = replaySteps(cardId, deckId, reviews, undone, settings);
    // Only entries whose states moved are written: a card replayed to what live grading gave costs reads alone.
    const changed: LogRow[] = steps
      .filter(({ review, before, after }) => !identical(review.log.before, before) || !identical(review.log.after, after))
      .map(({ review, before, after }) => ({ ...review.log, before, after }));
    if (changed.length > 0) {
      await db.logs.bulkPut(changed);
      await markSummaryStale(db);
    }
    if (row && identical(row, state)) continue;
    if (row) await db.states.put(toStateRow(state, row));
    else if (cardRow) await db.states.put(toStateRow(state, placeOfCard(cardRow)));
    // A card this device has not merged yet (its roadmap is newer elsewhere): kept retired, out of every queue, as
    // a backup import keeps one; the deck merge adopts the state when the roadmap brings the card.
    else await db.states.put(toStateRow(state, { sectionId: '', order: 0, retired: 1 }));
  }
}

/** Every field of the two states equal (sameState leaves out elapsedDays, which devices must agree on too). */
function identical(a: CardState, b: CardState): boolean {
  return JSON.stringify(toCardState(a)) === JSON.stringify(toCardState(b));
}
