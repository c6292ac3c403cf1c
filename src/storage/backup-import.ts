// Backup import: a file read and validated whole first, then merged in one read-write transaction that never deletes.
import type { BackupDrill, BackupFile, BackupLog } from '../core/backup/format.ts';
import { newDrills, newInterviews, planLogs, winningStates, type LogIdentity } from '../core/backup/merge-rules.ts';
import { readBackup } from '../core/backup/read.ts';
import { backupCardIds, relinkMoved } from '../core/backup/relink-moved.ts';
import type { BackupImportSummary, ImportBackupOptions, ImportBackupResult } from './index.ts';
import { compileBackupRoadmaps, restoreRoadmaps } from './backup-roadmaps.ts';
import { countInSlots, lastLogId } from './activity-slots.ts';
import { readInterviewDates } from './interviews.ts';
import { keepParked, placeOfCard, toCardState, toStateRow } from './rows.ts';
import { mergeMarks } from './marks-backup.ts';
import { mergeTables } from './merge.ts';
import { currentCardIds } from './moved-cards.ts';
import type { DrillRow, LogRow, RoadcardsDb, StateRow } from './schema.ts';
import { settingsFromRow } from './settings-store.ts';

/** Where a card stands on this device: its card row decides; a card no roadmap here holds stays out of every queue. */
const UNKNOWN_CARD_PLACE = { sectionId: '', order: 0, retired: 1 as const };

function toLogRow({ id: _exportedId, ...entry }: BackupLog): LogRow {
  const row: LogRow = { ...entry, before: toCardState(entry.before), after: toCardState(entry.after) };
  if (row.reviewId === undefined) delete row.reviewId;
  if (row.durationMs === undefined) delete row.durationMs;
  if (row.clearedUpdated === undefined) delete row.clearedUpdated;
  return row;
}

function toDrillRow({ reviewLogId, ...drill }: BackupDrill, logIds: ReadonlyMap<number, number>): DrillRow {
  const row: DrillRow = { ...drill };
  for (const key of ['nodeId', 'durationMs'] as const) if (row[key] === undefined) delete row[key];
  // The exporting device's log ids mean nothing here: re-link through the entry as this device now numbers it.
  const local = reviewLogId === undefined ? undefined : logIds.get(reviewLogId);
  if (local !== undefined) row.reviewLogId = local;
  return row;
}

/** The states that win, as rows placed the way merge.ts places them (card row's section, order, retirement). */
async function mergeStates(db: RoadcardsDb, backup: BackupFile): Promise<number> {
  const cardIds = backup.states.map((state) => state.cardId);
  const [localRows, cardRows] = await Promise.all([db.states.bulkGet(cardIds), db.cards.bulkGet(cardIds)]);
  const local = new Map(localRows.flatMap((row) => (row ? [[row.cardId, row] as const] : [])));
  const cards = new Map(cardRows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
  const rows: StateRow[] = winningStates(local, backup.states).map((state) => {
    const card = cards.get(state.cardId);
    // A card moved to another roadmap (renamed deck) is stored under the deck that holds it now, as merge does.
    // The learner's suspend or bury on this device stays (the marks merged below may change it).
    if (card) return toStateRow({ ...state, deckId: card.deckId }, keepParked(placeOfCard(card), local.get(state.cardId)));
    return toStateRow(state, local.get(state.cardId) ?? UNKNOWN_CARD_PLACE);
  });
  await db.states.bulkPut(rows);
  return rows.length;
}

/** Adds the log entries this device lacks; returns them counted, and every exported log id mapped to a local one. */
async function mergeLogs(db: RoadcardsDb, backup: BackupFile): Promise<{ added: number; logIds: Map<number, number> }> {
  const reviewIds = backup.logs.flatMap((entry) => (entry.reviewId === undefined ? [] : [entry.reviewId]));
  const cardIds = [...new Set(backup.logs.map((entry) => entry.cardId))];
  const local: LogIdentity[] = [];
  const collect = (row: LogRow) => {
    local.push({ id: row.id!, cardId: row.cardId, reviewedAt: row.reviewedAt, grade: row.grade, reviewId: row.reviewId });
  };
  // reviewId is unique across the whole log, not per card: look it up there too, or bulkAdd would abort on it.
  await db.logs.where('reviewId').anyOf(reviewIds).each(collect);
  await db.logs.where('cardId').anyOf(cardIds).each(collect);
  const plan = planLogs(local, backup.logs);
  const added = plan.toAdd.map(toLogRow);
  const lastIdBefore = await lastLogId(db);
  const newIds = added.length ? await db.logs.bulkAdd(added, { allKeys: true }) : [];
  await countInSlots(db, added, 1, { before: lastIdBefore, after: newIds.reduce((max, id) => Math.max(max, id), lastIdBefore) });
  const logIds = new Map(plan.knownIds);
  plan.toAdd.forEach((entry, i) => {
    if (entry.id !== undefined) logIds.set(entry.id, newIds[i]!);
  });
  return { added: plan.toAdd.length, logIds };
}

async function mergeDrills(db: RoadcardsDb, backup: BackupFile, logIds: ReadonlyMap<number, number>): Promise<number> {
  const attemptIds = backup.drills.map((drill) => drill.attemptId);
  const stored = new Set((await db.drills.where('attemptId').anyOf(attemptIds).keys()).map(String));
  const rows = newDrills(stored, backup.drills).map((drill) => toDrillRow(drill, logIds));
  await db.drills.bulkAdd(rows);
  return rows.length;
}

export async function importBackup(db: RoadcardsDb, text: string, options: ImportBackupOptions = {}): Promise<ImportBackupResult> {
  const read = readBackup(text);
  if (!read.ok) return read;
  const file = read.backup;
  const restoreSettings = options.restoreSettings === true && file.settings !== null;
  const roadmaps = await compileBackupRoadmaps(file);
  if (!roadmaps.ok) return roadmaps;
  // The merge's stores (a restored roadmap is merged like an added one) and the interviews and roadmaps.
  const tables = [...new Set([...mergeTables(db), db.activitySlots, db.interviews, db.roadmaps, ...(restoreSettings ? [db.settings] : [])])];
  // One transaction: a failure anywhere (quota, a closed tab) rolls every table back to exactly what it was.
  const summary = await db.transaction('rw', tables, async (): Promise<BackupImportSummary> => {
    // Roadmaps first: their cards must exist for the states below to be placed on them.
    const roadmapsRestored = await restoreRoadmaps(db, roadmaps.roadmaps);
    // Rows of cards a roadmap edit moved since the file was written belong to the cards they are now.
    const backup = relinkMoved(file, await currentCardIds(db, backupCardIds(file)));
    const cardsUpdated = await mergeStates(db, backup);
    const { added: reviewsAdded, logIds } = await mergeLogs(db, backup);
    const drillsAdded = await mergeDrills(db, backup, logIds);
    const interviews = newInterviews(await readInterviewDates(db), backup.interviews);
    await db.interviews.bulkAdd(interviews);
    await mergeMarks(db, backup.marks ?? [], options.now ?? Date.now());
    if (restoreSettings) {
      const current = settingsFromRow(await db.settings.get('app'));
      const restored = settingsFromRow({ key: 'app', value: { ...backup.settings, persisted: current.persisted } });
      await db.settings.put({ key: 'app', value: restored });
    }
    return { reviewsAdded, cardsUpdated, drillsAdded, interviewsAdded: interviews.length, settingsRestored: restoreSettings, ...(roadmapsRestored > 0 ? { roadmapsRestored } : {}) };
  });
  return { ok: true, summary };
}
