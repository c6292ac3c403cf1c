// The backup section's logic without Preact: a refused file's reason and an import's summary in the UI language, and the download.
import type { BackupImportSummary, BackupProblem } from '../../../storage/index.ts';
import { getLocale, t, type MessageKey } from '../../i18n.ts';
import { roadmapsRestoredLine } from '../roadmaps/roadmaps-link.tsx';

const TABLE_NAMES: Record<string, MessageKey> = {
  states: 'backupStates',
  logs: 'backupLogs',
  settings: 'backupSettings',
  interviews: 'backupInterviews',
  drills: 'backupDrills',
};

/** 1,234 in both languages: the grouping a learner reads a count of reviews by. */
export function formatCount(n: number): string {
  return new Intl.NumberFormat(getLocale() === 'zh' ? 'zh-CN' : 'en').format(n);
}

/** Why the file was refused, pointing at the row when one is at fault (rows counted from 1, as a person counts). */
export function problemMessage(problem: BackupProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return t('backupNotJson');
    case 'not-backup':
      return t('backupNotBackup');
    case 'future-version':
      return t('backupFutureVersion', { version: problem.version });
    case 'duplicate-card':
      return t('backupDuplicateCard', { id: problem.cardId });
    case 'bad-row': {
      const table = problem.table ? t(TABLE_NAMES[problem.table]!) : t('backupHeader');
      const where = problem.index === null ? table : t('backupRow', { table, n: formatCount(problem.index + 1) });
      return t('backupBadRow', { where, field: problem.field || problem.table || '—' });
    }
  }
}

/** The summary line, then a line for settings when they were restored too. */
export function summaryLines(summary: BackupImportSummary): string[] {
  const counts = t('importSummary', { reviews: formatCount(summary.reviewsAdded), cards: formatCount(summary.cardsUpdated) });
  const lines = summary.settingsRestored ? [counts, t('settingsRestored')] : [counts];
  return summary.roadmapsRestored ? [...lines, roadmapsRestoredLine(summary.roadmapsRestored)] : lines;
}

/** Offline-safe download: the file is made in memory, no request leaves the device. */
export function downloadFile(content: string | Uint8Array<ArrayBuffer>, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the blob after click() returns: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
