// The roadmap file the service worker kept from a share to the installed app: read once, then dropped from the cache.
import { SHARE_CACHE, SHARE_KEY, SHARE_NAME_HEADER } from '../../../core/share-target.ts';

export async function takeSharedFile(): Promise<{ name: string; bytes: Uint8Array } | null> {
  if (typeof caches === 'undefined') return null;
  const cache = await caches.open(SHARE_CACHE);
  const response = await cache.match(SHARE_KEY);
  if (!response) return null;
  await cache.delete(SHARE_KEY);
  const name = decodeURIComponent(response.headers.get(SHARE_NAME_HEADER) ?? 'shared-roadmap.md');
  return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
}
