// Web Share Target: a roadmap file shared to the installed app arrives as a POST; kept in a cache, the Roadmaps screen compiles it.
/// <reference lib="webworker" />
import { registerRoute } from 'workbox-routing';
import { SHARE_ACTION, SHARE_CACHE, SHARE_FIELD, SHARE_KEY, SHARE_LANDING, SHARE_NAME_HEADER } from '../core/share-target.ts';

export function registerShareTarget(): void {
  registerRoute(
    ({ url }) => url.origin === self.location.origin && url.pathname === SHARE_ACTION,
    async ({ request }) => {
      const form = await request.formData();
      const shared = form.get(SHARE_FIELD);
      // Some share sheets send text instead of a file: treat it as a pasted roadmap.
      const file = shared instanceof File ? shared : new File([String(form.get('text') ?? '')], 'shared-roadmap.md');
      const cache = await caches.open(SHARE_CACHE);
      const headers = { 'content-type': 'application/octet-stream', [SHARE_NAME_HEADER]: encodeURIComponent(file.name || 'shared-roadmap.md') };
      await cache.put(SHARE_KEY, new Response(file, { headers }));
      return Response.redirect(SHARE_LANDING, 303);
    },
    'POST',
  );
}
