// The new-version handshake: workbox-window registers the service worker; an update waits until the learner accepts it and no card is on screen.
import { Workbox } from 'workbox-window';

export interface UpdateSnapshot {
  /** A new service worker is installed and waiting. */
  available: boolean;
  /** The learner accepted it while a card was on screen: it applies at the next card boundary. */
  requested: boolean;
  /** The first service worker has just installed: the app now opens with the network off. */
  offlineReady: boolean;
}

type Listener = (snapshot: UpdateSnapshot) => void;

let snapshot: UpdateSnapshot = { available: false, requested: false, offlineReady: false };
let cardOnScreen = false;
/** Another tab applied the update: this page reloads at its next safe moment too (its lazy chunks are gone). */
let reloadWhenSafe = false;
let activate: (() => void) | null = null;
const listeners = new Set<Listener>();

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

/** The study screen says whether a card is showing, so an accepted update never swaps code under it. */
export function setCardOnScreen(showing: boolean): void {
  cardOnScreen = showing;
  if (!showing) applyIfSafe();
}

/** True when the study screen should stop at this card boundary and let the update go ahead. */
export function updatePendingAtBoundary(): boolean {
  return (snapshot.requested && activate !== null) || reloadWhenSafe;
}

/** The learner pressed "update": now if nothing is on screen, else when the current card is done. */
export function acceptUpdate(): void {
  publish({ ...snapshot, requested: true });
  applyIfSafe();
}

/** Called at a card boundary (after the grade's write settled) or when the study screen closes. */
export function applyIfSafe(): void {
  if (cardOnScreen) return;
  if (reloadWhenSafe) {
    window.location.reload();
    return;
  }
  if (snapshot.requested && activate) activate();
}

/** Tests and the dev server have no service worker; the built app registers /sw.js once at start-up. */
export function registerServiceWorker(url = '/sw.js'): void {
  if (!('serviceWorker' in navigator)) return;
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
  workbox.addEventListener('controlling', (event) => {
    // The first install has no controlling event (no clientsClaim); this is always a version change.
    if (acceptedHere || !cardOnScreen) window.location.reload();
    else if (event.isExternal) reloadWhenSafe = true;
  });
  void workbox.register();
}

/** For component tests: simulate a waiting worker without a browser. */
export function simulateWaitingUpdate(onActivate: () => void): void {
  activate = onActivate;
  publish({ ...snapshot, available: true, requested: false });
}

/** The learner has seen the "ready offline" note. */
export function dismissOfflineReady(): void {
  publish({ ...snapshot, offlineReady: false });
}

/** For component tests: back to no update. */
export function resetUpdateState(): void {
  activate = null;
  cardOnScreen = false;
  reloadWhenSafe = false;
  publish({ available: false, requested: false, offlineReady: false });
}
