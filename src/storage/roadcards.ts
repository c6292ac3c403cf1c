// Opens the database and assembles the Roadcards API from the storage modules.
import { studyDayAt, type UtcOffsetAt } from '../core/queue/day.ts';
import type { OpenOptions, Roadcards } from './index.ts';
import { readInterviewDates, setInterviewDate } from './interviews.ts';
import { readDeckTree } from './reading.ts';
import { RoadcardsDb } from './schema.ts';
import { readNodeChildren, readRoadmaps } from './tree-counts.ts';
import { currentPersistence, readSettings, requestPersistence, saveSettings } from './settings-store.ts';

export const DEFAULT_DB_NAME = 'roadcards';

/** The browser's local time zone, read at each instant asked about (DST moves it). */
const localOffsetAt: UtcOffsetAt = (epochMs) => -new Date(epochMs).getTimezoneOffset();

export async function openRoadcards(options: OpenOptions = {}): Promise<Roadcards> {
  const db = new RoadcardsDb(options.dbName ?? DEFAULT_DB_NAME);
  const offsetAt = options.utcOffsetAt ?? localOffsetAt;
  // Dexie closes this connection itself so the other tab's upgrade can proceed; the UI reloads into the new code.
  db.on('versionchange', () => {
    options.onVersionChange?.();
  });
  await db.open();
  // Grading is fetched with the study queue, so a grade never waits for a download (nor starts one mid-update).
  let grading: Promise<typeof import('./grading.ts')> | null = null;
  const loadGrading = () => (grading ??= import('./grading.ts'));
  return {
    // Loaded on first use, like the backup code below: the deck schema (zod), the merge, grading and drills (ts-fsrs)
    // are not what Home needs to paint, so they stay out of the start-up bundle (precached, so offline too).
    syncDecks: async (fetchJson, now) => (await import('./sync.ts')).syncDecks(db, fetchJson, now),
    deckTree: (now) => readDeckTree(db, now, offsetAt),
    roadmaps: (now) => readRoadmaps(db, now, offsetAt),
    nodeChildren: (nodeId, now) => readNodeChildren(db, nodeId, now, offsetAt),
    studyItems: async (nodeId, now) => {
      void loadGrading();
      return (await import('./study-items.ts')).readStudyItems(db, nodeId, now, offsetAt);
    },
    sessionOptions: async (now) => {
      const settings = await readSettings(db);
      return { settings, dayEnd: studyDayAt(now, settings.dayStartHour, offsetAt).end };
    },
    grade: async (cardId, grade, now, opts) => (await loadGrading()).gradeCard(db, cardId, grade, now, opts),
    undo: async (token) => (await loadGrading()).undoGrade(db, token),
    setInterviewDate: (nodeId, date) => setInterviewDate(db, nodeId, date),
    interviewDates: () => readInterviewDates(db),
    drillDeck: async (nodeId, now) => (await import('./drills.ts')).readDrillDeck(db, nodeId, now),
    recordDrill: async (attempts, options) => (await import('./drills.ts')).recordDrill(db, attempts, options),
    getSettings: () => readSettings(db),
    saveSettings: (patch) => saveSettings(db, patch),
    requestPersistence: () => requestPersistence(db),
    persistence: () => currentPersistence(),
    exportBackup: async (now) => (await import('./backup-export.ts')).exportBackup(db, now),
    importBackup: async (text, options) => (await import('./backup-import.ts')).importBackup(db, text, options),
    close: () => db.close(),
  };
}
