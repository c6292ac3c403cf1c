// Errors storage throws that the UI may want to tell apart, and the kinds of write failure the UI words for the learner.

/** Undo asked for a review that is no longer the card's latest, or whose card moved on since. */
export class UndoRefusedError extends Error {
  override name = 'UndoRefusedError';
}

/** Grade asked for a card id the database does not know (or that is retired). */
export class UnknownCardError extends Error {
  override name = 'UnknownCardError';
}

/** The card's stored state is one FSRS cannot schedule from (a damaged import): nothing was written. */
export class UnschedulableCardError extends Error {
  override name = 'UnschedulableCardError';
  constructor(
    readonly cardId: string,
    readonly field: string,
  ) {
    super(`card ${cardId} cannot be scheduled: ${field} is out of range`);
  }
}

/**
 * Why a write did not happen, as the learner can act on it: `quota` (the device's storage is full: free space, export
 * a backup), `closed` (the database was closed under the tab, e.g. an upgrade in another tab: reload), `aborted`
 * (the transaction was cut off: try again), `unknown` (anything else: try again, report it).
 */
export type StorageFailureKind = 'quota' | 'closed' | 'aborted' | 'unknown';

const CLOSED_NAMES = new Set(['DatabaseClosedError', 'InvalidStateError', 'VersionChangeError', 'OpenFailedError', 'MissingAPIError']);
const ABORTED_NAMES = new Set(['AbortError', 'TransactionInactiveError', 'TimeoutError']);

/** Every error in the chain: Dexie wraps the browser's (`inner`), BulkError keeps each row's (`failures`). */
function chain(error: unknown, depth = 0): { name: string; message: string }[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const { name, message, inner, cause, failures } = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const own = { name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : '' };
  const nested = [inner, cause, ...(Array.isArray(failures) ? failures.slice(0, 3) : [])];
  return [own, ...nested.flatMap((next) => chain(next, depth + 1))];
}

export function storageFailureKind(error: unknown): StorageFailureKind {
  const errors = chain(error);
  // Chromium aborts the transaction when the quota is hit: the abort's message or an inner error names the cause.
  if (errors.some((e) => e.name === 'QuotaExceededError' || /quota/i.test(e.message))) return 'quota';
  if (errors.some((e) => CLOSED_NAMES.has(e.name))) return 'closed';
  if (errors.some((e) => ABORTED_NAMES.has(e.name))) return 'aborted';
  return 'unknown';
}

/** The raw text for a bug report (never the message itself): each error in the chain as `Name: message`. */
export function failureDetails(error: unknown): string {
  const errors = chain(error);
  if (errors.length === 0) return String(error);
  return errors.map((e) => (e.message ? `${e.name || 'Error'}: ${e.message}` : e.name)).join(' ← ');
}
