// The optimizer in a Worker: reads the review log, trains FSRS with fsrs-browser's wasm, scores it; applies weights.
import init, { Fsrs } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { MIN_TRAINING_ITEMS, optimizationReport, planOptimization, trainingSets } from '../core/optimizer/plan.ts';
import type { PackedItems } from '../core/optimizer/items.ts';
import { revlogCsv, revlogCsvFileName } from '../core/optimizer/revlog-csv.ts';
import { TRAINING_EPOCHS, type OptimizerMessage, type OptimizerRequest, type OptimizerStage } from './optimizer-protocol.ts';
import { applyParameters, readOptimizerLog } from './optimizer-store.ts';
import { readSettings } from './settings-store.ts';
import { RoadcardsDb } from './schema.ts';

const post = (message: OptimizerMessage) => globalThis.postMessage(message);
const localOffsetAt = (at: number) => -new Date(at).getTimezoneOffset();

let ready: Promise<unknown> | null = null;

/**
 * One thread: fsrs-browser's thread pool needs SharedArrayBuffer, which needs the page cross-origin isolated
 * (COOP/COEP on every response); the app does not send those headers, so training runs on this Worker alone.
 */
function train(items: PackedItems, stage: OptimizerStage): number[] {
  // fsrs-rs announces each finished epoch with console.info ("epoch: 3 loss: …") from inside the one long call;
  // a postMessage from there reaches the page at once (its thread is free), so the bar moves epoch by epoch.
  const info = console.info;
  console.info = (message: unknown) => {
    const epoch = /^epoch: (\d+)/.exec(String(message));
    if (epoch) post({ type: 'stage', stage, epoch: Math.min(TRAINING_EPOCHS, Number(epoch[1])) });
  };
  try {
    // computeParameters takes the Fsrs object over (Rust's `mut self`) and frees it.
    return Array.from(new Fsrs().computeParameters(items.ratings, items.deltaTs, items.lengths, undefined, true));
  } finally {
    console.info = info;
  }
}

async function optimize(db: RoadcardsDb): Promise<void> {
  post({ type: 'stage', stage: 'reading' });
  const [settings, log] = await Promise.all([readSettings(db), readOptimizerLog(db)]);
  const plan = planOptimization(log, settings.dayStartHour, localOffsetAt);
  if (plan.missing > 0) return post({ type: 'too-few', itemCount: plan.itemCount, missing: plan.missing, minimum: MIN_TRAINING_ITEMS });
  post({ type: 'stage', stage: 'loading' });
  await (ready ??= init({ module_or_path: wasmUrl }));
  const sets = trainingSets(plan);
  post({ type: 'stage', stage: 'training-earlier' });
  const earlier = train(sets.earlier, 'training-earlier');
  post({ type: 'stage', stage: 'training-all' });
  const all = train(sets.all, 'training-all');
  post({ type: 'stage', stage: 'evaluating' });
  const report = optimizationReport(plan, settings.parameters, earlier, all, settings.desiredRetention, settings.maximumIntervalDays);
  if (!report) return post({ type: 'failed', message: 'no held-out reviews to evaluate on' });
  post({ type: 'done', report, itemCount: plan.itemCount, heldOutCount: plan.heldOutCount, desiredRetention: settings.desiredRetention });
}

globalThis.addEventListener('message', (event: MessageEvent<OptimizerRequest>) => {
  void (async () => {
    const request = event.data;
    if (request.type === 'warm') {
      // The Worker's own code is fetched by now; the wasm only by this request (cache-first in the service worker).
      await fetch(wasmUrl).then((response) => response.arrayBuffer()).then(
        () => post({ type: 'warmed' }),
        (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
      return;
    }
    const db = new RoadcardsDb(request.dbName);
    try {
      await db.open();
      if (request.type === 'optimize') await optimize(db);
      else if (request.type === 'csv') {
        const [settings, log] = await Promise.all([readSettings(db), readOptimizerLog(db)]);
        const fileName = revlogCsvFileName(request.now, localOffsetAt(request.now), settings.dayStartHour);
        post({ type: 'csv', text: revlogCsv(log), fileName });
      } else {
        const { recomputed } = await applyParameters(db, request.parameters, (done, total) => post({ type: 'applying', done, total }));
        post({ type: 'applied', recomputed });
      }
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      db.close();
    }
  })();
});
