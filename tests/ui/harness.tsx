// Renders the whole app at a URL over a fresh fake-IndexedDB database, with a clock the test moves.
import { cleanup, configure, render, type RenderResult } from '@testing-library/preact';
import { vi } from 'vitest';
import type { Roadcards } from '../../src/storage/index.ts';
import { App } from '../../src/ui/app.tsx';
import { createAppData, type AppData } from '../../src/ui/data/app-data.tsx';
import { setLocale } from '../../src/ui/i18n.ts';
import { resetUpdateState } from '../../src/ui/update/update-state.ts';
import { fakeFetchJson, freshDbName } from './fixtures.ts';

// IndexedDB work is real (fake-indexeddb): on a busy machine a step can take seconds, which is not what these tests judge.
configure({ asyncUtilTimeout: 5_000 });
vi.setConfig({ testTimeout: 30_000 });

/** Monday 5 January 2026, 10:00 UTC; the tests pin the time zone to UTC so the study day is fixed. */
export const START = Date.UTC(2026, 0, 5, 10, 0, 0);

export interface Harness extends RenderResult {
  data: AppData;
  clock: { now: number };
  /** The fake-IndexedDB database's name, for a test that reads raw rows. */
  dbName: string;
}

/** `prepare` runs on the opened, synced storage before any screen reads it (e.g. to grade cards beforehand). */
export function renderApp(
  url: string,
  prepare?: (roadcards: Roadcards, now: number) => Promise<void>,
  fetchJson: (path: string) => Promise<unknown> = fakeFetchJson,
): Harness {
  setLocale('zh');
  resetUpdateState();
  window.history.replaceState(null, '', url);
  const clock = { now: START };
  const dbName = freshDbName();
  const opened = createAppData({ dbName, now: () => clock.now, fetchJson, utcOffsetAt: () => 0 });
  const ready = prepare ? opened.ready.then(async (roadcards) => (await prepare(roadcards, clock.now), roadcards)) : opened.ready;
  // With `prepare`, no screen may read before it ran: Home's early read waits too.
  const data: AppData = { ...opened, ready, opened: prepare ? ready : opened.opened };
  const result = render(<App data={data} />);
  return { ...result, data, clock, dbName };
}

export async function closeApp(harness: Harness | null): Promise<void> {
  cleanup();
  // Preact runs effect cleanups after the next frame (a 35 ms timer in jsdom): let them run while the DOM still
  // exists, not after the test file's environment is gone.
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (harness) (await harness.data.ready).close();
}

/** Waits until `selector` matches, and returns the element. */
export async function findElement<T extends Element = HTMLElement>(selector: string): Promise<T> {
  const { waitFor } = await import('@testing-library/preact');
  return waitFor(() => {
    const element = document.querySelector<T>(selector);
    if (!element) throw new Error(`no ${selector} yet`);
    return element;
  });
}

/** After a reveal the grades ignore input for a moment (no double-tap grades): waits until they take one. */
export async function gradesReady(): Promise<void> {
  await findElement('.answer-bar--grades[data-ready="true"]');
}
