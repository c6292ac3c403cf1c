// The "更新可用 / Update available" banner: the learner chooses when the new version takes over.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import { acceptUpdate, getUpdateSnapshot, subscribeUpdate, type UpdateSnapshot } from './update-state.ts';

export function useUpdateSnapshot(): UpdateSnapshot {
  const [value, setValue] = useState(getUpdateSnapshot);
  useEffect(() => subscribeUpdate(setValue), []);
  return value;
}

export function UpdateBanner() {
  const { available, requested } = useUpdateSnapshot();
  const [dismissed, setDismissed] = useState(false);
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
