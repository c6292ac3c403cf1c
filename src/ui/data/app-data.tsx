// How screens reach the data layer: one opened-and-synced Roadcards per app, and the clock, both injectable for tests.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { openRoadcards, type OpenOptions, type Roadcards, type SyncReport } from '../../storage/index.ts';

export interface AppData {
  /** Resolves once the database is open and the compiled decks are merged into it. */
  ready: Promise<Roadcards>;
  /** Epoch ms; every call into storage and core passes it, so tests can fix the day. */
  now: () => number;
  /** Problems met while merging decks (a bad file), for the Home screen to mention. */
  syncReport: Promise<SyncReport | null>;
}

/** Fetches `path` relative to the site root (decks/index.json) or to the index's folder, as storage asks. */
export function makeFetchJson(base: string): (path: string) => Promise<unknown> {
  return async (path) => {
    const response = await fetch(new URL(path, base));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  };
}

/** Opens the database and merges the decks once; the decks come from the service worker's precache offline. */
export function createAppData(
  options: OpenOptions & { base?: string; now?: () => number; fetchJson?: (path: string) => Promise<unknown> } = {},
): AppData {
  const now = options.now ?? (() => Date.now());
  const { base, now: _now, fetchJson: _fetchJson, ...openOptions } = options;
  const opened = openRoadcards(openOptions);
  const synced = opened.then(async (roadcards) => {
    const fetchJson = options.fetchJson ?? makeFetchJson(base ?? new URL('/', location.href).href);
    try {
      return { roadcards, report: await roadcards.syncDecks(fetchJson, now()) };
    } catch (error) {
      // No index (offline before the first visit finished, or no decks compiled): study what is stored.
      console.warn('roadcards: deck sync failed', error);
      return { roadcards, report: null };
    } finally {
      // The benchmark (scripts/bench/visits.ts) reads when the first sync ended.
      performance.mark('roadcards:decks-synced');
    }
  });
  return { ready: synced.then((s) => s.roadcards), now, syncReport: synced.then((s) => s.report) };
}

const AppDataContext = createContext<AppData | null>(null);

export function AppDataProvider({ value, children }: { value: AppData; children: ComponentChildren }) {
  return <AppDataContext.Provider value={value}>{children}</AppDataContext.Provider>;
}

export function useAppData(): AppData {
  const value = useContext(AppDataContext);
  if (!value) throw new Error('useAppData outside AppDataProvider');
  return value;
}

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/** Runs `load` with the ready Roadcards whenever `deps` change; `reload` runs it again. */
export function useRoadcardsQuery<T>(
  load: (roadcards: Roadcards, now: number) => Promise<T>,
  deps: unknown[],
): [Loadable<T>, () => void] {
  const data = useAppData();
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    data.ready
      .then((roadcards) => load(roadcards, data.now()))
      .then(
        (value) => live && setState({ status: 'ready', value }),
        (error: unknown) => live && setState({ status: 'error', error: toError(error) }),
      );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);
  return [state, () => setGeneration((g) => g + 1)];
}

export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
