// Opens the database and assembles the Roadcards API from the storage modules.
import { ALL_DUE_NODE_ID } from '../core/queue/all-due.ts';
import { studyDayAt, type UtcOffsetAt } from '../core/queue/day.ts';
import { readAllDueItems } from './all-due.ts';
import { readDrillDeck, recordDrill } from './drills.ts';
import { gradeCard, undoGrade } from './grading.ts';
import type { OpenOptions, Roadcards } from './index.ts';
import { readInterviewDates, setInterviewDate } from './interviews.ts';
import { readDeckTree, readStudyItems } from './reading.ts';
import { RoadcardsDb } from './schema.ts';
import { currentPersistence, readSettings, requestPersistence, saveSettings } from './settings-store.ts';
import { syncDecks } from './sync.ts';

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
  return {
    syncDecks: (fetchJson, now) => syncDecks(db, fetchJson, now),
    deckTree: (now) => readDeckTree(db, now, offsetAt),
    studyItems: async (nodeId, now) => {
      if (nodeId !== ALL_DUE_NODE_ID) return readStudyItems(db, nodeId, now, offsetAt);
      // A roadmap that happens to be called `all` keeps its own link working.
      const named = (await db.decks.get(nodeId))?.retired === 0;
      return named ? readStudyItems(db, nodeId, now, offsetAt) : readAllDueItems(db, now, offsetAt);
    },
    sessionOptions: async (now) => {
      const settings = await readSettings(db);
      return { settings, dayEnd: studyDayAt(now, settings.dayStartHour, offsetAt).end };
    },
    grade: (cardId, grade, now, opts) => gradeCard(db, cardId, grade, now, opts),
    undo: (token) => undoGrade(db, token),
    setInterviewDate: (nodeId, date) => setInterviewDate(db, nodeId, date),
    interviewDates: () => readInterviewDates(db),
    drillDeck: (nodeId, now) => readDrillDeck(db, nodeId, now),
    recordDrill: (attempts, options) => recordDrill(db, attempts, options),
    getSettings: () => readSettings(db),
    saveSettings: (patch) => saveSettings(db, patch),
    requestPersistence: () => requestPersistence(db),
    persistence: () => currentPersistence(),
    // Loaded on first use: backup code and its schema stay out of the start-up bundle (precached, so offline too).
    exportBackup: async (now) => (await import('./backup-export.ts')).exportBackup(db, now),
    importBackup: async (text, options) => (await import('./backup-import.ts')).importBackup(db, text, options),
    // Statistics load with their screen: the aggregation code stays out of the start-up bundle.
    stats: async (nodeId, now, onProgress) => (await import('./stats-reading.ts')).readStats(db, nodeId, now, offsetAt, onProgress),
    cardInfo: async (cardId, now) => (await import('./stats-reading.ts')).readCardInfo(db, cardId, now),
    close: () => db.close(),
  };
}
