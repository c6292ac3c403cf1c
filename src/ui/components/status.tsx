// Small shared states of a screen: loading, and a failure the learner can retry (in words; raw text folded in details).
import { failureDetails, storageFailureKind } from '../../storage/errors.ts';
import { t, type MessageKey } from '../i18n.ts';
import { statusText } from './status-strings.ts';

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
      <p>{storageFailureKind(error) === 'closed' ? statusText('closed') : statusText('loadFailed')}</p>
      <p>{statusText('advice')}</p>
      <details>
        <summary>{statusText('details')}</summary>
        <code>{failureDetails(error)}</code>
      </details>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
