// Starts the optimizer Worker (its code and the wasm load only now) and hands its messages to the section.
import type { OptimizerMessage, OptimizerRequest } from '../../../../storage/optimizer-protocol.ts';

export interface OptimizerJob {
  /** Stops the Worker at once: training is one long call, so ending the thread is the only way to stop it. */
  cancel(): void;
}

/** Null where the browser has no module Workers: the section says the optimizer cannot run here. */
export function runOptimizer(request: OptimizerRequest, onMessage: (message: OptimizerMessage) => void): OptimizerJob | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('../../../../storage/optimizer-worker.ts', import.meta.url), { type: 'module', name: 'roadcards-optimizer' });
  let finished = false;
  let retry: OptimizerJob | null = null;
  const finish = () => {
    finished = true;
    worker.terminate();
    retry?.cancel();
  };
  worker.addEventListener('message', (event: MessageEvent<OptimizerMessage>) => {
    const message = event.data;
    if (finished) return;
    if (message.type !== 'stage' && message.type !== 'applying') finish();
    // The thread pool did not start (its helper's file missing offline): the same training, on one thread.
    if (message.type === 'no-pool' && request.type === 'optimize') retry = runOptimizer({ ...request, oneThread: true }, onMessage);
    else onMessage(message);
  });
  worker.addEventListener('error', (event) => {
    if (finished) return;
    finish();
    onMessage({ type: 'failed', message: event.message || 'the optimizer could not start (its files may be missing offline)' });
  });
  worker.postMessage(request);
  return { cancel: finish };
}

/**
 * On a Settings visit with the network up and a service worker in charge: fetch the optimizer's files in the
 * background, so the optimizer works offline later even if it was never run online. Files already cached cost nothing.
 */
export function warmOptimizer(): OptimizerJob | null {
  if (typeof navigator === 'undefined' || !navigator.onLine || !navigator.serviceWorker?.controller) return null;
  return runOptimizer({ type: 'warm' }, () => undefined);
}
