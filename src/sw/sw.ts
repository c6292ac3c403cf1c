// The service worker: precaches the app shell, keeps the last deck files fetched, serves deep links offline, and waits for the learner before taking over.
/// <reference lib="webworker" />
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isolationPlugin, withIsolationHeaders } from './isolation.ts';
import { registerShareTarget } from './share-target.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

/** The page posts this when the learner accepts an update (between cards); see src/ui/update/. */
const SKIP_WAITING = 'SKIP_WAITING';

// Everything served from here carries COOP/COEP (src/sw/isolation.ts): the page stays cross-origin isolated offline
// and on hosts that cannot send headers, so the optimizer can train on several threads.
addPlugins([isolationPlugin]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every in-app route (/, /study/<node>, /settings, …) is the same single page: answer it from the precached
// shell, so a bookmarked "stage 3" opens with the network off. No extension-based denylist: node ids contain dots.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

// A roadmap file shared to the installed app (Android's share sheet): stored for the Roadmaps screen to compile.
registerShareTarget();

// Decks: network first (a new roadmap shows up at once), the last good copy when offline. Not precached: the
// first visit already downloads them, and their cards live in IndexedDB after the merge; offline the page needs
// little more than decks/index.json to see that nothing changed.
const DECK_CACHE = 'roadcards-decks';
registerRoute(
  ({ url, request }) => request.method === 'GET' && url.origin === self.location.origin && url.pathname.startsWith('/decks/'),
  async ({ request }) => {
    const cache = await caches.open(DECK_CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return withIsolationHeaders(response);
    } catch (error) {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return withIsolationHeaders(cached);
      throw error;
    }
  },
);

// The optimizer's files (Worker, fsrs-browser glue, wasm): cache first, kept once fetched, so Settings' optimizer
// works offline after its first use. Names are content-hashed: a file of a newer build replaces its older copy.
const OPTIMIZER_CACHE = 'roadcards-optimizer';
const OPTIMIZER_FILE = /^\/assets\/(optimizer-worker|workerHelpers|fsrs_browser|fsrs_browser_bg)-[\w-]+\.(js|wasm)$/;
registerRoute(
  ({ url, request }) => request.method === 'GET' && url.origin === self.location.origin && OPTIMIZER_FILE.test(url.pathname),
  async ({ request, url }) => {
    const cache = await caches.open(OPTIMIZER_CACHE);
    const cached = await cache.match(request);
    if (cached) return withIsolationHeaders(cached);
    const response = await fetch(request);
    if (response.ok) {
      const family = url.pathname.match(OPTIMIZER_FILE)![1]!;
      for (const old of await cache.keys()) {
        const name = new URL(old.url).pathname.match(OPTIMIZER_FILE);
        if (name && name[1] === family) await cache.delete(old);
      }
      await cache.put(request, response.clone());
    }
    return withIsolationHeaders(response);
  },
);

// No skipWaiting on install and no clientsClaim: a new version must not swap code under a card in progress.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === SKIP_WAITING) void self.skipWaiting();
});
