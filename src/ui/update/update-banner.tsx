// The "更新可用 / Update available" banner: the learner chooses when the new version takes over.
import { useEffect, useState } from 'preact/hooks';
import './offline-note.css';
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

function OfflineReadyText() {
  useEffect(() => {
    const timer = setTimeout(dismissOfflineReady, OFFLINE_NOTE_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <span class="offline-note" data-role="offline-ready">
      {t('offlineReady')}
    </span>
  );
}

/**
 * The one-time "ready offline" note, for the header's free middle: it covers nothing and moves nothing (it used to
 * float over the header and the settings button for 5 s). The live region stays mounted so the text is announced.
 */
export function OfflineReadyNote() {
  const { available, offlineReady } = useUpdateSnapshot();
  return (
    <span class="offline-note-slot" role="status">
      {!available && offlineReady && <OfflineReadyText />}
    </span>
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
  const { available, requested, stale } = useUpdateSnapshot();
  const [dismissed, setDismissed] = useState(false);
  if (stale) return <StaleBanner reason={stale} />;
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
