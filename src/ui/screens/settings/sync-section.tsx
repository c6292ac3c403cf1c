// Settings → Sync: the learner's CouchDB (kept on this device only), "sync now", and what the last sync did in words.
import { useEffect, useState } from 'preact/hooks';
import type { SyncConfig, SyncStatus } from '../../../storage/index.ts';
import { useAppData } from '../../data/app-data.tsx';
import { announceSynced, SYNCED_EVENT } from '../../sync/auto-sync.ts';
import { statusValue, statusWords, syncText } from './sync-strings.ts';

const EMPTY: SyncConfig = { url: '', db: '', user: '', password: '' };
const FIELDS: { name: keyof SyncConfig; label: 'url' | 'db' | 'user' | 'password'; hint?: 'urlHint' | 'dbHint'; type: 'url' | 'text' | 'password'; autocomplete: string }[] = [
  { name: 'url', label: 'url', hint: 'urlHint', type: 'url', autocomplete: 'url' },
  { name: 'db', label: 'db', hint: 'dbHint', type: 'text', autocomplete: 'off' },
  { name: 'user', label: 'user', type: 'text', autocomplete: 'username' },
  { name: 'password', label: 'password', type: 'password', autocomplete: 'current-password' },
];

export function SyncSection() {
  const { ready, now } = useAppData();
  const [config, setConfig] = useState<SyncConfig>(EMPTY);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const load = () =>
      void ready.then(async (roadcards) => {
        const sync = await roadcards.historySync();
        const [stored, last] = await Promise.all([sync.config(), sync.status()]);
        if (!live) return;
        if (stored) setConfig((current) => (current === EMPTY ? stored : current));
        setStatus(last);
      });
    load();
    // An automatic sync (app start, session end, back online) finished: show its outcome.
    addEventListener(SYNCED_EVENT, load);
    return () => {
      live = false;
      removeEventListener(SYNCED_EVENT, load);
    };
  }, [ready]);

  const syncNow = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      const sync = await (await ready).historySync();
      setConfig(await sync.saveConfig(config));
      const done = await sync.run(now());
      setStatus(done);
      announceSynced(done);
    } catch (error) {
      setStatus({ at: now(), ok: false, sent: 0, received: 0, error: { kind: 'server', message: error instanceof Error ? error.message : String(error) } });
    } finally {
      setBusy(false);
    }
  };

  const value = statusValue(status);
  return (
    <form class="settings-section settings-stack sync" data-role="sync" aria-busy={busy ? 'true' : undefined} onSubmit={(event) => void syncNow(event)} noValidate>
      <h2>{syncText('title')}</h2>
      <p class="field__hint">{syncText('hint')}</p>
      {FIELDS.map(({ name, label, hint, type, autocomplete }) => (
        <label key={name} class="field">
          <span class="field__label">{syncText(label)}</span>
          <input
            class="text-input"
            name={`sync-${name}`}
            type={type as 'text'}
            autocomplete={autocomplete}
            autocapitalize="off"
            spellcheck={false}
            value={config[name]}
            aria-describedby={hint ? `sync-${name}-hint` : undefined}
            onInput={(event) => setConfig({ ...config, [name]: (event.currentTarget as HTMLInputElement).value })}
          />
          {hint && <small class="field__hint" id={`sync-${name}-hint`}>{syncText(hint)}</small>}
        </label>
      ))}
      <p class="field__hint">{syncText('deviceOnly')}</p>
      <div class="form-actions">
        <button type="submit" class="button button--primary" data-action="sync-now" disabled={busy}>
          {busy ? syncText('syncing') : syncText('syncNow')}
        </button>
      </div>
      {/* Always in the page, so screen readers announce the outcome when it changes. */}
      <p class={value === 'error' ? 'sync__status sync__status--error' : 'sync__status'} role="status" data-sync-status data-value={value}>
        {statusWords(status, { origin: location.origin, db: config.db || 'roadcards' })}
      </p>
    </form>
  );
}
