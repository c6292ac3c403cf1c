// The backup format's public face: the file schema, reading a file whole, and the merge rules storage applies.
export { BACKUP_FORMAT, BACKUP_VERSION, backupFileSchema, type BackupDrill, type BackupFile, type BackupLog, type BackupState, type BackupTable } from './format.ts';
export { readBackup, type BackupProblem, type BackupReadResult } from './read.ts';
export { backupFileName, incomingWins, logKey, newDrills, newInterviews, planLogs, winningStates, type LogIdentity, type LogPlan } from './merge-rules.ts';
