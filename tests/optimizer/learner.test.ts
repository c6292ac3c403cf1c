// Training on a generated learner: weights fitted to their reviews predict the reviews training did not see better.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS, normalizeSchedulerSettings } from '../../src/core/scheduler/settings.ts';
import { generateLearner, SYNTHETIC_TRUE_WEIGHTS } from '../../src/core/optimizer/synthetic-learner.ts';
import { optimizationReport, planOptimization, trainingSets } from '../../src/core/optimizer/plan.ts';
import { evaluate } from '../../src/core/optimizer/metrics.ts';
import { trainInNode } from '../../scripts/bench/fsrs-wasm-node.ts';

const START = Date.UTC(2026, 0, 1);
const utc = () => 0;

describe('optimizing a generated learner', () => {
  it('fits held-out reviews clearly better than the default weights', async () => {
    // New cards all along (as a learner adding a roadmap a day at a time): the held-out last fifth is not only
    // mature cards, which a few seeds showed the earlier part cannot teach well.
    const cards = Array.from({ length: 2000 }, (_, i) => ({ cardId: `card-${i}`, deckId: 'deck' }));
    const settings = normalizeSchedulerSettings({});
    const { logs } = generateLearner({
      cards, trueWeights: SYNTHETIC_TRUE_WEIGHTS, settings, seed: 1, start: START, days: 150, newPerDay: 12,
    });
    const plan = planOptimization(logs, DEFAULT_SCHEDULER_SETTINGS.dayStartHour, utc);
    expect(plan.missing).toBe(0);
    const sets = trainingSets(plan);
    const earlier = await trainInNode(sets.earlier);
    const all = await trainInNode(sets.all);
    const report = optimizationReport(plan, undefined, earlier, all, 0.9, 36500)!;
    console.log(
      `reviews ${logs.length}, items ${plan.itemCount}, held out ${plan.heldOutCount}:`,
      `log loss ${report.current.logLoss.toFixed(4)} → ${report.trained.logLoss.toFixed(4)},`,
      `RMSE(bins) ${report.current.rmseBins.toFixed(4)} → ${report.trained.rmseBins.toFixed(4)},`,
      `reviews/day ${report.reviewsPerDayCurrent.toFixed(1)} → ${report.reviewsPerDayTrained.toFixed(1)}`,
    );
    expect(report.trained.count).toBe(plan.heldOutCount);
    expect(report.trained.logLoss).toBeLessThan(report.current.logLoss - 0.01);
    expect(report.trained.rmseBins).toBeLessThan(report.current.rmseBins);
    // The truth itself is the floor: the trained weights come close to it.
    const truth = evaluate(plan.histories, SYNTHETIC_TRUE_WEIGHTS, plan.splitAt)!;
    expect(report.trained.logLoss - truth.logLoss).toBeLessThan((report.current.logLoss - truth.logLoss) / 2);
    // This learner remembers better than the defaults assume: keeping 90% takes fewer reviews.
    expect(report.reviewsPerDayTrained).toBeLessThan(report.reviewsPerDayCurrent);
  }, 120_000);
});
