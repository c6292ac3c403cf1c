// Entry of the app shell: the data layer, language, the service worker, then the Preact app.
import { render } from 'preact';
import { App } from './ui/app.tsx';
import { createAppData } from './ui/data/app-data.tsx';
import { getLocale, loadLocale, setLocale, type Locale } from './ui/i18n.ts';
import { markStale, registerServiceWorker } from './ui/update/update-state.ts';
import './ui/styles.css';

// The database opens (and the decks start syncing) while an English browser fetches its dictionary.
const data = createAppData({
  // A newer schema opened in another tab closed our connection: reload into the new code between cards, never
  // mid-card (a grade made meanwhile waits in storage's pending queue and is stored after the reload).
  onVersionChange: () => markStale('schema'),
});

const wanted = getLocale();
void loadLocale(wanted)
  .then(
    (): Locale => wanted,
    (error: unknown): Locale => {
      // Its chunk could not be fetched: the app in Chinese (built in) rather than no app.
      console.warn('roadcards: English strings not loaded', error);
      return 'zh';
    },
  )
  .then((locale) => {
    setLocale(locale);
    render(<App data={data} />, document.getElementById('app')!);
  });

// History sync with the learner's CouchDB, when one is set: loaded after the app is ready, never part of the shell.
void data.ready.then(() => import('./ui/sync/auto-sync.ts')).then((m) => m.startAutoSync(data), () => undefined);

if (import.meta.env.PROD) registerServiceWorker().catch((error: unknown) => console.warn('roadcards: service worker not registered', error));
