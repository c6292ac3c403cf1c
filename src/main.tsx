// Entry of the app shell: language, the data layer, the service worker, then the Preact app.
import { render } from 'preact';
import { App } from './ui/app.tsx';
import { createAppData } from './ui/data/app-data.tsx';
import { getLocale, setLocale } from './ui/i18n.ts';
import { markStale, registerServiceWorker } from './ui/update/update-state.ts';
import './ui/styles.css';

setLocale(getLocale());

const data = createAppData({
  // A newer schema opened in another tab closed our connection: reload into the new code between cards, never
  // mid-card (a grade made meanwhile waits in storage's pending queue and is stored after the reload).
  onVersionChange: () => markStale('schema'),
});

render(<App data={data} />, document.getElementById('app')!);

// History sync with the learner's CouchDB, when one is set: loaded after the app is ready, never part of the shell.
void data.ready.then(() => import('./ui/sync/auto-sync.ts')).then((m) => m.startAutoSync(data), () => undefined);

if (import.meta.env.PROD) registerServiceWorker();
