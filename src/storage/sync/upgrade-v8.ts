// Schema v8's upgrade: a device id, and a reviewId on every log entry that lacks one (derived, so it is stable).
import type { Transaction } from 'dexie';
import type { LogRow } from '../schema.ts';
import { DEVICE_KEY, derivedReviewId, newDeviceId } from './device.ts';

export async function fillReviewIds(tx: Transaction): Promise<void> {
  const deviceId = newDeviceId();
  await tx.table('syncState').put({ key: DEVICE_KEY, value: deviceId });
  await tx
    .table<LogRow, number>('logs')
    .filter((row) => row.reviewId === undefined)
    .modify((row) => {
      row.reviewId = derivedReviewId(deviceId, row.id!);
    });
}
