// The "更新可用 / Update available" banner: the learner chooses when the new version takes over.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import { acceptUpdate, dismissOfflineReady, reloadNow, getUpdateSnapshot, subscribeUpdate, type StaleReason, type UpdateSnapshot } from './update-state.ts';
import { updateText } from './update-strings.ts';

export function useUpdateSnapshot(): UpdateSnapshot {
  const [value, setValue] = useState(getUpdateSnapshot);
  useEffect(() => subscribeUpdate(setValue), []);
  return value;
}

/** How long the one-time "ready offline" note stays. */
const OFFLINE_NOTE_MS = 5_000;

function OfflineReadyNote() {
  useEffect(() => {
    const timer = setTimeout(dismissOfflineReady, OFFLINE_NOTE_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="update-banner update-banner--info" data-role="offline-ready" role="status">
      <span class="update-banner__text">{t('offlineReady')}</span>
    </div>
  );
}

const STALE_TEXT = { worker: 'staleWorker', schema: 'staleSchema', chunk: 'staleChunk' } as const;

/** This page is behind a newer version: say why and offer the reload now (it also comes by itself between cards). */
function StaleBanner({ reason }: { reason: StaleReason }) {
  return (
    <div class="update-banner" data-role="update-banner" data-stale={reason} role="status">
      <span class="update-banner__text">{updateText(STALE_TEXT[reason])}</span>
      <button type="button" class="button button--primary" data-action="apply-update" onClick={reloadNow}>
        {updateText('reloadNow')}
      </button>
    </div>
  );
}

export function UpdateBanner() {
  const { available, requested, offlineReady, stale } = useUpdateSnapshot();
  if (stale) return <StaleBanner reason={stale} />;
  const [dismissed, setDismissed] = useState(false);
  if (!available && offlineReady) return <OfflineReadyNote />;
  if (!available || (dismissed && !requested)) return null;
  return (
    <div class="update-banner" data-role="update-banner" role="status">
      <span class="update-banner__text">{requested ? t('updateAfterCard') : t('updateAvailable')}</span>
      {!requested && (
        <>
          <button type="button" class="button button--quiet" onClick={() => setDismissed(true)}>
            {t('updateLater')}
          </button>
          <button type="button" class="button button--primary" data-action="apply-update" onClick={acceptUpdate}>
            {t('updateApply')}
          </button>
        </>
      )}
    </div>
  );
}
