// When history sync runs by itself: at app start, when a study or drill session is left, when the network comes back.
import type { SyncStatus } from '../../storage/index.ts';
import type { AppData } from '../data/app-data.tsx';
import { HISTORY_RECEIVED_EVENT } from './received-event.ts';

/** The page-wide signal that a history sync finished, so Settings → Sync shows an automatic sync's outcome too. */
export const SYNCED_EVENT = 'roadcards-history-synced';

export function announceSynced(status?: SyncStatus): void {
  globalThis.dispatchEvent?.(new Event(SYNCED_EVENT));
  // Reviews, settings or weights arrived: what Home counts may have changed under it.
  if (status && status.received > 0) globalThis.dispatchEvent?.(new Event(HISTORY_RECEIVED_EVENT));
}

/** A card may be on screen: study and drill routes. Sync waits until the learner leaves them (never mid-card). */
export function isMidSession(path: string): boolean {
  return /^\/(study|drill)(\/|$)/.test(path);
}

/** Starts the triggers; returns a stop function (tests). Does nothing until a server is set in Settings. */
export function startAutoSync(data: AppData, intervalMs = 1500): () => void {
  let waiting = true;
  let wasInSession = isMidSession(location.pathname);
  const run = async () => {
    if (isMidSession(location.pathname) || !navigator.onLine) {
      waiting = true;
      return;
    }
    waiting = false;
    const roadcards = await data.ready;
    // Asked first: sync's own code (client, replay) is fetched only on a device that has a server set.
    if (!(await roadcards.syncConfigured())) return;
    announceSynced(await (await roadcards.historySync()).run(data.now()));
  };
  const onOnline = () => void run();
  addEventListener('online', onOnline);
  // preact-iso routes with pushState, which fires no event: a light poll notices a session left.
  const timer = setInterval(() => {
    const inSession = isMidSession(location.pathname);
    if ((wasInSession && !inSession) || (waiting && !inSession)) void run();
    wasInSession = inSession;
  }, intervalMs);
  void run();
  return () => {
    clearInterval(timer);
    removeEventListener('online', onOnline);
  };
}
