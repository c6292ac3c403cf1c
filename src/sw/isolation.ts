// Cross-origin isolation from the service worker: the two headers added to what it serves, for hosts that cannot send them.
/// <reference lib="webworker" />
import type { addPlugins } from 'workbox-precaching';

type WorkboxPlugin = Parameters<typeof addPlugins>[0][number];

/**
 * What makes a page `crossOriginIsolated` (SharedArrayBuffer, hence the optimizer's thread pool). Every document and
 * Worker script needs them; the app loads nothing from other origins but CouchDB sync's CORS fetches, which COEP allows.
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * The response with the isolation headers, rebuilt only when one is missing. Opaque responses (status 0, no readable
 * headers) and redirects pass through as they are: rebuilding a redirect in the worker would change how it is followed.
 */
export function withIsolationHeaders(response: Response): Response {
  if (response.status === 0 || response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) return response;
  const missing = Object.entries(ISOLATION_HEADERS).filter(([name]) => !response.headers.has(name));
  if (missing.length === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of missing) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** For Workbox's precache strategy: the shell, the in-app routes answered with index.html, and the precached Workers. */
export const isolationPlugin: WorkboxPlugin = {
  handlerWillRespond: async ({ response }) => withIsolationHeaders(response),
};
