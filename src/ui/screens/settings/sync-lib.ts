// Settings → Sync's logic: the status line's words for an outcome, apart from the component so it is tested plainly.
import type { SyncStatus } from '../../../storage/index.ts';
import { syncText } from './sync-strings.ts';

export type SyncStatusValue = 'ok' | 'error' | 'none';

export function statusValue(status: SyncStatus | null): SyncStatusValue {
  return status === null ? 'none' : status.ok ? 'ok' : 'error';
}

function timeOf(at: number): string {
  return new Date(at).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The outcome in words: when, how many sent and received, or what went wrong and how to fix it. */
export function statusWords(status: SyncStatus | null, context: { origin: string; db: string }): string {
  if (status === null) return syncText('never');
  if (status.ok) return syncText('ok', { time: timeOf(status.at), sent: status.sent, received: status.received });
  const error = status.error ?? { kind: 'server' as const, message: '' };
  const reason = syncText(error.kind, { origin: context.origin, db: context.db, message: error.message });
  return syncText('failedAt', { time: timeOf(status.at) }) + reason;
}
