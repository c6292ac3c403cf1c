// This device's sync id, made once on the device: review ids and last-write-wins writes carry it.
import { DEVICE_KEY, type RoadcardsDb } from '../schema.ts';

export { DEVICE_KEY, derivedReviewId } from '../schema.ts';

export function newDeviceId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/** The device id, made and stored on first use; call inside a transaction that includes syncState. */
export async function deviceIdOf(db: RoadcardsDb): Promise<string> {
  const row = await db.syncState.get(DEVICE_KEY);
  if (typeof row?.value === 'string') return row.value;
  const id = newDeviceId();
  await db.syncState.put({ key: DEVICE_KEY, value: id });
  return id;
}
