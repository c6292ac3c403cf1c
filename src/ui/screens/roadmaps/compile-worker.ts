// The deck compiler in a Worker: a roadmap added in the app compiles off the main thread, with the CLI's own function.
import { compileRoadmapFile, type FileCompileResult } from '../../../core/deck/compile-file.ts';

/** What the page sends: the file's bytes as picked, dropped or pasted (UTF-8), and its name (the deck id comes from it). */
export interface CompileRequest {
  file: string;
  bytes: Uint8Array;
}

/** The compile result and how long the compiler itself took in the Worker (ms). */
export interface CompileAnswer {
  result: FileCompileResult;
  compileMs: number;
}

globalThis.addEventListener('message', (event: MessageEvent<CompileRequest>) => {
  const started = performance.now();
  const result = compileRoadmapFile(event.data.bytes, event.data.file);
  const answer: CompileAnswer = { result, compileMs: performance.now() - started };
  globalThis.postMessage(answer);
});
