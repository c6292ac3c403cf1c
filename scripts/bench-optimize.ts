// Benchmark (not a test): fsrs-browser's optimizer on generated learners of 10,000 and 100,000 reviews — time, peak memory, held-out fit.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { normalizeSchedulerSettings } from '../src/core/scheduler/settings.ts';
import { generateLearner, SYNTHETIC_TRUE_WEIGHTS } from '../src/core/optimizer/synthetic-learner.ts';
import { optimizationReport, planOptimization, trainingSets } from '../src/core/optimizer/plan.ts';
import { loadFsrsWasm, trainInNode } from './bench/fsrs-wasm-node.ts';

const SIZES = [10_000, 100_000];
const START = Date.UTC(2025, 0, 1);

/** One size in this process: what it prints is one JSON line for the parent. */
async function measure(reviews: number): Promise<void> {
  // New cards every day for the whole span, as many as keep the log at `reviews` over about a year.
  const newPerDay = Math.max(10, Math.round(reviews / 600));
  const cards = Array.from({ length: newPerDay * 400 }, (_, i) => ({ cardId: `card-${i}`, deckId: 'deck' }));
  const settings = normalizeSchedulerSettings({ reviewsPerDay: 99_999 });
  let started = performance.now();
  const { logs } = generateLearner({ cards, trueWeights: SYNTHETIC_TRUE_WEIGHTS, settings, seed: 3, start: START, days: 400, newPerDay, maxReviews: reviews });
  const generateMs = performance.now() - started;
  const plan = planOptimization(logs, settings.dayStartHour, () => 0);
  const sets = trainingSets(plan);
  started = performance.now();
  await loadFsrsWasm();
  const loadMs = performance.now() - started;
  started = performance.now();
  const earlier = await trainInNode(sets.earlier);
  const trainEarlierMs = performance.now() - started;
  started = performance.now();
  const all = await trainInNode(sets.all);
  const trainAllMs = performance.now() - started;
  started = performance.now();
  const report = optimizationReport(plan, undefined, earlier, all, settings.desiredRetention, settings.maximumIntervalDays)!;
  const evaluateMs = performance.now() - started;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ reviews: logs.length, items: plan.itemCount, heldOut: plan.heldOutCount, generateMs, loadMs, trainEarlierMs, trainAllMs, evaluateMs, peakRssMb, report }));
}

function row(label: string, value: string): string {
  return `  ${label.padEnd(40)} ${value}`;
}

function main(): void {
  const self = fileURLToPath(import.meta.url);
  console.log('bench:optimize — fsrs-browser 5.2.0 wasm in Node, one thread (as in the app without cross-origin isolation)');
  console.log('Generated learner: true weights SYNTHETIC_TRUE_WEIGHTS, scheduled by the app with default weights; shared 2-core machine, timings noisy.');
  console.log('The earlier-80% training runs first in each process, partly before V8 has optimized the wasm: as on a first run in the app.\n');
  for (const size of SIZES) {
    // A child process per size, so its peak memory is its own.
    const run = spawnSync(process.execPath, [...process.execArgv, self, '--size', String(size)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`size ${size} failed:\n${run.stderr}`);
    const line = run.stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop()!;
    const r = JSON.parse(line);
    const { current, trained } = r.report;
    console.log(`${r.reviews.toLocaleString('en')} reviews (${r.items.toLocaleString('en')} training items, last ${r.heldOut.toLocaleString('en')} held out)`);
    console.log(row('load + compile the wasm', `${(r.loadMs / 1000).toFixed(2)} s`));
    console.log(row('train on all items', `${(r.trainAllMs / 1000).toFixed(1)} s`));
    console.log(row('train on the earlier 80%', `${(r.trainEarlierMs / 1000).toFixed(1)} s`));
    console.log(row('evaluate + reviews/day (JS)', `${(r.evaluateMs / 1000).toFixed(2)} s`));
    console.log(row('peak memory (RSS, whole process)', `${r.peakRssMb.toFixed(0)} MB`));
    console.log(row('held-out log loss default → trained', `${current.logLoss.toFixed(4)} → ${trained.logLoss.toFixed(4)}`));
    console.log(row('held-out RMSE(bins) default → trained', `${current.rmseBins.toFixed(4)} → ${trained.rmseBins.toFixed(4)}`));
    console.log(row('reviews/day at 90% default → trained', `${r.report.reviewsPerDayCurrent.toFixed(1)} → ${r.report.reviewsPerDayTrained.toFixed(1)}`));
    console.log('');
  }
}

const sizeArg = process.argv.indexOf('--size');
if (sizeArg >= 0) await measure(Number(process.argv[sizeArg + 1]));
else main();
