// Settings → Backup: export every table of progress to a JSON file, import one back (validated whole, merged, never deleting).
import { useState } from 'preact/hooks';
import { backupFileName } from '../../../core/backup/merge-rules.ts';
import { useAppData } from '../../data/app-data.tsx';
import { WriteFailure, describeWriteFailure, type WriteFailureInfo } from '../../components/write-failure.tsx';
import { t } from '../../i18n.ts';
import { downloadFile, problemMessage, summaryLines } from './backup-lib.ts';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; importing: boolean }
  | { kind: 'exported'; fileName: string }
  | { kind: 'imported'; lines: string[] }
  | { kind: 'refused'; reason: string }
  /** Storage failed (not the file): an import rolled back whole, or the export could not read. */
  | { kind: 'failed'; what: 'import' | 'export'; failure: WriteFailureInfo };

/** `onSettingsRestored` lets the form above show the restored values instead of the ones it loaded. */
export function BackupSection({ onSettingsRestored }: { onSettingsRestored: () => void }) {
  const { ready, now } = useAppData();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [restoreSettings, setRestoreSettings] = useState(false);
  const busy = status.kind === 'busy';

  const exportNow = async () => {
    setStatus({ kind: 'busy', importing: false });
    try {
      const at = now();
      const backup = await (await ready).exportBackup(at);
      const fileName = backupFileName(at, -new Date(at).getTimezoneOffset());
      downloadFile(JSON.stringify(backup), fileName);
      setStatus({ kind: 'exported', fileName });
    } catch (error) {
      setStatus({ kind: 'failed', what: 'export', failure: describeWriteFailure(error) });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires another change.
    input.value = '';
    if (!file) return;
    setStatus({ kind: 'busy', importing: true });
    try {
      const result = await (await ready).importBackup(await file.text(), { restoreSettings });
      if (!result.ok) {
        setStatus({ kind: 'refused', reason: problemMessage(result.problem) });
        return;
      }
      setStatus({ kind: 'imported', lines: summaryLines(result.summary) });
      if (result.summary.settingsRestored) onSettingsRestored();
    } catch (error) {
      setStatus({ kind: 'failed', what: 'import', failure: describeWriteFailure(error) });
    }
  };

  return (
    <section class="settings-section backup" data-role="backup" aria-busy={busy ? 'true' : undefined}>
      <h2>{t('backupTitle')}</h2>
      <p class="backup__hint">{t('backupHint')}</p>
      <div class="backup__actions">
        <button type="button" class="button" data-action="export-backup" disabled={busy} onClick={() => void exportNow()}>
          {t('exportBackup')}
        </button>
        <label class={busy ? 'button backup__file backup__file--disabled' : 'button backup__file'}>
          {t('importBackup')}
          <input
            type="file"
            accept=".json,application/json"
            data-action="import-backup"
            disabled={busy}
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
      </div>
      <label class="field field--toggle">
        <input type="checkbox" name="restoreSettings" checked={restoreSettings} onChange={(event) => setRestoreSettings(event.currentTarget.checked)} />
        <span class="field__label">{t('restoreSettings')}</span>
      </label>
      <BackupStatus status={status} onRetryExport={() => void exportNow()} />
    </section>
  );
}

/** A failed import is tried again with the import button above (the file is chosen again); an export has its own retry. */
function BackupStatus({ status, onRetryExport }: { status: Status; onRetryExport: () => void }) {
  switch (status.kind) {
    case 'idle':
      return null;
    case 'busy':
      return status.importing ? <p role="status">{t('importing')}</p> : null;
    case 'exported':
      return <p role="status" data-role="backup-exported">{t('exported', { file: status.fileName })}</p>;
    case 'imported':
      return (
        <p role="status" data-role="backup-summary">
          {status.lines.map((line) => <span key={line} class="backup__line">{line}</span>)}
        </p>
      );
    case 'refused':
      return (
        <p role="alert" class="form-error" data-role="backup-refused">
          <span class="backup__line">{status.reason}</span>
          <span class="backup__line">{t('importRefused')}</span>
        </p>
      );
    case 'failed':
      return (
        <div data-role="backup-failed">
          <WriteFailure what={status.what} failure={status.failure} linkToBackup={false} onRetry={status.what === 'export' ? onRetryExport : undefined} />
        </div>
      );
  }
}
