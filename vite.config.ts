// Build and preview of the PWA: Preact, a Workbox service worker (injectManifest) precaching the shell and every deck.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

const THEME_COLOR = '#1f6f5c';
const BACKGROUND_COLOR = '#f6f5f1';
// Cross-origin isolation (SharedArrayBuffer for the optimizer's thread pool): what a host must send with every response.
// The service worker adds the same two to what it serves (src/sw/isolation.ts), for hosts that cannot.
const ISOLATION_HEADERS = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export default defineConfig({
  resolve: {
    // Dexie's import wrapper re-exports its ES5 UMD build (dist/dexie.js, ~30 KB gzip in the shell); the ES module
    // build is the same Dexie, modern syntax, and minifies smaller. Exact match only: `dexie/dist/*` stays as asked.
    alias: [
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
      // The deck compiler runs in a Worker (src/ui/screens/roadmaps/compile-worker.ts), where the package's browser
      // build (it decodes `&amp;` through `document`) throws: its entity table build works everywhere.
      {
        find: /^decode-named-character-reference$/,
        replacement: fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)),
      },
    ],
  },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically, in one chunk: nine small chunks cost their own gzip headers
          // and lose the shared compression context (~2 KB of the 60 KB shell budget). Lazy screens still split.
          groups: [{ name: 'shell', tags: ['$initial'] }],
        },
      },
    },
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
        // A fixed identity, so a later change of start_url does not make the installed app a different one.
        id: '/',
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
        // Real screenshots of the built app (scripts/make-screenshots.ts), shown in the install dialog on phones. JPEG, so
        // the precache (globPatterns below has no jpg) leaves them out: only the install dialog ever fetches them.
        screenshots: [
          { src: '/screenshots/home-narrow.jpg', sizes: '780x1688', type: 'image/jpeg', form_factor: 'narrow', label: '首页：今天的复习与各路线图' },
          { src: '/screenshots/study-narrow.jpg', sizes: '780x1688', type: 'image/jpeg', form_factor: 'narrow', label: '复习：显示答案后按记忆程度评分' },
        ],
        // Share a roadmap file to the installed app (Android): the service worker keeps it for /roadmaps (src/sw/share-target.ts).
        share_target: {
          action: '/roadmaps/share',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: { title: 'title', text: 'text', files: [{ name: 'roadmap', accept: ['.md', '.markdown', '.txt', 'text/markdown', 'text/plain'] }] },
        },
        // Long-press the installed icon: straight into today's reviews, or the drill for the nearest interview.
        shortcuts: [
          { name: '开始复习（全部待复习卡片）', short_name: '开始复习', url: '/study/all', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
          { name: '测验（最近的面试节点）', short_name: '测验', url: '/drill', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
        ],
      },
      injectManifest: {
        // The shell only. Decks are not precached: the page has just fetched them on the first visit and keeps their
        // cards in IndexedDB, so a precache would download ~1 MB a second time (revisioned entries bypass the HTTP
        // cache); src/sw/sw.ts caches decks/*.json as the page asks for them instead. PNG icons are for installing
        // and the home screen, which the browser fetches itself: no page needs them offline.
        globPatterns: ['**/*.{js,css,html,svg,ico,txt,woff2}'],
        // The optimizer (its Worker, fsrs-browser's glue and 1.7 MB of wasm) is cached by src/sw/sw.ts on first use:
        // most learners never open it, and a precache would download it for all of them. sql.js (the Anki export's SQLite,
        // ~48 KB JS + 688 KB WASM) likewise loads only when a learner exports; the export says so offline the first time.
        globIgnores: ['decks/**', 'assets/optimizer-worker-*.js', 'assets/workerHelpers-*.js', 'assets/fsrs_browser-*.js', 'assets/sql-wasm*', 'assets/sql-loader-*'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: ISOLATION_HEADERS },
  server: { host: '127.0.0.1', port: 5173, headers: ISOLATION_HEADERS },
});
