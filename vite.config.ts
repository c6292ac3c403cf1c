// Build and preview of the PWA: Preact, a Workbox service worker (injectManifest) precaching the shell and every deck.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

const THEME_COLOR = '#1f6f5c';
const BACKGROUND_COLOR = '#f6f5f1';

export default defineConfig({
  resolve: {
    // Dexie's import wrapper re-exports its ES5 UMD build (dist/dexie.js, ~30 KB gzip in the shell); the ES module
    // build is the same Dexie, modern syntax, and minifies smaller. Exact match only: `dexie/dist/*` stays as asked.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
  },
  // The deck sync worker (src/storage/sync-worker.ts) is an ES module worker, like the app.
  worker: { format: 'es' },
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // Registered by src/ui/update/ with workbox-window, so the update prompt is ours.
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        name: 'Roadcards',
        short_name: 'Roadcards',
        description: 'Learn your tech roadmaps by heart: FSRS-scheduled flashcards, offline.',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: THEME_COLOR,
        background_color: BACKGROUND_COLOR,
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // The shell only. Decks are not precached: the page has just fetched them on the first visit and keeps their
        // cards in IndexedDB, so a precache would download ~1 MB a second time (revisioned entries bypass the HTTP
        // cache); src/sw/sw.ts caches decks/*.json as the page asks for them instead. PNG icons are for installing
        // and the home screen, which the browser fetches itself: no page needs them offline.
        globPatterns: ['**/*.{js,css,html,svg,ico,txt,woff2}'],
        globIgnores: ['decks/**'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});
