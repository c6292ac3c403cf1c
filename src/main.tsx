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

if (import.meta.env.PROD) registerServiceWorker().catch((error: unknown) => console.warn('roadcards: service worker not registered', error));
