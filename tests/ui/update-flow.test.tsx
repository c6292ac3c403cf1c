// A page left behind by a newer version: any newer worker taking control, or a newer schema in another tab, offers the
// reload and applies it only between cards, and the grade of the card on screen is kept.
import { fireEvent, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRoadcards } from '../../src/storage/index.ts';
import { CURRENT_SCHEMA_VERSION, RoadcardsDb, SCHEMA_VERSIONS } from '../../src/storage/schema.ts';
import { loadLocale, setLocale } from '../../src/ui/i18n.ts';
import { markStale, registerServiceWorker, setReloadForTests } from '../../src/ui/update/update-state.ts';
import { closeApp, findElement, gradesReady, renderApp, type Harness } from './harness.tsx';

type Listener = (event: { isExternal?: boolean; isUpdate?: boolean }) => void;
const workboxListeners = new Map<string, Listener[]>();

// workbox-window needs a real service worker; this stand-in lets the test fire its events as a browser would.
vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener(type: string, listener: Listener) {
      workboxListeners.set(type, [...(workboxListeners.get(type) ?? []), listener]);
    }
    messageSkipWaiting() {}
    register() {
      return Promise.resolve();
    }
  },
}));

function fireWorkbox(type: string, event: { isExternal?: boolean; isUpdate?: boolean }): void {
  for (const listener of workboxListeners.get(type) ?? []) listener(event);
}

let harness: Harness | null = null;
let reload = vi.fn();
beforeEach(() => {
  workboxListeners.clear();
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
});
afterEach(async () => {
  await closeApp(harness);
  harness = null;
  vi.restoreAllMocks();
});

/** The card's review count as the page reloads: a reload before the write commits would abort it. */
let logsAtReload: Promise<number> | null = null;

async function studyUntilCard(url: string): Promise<void> {
  harness = renderApp(url);
  logsAtReload = null;
  const dbName = harness.dbName;
  reload = vi.fn(() => {
    const raw = new RoadcardsDb(dbName);
    logsAtReload = raw.logs.where('cardId').equals('mini-c1').count().finally(() => raw.close());
  });
  setReloadForTests(reload);
  await waitFor(() => expect(document.querySelector('[data-card-id="mini-c1"][data-side="front"]')).not.toBeNull());
  // A slow phone: each grade's write takes a while, so a reload that does not wait for it would abort it.
  const roadcards = await harness.data.ready;
  const grade = roadcards.grade.bind(roadcards);
  roadcards.grade = async (...args) => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    return grade(...args);
  };
}

async function revealAndGrade(grade: string): Promise<void> {
  fireEvent.keyDown(window, { key: ' ' });
  await waitFor(() => expect(document.querySelector('[data-side="back"]')).not.toBeNull());
  await gradesReady();
  fireEvent.keyDown(window, { key: grade });
}

describe('a newer worker takes control', () => {
  for (const isExternal of [false, true]) {
    it(`offers the reload and reloads after the card on screen is graded (isExternal ${isExternal})`, async () => {
      await studyUntilCard('/study/mini');
      await registerServiceWorker();
      // Another tab accepted the update. Found within 60 s of this page's registration, workbox-window calls it ours.
      fireWorkbox('controlling', { isExternal, isUpdate: true });

      const banner = await findElement('[data-role="update-banner"]');
      expect(banner.textContent).toContain('新版本已在其他标签页启用');
      expect(reload).not.toHaveBeenCalled();
      expect(document.querySelector('[data-card-id="mini-c1"]')).not.toBeNull();

      await revealAndGrade('3');
      await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
      // Reloaded between cards: no next card was painted from the old code, and the grade was stored first.
      expect(document.querySelector('[data-card-id]')).toBeNull();
      expect(await logsAtReload).toBe(1);
    });
  }

  it('reloads at once when no card is on screen', async () => {
    harness = renderApp('/');
    reload = vi.fn();
    setReloadForTests(reload);
    await waitFor(() => expect(document.querySelector('[data-node-id="mini"]')).not.toBeNull());
    await registerServiceWorker();
    fireWorkbox('controlling', { isExternal: false, isUpdate: true });
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });
});

describe('another tab opens a newer schema', () => {
  it('keeps the card on screen, keeps its grade for the reloaded app, and reloads only after it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await studyUntilCard('/study/mini');
    await loadLocale('en');
    setLocale('en');
    const dbName = harness!.dbName;
    // Opening it fires versionchange on this tab's connection, which closes it so the upgrade can go ahead.
    const newer = new Dexie(dbName);
    newer.version(CURRENT_SCHEMA_VERSION).stores(SCHEMA_VERSIONS.at(-1)!.stores);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ extra: 'id' });
    await newer.open();
    newer.close();
    markStale('schema'); // main.tsx's onVersionChange

    const banner = await findElement('[data-role="update-banner"]');
    expect(banner.textContent).toContain('reloads after this card');
    expect(reload).not.toHaveBeenCalled();
    await revealAndGrade('3');
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(document.querySelector('[role="alert"]')).toBeNull(); // no error toast for a kept grade

    // The reloaded app (same origin, same localStorage) stores the grade before it shows anything.
    const reloaded = await openRoadcards({ dbName, utcOffsetAt: () => 0 });
    const raw = new RoadcardsDb(dbName);
    const logs = await raw.logs.where('cardId').equals('mini-c1').toArray();
    expect(logs.map((log) => log.grade)).toEqual([3]);
    raw.close();
    reloaded.close();
  });
});

describe('a drill in progress', () => {
  it('keeps the page while the drill is open and reloads once the learner leaves it', async () => {
    harness = renderApp('/drill/mini');
    reload = vi.fn();
    setReloadForTests(reload);
    await findElement('[data-screen="drill-setup"]');
    await registerServiceWorker();
    fireWorkbox('controlling', { isExternal: false, isUpdate: true });
    await findElement('[data-role="update-banner"][data-stale="worker"]');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reload).not.toHaveBeenCalled();

    fireEvent.click(document.querySelector('a.app-header__title')!);
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });
});
