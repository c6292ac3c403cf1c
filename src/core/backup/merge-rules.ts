// How a backup merges into what a device already has: later review wins per card, logs and drills are added once, nothing is removed.
import type { CardState } from '../review-contract.ts';
import type { BackupDrill, BackupLog, BackupState } from './format.ts';

/** The fields that tell two log entries apart, as a device holds them. */
export interface LogIdentity {
  id?: number;
  cardId: string;
  reviewedAt: number;
  grade: number;
  reviewId?: string;
}

/** Same card, same instant, same grade: the same review, whichever device logged it. */
export function logKey(entry: LogIdentity): string {
  return `${entry.cardId}\u0000${entry.reviewedAt}\u0000${entry.grade}`;
}

/** Whether `incoming` should replace `local`: only a strictly later review does, so importing twice changes nothing. */
export function incomingWins(local: CardState | undefined, incoming: BackupState): boolean {
  if (!local) return true;
  if (incoming.lastReview === null) return false;
  return local.lastReview === null || incoming.lastReview > local.lastReview;
}

/** The backup's states that replace (or fill in) this device's, in file order. */
export function winningStates(local: ReadonlyMap<string, CardState>, incoming: readonly BackupState[]): BackupState[] {
  return incoming.filter((state) => incomingWins(local.get(state.cardId), state));
}

export interface LogPlan {
  /** Entries this device does not have, in file order (a repeat inside the file is added once). */
  toAdd: BackupLog[];
  /** Exporting device's log id → this device's id, for entries it already had (drills re-link through it). */
  knownIds: Map<number, number>;
}

/** `local`: this device's entries that could match (same reviewIds or same cards), with their ids. */
export function planLogs(local: readonly LogIdentity[], incoming: readonly BackupLog[]): LogPlan {
  const byReviewId = new Map<string, number | undefined>();
  const byKey = new Map<string, number | undefined>();
  for (const entry of local) {
    if (entry.reviewId !== undefined) byReviewId.set(entry.reviewId, entry.id);
    byKey.set(logKey(entry), entry.id);
  }
  const toAdd: BackupLog[] = [];
  const knownIds = new Map<number, number>();
  for (const entry of incoming) {
    const key = logKey(entry);
    const match =
      entry.reviewId !== undefined && byReviewId.has(entry.reviewId)
        ? { id: byReviewId.get(entry.reviewId) }
        : byKey.has(key)
          ? { id: byKey.get(key) }
          : null;
    if (match) {
      if (entry.id !== undefined && match.id !== undefined) knownIds.set(entry.id, match.id);
      continue;
    }
    toAdd.push(entry);
    byKey.set(key, undefined);
    if (entry.reviewId !== undefined) byReviewId.set(entry.reviewId, undefined);
  }
  return { toAdd, knownIds };
}

/** Attempts whose attemptId this device lacks (a repeat inside the file added once). */
export function newDrills(localAttemptIds: ReadonlySet<string>, incoming: readonly BackupDrill[]): BackupDrill[] {
  const seen = new Set(localAttemptIds);
  return incoming.filter((drill) => (seen.has(drill.attemptId) ? false : (seen.add(drill.attemptId), true)));
}

/** Dates for nodes this device has none for: a date the learner set here is their latest word, so it stays. */
export function newInterviews(
  local: Readonly<Record<string, number>>,
  incoming: readonly { nodeId: string; date: number }[],
): { nodeId: string; date: number }[] {
  // Own keys only (a node may be named `__proto__`): a lookup through `in` or `[]` could reach the prototype.
  const taken = new Set(Object.keys(local));
  return incoming.filter((row) => (taken.has(row.nodeId) ? false : (taken.add(row.nodeId), true)));
}

/** `roadcards-backup-YYYY-MM-DD.json`, the date on the learner's own calendar (offset: minutes east of UTC). */
export function backupFileName(now: number, utcOffsetMinutes: number): string {
  const local = new Date(now + utcOffsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `roadcards-backup-${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}.json`;
}
