// The page-wide signal that a history sync finished, so Settings → Sync shows an automatic sync's outcome too.
export const SYNCED_EVENT = 'roadcards-history-synced';

export function announceSynced(): void {
  globalThis.dispatchEvent?.(new Event(SYNCED_EVENT));
}
