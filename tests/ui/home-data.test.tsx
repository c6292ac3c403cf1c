// Home before the decks are merged: a first visit lists the roadmaps from the deck index, a repeat visit the stored counts without waiting for the network.
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../src/ui/app.tsx';
import { createAppData, type AppData } from '../../src/ui/data/app-data.tsx';
import { setLocale } from '../../src/ui/i18n.ts';
import { MINI_DECK, fakeFetchJson, freshDbName } from './fixtures.ts';
import { START } from './harness.tsx';

let opened: AppData[] = [];
afterEach(async () => {
  cleanup();
  for (const data of opened) (await data.opened).close();
  opened = [];
});

function start(dbName: string, fetchJson: (path: string) => Promise<unknown>): AppData {
  setLocale('zh');
  window.history.replaceState(null, '', '/');
  const data = createAppData({ dbName, now: () => START, fetchJson, utcOffsetAt: () => 0 });
  opened.push(data);
  render(<App data={data} />);
  return data;
}

const roadmapLink = () => document.querySelector('[data-node-id="mini"] a[href="/study/mini"]');
const newCount = () => document.querySelector('[data-node-id="mini"] [data-count="new"]')?.textContent;

test('a first visit lists the roadmap with its new cards while the deck is still downloading', async () => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  start(freshDbName(), async (path) => {
    if (path === 'decks/mini.json') await held;
    return fakeFetchJson(path);
  });
  await waitFor(() => expect(roadmapLink()).not.toBeNull());
  expect(newCount()).toBe(String(MINI_DECK.cards.length));
  // Its stages need the merged deck: they come once it has arrived.
  expect(document.querySelector('[data-node-id="mini.s1"]')).toBeNull();
  release();
  // Rows open on demand: the merged deck's stages show under the opened roadmap.
  fireEvent.click(document.querySelector<HTMLButtonElement>('[data-node-id="mini"] button[aria-expanded]')!);
  await waitFor(() => expect(document.querySelector('[data-node-id="mini.s1"]')).not.toBeNull());
  expect(newCount()).toBe(String(MINI_DECK.cards.length));
});

test('a repeat visit shows the stored roadmaps even when the deck index never answers', async () => {
  const dbName = freshDbName();
  const first = start(dbName, fakeFetchJson);
  await first.ready;
  cleanup();
  (await first.opened).close();
  opened = [];
  start(dbName, () => new Promise(() => {}));
  await waitFor(() => expect(roadmapLink()).not.toBeNull());
  expect(newCount()).toBe(String(MINI_DECK.cards.length));
});
