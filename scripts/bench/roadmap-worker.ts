// The app's roadmap compiler Worker, as built (dist/assets/compile-worker-*.js), run in a real page: decks out, with timings.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Deck } from '../../src/core/deck/schema.ts';
import type { Problem } from '../../src/core/deck/problems.ts';

export interface WorkerCompile {
  file: string;
  deck: Deck | null;
  problems: Problem[];
  /** The compiler's own time inside the Worker. */
  compileMs: number;
  /** From posting the bytes to the answer on the page: Worker start-up (module load) and transfer included. */
  roundTripMs: number;
}

/** The built Worker's path on the site (`/assets/compile-worker-<hash>.js`). */
export function builtWorkerPath(dist = 'dist'): string {
  const name = readdirSync(join(dist, 'assets')).find((file) => /^compile-worker-.*\.js$/.test(file));
  if (!name) throw new Error(`no compile-worker chunk in ${dist}/assets: run npm run build`);
  return `/assets/${name}`;
}

/** Compiles each file in a fresh Worker of the built module, one after another, on `page` (already on the site). */
export async function compileInBuiltWorker(page: Page, workerPath: string, files: { name: string; bytes: Uint8Array }[]): Promise<WorkerCompile[]> {
  const results: WorkerCompile[] = [];
  for (const { name, bytes } of files) {
    results.push(
      await page.evaluate(
        ({ path, file, data }) =>
          new Promise<WorkerCompile>((resolve, reject) => {
            const started = performance.now();
            const worker = new Worker(path, { type: 'module' });
            worker.onmessage = (event: MessageEvent<{ result: { deck: Deck | null; problems: Problem[] }; compileMs: number }>) => {
              worker.terminate();
              const { result, compileMs } = event.data;
              resolve({ file, deck: result.deck, problems: result.problems, compileMs, roundTripMs: performance.now() - started });
            };
            worker.onerror = (event) => reject(new Error(event.message));
            worker.postMessage({ file, bytes: new Uint8Array(data) });
          }),
        { path: workerPath, file: name, data: [...bytes] },
      ),
    );
  }
  return results;
}
