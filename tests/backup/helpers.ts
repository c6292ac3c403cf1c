// Backup test helpers: a database with real progress in it (reviews, a counted drill, an interview date, settings) and a raw snapshot of every table.
import type { Roadcards } from '../../src/storage/index.ts';
import type { RoadcardsDb } from '../../src/storage/schema.ts';
import { DAY, HOUR, T0 } from '../fixtures/review/clock.ts';
import { openTest } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';

export const DECK = twoStageDeck('road', 2);
export const serve = () => deckServer([DECK]).fetchJson;

const opened: { rc: Roadcards; raw: RoadcardsDb }[] = [];

/** A fresh database with the roadmap synced; closed by closeAll. */
export async function freshDevice(): Promise<{ rc: Roadcards; raw: RoadcardsDb }> {
  const device = await openTest();
  opened.push(device);
  await device.rc.syncDecks(serve(), T0);
  return device;
}

export function closeAll(): void {
  for (const { rc, raw } of opened.splice(0)) {
    rc.close();
    raw.close();
  }
}

/** Three days of study: reviews on four cards, a drill counted as reviews, an interview date, changed settings. */
export async function studiedDevice(): Promise<{ rc: Roadcards; raw: RoadcardsDb }> {
  const device = await freshDevice();
  const { rc } = device;
  await rc.grade('road:a1', 3, T0, { reviewId: 'r-1' });
  await rc.grade('road:a2', 1, T0 + HOUR, { durationMs: 4200 });
  await rc.grade('road:a1', 4, T0 + 3 * DAY);
  await rc.grade('road:b1', 2, T0 + 3 * DAY);
  const drilled = await rc.drillDeck('road', T0 + 4 * DAY);
  const card = drilled!.cards.find((c) => c.id === 'road:c1')!;
  await rc.recordDrill([{ card, type: 'choice', outcome: 'correct', durationMs: 900 }], { countAsReviews: true, now: T0 + 4 * DAY, drillId: 'd-1', nodeId: 'road' });
  await rc.recordDrill([{ card, type: 'typed', outcome: 'wrong' }], { countAsReviews: false, now: T0 + 4 * DAY, drillId: 'd-2' });
  await rc.setInterviewDate('road/stage1', T0 + 30 * DAY);
  await rc.saveSettings({ newPerDay: 7, desiredRetention: 0.85 });
  return device;
}

/** Every table as stored, in key order: what "the database is exactly as before" compares. */
export async function snapshot(raw: RoadcardsDb) {
  const [decks, cards, states, logs, settings, interviews, drills, activitySlots] = await Promise.all([
    raw.decks.toArray(),
    raw.cards.toArray(),
    raw.states.toArray(),
    raw.logs.toArray(),
    raw.settings.toArray(),
    raw.interviews.toArray(),
    raw.drills.toArray(),
    raw.activitySlots.toArray(),
  ]);
  return { decks, cards, states, logs, settings, interviews, drills, activitySlots };
}

/** Log entries without the local auto-increment id, which another device numbers its own way. */
export function logsWithoutIds(logs: { id?: number }[]) {
  return logs.map(({ id: _id, ...rest }) => rest);
}
