// fsrs-browser's optimizer run in Node (tests and bench:optimize): the same wasm the app's Worker loads.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PackedItems } from '../../src/core/optimizer/items.ts';

type FsrsBrowser = typeof import('fsrs-browser');
let loaded: FsrsBrowser | null = null;

/**
 * Its thread-pool helper listens on `self` when imported (it expects a Worker); Node has none, so an inert one
 * stands in. Threads are never started here: training runs on this thread, as in a page without isolation.
 */
export async function loadFsrsWasm(): Promise<FsrsBrowser> {
  if (loaded) return loaded;
  const scope = globalThis as { self?: unknown };
  scope.self ??= new EventTarget();
  const module = (await import('fsrs-browser')) as FsrsBrowser;
  const wasmPath = createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm');
  module.initSync({ module: readFileSync(wasmPath) });
  loaded = module;
  return module;
}

/** FSRS-6 weights trained on the items, on this thread. */
export async function trainInNode(items: PackedItems): Promise<number[]> {
  const { Fsrs } = await loadFsrsWasm();
  // fsrs-rs logs every epoch with console.info; kept out of test and bench output.
  const info = console.info;
  console.info = () => {};
  try {
    // computeParameters takes the Fsrs object over (Rust's `mut self`): it is freed there, not here.
    const weights = new Fsrs().computeParameters(items.ratings, items.deltaTs, items.lengths, undefined, true);
    return Array.from(weights);
  } finally {
    console.info = info;
  }
}
