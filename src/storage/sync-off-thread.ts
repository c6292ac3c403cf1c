// Starts the deck sync in a Worker where the browser has them; the page learns the index early and the report at the end.
import type { SyncReport } from './index.ts';
import type { SyncMessage, SyncRequest } from './sync-worker.ts';

/** Null where Workers are missing (tests in jsdom or Node): the caller syncs on the page instead. */
export function syncDecksOffThread(request: SyncRequest, onIndex: (value: unknown) => void): Promise<SyncReport> | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./sync-worker.ts', import.meta.url), { type: 'module', name: 'roadcards-sync' });
  return new Promise<SyncReport>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<SyncMessage>) => {
      const message = event.data;
      if (message.type === 'index') return onIndex(message.value);
      worker.terminate();
      if (message.type === 'done') resolve(message.report);
      else reject(new Error(message.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the deck sync worker failed to start'));
    });
    worker.postMessage(request);
  });
}
