// Lazy screens that survive a deploy: when a screen's chunk is gone (the old version's files were replaced), the tap
// shows a notice with the reload instead of a dead screen, and the update banner offers the same reload.
import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { markStale, reloadNow } from './update-state.ts';
import { updateText } from './update-strings.ts';

function ReloadToContinue({ error }: { error: Error }) {
  return (
    <div class="status status--error" role="alert" data-role="chunk-missing">
      <p>
        <strong>{updateText('chunkTitle')}</strong>
      </p>
      <p>{updateText('chunkBody')}</p>
      <button type="button" class="button button--primary" data-action="reload" onClick={reloadNow}>
        {updateText('reloadNow')}
      </button>
      {/* The library's own words stay out of the message: only here, for a bug report. */}
      <details class="status__details">
        <summary>{updateText('details')}</summary>
        <code>{error.message}</code>
      </details>
    </div>
  );
}

/** `lazy` whose failed import renders the reload notice (and marks the page stale) instead of throwing. */
export function lazyScreen<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(() =>
    load().catch((cause: unknown) => {
      markStale('chunk');
      const error = cause instanceof Error ? cause : new Error(String(cause));
      return function MissingScreen() {
        return <ReloadToContinue error={error} />;
      } as ComponentType<P>;
    }),
  );
}
