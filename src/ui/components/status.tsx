// Small shared states of a screen: loading, and a failure the learner can retry.
import { t, type MessageKey } from '../i18n.ts';

export function Loading({ message = 'loading' }: { message?: MessageKey }) {
  return (
    <div class="status" role="status" aria-busy="true">
      <span class="spinner" aria-hidden="true" />
      <span>{t(message)}</span>
    </div>
  );
}

export function LoadFailed({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  return (
    <div class="status status--error" role="alert">
      <p>{t('loadFailed', { message: error.message })}</p>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
