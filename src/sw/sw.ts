// The service worker: precaches the app shell and every compiled deck, serves deep links offline, and waits for the learner before taking over.
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

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

// No skipWaiting on install and no clientsClaim: a new version must not swap code under a card in progress.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === SKIP_WAITING) void self.skipWaiting();
});
