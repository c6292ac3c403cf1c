// Compiles a roadmap for the Roadmaps screen: in a Worker in the browser (loaded only now), on the page in tests (jsdom has none).
import type { CompileAnswer, CompileRequest } from './compile-worker.ts';

export type { CompileAnswer };

/** Compiles `bytes` as the roadmap file `file`; resolves with the same deck `npm run decks` writes for that file. */
export async function compileInWorker(bytes: Uint8Array, file: string): Promise<CompileAnswer> {
  // Only the component tests (jsdom) lack Workers: the build drops this branch, so no second copy of the compiler ships.
  if (import.meta.env.MODE === 'test' && typeof Worker === 'undefined') {
    const { compileRoadmapFile } = await import('../../../core/deck/compile-file.ts');
    const started = performance.now();
    const result = compileRoadmapFile(bytes, file);
    return { result, compileMs: performance.now() - started };
  }
  const worker = new Worker(new URL('./compile-worker.ts', import.meta.url), { type: 'module', name: 'roadcards-compile' });
  try {
    return await new Promise<CompileAnswer>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<CompileAnswer>) => resolve(event.data));
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'the roadmap compiler failed to start')));
      worker.postMessage({ file, bytes } satisfies CompileRequest);
    });
  } finally {
    worker.terminate();
  }
}
