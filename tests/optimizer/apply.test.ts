// Applying trained weights: saved in the settings, memory states recomputed from history, due dates untouched.
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeSchedulerSettings } from '../../src/core/scheduler/settings.ts';
import { previewIntervals, replayReviews } from '../../src/core/scheduler/index.ts';
import { SYNTHETIC_TRUE_WEIGHTS } from '../../src/core/optimizer/synthetic-learner.ts';
import { retrievabilityAt } from '../../src/core/scheduler/retrievability.ts';
import { applyParameters, readOptimizerLog } from '../../src/storage/optimizer-store.ts';
import { DAY, T0 } from '../fixtures/review/clock.ts';
import { closedAfterEach } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';

const setup = closedAfterEach(afterEach);

async function learner() {
  const opened = await setup();
  await opened.rc.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);
  const ids = ['road:a1', 'road:a2', 'road:b1'];
  for (const [day, grade] of [[0, 3], [1, 3], [4, 1], [5, 3]] as const) {
    for (const id of ids) await opened.rc.grade(id, grade, T0 + day * DAY + 3_600_000);
  }
  return { ...opened, ids };
}

describe('applyParameters', () => {
  it('keeps due dates, recomputes stability and difficulty from the history, and the previews change', async () => {
    const { rc, raw, ids } = await learner();
    const before = await raw.states.bulkGet(ids);
    const previewBefore = previewIntervals(before[0]!, T0 + 9 * DAY, await rc.getSettings());
    const { settings, recomputed } = await applyParameters(raw, SYNTHETIC_TRUE_WEIGHTS);
    expect(recomputed).toBe(3);
    expect(settings.parameters).toEqual(SYNTHETIC_TRUE_WEIGHTS);
    expect((await rc.getSettings()).parameters).toEqual(SYNTHETIC_TRUE_WEIGHTS);
    const after = await raw.states.bulkGet(ids);
    const logs = await raw.logs.where('cardId').equals(ids[0]!).toArray();
    const replayed = replayReviews(ids[0]!, 'road', logs, normalizeSchedulerSettings({ parameters: SYNTHETIC_TRUE_WEIGHTS }));
    after.forEach((row, i) => {
      expect(row!.due).toBe(before[i]!.due);
      expect(row!.phase).toBe(before[i]!.phase);
      expect(row!.reps).toBe(before[i]!.reps);
      expect(row!.stability).not.toBeCloseTo(before[i]!.stability, 3);
    });
    expect(after[0]!.stability).toBe(replayed.stability);
    expect(after[0]!.difficulty).toBe(replayed.difficulty);
    const previewAfter = previewIntervals(after[0]!, T0 + 9 * DAY, await rc.getSettings());
    expect(previewAfter[3].due).not.toBe(previewBefore[3].due);
  });

  it('resets to the defaults: the settings lose the weights and the states come back', async () => {
    const { rc, raw, ids } = await learner();
    const original = await raw.states.bulkGet(ids);
    await applyParameters(raw, SYNTHETIC_TRUE_WEIGHTS);
    await applyParameters(raw, null);
    expect((await rc.getSettings()).parameters).toBeUndefined();
    const reset = await raw.states.bulkGet(ids);
    reset.forEach((row, i) => expect(row!.stability).toBeCloseTo(original[i]!.stability, 8));
  });

  it('predicts recall with the applied weights in card info, stats and drills', async () => {
    const { rc, raw, ids } = await learner();
    await applyParameters(raw, SYNTHETIC_TRUE_WEIGHTS);
    const at = T0 + 20 * DAY;
    const state = (await raw.states.get(ids[0]!))!;
    const withWeights = retrievabilityAt(state, at, SYNTHETIC_TRUE_WEIGHTS);
    expect(withWeights).not.toBeCloseTo(retrievabilityAt(state, at), 3);
    expect((await rc.cardInfo(ids[0]!, at))!.retrievability).toBe(withWeights);
    const stats = await rc.stats('road', at);
    expect(stats!.cards!.weakest.find((card) => card.cardId === ids[0])!.retrievability).toBe(withWeights);
    expect((await rc.drillDeck('road', at))!.weights).toEqual(SYNTHETIC_TRUE_WEIGHTS);
  });

  it('reads the log for training without the state copies', async () => {
    const { raw } = await learner();
    const log = await readOptimizerLog(raw);
    expect(log).toHaveLength(12);
    expect(Object.keys(log[0]!.before)).toEqual(['phase']);
  });
});
