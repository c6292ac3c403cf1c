// Home after a background history sync that received something: its counts are read again without the learner navigating.
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../src/ui/app.tsx';
import { createAppData, type AppData } from '../../src/ui/data/app-data.tsx';
import { setLocale } from '../../src/ui/i18n.ts';
import { announceSynced } from '../../src/ui/sync/auto-sync.ts';
import { MINI_DECK, fakeFetchJson, freshDbName } from './fixtures.ts';
import { START } from './harness.tsx';

let data: AppData | null = null;
afterEach(async () => {
  cleanup();
  if (data) (await data.opened).close();
  data = null;
});

const newCount = () => document.querySelector('[data-node-id="mini"] [data-count="new"]')?.textContent;
const todayNew = () => document.querySelector('.home-summary [data-count="new"]')?.textContent;
const tick = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

test('Home re-reads its counts when a sync received events, and not when it received nothing', async () => {
  setLocale('zh');
  window.history.replaceState(null, '', '/');
  data = createAppData({ dbName: freshDbName(), now: () => START, fetchJson: fakeFetchJson, utcOffsetAt: () => 0 });
  render(<App data={data} />);
  const roadcards = await data.ready;
  const total = MINI_DECK.cards.length;
  // The first visit's reads (the deck index's rows, then the merged counts, then the tree) are all done.
  await waitFor(() => expect(document.querySelector('.home-summary')?.getAttribute('data-final')).toBe('true'));
  expect([newCount(), todayNew()]).toEqual([String(total), String(total)]);
  // As if the sync had written a review from another device under the open Home.
  await roadcards.grade(MINI_DECK.cards[0]!.id, 3, START);
  announceSynced({ at: START, ok: true, sent: 1, received: 0 });
  await tick();
  expect([newCount(), todayNew()]).toEqual([String(total), String(total)]);
  announceSynced({ at: START, ok: true, sent: 0, received: 1 });
  // The roadmap's row and today's summary (read from the tree) both.
  await waitFor(() => expect([newCount(), todayNew()]).toEqual([String(total - 1), String(total - 1)]));
});
