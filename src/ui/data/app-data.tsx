// How screens reach the data layer: one opened-and-synced Roadcards per app, and the clock, both injectable for tests.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { DECK_INDEX_PATH, DEFAULT_DB_NAME, openRoadcards, syncDecksOffThread, type OpenOptions, type Roadcards, type SyncReport } from '../../storage/index.ts';

/** A roadmap as the deck index lists it: enough for Home to show it before its cards are merged. */
export interface IndexedRoadmap {
  id: string;
  title: string;
  cardCount: number;
  sectionCount: number;
}

export interface AppData {
  /** Resolves once the database is open and the compiled decks are merged into it. */
  ready: Promise<Roadcards>;
  /** Resolves once the database is open, before the decks are merged: what Home reads first. */
  opened: Promise<Roadcards>;
  /** The deck index's roadmaps as soon as the sync has fetched it (null when it could not be), unvalidated. */
  deckIndex: Promise<IndexedRoadmap[] | null>;
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

/** The index's roadmaps, loosely read (the sync validates the index properly); null when it is not an index. */
function indexedRoadmaps(value: unknown): IndexedRoadmap[] | null {
  const decks = (value as { decks?: unknown } | null)?.decks;
  if (!Array.isArray(decks)) return null;
  const roadmaps = decks.filter(
    (d): d is IndexedRoadmap =>
      typeof d?.id === 'string' && typeof d.title === 'string' && Number.isInteger(d.cardCount) && Number.isInteger(d.sectionCount),
  );
  return roadmaps.length === decks.length ? roadmaps.map(({ id, title, cardCount, sectionCount }) => ({ id, title, cardCount, sectionCount })) : null;
}

/** Opens the database and merges the decks once; the decks come from the service worker's precache offline. */
export function createAppData(
  options: OpenOptions & { base?: string; now?: () => number; fetchJson?: (path: string) => Promise<unknown> } = {},
): AppData {
  const now = options.now ?? (() => Date.now());
  const { base, now: _now, fetchJson: _fetchJson, ...openOptions } = options;
  const opened = openRoadcards(openOptions);
  let indexFetched: (roadmaps: IndexedRoadmap[] | null) => void = () => {};
  const deckIndex = new Promise<IndexedRoadmap[] | null>((resolve) => (indexFetched = resolve));
  const synced = opened.then(async (roadcards) => {
    const siteRoot = base ?? new URL('/', location.href).href;
    const fetchAny = options.fetchJson ?? makeFetchJson(siteRoot);
    // The sync's own fetch of the index, seen on the way: a first visit's Home lists the roadmaps from it at once.
    const fetchJson = async (path: string) => {
      const value = await fetchAny(path);
      if (path === DECK_INDEX_PATH) indexFetched(indexedRoadmaps(value));
      return value;
    };
    try {
      // In the browser the merge runs in a Worker (a first visit writes thousands of rows); tests pass fetchJson.
      const offThread = options.fetchJson
        ? null
        : syncDecksOffThread({ dbName: openOptions.dbName ?? DEFAULT_DB_NAME, base: siteRoot, now: now() }, (value) => indexFetched(indexedRoadmaps(value)));
      if (offThread) {
        try {
          return { roadcards, report: await offThread };
        } catch (error) {
          console.warn('roadcards: deck sync worker failed, syncing on the page', error);
        }
      }
      return { roadcards, report: await roadcards.syncDecks(fetchJson, now()) };
    } catch (error) {
      // No index (offline before the first visit finished, or no decks compiled): study what is stored.
      console.warn('roadcards: deck sync failed', error);
      return { roadcards, report: null };
    } finally {
      // The benchmark (scripts/bench/visits.ts) reads when the first sync ended.
      performance.mark('roadcards:decks-synced');
      indexFetched(null);
    }
  });
  opened.catch(() => indexFetched(null));
  return { ready: synced.then((s) => s.roadcards), opened, deckIndex, now, syncReport: synced.then((s) => s.report) };
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
