// Settings row ↔ AppSettings, and the browser's persistent-storage answer.
import { normalizeSchedulerSettings } from '../core/scheduler/settings.ts';
import type { AppSettings } from './index.ts';
import type { RoadcardsDb, SettingsRow } from './schema.ts';

export function settingsFromRow(row: SettingsRow | undefined): AppSettings {
  const value = row?.value ?? {};
  return { ...normalizeSchedulerSettings(value), persisted: typeof value.persisted === 'boolean' ? value.persisted : null };
}

export async function readSettings(db: RoadcardsDb): Promise<AppSettings> {
  return settingsFromRow(await db.settings.get('app'));
}

/** Read-modify-write in one transaction, so two tabs saving different fields both keep theirs. */
export async function saveSettings(db: RoadcardsDb, patch: Partial<AppSettings>): Promise<AppSettings> {
  return db.transaction('rw', db.settings, async () => {
    const merged = settingsFromRow({ key: 'app', value: { ...(await readSettings(db)), ...patch } });
    await db.settings.put({ key: 'app', value: merged });
    return merged;
  });
}

type StorageManagerLike = { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };

function storageManager(): StorageManagerLike | undefined {
  return (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator?.storage;
}

export async function requestPersistence(db: RoadcardsDb): Promise<boolean> {
  const manager = storageManager();
  let persisted = false;
  try {
    persisted = manager?.persist ? await manager.persist() : false;
  } catch {
    persisted = false;
  }
  // Remembered only so the app asks once; with the storage full the answer still stands (Settings reads the browser's).
  await saveSettings(db, { persisted }).catch(() => undefined);
  return persisted;
}

export async function currentPersistence(): Promise<{ persisted: boolean | null }> {
  const manager = storageManager();
  if (!manager?.persisted) return { persisted: null };
  try {
    return { persisted: await manager.persisted() };
  } catch {
    return { persisted: null };
  }
}
