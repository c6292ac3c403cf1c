// The optimizer in a Worker: reads the review log, trains FSRS with fsrs-browser's wasm, scores it; applies weights.
import init, { Fsrs, initThreadPool } from 'fsrs-browser';
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

/** More helpers than this gain little on a phone's few big cores and each holds its own copy of the glue and stack. */
const MAX_THREADS = 4;
/** A helper that never reports ready (its script missing offline) would hang the pool's start for good. */
const POOL_START_TIMEOUT_MS = 10_000;

/**
 * Threads to train on. fsrs-browser's thread pool (wasm-bindgen-rayon) shares the wasm memory with helper Workers,
 * which needs SharedArrayBuffer, hence a cross-origin-isolated page (COOP/COEP from the host or the service worker).
 * Elsewhere, and on a single core, training runs on this Worker alone.
 */
function poolSize(): number {
  if (!globalThis.crossOriginIsolated || typeof initThreadPool !== 'function') return 1;
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.min(MAX_THREADS, cores);
}

class PoolDidNotStart extends Error {
  constructor() {
    super('the optimizer\'s helper threads did not start');
  }
}

let ready: Promise<number> | null = null;

/**
 * Loads the wasm and, unless told not to or unable to, starts the thread pool once per Worker: resolves to the number
 * of threads. A pool that does not start in time rejects with PoolDidNotStart: its start cannot be undone in this
 * Worker (a late helper would install the pool mid-training), so the page asks a fresh Worker for one thread.
 */
function load(oneThread = false): Promise<number> {
  return (ready ??= (async () => {
    await init({ module_or_path: wasmUrl });
    const threads = oneThread ? 1 : poolSize();
    if (threads < 2) return 1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PoolDidNotStart()), POOL_START_TIMEOUT_MS);
    });
    try {
      await Promise.race([initThreadPool(threads), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return threads;
  })());
}

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

async function optimize(db: RoadcardsDb, oneThread: boolean): Promise<void> {
  post({ type: 'stage', stage: 'reading' });
  const [settings, log] = await Promise.all([readSettings(db), readOptimizerLog(db)]);
  const plan = planOptimization(log, settings.dayStartHour, localOffsetAt);
  if (plan.missing > 0) return post({ type: 'too-few', itemCount: plan.itemCount, missing: plan.missing, minimum: MIN_TRAINING_ITEMS });
  post({ type: 'stage', stage: 'loading' });
  const threads = await load(oneThread);
  const sets = trainingSets(plan);
  post({ type: 'stage', stage: 'training-earlier' });
  const earlier = train(sets.earlier, 'training-earlier');
  post({ type: 'stage', stage: 'training-all' });
  const all = train(sets.all, 'training-all');
  post({ type: 'stage', stage: 'evaluating' });
  const report = optimizationReport(plan, settings.parameters, earlier, all, settings.desiredRetention, settings.maximumIntervalDays);
  if (!report) return post({ type: 'failed', message: 'no held-out reviews to evaluate on' });
  post({ type: 'done', report, itemCount: plan.itemCount, heldOutCount: plan.heldOutCount, desiredRetention: settings.desiredRetention, threads });
}

globalThis.addEventListener('message', (event: MessageEvent<OptimizerRequest>) => {
  void (async () => {
    const request = event.data;
    if (request.type === 'warm') {
      // The Worker's own code is fetched by now; the wasm only by this request (cache-first in the service worker), and
      // the pool's helper Worker and the glue it imports only by starting the pool, which takes compiling the wasm:
      // done only where a pool can run, elsewhere fetching the wasm is enough.
      const warm = poolSize() > 1 ? load() : fetch(wasmUrl).then((response) => response.arrayBuffer());
      await warm.then(
        () => post({ type: 'warmed' }),
        (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
      return;
    }
    const db = new RoadcardsDb(request.dbName);
    try {
      await db.open();
      if (request.type === 'optimize') await optimize(db, request.oneThread === true);
      else if (request.type === 'csv') {
        const [settings, log] = await Promise.all([readSettings(db), readOptimizerLog(db)]);
        const fileName = revlogCsvFileName(request.now, localOffsetAt(request.now), settings.dayStartHour);
        post({ type: 'csv', text: revlogCsv(log), fileName });
      } else {
        const { recomputed } = await applyParameters(db, request.parameters, (done, total) => post({ type: 'applying', done, total }));
        post({ type: 'applied', recomputed });
      }
    } catch (error) {
      if (error instanceof PoolDidNotStart) return post({ type: 'no-pool' });
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      db.close();
    }
  })();
});
