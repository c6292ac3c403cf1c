// Interview dates and settings saved together with their sync record (last write wins), in one transaction.
// The writes themselves come from the caller (roadcards.ts), so this lazily loaded module shares no code with the shell.
import type { AppSettings } from '../index.ts';
import type { RoadcardsDb } from '../schema.ts';
import { recordWrite, syncTables } from './outbox.ts';

/** `write` (setInterviewDate), and the write recorded for other devices: a clear (null) travels and wins like a date. */
export async function setInterviewDateRecorded(db: RoadcardsDb, nodeId: string, date: number | null, write: () => Promise<void>): Promise<void> {
  await db.transaction('rw', [db.interviews, ...syncTables(db)], async () => {
    await write();
    await recordWrite(db, { type: 'interview', nodeId, date, writtenAt: Date.now() });
  });
}

/** `save` (saveSettings), and when the scheduler's part changed, the write recorded for other devices. */
export async function saveSettingsRecorded(db: RoadcardsDb, read: () => Promise<AppSettings>, save: () => Promise<AppSettings>): Promise<AppSettings> {
  return db.transaction('rw', [db.settings, ...syncTables(db)], async () => {
    // Both come back normalized (settingsFromRow); everything but `persisted` (this browser's own) is the scheduler's.
    const { persisted: _before, ...before } = await read();
    const saved = await save();
    const { persisted: _after, ...after } = saved;
    if (JSON.stringify(after) !== JSON.stringify(before)) await recordWrite(db, { type: 'settings', value: { ...after }, writtenAt: Date.now() });
    return saved;
  });
}
