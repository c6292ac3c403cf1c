// Opens the database and assembles the Roadcards API from the storage modules.
import { ALL_DUE_NODE_ID } from '../core/queue/all-due-id.ts';
import { studyDayAt, type UtcOffsetAt } from '../core/queue/day.ts';
import { readConfig } from './sync/sync-state.ts';
import { defaultPendingStore, GradeQueuedError, newReviewId, PendingGrades } from './pending-grades.ts';
import type { Grade } from '../core/review-contract.ts';
import type { GradeOptions, OpenOptions, Roadcards } from './index.ts';
import { readInterviewDates } from './interviews.ts';
import { RoadcardsDb } from './schema.ts';
import { readNodeChildren, readRoadmaps } from './tree-counts.ts';
import { currentPersistence, readSettings, requestPersistence, saveSettings } from './settings-store.ts';

export const DEFAULT_DB_NAME = 'roadcards';

/** The browser's local time zone, read at each instant asked about (DST moves it). */
const localOffsetAt: UtcOffsetAt = (epochMs) => -new Date(epochMs).getTimezoneOffset();

export async function openRoadcards(options: OpenOptions = {}): Promise<Roadcards> {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const db = new RoadcardsDb(dbName);
  const offsetAt = options.utcOffsetAt ?? localOffsetAt;
  const pending = new PendingGrades(options.pendingStore ?? defaultPendingStore(), dbName);
  let closedForUpgrade = false;
  // Another tab opens a newer schema: close for good so its upgrade proceeds. Dexie's own handler would reopen on the
  // next call, and this tab's older code would then write into the newer schema; instead grades go to the pending
  // queue (below) and the UI reloads into the new code at the next card boundary.
  db.on('versionchange', () => {
    closedForUpgrade = true;
    db.close({ disableAutoOpen: true });
    options.onVersionChange?.();
  });
  await db.open();
  // Grades an older tab queued while its database was closed: stored before any screen reads the queue.
  await pending.flush(db);
  // Grading is fetched with the study queue, so a grade never waits for a download (nor starts one mid-update).
  let grading: Promise<typeof import('./grading.ts')> | null = null;
  const loadGrading = () => (grading ??= import('./grading.ts'));

  async function sessionOptions(now: number) {
    const settings = await readSettings(db);
    return { settings, dayEnd: studyDayAt(now, settings.dayStartHour, offsetAt).end };
  }

  const marks = () => import('./marks-store.ts');
  // Buried cards whose day has come go back in the queues before any count or queue is read: one cheap count when none.
  async function releaseBuried(now: number): Promise<void> {
    if (!closedForUpgrade && (await db.marks.where('buriedUntil').belowOrEqual(now).count())) await (await marks()).releaseBuried(db, now);
  }

  async function grade(cardId: string, value: Grade, now: number, opts: GradeOptions = {}) {
    const reviewId = opts.reviewId ?? newReviewId();
    const entry = { reviewId, cardId, grade: value, reviewedAt: now, ...(opts.durationMs === undefined ? {} : { durationMs: opts.durationMs }) };
    if (!closedForUpgrade) {
      // Written ahead, synchronously, before IndexedDB's transaction even starts: a page closed or reloaded while the
      // write is on its way loses it, and this entry is then stored at the next start (once: by its reviewId).
      const journaled = pending.tryAdd(entry);
      try {
        const stored = await (await loadGrading()).gradeCard(db, cardId, value, now, { ...opts, reviewId });
        if (journaled) pending.remove(reviewId);
        return stored;
      } catch (error) {
        // Closed under the write (the versionchange came first): queue it like the grades after it.
        if (!closedForUpgrade) {
          // The learner is told this grade was not stored: it must not come back on its own at the next start.
          if (journaled) pending.remove(reviewId);
          throw error;
        }
      }
    }
    pending.add(entry);
    throw new GradeQueuedError('grade queued: stored after the reload into the new version');
  }

  return {
    dbName,
    // Loaded on first use, like the backup code below: the deck schema (zod), the merge, grading and drills (ts-fsrs)
    // are not what Home needs to paint, so they stay out of the start-up bundle (precached, so offline too).
    syncDecks: async (fetchJson, now) => (await import('./sync.ts')).syncDecks(db, fetchJson, now),
    // The whole tree is read after Home's first paint (its rows come from roadmaps()): its code loads then.
    deckTree: async (now) => (await releaseBuried(now), (await import('./deck-tree-read.ts')).readDeckTree(db, now, offsetAt)),
    roadmaps: async (now) => (await releaseBuried(now), readRoadmaps(db, now, offsetAt)),
    nodeChildren: async (nodeId, now) => (await releaseBuried(now), readNodeChildren(db, nodeId, now, offsetAt)),
    studyItems: async (nodeId, now) => {
      void loadGrading();
      await releaseBuried(now);
      const { readStudyItems } = await import('./study-items.ts');
      if (nodeId !== ALL_DUE_NODE_ID) return readStudyItems(db, nodeId, now, offsetAt);
      // A roadmap that happens to be called `all` keeps its own link working.
      const named = (await db.decks.get(nodeId))?.retired === 0;
      return named ? readStudyItems(db, nodeId, now, offsetAt) : (await import('./all-due.ts')).readAllDueItems(db, now, offsetAt);
    },
    sessionOptions,
    grade,
    undo: async (token) => (await loadGrading()).undoGrade(db, token),
    // Recorded for sync in the same transaction; the recording code loads on first use (not shell code).
    setInterviewDate: async (nodeId, date) => (await import('./sync/outbox.ts')).setInterviewDateRecorded(db, nodeId, date),
    interviewDates: () => readInterviewDates(db),
    drillDeck: async (nodeId, now) => (await import('./drills.ts')).readDrillDeck(db, nodeId, now),
    recordDrill: async (attempts, options) => (await import('./drills.ts')).recordDrill(db, attempts, options),
    getSettings: () => readSettings(db),
    saveSettings: async (patch) =>
      (await import('./sync/outbox.ts')).saveSettingsRecorded(db, () => readSettings(db), () => saveSettings(db, patch)),
    requestPersistence: () => requestPersistence(db),
    persistence: () => currentPersistence(),
    exportBackup: async (now) => (await import('./backup-export.ts')).exportBackup(db, now),
    importBackup: async (text, options) => (await import('./backup-import.ts')).importBackup(db, text, options),
    // Statistics load with their screen: the aggregation code stays out of the start-up bundle.
    stats: async (nodeId, now, onProgress) => (await import('./stats-reading.ts')).readStats(db, nodeId, now, offsetAt, onProgress),
    cardInfo: async (cardId, now) => (await import('./stats-reading.ts')).readCardInfo(db, cardId, now),
    // The marks code loads on first use (Study's actions sheet, Browse): not part of what Home needs to paint.
    markCards: async (cardIds, command, now) => (await marks()).markCards(db, cardIds, command, now, (await sessionOptions(now)).dayEnd),
    cardMarks: async (cardId) => (await marks()).readCardMarks(db, cardId),
    undoMarks: async (undo, now) => (await marks()).restoreMarks(db, undo, now),
    browseCards: async (nodeId, now) => (await releaseBuried(now), (await import('./browse-reading.ts')).readBrowseCards(db, nodeId, now)),
    ankiExport: async (nodeId, includeHistory, now) => (await import('./anki-export.ts')).readAnkiExport(db, nodeId, includeHistory, now, offsetAt),
    userRoadmaps: async () => (await import('./user-roadmaps.ts')).userRoadmapsOf(db),
    historySync: async () => (await import('./sync/run-sync.ts')).historySync(db),
    syncConfigured: async () => (await readConfig(db)) !== null,
    close: () => db.close(),
  };
}
