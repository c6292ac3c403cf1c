// Backup export: every table that holds the learner's progress, read in one transaction so the file is one consistent moment.
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type BackupLog } from '../core/backup/format.ts';
import { normalizeLeechSettings } from '../core/marks/leech-settings.ts';
import { switchedOnNodes } from '../core/queue/reference-review.ts';
import { normalizeSchedulerSettings } from '../core/scheduler/settings.ts';
import { toCardState } from './rows.ts';
import { roadmapSources } from './user-roadmaps.ts';
import { CURRENT_SCHEMA_VERSION, type DrillRow, type LogRow, type RoadcardsDb } from './schema.ts';

/** Only the format's fields: a row's storage-only extras (index keys) stay on the device. */
function toBackupLog(row: LogRow): BackupLog {
  const entry: BackupLog = {
    cardId: row.cardId,
    deckId: row.deckId,
    grade: row.grade,
    reviewedAt: row.reviewedAt,
    kind: row.kind,
    before: toCardState(row.before),
    after: toCardState(row.after),
  };
  if (row.id !== undefined) entry.id = row.id;
  if (row.durationMs !== undefined) entry.durationMs = row.durationMs;
  if (row.reviewId !== undefined) entry.reviewId = row.reviewId;
  if (row.clearedUpdated) entry.clearedUpdated = true;
  return entry;
}

function toBackupDrill({ id: _localId, ...drill }: DrillRow): BackupFile['drills'][number] {
  return drill;
}

/** Every setting a learner chose (scheduler, leech rule, reference review), each normalized; not this browser's own answers. */
function backupSettings(value: Record<string, unknown>): BackupFile['settings'] {
  const reviewReference = switchedOnNodes(value.reviewReference);
  return { ...normalizeSchedulerSettings(value), ...normalizeLeechSettings(value), ...(reviewReference.length > 0 ? { reviewReference } : {}) };
}

/**
 * Card texts are left out (they come from the roadmaps; an added roadmap's source text is in); every state is in, retired cards and cards no roadmap holds
 * any more included, so nothing a learner earned is lost by a restore.
 */
export async function exportBackup(db: RoadcardsDb, now: number): Promise<BackupFile> {
  return db.transaction('r', [db.states, db.logs, db.settings, db.interviews, db.drills, db.marks, db.roadmaps], async () => {
    const [states, logs, settingsRow, interviews, drills, marks, roadmaps] = await Promise.all([
      db.states.toArray(),
      db.logs.toArray(),
      db.settings.get('app'),
      db.interviews.toArray(),
      db.drills.toArray(),
      db.marks.toArray(),
      roadmapSources(db),
    ]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      states: states.map(toCardState),
      logs: logs.map(toBackupLog),
      // persisted is this browser's answer about this device's storage: it means nothing on another one.
      settings: settingsRow ? backupSettings(settingsRow.value) : null,
      interviews: interviews.map(({ nodeId, date }) => ({ nodeId, date })),
      drills: drills.map(toBackupDrill),
      marks,
      // Roadmaps added in the app exist nowhere else: their text goes in, to be compiled again on import.
      roadmaps,
    };
  });
}
