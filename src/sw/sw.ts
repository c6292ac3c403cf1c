// The service worker: precaches the app shell, keeps the last deck files fetched, serves deep links offline, and waits for the learner before taking over.
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { registerShareTarget } from './share-target.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

/** The page posts this when the learner accepts an update (between cards); see src/ui/update/. */
const SKIP_WAITING = 'SKIP_WAITING';

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
      return response;
    } catch (error) {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw error;
    }
  },
);

// No skipWaiting on install and no clientsClaim: a new version must not swap code under a card in progress.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === SKIP_WAITING) void self.skipWaiting();
});
