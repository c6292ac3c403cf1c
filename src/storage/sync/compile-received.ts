// Received roadmaps compile in a Worker where the browser has them (a 60 KB roadmap takes ~0.4 s, more on a phone), else here.
import type { FileCompileResult } from '../../core/deck/compile-file.ts';
import type { CompileAnswer, CompileRequest } from '../../ui/screens/roadmaps/compile-worker.ts';

/**
 * The Roadmaps screen's compile Worker, the one the app already ships (one asset, the CLI's compiler): Home stays
 * responsive while a roadmap from another device compiles. Without Workers (Node, jsdom) the compiler runs inline.
 */
export async function compileReceivedRoadmap(bytes: Uint8Array, file: string): Promise<FileCompileResult> {
  if (typeof Worker === 'undefined') return (await import('../../core/deck/compile-file.ts')).compileRoadmapFile(bytes, file);
  const worker = new Worker(new URL('../../ui/screens/roadmaps/compile-worker.ts', import.meta.url), { type: 'module', name: 'roadcards-compile' });
  try {
    return await new Promise<FileCompileResult>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<CompileAnswer>) => resolve(event.data.result));
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'the roadmap compiler failed to start')));
      worker.postMessage({ file, bytes } satisfies CompileRequest);
    });
  } finally {
    worker.terminate();
  }
}
