// Old databases' logs as seeded: v8 gives entries without a reviewId one derived from the device id and the entry id.
import type { RoadcardsDb } from '../../src/storage/schema.ts';

/** The log rows with exactly those derived ids taken off (any other reviewId stays, so a changed one still shows). */
export async function logsAsSeeded(raw: RoadcardsDb): Promise<Record<string, unknown>[]> {
  const deviceId = (await raw.syncState.get('device'))?.value;
  return (await raw.logs.toArray()).map((row) => {
    if (row.reviewId !== `${deviceId}:${row.id}`) return row as unknown as Record<string, unknown>;
    const { reviewId: _derived, ...rest } = row;
    return rest as unknown as Record<string, unknown>;
  });
}
