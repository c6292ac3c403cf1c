// A backup written before a roadmap edit moved some cards: its rows for the old ids go to the cards they are now.
import type { BackupFile, BackupState } from './format.ts';

/** Every card id the file's rows name. */
export function backupCardIds(backup: BackupFile): string[] {
  return [
    ...backup.states.map((row) => row.cardId),
    ...backup.logs.map((row) => row.cardId),
    ...backup.drills.map((row) => row.cardId),
    ...(backup.marks ?? []).map((row) => row.cardId),
  ];
}

/**
 * The file with `moved` (old id → current id) applied to states, logs, drills and marks. A file that already has the
 * new card's state keeps that one and leaves out the old card's (the copy the move started from); marks of the old
 * card yield to marks of the new one the same way.
 */
export function relinkMoved(backup: BackupFile, moved: ReadonlyMap<string, string>): BackupFile {
  if (moved.size === 0) return backup;
  const to = (cardId: string) => moved.get(cardId) ?? cardId;
  const relinkState = (state: BackupState): BackupState => ({ ...state, cardId: to(state.cardId) });
  const hasState = new Set(backup.states.filter((row) => !moved.has(row.cardId)).map((row) => row.cardId));
  const hasMarks = new Set((backup.marks ?? []).filter((row) => !moved.has(row.cardId)).map((row) => row.cardId));
  const relinked: BackupFile = {
    ...backup,
    states: backup.states.filter((row) => !moved.has(row.cardId) || !hasState.has(to(row.cardId))).map(relinkState),
    logs: backup.logs.map((row) => ({ ...row, cardId: to(row.cardId), before: relinkState(row.before), after: relinkState(row.after) })),
    drills: backup.drills.map((row) => ({ ...row, cardId: to(row.cardId) })),
  };
  if (backup.marks) relinked.marks = backup.marks.filter((row) => !moved.has(row.cardId) || !hasMarks.has(to(row.cardId))).map((row) => ({ ...row, cardId: to(row.cardId) }));
  return relinked;
}
