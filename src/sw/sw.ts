// Placeholder until the PWA issue: the service worker source.
export {};
