// The kill scenario's oracle (tests/reliability/kill-replay.ts) agrees with what grading stores and catches what a
// lost or doubled write would leave.
import { afterEach, describe, expect, it } from 'vitest';
import { replayMismatches, type DatabaseDump } from '../reliability/kill-replay.ts';
import { T0 } from '../fixtures/review/clock.ts';
import { openTest } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';

let toClose: { close(): void }[] = [];
afterEach(() => {
  for (const item of toClose) item.close();
  toClose = [];
});

async function gradedDump(): Promise<DatabaseDump> {
  const { rc, raw } = await openTest();
  toClose.push(rc, raw);
  await rc.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);
  await rc.grade('road:a1', 3, T0);
  await rc.grade('road:a1', 1, T0 + 600_000);
  await rc.grade('road:b1', 4, T0 + 1_000);
  const settings = await raw.settings.get('app');
  return { states: await raw.states.toArray(), logs: (await raw.logs.toArray()) as DatabaseDump['logs'], settings: settings?.value ?? null };
}

describe('replay oracle', () => {
  it('finds nothing wrong with what grading stored', async () => {
    expect(replayMismatches(await gradedDump())).toEqual([]);
  });

  it('reports a state whose last review was lost, and a review with no state change', async () => {
    const dump = await gradedDump();
    const lostLog = { ...dump, logs: dump.logs.filter((log) => !(log.cardId === 'road:a1' && log.grade === 1)) };
    expect(replayMismatches(lostLog)).toEqual(['road:a1: stored state differs from the replay of its 1 reviews']);
    const b1Log = dump.logs.find((log) => log.cardId === 'road:b1')!;
    const lostState = { ...dump, states: dump.states.map((s) => (s.cardId === 'road:b1' ? b1Log.before : s)) };
    expect(replayMismatches(lostState)).toEqual(['road:b1: stored state differs from the replay of its 1 reviews']);
  });
});
