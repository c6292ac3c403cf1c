// The new-version handshake: workbox-window registers the service worker; an update waits until the learner accepts it and no card is on screen; a page left behind by a newer version reloads between cards.

/**
 * Why this page's code is out of date and must reload: a newer worker took control (another tab accepted the
 * update), another tab opened a newer database schema (ours is closed), or a lazy screen's chunk is gone.
 */
export type StaleReason = 'worker' | 'schema' | 'chunk';

export interface UpdateSnapshot {
  /** A new version is waiting, or already runs elsewhere (see `stale`). */
  available: boolean;
  /** The learner accepted it while a card was on screen: it applies at the next card boundary. */
  requested: boolean;
  /** The first service worker has just installed: the app now opens with the network off. */
  offlineReady: boolean;
  /** Set once this page is left behind by a newer version; it reloads at its next safe moment (or when asked). */
  stale: StaleReason | null;
}

type Listener = (snapshot: UpdateSnapshot) => void;

const INITIAL: UpdateSnapshot = { available: false, requested: false, offlineReady: false, stale: null };
let snapshot: UpdateSnapshot = INITIAL;
let cardOnScreen = false;
let activate: (() => void) | null = null;
let reloadPage: () => void = () => window.location.reload();
const listeners = new Set<Listener>();
/**
 * Writes a reload or worker swap must wait for (the study screen's grades in flight): unloading the page aborts an
 * IndexedDB transaction not yet committed, and the card left the screen the moment it was graded, before its write.
 */
const writeGates = new Set<() => Promise<unknown>>();
let reloading = false;
let swapping = false;

function publish(next: UpdateSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener(snapshot);
}

export function getUpdateSnapshot(): UpdateSnapshot {
  return snapshot;
}

export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The study screen registers its "every grade stored" promise; the returned function unregisters it. */
export function holdReloadFor(settled: () => Promise<unknown>): () => void {
  writeGates.add(settled);
  return () => writeGates.delete(settled);
}

function afterWrites(then: () => void): void {
  void Promise.allSettled([...writeGates].map((settled) => settled())).then(then);
}

function reloadAfterWrites(): void {
  if (reloading) return;
  reloading = true;
  afterWrites(() => reloadPage());
}

/** The study screen says whether a card is showing, so an accepted update never swaps code under it. */
export function setCardOnScreen(showing: boolean): void {
  cardOnScreen = showing;
  if (!showing) applyIfSafe();
}

/** Whether this page must reload by itself at the next moment no card is on screen. */
function reloadsWhenSafe(): boolean {
  // A missing chunk only stops one screen: the learner is offered the reload and chooses (no reload loops offline).
  return snapshot.stale === 'worker' || snapshot.stale === 'schema';
}

/** True when the study screen should stop at this card boundary and let the update go ahead. */
export function updatePendingAtBoundary(): boolean {
  return (snapshot.requested && (activate !== null || snapshot.stale !== null)) || reloadsWhenSafe();
}

/** The learner pressed "update": now if nothing is on screen, else when the current card is done. */
export function acceptUpdate(): void {
  publish({ ...snapshot, requested: true });
  applyIfSafe();
}

/** The learner asked for the reload (the stale banner's button, the missing-screen notice). */
export function reloadNow(): void {
  reloadAfterWrites();
}

/** Called at a card boundary (after the grade's write settled) or when the study screen closes. */
export function applyIfSafe(): void {
  if (cardOnScreen) return;
  if (reloadsWhenSafe() || (snapshot.requested && snapshot.stale)) {
    reloadAfterWrites();
    return;
  }
  const swap = snapshot.requested ? activate : null;
  if (swap && !swapping) {
    swapping = true; // ask the waiting worker once; its 'controlling' event then reloads
    afterWrites(swap);
  }
}

/**
 * This page is behind a newer version. Every cause leads to the same flow: the banner offers the reload, and for a
 * worker or schema change the page reloads by itself at the next card boundary (never mid-card), because its lazy
 * chunks are gone (worker) or its database connection is closed (schema; grades made meanwhile wait in storage's
 * pending queue and the reloaded app stores them).
 */
export function markStale(reason: StaleReason): void {
  // A worker or schema change outranks a missing chunk: it also reloads by itself.
  const stale = snapshot.stale && snapshot.stale !== 'chunk' ? snapshot.stale : reason;
  publish({ ...snapshot, available: true, stale });
  applyIfSafe();
}

/**
 * Tests and the dev server have no service worker; the built app registers /sw.js once at start-up. workbox-window
 * (~2 KB gzip) is fetched after the shell, not with it: nothing it does is needed before Home paints.
 */
export async function registerServiceWorker(url = '/sw.js'): Promise<void> {
  // Vite announces every failed dynamic import (lazy screens, the backup code): offer the reload for all of them.
  window.addEventListener('vite:preloadError', () => markStale('chunk'));
  if (!('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox(url);
  let acceptedHere = false;
  workbox.addEventListener('waiting', () => {
    activate = () => {
      acceptedHere = true;
      workbox.messageSkipWaiting();
    };
    publish({ ...snapshot, available: true });
  });
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) publish({ ...snapshot, offlineReady: true });
  });
  // The first install has no controlling event (no clientsClaim): this is always a newer version. `isExternal` is no
  // guide: workbox-window calls a worker found within 60 s of registering this page's own, so another tab's accepted
  // update arrives here with isExternal false, and this page must reload either way.
  workbox.addEventListener('controlling', () => {
    if (acceptedHere) reloadAfterWrites();
    else markStale('worker');
  });
  await workbox.register();
}

/** For component tests: simulate a waiting worker without a browser. */
export function simulateWaitingUpdate(onActivate: () => void): void {
  activate = onActivate;
  publish({ ...snapshot, available: true, requested: false });
}

/** For component tests: what "reload the page" does (jsdom cannot reload). */
export function setReloadForTests(reload: () => void): void {
  reloadPage = reload;
}

/** The learner has seen the "ready offline" note. */
export function dismissOfflineReady(): void {
  publish({ ...snapshot, offlineReady: false });
}

/** For component tests: back to no update. */
export function resetUpdateState(): void {
  activate = null;
  cardOnScreen = false;
  reloading = false;
  swapping = false;
  writeGates.clear();
  reloadPage = () => window.location.reload();
  publish(INITIAL);
}
