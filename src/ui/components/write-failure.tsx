// A write that did not reach storage, told the same way everywhere: what was not saved, why, what to do, raw text folded away.
import { failureDetails, storageFailureKind, type StorageFailureKind } from '../../storage/errors.ts';
import { writeFailureText as w } from './write-failure-strings.ts';

export type UnsavedThing = 'grade' | 'settings' | 'interviewDate' | 'drill' | 'import' | 'export';

export interface WriteFailureInfo {
  kind: StorageFailureKind;
  details: string;
}

/** The kind and bug-report text of a storage error, kept as data so a screen can hold it in state. */
export function describeWriteFailure(error: unknown): WriteFailureInfo {
  return { kind: storageFailureKind(error), details: failureDetails(error) };
}

/** The one-line message (what happened) for a failure: for places with no room for the advice. */
export function writeFailureMessage(what: UnsavedThing, failure: WriteFailureInfo): string {
  return w(failure.kind, { what: w(what) });
}

interface Props {
  what: UnsavedThing;
  failure: WriteFailureInfo;
  /** Offered unless the database is closed (then only a reload helps). */
  onRetry?: () => void;
  /** Off on the Settings screen itself, where the export button is right there. */
  linkToBackup?: boolean;
}

export function WriteFailure({ what, failure, onRetry, linkToBackup = true }: Props) {
  const closed = failure.kind === 'closed';
  return (
    <div class="write-failure" role="alert" data-role="write-failure" data-kind={failure.kind}>
      <p class="write-failure__what">{writeFailureMessage(what, failure)}</p>
      <p class="write-failure__advice">{w(`${failure.kind}Advice`)}</p>
      <div class="write-failure__actions">
        {closed ? (
          <button type="button" class="button button--primary" data-action="reload" onClick={() => location.reload()}>
            {w('reload')}
          </button>
        ) : (
          onRetry && (
            <button type="button" class="button button--primary" data-action="retry-write" onClick={onRetry}>
              {w('retry')}
            </button>
          )
        )}
        {linkToBackup && (
          <a class="button" href="/settings" data-action="go-export">
            {w('exportBackup')}
          </a>
        )}
      </div>
      <details class="write-failure__details">
        <summary>{w('details')}</summary>
        <code>{failure.details}</code>
      </details>
    </div>
  );
}
